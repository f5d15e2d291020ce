package compliance_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/visit"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

var ns = uuid.MustParse("3b0f7d5e-6c1a-4e2b-8f3d-00000000c0de")

// checklist is a small checklist in the JSON format. The guard rule follows
// the 2015 规范 as quoted in a 2020 notice (a secondary source; ceil is an
// assumption the note records).
const checklist = `{
  "format": 1,
  "id": "demo",
  "title": "示例检查表",
  "version": "1",
  "effective": "2010-01-01",
  "requirements": [
    {"id": "guards", "title": "专职保安员配备",
     "source": {"document": "中小学幼儿园安全防范工作规范(试行)", "clause": "第五条",
                "confidence": "secondary", "note": "ceil at each started 500 is unverified"},
     "rule": {"kind": "count_scaled", "indicator": "full_time_guards", "basis": "headcount",
              "bands": [{"from": 0, "min": 1}, {"from": 100, "min": 2}],
              "step": {"basis": "students", "above": 1000, "per": 500, "add": 1, "round": "ceil"}}},
    {"id": "guardroom", "title": "门卫室24小时值守",
     "rule": {"kind": "fact", "indicator": "guardroom_staffed_24h"}},
    {"id": "barriers", "title": "防冲撞设施", "scope": {"min_level": "heightened"},
     "rule": {"kind": "fact", "indicator": "anti_ram_barriers"}}
  ]
}`

func ExampleLoadStandard() {
	std, err := compliance.LoadStandard([]byte(checklist))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(std.ID, std.Version, "effective", std.Effective, "-", len(std.Requirements), "requirements")
	for _, r := range std.Requirements {
		fmt.Println(r.ID, r.Rule.RuleKind, r.Rule.Indicator.Label())
	}

	// Every problem at once, each naming its requirement.
	_, err = compliance.LoadStandard([]byte(`{"format": 1, "id": "bad", "title": "t", "version": "1",
	  "effective": "2012-02-14", "requirements": [
	    {"id": "a", "title": "t", "rule": {"kind": "count_at_least", "indicator": "closed_management", "min": 1}},
	    {"id": "a", "title": "t", "rule": {"kind": "fact", "indicator": "moat"}}]}`))
	fmt.Println(err)
	// Output:
	// demo 1 effective 2010-01-01 - 3 requirements
	// guards count_scaled 专职保安员
	// guardroom fact 门卫室24小时值守
	// barriers fact 防冲撞设施
	// compliance: standard "bad": requirement "a": rule.indicator: a count_at_least rule on fact indicator "closed_management"
	// compliance: standard "bad": requirement "a": id: ID used twice
	// compliance: standard "bad": requirement "a": rule.indicator: unknown indicator: "moat" is neither well known nor declared by the standard
}

func ExampleQuery_Evaluate() {
	std, err := compliance.LoadStandard([]byte(checklist))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := campus.Campus{ID: uuid.NewSHA1(ns, []byte("实验小学")), Name: "实验小学", Kind: campus.Primary,
		License: campus.Licensed, Locale: campus.LocaleMainUrban, Students: 1600, Staff: 90}
	m := compliance.MustMeasurements(
		compliance.ObserveCount(catalog.FullTimeGuards, 3),
		compliance.ObserveFact(catalog.GuardroomStaffed24h, true),
	)
	for _, level := range []prevention.Level{prevention.Normal, prevention.Heightened} {
		q, err := compliance.NewQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: level})
		if err != nil {
			fmt.Println(err)
			return
		}
		res := q.Evaluate(c, m)
		fmt.Printf("%s (%s): %s\n", level.Name(rate.Chinese), level, res.Status.Name(rate.Chinese))
		for _, r := range res.Requirements {
			fmt.Printf("  %-9s %-14s observed %d, required %d\n", r.Requirement, r.Outcome, r.Observed, r.Required)
		}
	}
	// Output:
	// 常态 (normal): 未达标
	//   guards    unmet          observed 3, required 4
	//   guardroom met            observed 1, required 1
	//   barriers  not_applicable observed 0, required 0
	// 加强 (heightened): 未达标
	//   guards    unmet          observed 3, required 4
	//   guardroom met            observed 1, required 1
	//   barriers  not_observed   observed 0, required 1
}

