package compliance_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// Example_tour is the README's tour: a tree and a register, a standard loaded from JSON, one campus
// evaluated, a summary as of a date, and rates printed with the rounding rule named. Keep the README's
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
				compliance.Fact(catalog.GuardroomStaffed24h, staffed), compliance.Count(catalog.FullTimeGuards, guards))}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("main", "2010-05-20", false, 0), inspect("main", "2012-01-10", true, 2),
		inspect("east", "2012-01-11", true, 0),
		// 阳光幼儿园 is never inspected: unassessed, not passing.
	})
	if err != nil {
		panic(err)
	}
	i, _ := reg.IndexOf(id("east"))
	res, _, _ := h.Evaluate(i, compliance.Query{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), Level: compliance.Normal})
	for _, r := range res.With(compliance.Unmet) {
		fmt.Printf("实验小学东校区 unmet %s: observed %d, required %d\n", r.Requirement, r.Observed, r.Required)
	}

	// 4. Figures as of two dates, rounded once, with the rule named.
	summarize := func(asOf string) *compliance.Summary {
		s, err := compliance.Summarize(reg, h, compliance.Query{Standard: std, AsOf: civil.MustParseDate(asOf), Level: compliance.Normal})
		if err != nil {
			panic(err)
		}
		return s
	}
	before, after := summarize("2010-05-31"), summarize("2012-02-14")
	all := after.Total()
	licensed, _ := after.Cell(hierarchy.Code{}, 0, campus.Licensed) // zero code and group: the whole register
	fmt.Println("licensed 全达标率", licensed.ComplianceRate(), licensed.ComplianceRate().Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}), rate.HalfEven.Label())
	fmt.Println("all campuses", all.Compliant(), "compliant,", all.NonCompliant(), "non-compliant,", all.Unassessed(), "unassessed")
	was, _ := before.Cell(hierarchy.Code{}, 0, campus.Licensed)
	points, _ := rate.Change{From: was.ComplianceRate(), To: licensed.ComplianceRate()}.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	fmt.Println("change", rate.FormatPoints(points, 1, rate.Chinese), "/", rate.FormatPoints(points, 1, rate.English))
	// Output:
	// schools 2 campuses 3 licensed 2
	// 实验小学东校区 unmet guards: observed 0, required 1
	// licensed 全达标率 1/2 50.0% 四舍六入五成双
	// all campuses 1 compliant, 1 non-compliant, 1 unassessed
	// change +50.0 个百分点 / +50.0 percentage points
}
