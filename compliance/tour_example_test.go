package compliance_test

import (
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

// Example_tour is the README's tour of the main path — data → history → query → summary → figure: a tree
// and a register, a standard loaded from JSON, inspections, the query, the summary, a self-describing
// figure, a drill-down with the reasons, and the change since a baseline. Keep the README's
// copy in step with this one.
func Example_tour() {
	// 1. Jurisdictions (属地管理) and the campus register (底数清、情况明).
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "东街道"},
	)
	if err != nil {
		panic(err)
	}
	id := func(s string) uuid.UUID { return uuid.NewSHA1(uuid.NameSpaceURL, []byte("example:"+s)) }
	street := hierarchy.MustParseCode("320505001")
	reg, err := campus.NewRegister(tree,
		[]campus.School{{ID: id("school"), Name: "实验小学"}, {ID: id("kg"), Name: "阳光幼儿园"}},
		[]campus.Campus{
			{ID: id("main"), School: id("school"), Name: "实验小学本部", Kind: campus.Primary, Main: true,
				License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 1200, Staff: 80},
			{ID: id("east"), School: id("school"), Name: "实验小学东校区", Kind: campus.Primary,
				License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 300, Staff: 20},
			{ID: id("kg-main"), School: id("kg"), Name: "阳光幼儿园", Kind: campus.Kindergarten, Main: true,
				License: campus.Unlicensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 90, Staff: 9},
		})
	if err != nil {
		panic(err)
	}
	counts := reg.CampusCounts()
	fmt.Println("schools", reg.NumSchools(), "campuses", counts.Total(), "licensed", counts.License(campus.Licensed))

	// 2. A standard published as data.
	std, err := compliance.LoadStandard([]byte(`{"format": 1, "id": "demo", "title": "示例检查表",
	  "version": "1", "effective": "2010-05-01", "requirements": [
	    {"id": "guardroom", "title": "门卫室24小时值守", "rule": {"kind": "fact", "indicator": "guardroom_staffed_24h"}},
	    {"id": "guards", "title": "专职保安员", "rule": {"kind": "count_at_least", "indicator": "full_time_guards", "min": 1}}]}`))
	if err != nil {
		panic(err)
	}

	// 3. Inspections; the latest on or before the as-of date counts.
	inspect := func(c, date string, staffed bool, guards int) compliance.Inspection {
		return compliance.Inspection{ID: id(c + date), Campus: id(c), Date: civil.MustParseDate(date), Team: "一组",
			Measurements: compliance.MustMeasurements(
				compliance.ObserveFact(catalog.GuardroomStaffed24h, staffed), compliance.ObserveCount(catalog.FullTimeGuards, guards))}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("main", "2010-05-20", false, 0), inspect("main", "2012-01-10", true, 2),
		inspect("east", "2012-01-11", true, 0),
		// 阳光幼儿园 is never inspected: unassessed, not passing.
	})
	if err != nil {
		panic(err)
	}

	// 4. The question, checked and compiled once: this standard, as of a date, at a prevention level.
	oneDecimal := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	licensed := compliance.AllCampuses().License(campus.Licensed)
	q, err := compliance.NewQuery(compliance.QuerySpec{
		Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	if err != nil {
		panic(err)
	}

	// 5. The summary: every campus's status, tallied by jurisdiction × group × license.
	now, err := compliance.Summarize(h, q)
	if err != nil {
		panic(err)
	}
	all, _ := now.Tally(compliance.AllCampuses())
	fmt.Println("all campuses:", all.Count(compliance.Compliant), "compliant,", all.Count(compliance.NonCompliant),
		"non-compliant,", all.Count(compliance.Unassessed), "unassessed")

	// 6. A self-describing figure: the rate with its counts, rounding, date, standard and level.
	fig, err := now.Figure(compliance.ComplianceMeasure, licensed, oneDecimal)
	if err != nil {
		panic(err)
	}
	fmt.Println(fig.Format(rate.Chinese), "/", fig.Format(rate.English))
	fmt.Println("as of", fig.AsOf, "against", fig.StandardID+"@"+fig.StandardVersion, "rounded", fig.Precision)

	// 7. Drill-down with reasons: which licensed campus falls short, by which inspection, and why.
	for a := range now.Campuses(licensed, compliance.NonCompliant) {
		for _, r := range a.Result.With(compliance.Unmet) {
			fmt.Printf("%s (%s): %s observed %d, required %d\n", a.Campus.Name, a.Inspection.Date, r.Title, r.Observed, r.Required)
		}
	}

	// 8. The change since May 2010, in percentage points, from the exact counts.
	then, err := compliance.Summarize(h, compliance.MustQuery(compliance.QuerySpec{
		Standard: std, AsOf: civil.MustParseDate("2010-05-31"), PreventionLevel: prevention.Normal}))
	if err != nil {
		panic(err)
	}
	cmp, err := change.Compare(then, now)
	if err != nil {
		panic(err)
	}
	since, _ := cmp.Change(compliance.ComplianceMeasure, licensed)
	fmt.Println(since.Format(oneDecimal, rate.English))
	// Output:
	// schools 2 campuses 3 licensed 2
	// all campuses: 1 compliant, 1 non-compliant, 1 unassessed
	// 全达标率 50.0% (1/2) / full-compliance rate 50.0% (1/2)
	// as of 2012-02-14 against demo@1 rounded 1/half_even
	// 实验小学东校区 (2012-01-11): 专职保安员 observed 0, required 1
	// 0.0% → 50.0%: +50.0 percentage points, —
}
