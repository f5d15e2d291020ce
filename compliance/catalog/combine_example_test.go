package catalog_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/prevention"
)

// Example_combined measures campuses against the national norm (公治〔2015〕168号) and the Fujian provincial
// notice at once, with one status each: requirement IDs are namespaced by their standard, and each unmet
// requirement says which document it comes from. A nursery (托儿所), which neither document covers, is outside
// the combination's population (out_of_scope), not compliant.
func Example_combined() {
	national, provincial := catalog.GongZhi2015168(), catalog.Fujian2010()
	both, err := compliance.Combine(compliance.Combination{
		ID: "fj-combined", Title: "公治〔2015〕168号 + 福建省2010年通知", Version: "2016",
		Parts: []compliance.Standard{national, provincial},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("parts:", both.Parts, "effective:", both.Effective)

	video, _ := both.Indicator(catalog.IndVideoGateKeyBuildings)
	alarm, _ := both.Indicator(catalog.IndIntrusionAlarmGateKeyBuildings)
	staff, _ := both.Indicator(catalog.IndSecurityStaffAssigned)
	filed, _ := both.Indicator(catalog.IndSecurityArrangementsFiled)
	guards, _ := both.Indicator(catalog.IndGuardsInclTrainedTeachers)
	m := compliance.MustMeasurements(
		compliance.ObserveCount(catalog.FullTimeGuards, 1), compliance.ObserveCount(guards, 1),
		compliance.ObserveFact(catalog.PrincipalResponsible, true), compliance.ObserveFact(catalog.SecurityOrganisation, true),
		compliance.ObserveFact(catalog.FullTimeGatekeeper, true), compliance.ObserveFact(staff, true), compliance.ObserveFact(filed, true),
		compliance.ObserveFact(video, true), compliance.ObserveFact(alarm, true),
	)
	city := campus.Campus{Kind: campus.Primary, Locale: campus.LocaleMainUrban, Students: 600, Staff: 40}
	res := compliance.MustQuery(compliance.QuerySpec{Standard: both, AsOf: both.Effective, PreventionLevel: prevention.Normal}).Evaluate(city, m)
	fmt.Println("city primary school, 1 guard:", res.Status)
	for _, r := range res.With(compliance.Unmet) {
		fmt.Printf("  %s (%s): observed %d, required %d\n", r.Requirement, r.Origin.Standard, r.Observed, r.Required)
	}
	nursery := campus.Campus{Kind: campus.Nursery, Locale: campus.LocaleMainUrban, Students: 60, Staff: 12}
	fmt.Println("nursery:", compliance.MustQuery(compliance.QuerySpec{Standard: both, AsOf: both.Effective, PreventionLevel: prevention.Normal}).Evaluate(nursery, m).Status)
	// Output:
	// parts: [gongzhi-2015-168@2015 试行 fujian-2010@2010] effective: 2015-12-31
	// city primary school, 1 guard: non_compliant
	//   gongzhi-2015-168/gz168-art5-guards (gongzhi-2015-168@2015 试行): observed 1, required 2
	//   fujian-2010/fj2010-guards-school (fujian-2010@2010): observed 1, required 2
	// nursery: out_of_scope
}