func ExampleNewHistory() {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "街道"},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	var schools []campus.School
	var campuses []campus.Campus
	for _, name := range []string{"一小", "二小", "三小"} {
		sid := uuid.NewSHA1(ns, []byte("school "+name))
		schools = append(schools, campus.School{ID: sid, Name: name})
		campuses = append(campuses, campus.Campus{ID: uuid.NewSHA1(ns, []byte(name)), School: sid, Name: name,
			Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
			Jurisdiction: hierarchy.MustParseCode("320505001"), Main: true, Students: 80, Staff: 10})
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	if err != nil {
		fmt.Println(err)
		return
	}
	inspect := func(id, name, date, team string, obs ...compliance.Observation) compliance.Inspection {
		return compliance.Inspection{ID: uuid.NewSHA1(ns, []byte(id)), Campus: uuid.NewSHA1(ns, []byte(name)),
			Date: civil.MustParseDate(date), Team: team, Measurements: compliance.MustMeasurements(obs...)}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("1", "一小", "2011-11-02", "一组", compliance.ObserveCount(catalog.FullTimeGuards, 0),
			compliance.ObserveFact(catalog.GuardroomStaffed24h, true)),
		inspect("2", "一小", "2012-01-09", "一组", compliance.ObserveCount(catalog.FullTimeGuards, 1),
			compliance.ObserveFact(catalog.GuardroomStaffed24h, true)),
		inspect("3", "二小", "2012-01-10", "二组", compliance.ObserveCount(catalog.FullTimeGuards, 1)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	std, err := compliance.LoadStandard([]byte(checklist))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, asOf := range []string{"2011-12-31", "2012-02-14"} {
		q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate(asOf), PreventionLevel: prevention.Normal})
		fmt.Print(asOf, ":")
		for _, c := range reg.Campuses() { // register order: jurisdiction, then ID
			a, _ := h.Assess(q, c.ID)
			fmt.Print(" ", c.Name, "=", a.Status.Name(rate.Chinese))
		}
		fmt.Println()
	}
	visits, _ := visit.Between(h, civil.MustParseDate("2012-01-01"), civil.MustParseDate("2012-01-31"))
	for _, c := range visits.Unvisited {
		fmt.Println("not inspected in January:", c.Name)
	}
	// Output:
	// 2011-12-31: 一小=未达标 三小=未检查 二小=未检查
	// 2012-02-14: 一小=达标 三小=未检查 二小=检查不完整
	// not inspected in January: 三小
}

// Every problem with a standard is a *StandardError: errors.As reads which requirement and which field are at
// fault, and errors.Is tells the causes a caller may branch on (here an unknown indicator).
func ExampleStandardError() {
	_, err := compliance.LoadStandard([]byte(`{"format": 1, "id": "city", "title": "t", "version": "1",
	  "effective": "2012-02-14", "requirements": [
	    {"id": "guards", "title": "t", "rule": {"kind": "count_at_least", "indicator": "full_time_guards", "min": -1}},
	    {"id": "moat", "title": "t", "rule": {"kind": "fact", "indicator": "moat"}}]}`))
	var se *compliance.StandardError
	fmt.Println(errors.As(err, &se), se.Standard, se.Requirement, se.Field)
	fmt.Println(errors.Is(err, compliance.ErrInvalidStandard), errors.Is(err, compliance.ErrUnknownIndicator))
	fmt.Println(err)
	// Output:
	// true city guards rule.min
	// true true
	// compliance: standard "city": requirement "guards": rule.min: -1 is negative
	// compliance: standard "city": requirement "moat": rule.indicator: unknown indicator: "moat" is neither well known nor declared by the standard
}
