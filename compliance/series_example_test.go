package compliance_test

import (
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

// seriesCity is a street of three licensed schools, each inspected twice, and two versions of a one-item
// checklist: from 2010-05-01 a staffed guardroom; from 2011-09-01 also two full-time guards.
func seriesCity() (*compliance.History, compliance.Versions) {
	ns := uuid.MustParse("8a1d2c4b-5a69-4788-9abc-def012345678")
	id := func(s string) uuid.UUID { return uuid.NewSHA1(ns, []byte(s)) }
	street := hierarchy.MustParseCode("320505001")
	tree := must(hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: street, Name: "东街道"}))
	var schools []campus.School
	var campuses []campus.Campus
	for _, name := range []string{"甲小学", "乙小学", "丙小学"} {
		schools = append(schools, campus.School{ID: id("s" + name), Name: name})
		campuses = append(campuses, campus.Campus{ID: id(name), School: id("s" + name), Name: name, Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Main: true, Students: 300, Staff: 30})
	}
	reg := must(campus.NewRegister(tree, schools, campuses))
	inspect := func(name, date string, staffed bool, guards int) compliance.Inspection {
		return compliance.Inspection{ID: id(name + date), Campus: id(name), Date: civil.MustParseDate(date), Team: "一组",
			Measurements: compliance.MustMeasurements(compliance.ObserveFact(catalog.GuardroomStaffed24h, staffed),
				compliance.ObserveCount(catalog.FullTimeGuards, guards))}
	}
	h := must(compliance.NewHistory(reg, []compliance.Inspection{
		inspect("甲小学", "2010-06-10", true, 1), inspect("甲小学", "2011-10-10", true, 2),
		inspect("乙小学", "2010-07-10", false, 2), inspect("乙小学", "2010-08-10", true, 2),
		inspect("丙小学", "2010-08-20", true, 1), inspect("丙小学", "2012-01-05", true, 1),
	}))
	guardroom := compliance.Requirement{ID: "guardroom", Title: "门卫室24小时值守",
		Rule: compliance.Rule{RuleKind: compliance.RuleFact, Indicator: catalog.GuardroomStaffed24h}}
	guards := compliance.Requirement{ID: "guards", Title: "专职保安员不少于2名",
		Rule: compliance.Rule{RuleKind: compliance.RuleCountAtLeast, Indicator: catalog.FullTimeGuards, Min: 2}}
	v1 := must(compliance.NewStandard(compliance.Standard{ID: "demo", Title: "示例清单", Version: "2010",
		Effective: civil.MustParseDate("2010-05-01"), Requirements: []compliance.Requirement{guardroom}}))
	v2 := must(compliance.NewStandard(compliance.Standard{ID: "demo", Title: "示例清单", Version: "2011 修订",
		Effective: civil.MustParseDate("2011-09-01"), Requirements: []compliance.Requirement{guardroom, guards}}))
	return h, must(compliance.NewVersions(v1, v2))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A series measures each date against the version in force on it: the rate falls when the revised checklist
// takes effect, and rises again as schools catch up.
func ExampleSummarizeSeries() {
	h, versions := seriesCity()
	q := must(compliance.NewQuery(compliance.QuerySpec{Versions: versions, AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Normal}))
	dates := []civil.Date{civil.MustParseDate("2010-06-30"), civil.MustParseDate("2010-08-31"),
		civil.MustParseDate("2011-09-30"), civil.MustParseDate("2012-01-31")}
	s := must(compliance.SummarizeSeries(h, q, dates))
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	for _, d := range s.Dates() {
		sum, _ := s.At(d)
		f := must(sum.Figure(compliance.ComplianceMeasure, compliance.AllCampuses(), p))
		fmt.Printf("%s %-6s %s (effective %s)\n", d, f.Rate.Format(p), f.StandardVersion, f.StandardEffective)
		for a := range sum.Campuses(compliance.AllCampuses(), compliance.NonCompliant) {
			fmt.Println("  未达标:", a.Campus.Name)
		}
	}
	// Output:
	// 2010-06-30 33.3%  2010 (effective 2010-05-01)
	// 2010-08-31 100.0% 2010 (effective 2010-05-01)
	// 2011-09-30 33.3%  2011 修订 (effective 2011-09-01)
	//   未达标: 丙小学
	//   未达标: 甲小学
	// 2012-01-31 66.7%  2011 修订 (effective 2011-09-01)
	//   未达标: 丙小学
}

// A query of versions measures its date against the version in force on it; a date before the earliest
// version is refused, naming the date and the version.
func ExampleQuerySpec_versions() {
	_, versions := seriesCity()
	for _, d := range []string{"2011-08-31", "2011-09-01", "2010-04-30"} {
		q, err := compliance.NewQuery(compliance.QuerySpec{Versions: versions, AsOf: civil.MustParseDate(d),
			PreventionLevel: prevention.Normal})
		if err != nil {
			fmt.Println(err)
			continue
		}
		std, _ := q.Spec().Versions.InForce(q.Spec().AsOf)
		fmt.Println(d, std.Ref())
	}
	// Output:
	// 2011-08-31 demo@2010
	// 2011-09-01 demo@2011 修订
	// compliance: invalid query: as of 2010-04-30, no version of "demo" is in force: the earliest, "2010", is effective 2010-05-01
}
