package compliance_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
)

// liveDemo is a street of two primary schools, one inspected, and a standard of one requirement.
type liveDemo struct {
	id      func(string) uuid.UUID
	reg     *campus.Register
	q       compliance.Query
	inspect func(name, date string, staffed bool) compliance.Inspection
}

func newLiveDemo() liveDemo {
	ns := uuid.MustParse("5b2c8e1a-7d3f-4c59-9e0a-1b2c3d4e5f60")
	d := liveDemo{id: func(s string) uuid.UUID { return uuid.NewSHA1(ns, []byte(s)) }}
	street := hierarchy.MustParseCode("320505001")
	tree, err := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: street, Name: "东街道"})
	if err != nil {
		panic(err)
	}
	var schools []campus.School
	var campuses []campus.Campus
	for _, name := range []string{"实验小学", "中心小学"} {
		schools = append(schools, campus.School{ID: d.id("s" + name), Name: name})
		campuses = append(campuses, campus.Campus{ID: d.id(name), School: d.id("s" + name), Name: name,
			Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street,
			Main: true, Students: 300, Staff: 30})
	}
	if d.reg, err = campus.NewRegister(tree, schools, campuses); err != nil {
		panic(err)
	}
	std, err := compliance.NewStandard(compliance.Standard{
		ID: "demo", Title: "示例标准", Version: "2010", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []compliance.Requirement{{ID: "guardroom", Title: "门卫室24小时值守",
			Rule: compliance.Rule{RuleKind: compliance.RuleFact, Indicator: catalog.GuardroomStaffed24h}}},
	})
	if err != nil {
		panic(err)
	}
	d.q = compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-29"),
		PreventionLevel: prevention.Normal})
	d.inspect = func(name, date string, staffed bool) compliance.Inspection {
		return compliance.Inspection{ID: d.id("i" + name + date), Campus: d.id(name), Date: civil.MustParseDate(date),
			Team: "一组", Measurements: compliance.MustMeasurements(compliance.ObserveFact(catalog.GuardroomStaffed24h, staffed))}
	}
	return d
}

// Adding inspections gives a new history; the old one is unchanged. An inspection on a day the campus was
// already inspected is refused, and nothing is added.
func ExampleHistory_Add() {
	d := newLiveDemo()
	h, err := compliance.NewHistory(d.reg, []compliance.Inspection{d.inspect("实验小学", "2012-01-10", false)})
	if err != nil {
		panic(err)
	}
	h2, err := h.Add(d.inspect("实验小学", "2012-02-20", true), d.inspect("中心小学", "2012-02-21", true))
	if err != nil {
		panic(err)
	}
	fmt.Println(h.Len(), h2.Len(), len(h.Of(d.id("实验小学"))), len(h2.Of(d.id("实验小学"))))
	clash := d.inspect("中心小学", "2012-02-21", false)
	clash.ID = d.id("another record")
	_, err = h2.Add(clash)
	fmt.Println(errors.Is(err, compliance.ErrInspectionConflict))
	// Output:
	// 1 3 1 2
	// true
}

// A dashboard keeps a live summary: each inspection that arrives moves the counts of its campus's street,
// district and the whole register; Summary hands out an immutable snapshot.
func ExampleLive() {
	d := newLiveDemo()
	h, err := compliance.NewHistory(d.reg, []compliance.Inspection{d.inspect("实验小学", "2012-01-10", false)})
	if err != nil {
		panic(err)
	}
	s, err := compliance.Summarize(h, d.q)
	if err != nil {
		panic(err)
	}
	live, err := compliance.NewLive(s)
	if err != nil {
		panic(err)
	}
	show := func(s *compliance.Summary) {
		t, _ := s.Tally(compliance.AllCampuses().In(hierarchy.MustParseCode("320505")))
		fmt.Println(t.Count(compliance.Compliant), t.Count(compliance.NonCompliant), t.Count(compliance.Unassessed))
	}
	show(s)
	if err := live.Apply(d.inspect("实验小学", "2012-02-20", true)); err != nil {
		panic(err)
	}
	if err := live.Apply(d.inspect("中心小学", "2012-02-21", false), d.inspect("中心小学", "2012-02-28", true)); err != nil {
		panic(err)
	}
	now := live.Summary()
	show(now)
	show(s) // the summary the live one started from is unchanged
	fmt.Println(now.History().Len())
	// Output:
	// 0 1 1
	// 2 0 0
	// 0 1 1
	// 4
}

// Apply checks what it is given as History.Add does; on any problem it applies nothing.
func ExampleLive_Apply() {
	d := newLiveDemo()
	h, err := compliance.NewHistory(d.reg, nil)
	if err != nil {
		panic(err)
	}
	s, err := compliance.Summarize(h, d.q)
	if err != nil {
		panic(err)
	}
	live, err := compliance.NewLive(s)
	if err != nil {
		panic(err)
	}
	ok := d.inspect("实验小学", "2012-02-20", true)
	again := ok // the same record sent twice
	again.Date = civil.MustParseDate("2012-02-21")
	err = live.Apply(ok, again)
	fmt.Println(errors.Is(err, compliance.ErrInspectionConflict), live.Summary().History().Len())
	fmt.Println(live.Apply(ok), live.Summary().History().Len())
	// Output:
	// true 0
	// <nil> 1
}

// NewLive starts from a summary; Summary returns snapshots that later inspections do not change.
func ExampleNewLive() {
	d := newLiveDemo()
	h, err := compliance.NewHistory(d.reg, nil)
	if err != nil {
		panic(err)
	}
	s, err := compliance.Summarize(h, d.q)
	if err != nil {
		panic(err)
	}
	live, err := compliance.NewLive(s)
	if err != nil {
		panic(err)
	}
	before := live.Summary()
	if err := live.Apply(d.inspect("中心小学", "2012-02-01", true)); err != nil {
		panic(err)
	}
	after := live.Summary()
	a, _ := before.Assessment(d.id("中心小学"))
	b, _ := after.Assessment(d.id("中心小学"))
	fmt.Println(a.Status, b.Status)
	// Output:
	// unassessed compliant
}

// Summary is what Summarize would answer on a history of every inspection applied.
func ExampleLive_Summary() {
	d := newLiveDemo()
	h, err := compliance.NewHistory(d.reg, nil)
	if err != nil {
		panic(err)
	}
	s, err := compliance.Summarize(h, d.q)
	if err != nil {
		panic(err)
	}
	live, err := compliance.NewLive(s)
	if err != nil {
		panic(err)
	}
	in := d.inspect("实验小学", "2012-02-01", false)
	if err := live.Apply(in); err != nil {
		panic(err)
	}
	h2, err := compliance.NewHistory(d.reg, []compliance.Inspection{in})
	if err != nil {
		panic(err)
	}
	fresh, err := compliance.Summarize(h2, d.q)
	if err != nil {
		panic(err)
	}
	got, want := live.Summary(), fresh
	t1, _ := got.Tally(compliance.AllCampuses())
	t2, _ := want.Tally(compliance.AllCampuses())
	fmt.Println(t1 == t2, t1.Count(compliance.NonCompliant))
	// Output:
	// true 1
}
