package compliance_test

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// scheduleCity is a city of two districts with one primary school in each,
// both inspected on 2010-05-20 with the same findings, and a schedule that
// raised the level in one district only.
func scheduleCity() (*compliance.History, prevention.Schedule, compliance.Standard) {
	code := hierarchy.MustParseCode
	id := func(s string) uuid.UUID { return uuid.NewSHA1(ns, []byte(s)) }
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: code("320500"), Name: "示例市"},
		hierarchy.Jurisdiction{Code: code("320505"), Name: "东区"},
		hierarchy.Jurisdiction{Code: code("320506"), Name: "西区"},
	)
	var schools []campus.School
	var campuses []campus.Campus
	var ins []compliance.Inspection
	for _, d := range []string{"320505", "320506"} {
		schools = append(schools, campus.School{ID: id("s" + d), Name: "小学" + d})
		campuses = append(campuses, campus.Campus{ID: id(d), School: id("s" + d), Name: "小学" + d, Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: code(d), Main: true, Students: 600, Staff: 40})
		ins = append(ins, compliance.Inspection{ID: id("i" + d), Campus: id(d), Date: civil.MustParseDate("2010-05-20"), Team: "一组",
			Measurements: compliance.MustMeasurements(compliance.ObserveCount(catalog.FullTimeGuards, 2),
				compliance.ObserveFact(catalog.GuardroomStaffed24h, true), compliance.ObserveFact(catalog.AntiRamBarriers, false))})
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	if err != nil {
		panic(err)
	}
	h, err := compliance.NewHistory(reg, ins)
	if err != nil {
		panic(err)
	}
	sched := prevention.MustSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: code("320505"), Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Heightened, Notice: "东区提升防范等级"},
	)
	std, err := compliance.LoadStandard([]byte(checklist))
	if err != nil {
		panic(err)
	}
	return h, sched, std
}

// A summary under a schedule measures each campus at the level in force in
// its district on the as-of date, and each figure says which level(s) it was
// measured at.
func ExampleQuerySpec_schedule() {
	h, sched, std := scheduleCity()
	q, err := compliance.NewQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-05-31"), Schedule: sched})
	if err != nil {
		panic(err)
	}
	s, err := compliance.Summarize(h, q)
	if err != nil {
		panic(err)
	}
	for a := range s.Campuses(compliance.AllCampuses()) {
		fmt.Println(a.Campus.Name, a.Result.PreventionLevel, a.Status)
	}
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	for _, d := range []string{"320500", "320505"} {
		f, err := s.Figure(compliance.ComplianceMeasure, compliance.AllCampuses().In(hierarchy.MustParseCode(d)), p)
		if err != nil {
			panic(err)
		}
		b, _ := json.Marshal(struct {
			Value  string              `json:"value"`
			Level  prevention.Level    `json:"level,omitempty"`
			Levels prevention.LevelSet `json:"levels,omitempty"`
		}{f.Rate.Format(p), f.PreventionLevel, f.Levels})
		fmt.Println(f.Jurisdiction, string(b))
	}
	// Output:
	// 小学320505 heightened non_compliant
	// 小学320506 normal compliant
	// 320500 {"value":"50.0%","levels":"normal+heightened"}
	// 320505 {"value":"0.0%","level":"heightened"}
}

// EvaluateOn measures an inspection at the level of its own day, as
// finding.Derive does: before the district's raise, the barriers requirement
// did not apply.
func ExampleQuery_EvaluateOn() {
	h, sched, std := scheduleCity()
	q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-05-31"), Schedule: sched})
	c := h.Register().At(0)
	m := h.Of(c.ID)[0].Measurements
	for _, d := range []string{"2010-03-23", "2010-03-24"} {
		res, err := q.EvaluateOn(civil.MustParseDate(d), c, m)
		if err != nil {
			panic(err)
		}
		fmt.Println(d, res.PreventionLevel, res.Status)
	}
	_, err := q.EvaluateOn(civil.MustParseDate("2009-12-31"), c, m)
	fmt.Println(err != nil)
	// Output:
	// 2010-03-23 normal compliant
	// 2010-03-24 heightened non_compliant
	// true
}

// Levels is the level in force at every place on the query's date, resolved
// once: the spec's one level, or its schedule's.
func ExampleQuery_Levels() {
	_, sched, std := scheduleCity()
	q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-05-31"), Schedule: sched})
	fmt.Println(q.Levels())
	fmt.Println(q.Levels().In(hierarchy.MustParseCode("320506")))
	one := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-05-31"), PreventionLevel: prevention.High})
	fmt.Println(one.Levels())
	// Output:
	// normal; 320505 heightened
	// normal
	// high
}
