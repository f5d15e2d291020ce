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

// A district of two streets: five campuses, four inspected before the
// report's date. The licensed full-compliance rate counts every licensed
// campus; drill-down answers "which one?"; the unassessed kindergarten is on
// its own line.
func ExampleSummarize() {
	ns := uuid.MustParse("3f1d2c4b-5a69-4788-9abc-def012345678")
	id := func(s string) uuid.UUID { return uuid.NewSHA1(ns, []byte(s)) }
	code := hierarchy.MustParseCode

	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: code("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: code("320505001"), Name: "东街道"},
		hierarchy.Jurisdiction{Code: code("320505002"), Name: "西街道"},
	)
	if err != nil {
		panic(err)
	}
	type row struct {
		name    string
		kind    campus.Kind
		license campus.License
		street  string
	}
	rows := []row{
		{"实验小学", campus.Primary, campus.Licensed, "320505001"},
		{"第一中学", campus.JuniorSecondary, campus.Licensed, "320505001"},
		{"中心幼儿园", campus.Kindergarten, campus.Licensed, "320505002"},
		{"阳光幼儿园", campus.Kindergarten, campus.Unlicensed, "320505002"},
		{"小星星托儿所", campus.Nursery, campus.Unlicensed, "320505002"},
	}
	var schools []campus.School
	var campuses []campus.Campus
	for _, r := range rows {
		schools = append(schools, campus.School{ID: id("s" + r.name), Name: r.name})
		campuses = append(campuses, campus.Campus{ID: id(r.name), School: id("s" + r.name), Name: r.name,
			Kind: r.kind, License: r.license, Locale: campus.LocaleMainUrban,
			Jurisdiction: code(r.street), Main: true, Students: 300, Staff: 30})
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	if err != nil {
		panic(err)
	}

	std, err := compliance.NewStandard(compliance.Standard{
		ID: "demo", Title: "示例标准", Version: "2010", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []compliance.Requirement{
			{ID: "guardroom", Title: "门卫室24小时值守",
				Rule: compliance.Rule{RuleKind: compliance.RuleFact, Indicator: catalog.GuardroomStaffed24h}},
		},
	})
	if err != nil {
		panic(err)
	}
	inspect := func(name, date string, staffed bool) compliance.Inspection {
		return compliance.Inspection{ID: id("i" + name + date), Campus: id(name), Date: civil.MustParseDate(date),
			Team: "一组", Measurements: compliance.MustMeasurements(compliance.ObserveFact(catalog.GuardroomStaffed24h, staffed))}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("实验小学", "2012-01-10", true),
		inspect("第一中学", "2011-12-01", true),
		inspect("第一中学", "2012-02-01", false), // the latest inspection counts
		inspect("中心幼儿园", "2012-01-15", true),
		inspect("阳光幼儿园", "2012-01-16", true),
		inspect("小星星托儿所", "2012-03-01", true), // after the date: unassessed
	})
	if err != nil {
		panic(err)
	}

	s, err := compliance.Summarize(h, compliance.MustQuery(compliance.QuerySpec{
		Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal}))
	if err != nil {
		panic(err)
	}
	licensed, _ := s.Tally(compliance.AllCampuses().License(campus.Licensed))
	fmt.Println("有证校园全达标率", licensed.Rate(compliance.ComplianceMeasure).Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}), licensed.Rate(compliance.ComplianceMeasure))
	for a := range s.Campuses(compliance.AllCampuses().License(campus.Licensed), compliance.NonCompliant) {
		fmt.Println("  未达标:", a.Campus.Name, "检查于", a.Inspection.Date)
	}
	unlicensed, _ := s.Tally(compliance.AllCampuses().License(campus.Unlicensed))
	fmt.Println("无证校园全达标率", unlicensed.Rate(compliance.ComplianceMeasure).Format(rate.Precision{Places: 0, Rounding: rate.HalfEven}),
		"未检查", unlicensed.Count(compliance.Unassessed), "检查覆盖率", unlicensed.Rate(compliance.AssessedMeasure).Format(rate.Precision{Places: 0, Rounding: rate.HalfEven}))
	for j, t := range s.Jurisdictions() {
		fmt.Println(j.Code, j.Name, t.Rate(compliance.ComplianceMeasure), t.Rate(compliance.ComplianceMeasure).Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}))
	}
	// Output:
	// 有证校园全达标率 66.7% 2/3
	//   未达标: 第一中学 检查于 2012-02-01
	// 无证校园全达标率 50% 未检查 1 检查覆盖率 50%
	// 320505 示例区 3/5 60.0%
	// 320505001 东街道 1/2 50.0%
	// 320505002 西街道 2/3 66.7%
}
