package incident_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

var ns = uuid.MustParse("9a0c7e55-3f4b-4d1e-8c2a-00000000beef")

// exampleRegister is a district with two towns and a primary school in each.
func exampleRegister() *campus.Register {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "甲区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "甲一街道"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505100"), Name: "甲二镇"},
	)
	if err != nil {
		panic(err)
	}
	var schools []campus.School
	var campuses []campus.Campus
	for i, town := range []string{"320505001", "320505100"} {
		s := campus.School{ID: uuid.NewSHA1(ns, []byte{byte(i)}), Name: fmt.Sprint("第", i+1, "小学")}
		schools = append(schools, s)
		campuses = append(campuses, campus.Campus{ID: uuid.NewSHA1(ns, []byte{'c', byte(i)}), School: s.ID, Name: s.Name,
			Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
			Jurisdiction: hierarchy.MustParseCode(town), Main: true, Students: 5000, Staff: 200})
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	if err != nil {
		panic(err)
	}
	return reg
}

func exampleIncidents(reg *campus.Register) []incident.Incident {
	first := reg.At(0)
	return []incident.Incident{
		{ID: uuid.NewSHA1(ns, []byte("i1")), Ref: "JA-001", Date: civil.MustParseDate("2011-10-08"), Campus: first.ID,
			Category: incident.PublicOrderCase, Severity: incident.General, Summary: "校门口寻衅滋事"},
		{ID: uuid.NewSHA1(ns, []byte("i2")), Ref: "JA-002", Date: civil.MustParseDate("2011-12-01"),
			Jurisdiction: hierarchy.MustParseCode("320505100"), Category: incident.SafetyAccident, Severity: incident.General},
		{ID: uuid.NewSHA1(ns, []byte("i3")), Ref: "JA-003", Date: civil.MustParseDate("2010-11-15"), Campus: first.ID,
			Category: incident.CriminalCase, Severity: incident.Larger},
	}
}

// NewLog validates incidents against a register and reports every problem at once, each naming the incident.
func ExampleNewLog() {
	reg := exampleRegister()
	log, err := incident.NewLog(reg, exampleIncidents(reg))
	fmt.Println(log.Len(), err)

	bad := incident.Incident{ID: uuid.NewSHA1(ns, []byte("bad")), Ref: "JA-404", Campus: uuid.NewSHA1(ns, []byte("nowhere")),
		Category: incident.CriminalCase}
	_, err = incident.NewLog(reg, []incident.Incident{bad})
	fmt.Println(errors.Is(err, incident.ErrNoDate), errors.Is(err, incident.ErrInvalidSeverity), errors.Is(err, incident.ErrUnknownCampus))
	// Output:
	// 3 <nil>
	// true true true
}

// Summarize counts a period's incidents by jurisdiction and category, rolled up the tree, and says how
// many are major under the caller's policy: "no major incident" is a count of zero, computed.
func ExampleLog_Summarize() {
	reg := exampleRegister()
	log, _ := incident.NewLog(reg, exampleIncidents(reg))
	term := incident.MustParsePeriod("2011-09-01/2012-01-31")
	s, _ := log.Summarize(term, incident.DefaultPolicy())
	district := hierarchy.MustParseCode("320505")
	t, _ := s.Tally(district)
	fmt.Println("incidents:", t.Total(), "major:", t.Major())
	for _, c := range incident.Values[incident.Category]() {
		fmt.Printf("  %s %d\n", c.Name(rate.Chinese), t.Count(c))
	}
	p := rate.Precision{Places: 2, Rounding: rate.HalfEven}
	perCampus, _ := s.PerCampus(district)
	perPupils, _ := s.PerPupils(district)
	fmt.Println("per campus:", perCampus.Format(1, p))
	fmt.Println("per 10,000 pupils:", perPupils.Format(incident.PupilScale, p))
	// Output:
	// incidents: 2 major: 0
	//   刑事案件 0
	//   治安案件 1
	//   安全事故 1
	//   其他 0
	// per campus: 1.00
	// per 10,000 pupils: 2.00
}

// Compare sets a term against the same term a year earlier: the change in counts, and in each ratio as a
// difference in its own unit and a relative change, each labelled.
func ExampleCompare() {
	reg := exampleRegister()
	log, _ := incident.NewLog(reg, exampleIncidents(reg))
	term := incident.MustParsePeriod("2011-09-01/2012-01-31")
	lastYear, _ := term.YearEarlier()
	now, _ := log.Summarize(term, incident.DefaultPolicy())
	then, _ := log.Summarize(lastYear, incident.DefaultPolicy())
	c, _ := incident.Compare(then, now, hierarchy.MustParseCode("320505"))
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	rel, _ := c.Relative(p)
	fmt.Println(c.Then, "→", c.Now)
	fmt.Printf("%d → %d (%+d, %s)\n", c.ThenTally.Total(), c.NowTally.Total(), c.Change(), rate.FormatRelative(rel, p.Places, rate.English))
	fmt.Println("per 10,000 pupils:", c.PerPupils.Format(incident.PupilScale, p, rate.English))
	// Output:
	// 2010-09-01/2011-01-31 → 2011-09-01/2012-01-31
	// 1 → 2 (+1, +100.0% (relative))
	// per 10,000 pupils: 1.0 → 2.0: +1.0 (difference), +100.0% (relative)
}

