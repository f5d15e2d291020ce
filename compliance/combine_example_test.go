package compliance_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/prevention"
)

// ExampleCombine measures a campus against a national norm and a provincial
// checklist at once: both use the requirement ID "guards", which the
// combination namespaces, and the result says which standard each unmet
// requirement comes from.
func ExampleCombine() {
	national := compliance.MustStandard(compliance.Standard{
		ID: "national", Title: "国家规范 (illustration)", Version: "2015", Effective: civil.MustParseDate("2015-12-31"),
		Requirements: []compliance.Requirement{{ID: "guards", Title: "至少1名专职保安员",
			Rule: compliance.Rule{RuleKind: compliance.RuleCountAtLeast, Indicator: catalog.FullTimeGuards, Min: 1}}},
	})
	provincial := compliance.MustStandard(compliance.Standard{
		ID: "province", Title: "省检查表 (illustration)", Version: "2010", Effective: civil.MustParseDate("2010-09-01"),
		Requirements: []compliance.Requirement{
			{ID: "guards", Title: "中心校至少2名专职保安员",
				Scope: compliance.Scope{Designations: []campus.Designation{campus.Central}},
				Rule:  compliance.Rule{RuleKind: compliance.RuleCountAtLeast, Indicator: catalog.FullTimeGuards, Min: 2}},
			{ID: "video", Title: "视频监控", Rule: compliance.Rule{RuleKind: compliance.RuleFact, Indicator: catalog.VideoSurveillance}},
		},
	})
	both, err := compliance.Combine(compliance.Combination{
		ID: "city-combined", Title: "国家规范+省检查表", Version: "2024", Parts: []compliance.Standard{national, provincial},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	c := campus.Campus{Kind: campus.Primary, Locale: campus.LocaleVillage, Designation: campus.Central, Students: 600}
	m := compliance.MustMeasurements(compliance.ObserveCount(catalog.FullTimeGuards, 1), compliance.ObserveFact(catalog.VideoSurveillance, true))
	asOf := civil.MustParseDate("2023-01-01")
	res := compliance.MustQuery(compliance.QuerySpec{Standard: both, AsOf: asOf, PreventionLevel: prevention.Normal}).Evaluate(c, m)
	fmt.Println("parts:", res.Parts)
	fmt.Println("national alone:", compliance.MustQuery(compliance.QuerySpec{Standard: national, AsOf: asOf, PreventionLevel: prevention.Normal}).Evaluate(c, m).Status)
	fmt.Println("combined:", res.Status)
	for _, r := range res.With(compliance.Unmet) {
		fmt.Printf("  %s from %s: observed %d, required %d\n", r.Requirement, r.Origin, r.Observed, r.Required)
	}
	// Output:
	// parts: [national@2015 province@2010]
	// national alone: compliant
	// combined: non_compliant
	//   province/guards from province@2010/guards: observed 1, required 2
}
