package change_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// exampleHistory is a street with two licensed campuses, one inspected in May 2010 and again in January
// 2012, the other only in January 2012, and a standard of one requirement (a full-time guard).
func exampleHistory() (*compliance.History, compliance.Standard) {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "东街道"})
	if err != nil {
		panic(err)
	}
	id := func(s string) uuid.UUID { return uuid.NewSHA1(uuid.NameSpaceURL, []byte("example:"+s)) }
	street := hierarchy.MustParseCode("320505001")
	reg, err := campus.NewRegister(tree, []campus.School{{ID: id("school"), Name: "实验小学"}}, []campus.Campus{
		{ID: id("main"), School: id("school"), Name: "实验小学本部", Kind: campus.Primary, Main: true,
			License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 1200, Staff: 80},
		{ID: id("east"), School: id("school"), Name: "实验小学东校区", Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 300, Staff: 20},
	})
	if err != nil {
		panic(err)
	}
	std, err := compliance.LoadStandard([]byte(`{"format": 1, "id": "demo", "title": "示例检查表",
	  "version": "1", "effective": "2010-05-01", "requirements": [
	    {"id": "guards", "title": "专职保安员", "rule": {"kind": "count_at_least", "indicator": "full_time_guards", "min": 1}}]}`))
	if err != nil {
		panic(err)
	}
	inspect := func(c, date string, guards int) compliance.Inspection {
		return compliance.Inspection{ID: id(c + date), Campus: id(c), Date: civil.MustParseDate(date), Team: "一组",
			Measurements: compliance.MustMeasurements(compliance.ObserveCount(catalog.FullTimeGuards, guards))}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("main", "2010-05-20", 0), inspect("main", "2012-01-10", 2), inspect("east", "2012-01-11", 0)})
	if err != nil {
		panic(err)
	}
	return h, std
}

// The change since a baseline: two summaries of one question at two dates, the licensed cell's change in
// percentage points and relative to the baseline, each labelled; summaries of different questions refuse.
func ExampleCompare() {
	h, std := exampleHistory()
	summary := func(asOf string, level prevention.Level) *compliance.Summary {
		s, err := compliance.Summarize(h, compliance.MustQuery(compliance.QuerySpec{
			Standard: std, AsOf: civil.MustParseDate(asOf), PreventionLevel: level}))
		if err != nil {
			panic(err)
		}
		return s
	}
	then, now := summary("2010-05-31", prevention.Normal), summary("2012-02-14", prevention.Normal)
	cmp, err := change.Compare(then, now)
	if err != nil {
		panic(err)
	}
	licensed := compliance.AllCampuses().License(campus.Licensed)
	c, _ := cmp.Change(compliance.ComplianceMeasure, licensed)
	fmt.Println(c.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.English))
	fmt.Println("version changed:", cmp.VersionChanged())
	b, _ := json.Marshal(cmp)
	fmt.Println(string(b[:40]))

	_, err = change.Compare(then, summary("2012-02-14", prevention.High))
	fmt.Println(errors.Is(err, change.ErrIncomparable), err)
	// Output:
	// 0.0% → 50.0%: +50.0 percentage points, —
	// version changed: false
	// {"format":1,"version_changed":false,"bas
	// true change: incomparable summaries: prevention level normal vs high
}