// The caller decides what counts as major; the library's default (from 重大) is its own, labelled so.
func ExamplePolicy() {
	for _, p := range []incident.Policy{incident.DefaultPolicy(), {MajorFrom: incident.Larger}} {
		fmt.Println(p.MajorFrom.Name(rate.Chinese), p.IsMajor(incident.Larger), p.IsMajor(incident.EspeciallyMajor))
	}
	fmt.Println(errors.Is(incident.Policy{}.Validate(), incident.ErrInvalidPolicy))
	// Output:
	// 重大 false true
	// 较大 true true
	// true
}

// A Period includes both its dates; its text form is an ISO 8601 interval.
func ExampleParsePeriod() {
	p, err := incident.ParsePeriod("2011-09-01/2012-01-31")
	fmt.Println(p, p.Days(), err)
	e, _ := p.YearEarlier()
	fmt.Println(e)
	_, err = incident.ParsePeriod("2012-01-31/2011-09-01")
	fmt.Println(err)
	// Output:
	// 2011-09-01/2012-01-31 153 <nil>
	// 2010-09-01/2011-01-31
	// incident: invalid period: 2012-01-31/2011-09-01 ends before it begins
}

// Tallies merge like compliance tallies: sums, in any order.
func ExampleTally() {
	a := incident.Tally{}.Add(incident.CriminalCase, true).Add(incident.Other, false)
	b, _ := incident.NewTally(0, 2, 1, 0, 0)
	m := a.Merge(b)
	js, _ := m.MarshalJSON()
	fmt.Println(string(js))
	// Output:
	// {"total":5,"criminal_case":1,"public_order_case":2,"safety_accident":1,"other":1,"major":1}
}

// Labels are read only by ParseLabel; ids by ParseCategory and ParseSeverity.
func ExampleParseLabel() {
	c, _ := incident.ParseLabel[incident.Category]("治安案件")
	s, _ := incident.ParseSeverity("especially_major")
	fmt.Println(c, s.Name(rate.Chinese), incident.Values[incident.Severity]())
	// Output:
	// public_order_case 特别重大 [general larger major especially_major]
}

// An incident round-trips through JSON exactly; unset places and keys are omitted.
func ExampleIncident_MarshalJSON() {
	in := incident.Incident{ID: uuid.NewSHA1(ns, []byte("j")), Ref: "JA-9", Date: civil.MustParseDate("2011-10-08"),
		Jurisdiction: hierarchy.MustParseCode("320505"), Category: incident.Other, Severity: incident.General}
	b, _ := in.MarshalJSON()
	fmt.Println(string(b))
	var back incident.Incident
	fmt.Println(back.UnmarshalJSON(b), back == in)
	// Output:
	// {"id":"6f78899e-32ae-5db6-92de-26b53720d97e","ref":"JA-9","date":"2011-10-08","jurisdiction":"320505","category":"other","severity":"general"}
	// <nil> true
}

// "没有发生涉及校园安全与稳定的重大案事件" is a count of zero major incidents, computed under the caller's
// policy; under a stricter policy the same data has one.
func ExampleSummary_Major() {
	reg := exampleRegister()
	log, _ := incident.NewLog(reg, exampleIncidents(reg))
	all := incident.MustParsePeriod("2010-04-29/2012-02-14")
	for _, pol := range []incident.Policy{incident.DefaultPolicy(), {MajorFrom: incident.Larger}} {
		s, _ := log.Summarize(all, pol)
		major := s.Major(hierarchy.Code{})
		if len(major) == 0 {
			fmt.Println("major from", pol.MajorFrom, "→ 没有发生重大案事件")
			continue
		}
		fmt.Println("major from", pol.MajorFrom, "→", len(major), major[0].Ref, major[0].Category.Name(rate.Chinese))
	}
	// Output:
	// major from major → 没有发生重大案事件
	// major from larger → 1 JA-003 刑事案件
}

// Validate checks an incident on its own, every problem at once; NewLog adds the checks against a register.
func ExampleIncident_Validate() {
	in := incident.Incident{ID: uuid.NewSHA1(ns, []byte("v")), Ref: "JA-7", Severity: incident.General}
	err := in.Validate()
	fmt.Println(errors.Is(err, incident.ErrNoDate), errors.Is(err, incident.ErrNoPlace), errors.Is(err, incident.ErrInvalidCategory))
	// Output:
	// true true true
}

// NewLog's problems point at the records: each is an *IncidentError with the input position.
func ExampleIncidentError() {
	reg := exampleRegister()
	_, err := incident.NewLog(reg, []incident.Incident{
		{ID: uuid.NewSHA1(ns, []byte("i1")), Ref: "JA-1", Date: civil.MustParseDate("2011-10-10"),
			Jurisdiction: hierarchy.MustParseCode("110000"), Category: incident.Other, Severity: incident.General},
	})
	var ie *incident.IncidentError
	if errors.As(err, &ie) {
		fmt.Println(ie.Index, ie.Ref, errors.Is(ie, incident.ErrUnknownJurisdiction))
	}
	// Output: 0 JA-1 true
}

// IDFromRef gives every system the same incident ID for the same record number.
func ExampleIDFromRef() {
	id, err := incident.IDFromRef("AJ-320505-2010-0001")
	fmt.Println(id, err)
	// Output: 741a0275-4654-5ced-bee7-fc9a8582fca0 <nil>
}
