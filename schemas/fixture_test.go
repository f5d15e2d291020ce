package schemas

import (
	"fmt"
	"github.com/campussec/campussec/source"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// fixture is a small district built through the library: the values whose JSON the tests validate.
type fixture struct {
	tree        *hierarchy.Tree
	schools     []campus.School
	campuses    []campus.Campus
	reg         *campus.Register
	std         compliance.Standard
	query       compliance.Query
	inspections []compliance.Inspection
	history     *compliance.History
	summary     *compliance.Summary
	ledger      *finding.Ledger
}

// fixtureID derives the fixture's record IDs.
func fixtureID(s string) uuid.UUID {
	return uuid.NewSHA1(uuid.MustParse("3f1d2c4b-5a69-4788-9abc-def012345678"), []byte(s))
}

// newFixture builds a district of two streets, five campuses (every status among them), a standard with a
// fact rule and a scaled count rule, inspections over two years, its summary and its findings.
func newFixture(t testing.TB) *fixture {
	t.Helper()
	code := hierarchy.MustParseCode
	f := &fixture{}
	var err error
	f.tree, err = hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: code("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: code("320505001"), Name: "东街道"},
		hierarchy.Jurisdiction{Code: code("320505002"), Name: "西街道"},
	)
	if err != nil {
		t.Fatal(err)
	}
	rows := []struct {
		name    string
		kind    campus.Kind
		license campus.License
		street  string
		code    string
	}{
		{"实验小学", campus.Primary, campus.Licensed, "320505001", "2132000001"},
		{"第一中学", campus.JuniorSecondary, campus.Licensed, "320505001", "3132000002"},
		{"中心幼儿园", campus.Kindergarten, campus.Licensed, "320505002", "1132000003"},
		{"阳光幼儿园", campus.Kindergarten, campus.Unlicensed, "320505002", ""},
		{"小星星托儿所", campus.Nursery, campus.Unlicensed, "320505002", ""},
	}
	for i, r := range rows {
		s := campus.School{ID: fixtureID("s" + r.name), Name: r.name, Ref: "S-" + r.name}
		if r.code != "" {
			s.Code = campus.MustParseSchoolCode(r.code)
			s.Ownership = campus.Public
		}
		f.schools = append(f.schools, s)
		f.campuses = append(f.campuses, campus.Campus{ID: fixtureID(r.name), School: s.ID, Name: r.name,
			Kind: r.kind, License: r.license, Locale: campus.LocaleMainUrban, Jurisdiction: code(r.street),
			Main: true, Boarding: i == 1, Students: 300 + 400*i, Staff: 30 + i, Ref: fmt.Sprintf("C-%03d", i+1)})
	}
	f.reg, err = campus.NewRegister(f.tree, f.schools, f.campuses)
	if err != nil {
		t.Fatal(err)
	}
	f.std, err = compliance.NewStandard(compliance.Standard{
		ID: "demo", Title: "示例标准", Version: "2010", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []compliance.Requirement{
			{ID: "guardroom", Title: "门卫室24小时值守",
				Source: source.Citation{Document: "示例", Clause: "第一条", Confidence: source.Secondary},
				Scope:  compliance.Scope{Groups: []campus.Group{campus.GroupSchool, campus.GroupPreschool}},
				Rule:   compliance.Rule{RuleKind: compliance.RuleFact, Indicator: catalog.GuardroomStaffed24h}},
			{ID: "guards", Title: "专职保安员",
				Scope: compliance.Scope{Groups: []campus.Group{campus.GroupSchool, campus.GroupPreschool}},
				Rule: compliance.Rule{RuleKind: compliance.RuleCountScaled, Indicator: catalog.FullTimeGuards,
					Basis: compliance.BasisStudents, Bands: []compliance.Band{{From: 0, Min: 1}, {From: 1000, Min: 2}, {From: 5000, Undetermined: true}}}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	f.query, err = compliance.NewQuery(compliance.QuerySpec{Standard: f.std, AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Normal})
	if err != nil {
		t.Fatal(err)
	}
	inspect := func(name, date string, obs ...compliance.Observation) compliance.Inspection {
		return compliance.Inspection{ID: fixtureID("i" + name + date), Campus: fixtureID(name), Date: civil.MustParseDate(date),
			Team: "一组", Measurements: compliance.MustMeasurements(obs...), Ref: "R-" + name + date}
	}
	staffed := func(b bool) compliance.Observation { return compliance.ObserveFact(catalog.GuardroomStaffed24h, b) }
	guards := func(n int) compliance.Observation { return compliance.ObserveCount(catalog.FullTimeGuards, n) }
	f.inspections = []compliance.Inspection{
		inspect("实验小学", "2011-03-10", staffed(false), guards(1)),
		inspect("实验小学", "2012-01-10", staffed(true), guards(1)),
		inspect("第一中学", "2011-12-01", staffed(true), guards(2)),
		inspect("第一中学", "2012-02-01", staffed(false), guards(2)),
		inspect("中心幼儿园", "2012-01-15", staffed(true)),
		inspect("阳光幼儿园", "2012-01-16", staffed(true), guards(0)),
		inspect("小星星托儿所", "2012-03-01", staffed(true)),
	}
	f.history, err = compliance.NewHistory(f.reg, f.inspections)
	if err != nil {
		t.Fatal(err)
	}
	f.summary, err = compliance.Summarize(f.history, f.query)
	if err != nil {
		t.Fatal(err)
	}
	f.ledger, err = finding.Derive(f.history, f.query, finding.Policy{Days: 30})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// precisions are the two rounding modes at one place.
var precisions = []rate.Precision{{Places: 1, Rounding: rate.HalfEven}, {Places: 0, Rounding: rate.HalfUp}}
