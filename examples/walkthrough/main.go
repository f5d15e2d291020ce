// Command walkthrough computes the figures of the 2012 city report in one file, top to bottom, one library
// call per step, printed with plain fmt: the campus counts, the licensed and unlicensed full-compliance
// rates, the change since May 2010 in percentage points, the two licensed campuses that fall short and why,
// the districts, the inspection teams' visits last term, and the rectification of findings.
//
// The data is the synthetic sample city of examples/internal/samplecity (1935 campuses, inspections from
// April 2010 to February 2012). examples/cityreport prints the full report from the same calls; this file
// is the short version to read first.
//
//	go run ./examples/walkthrough
package main

import (
	"fmt"
	"log"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/compliance/visit"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

func main() {
	// 1. The data: a jurisdiction tree, a register of schools and campuses, and every inspection since
	// April 2010, each validated by its constructor (samplecity calls hierarchy.NewTree,
	// campus.NewRegister and compliance.NewHistory).
	city, err := samplecity.Build()
	if err != nil {
		log.Fatal(err)
	}
	counts := city.Register.CampusCounts()
	fmt.Printf("底数: %d 个校园 (%d 所学校); 有证 %d, 无证 %d\n", counts.Total(), city.Register.NumSchools(),
		counts.License(campus.Licensed), counts.License(campus.Unlicensed))

	// 2. The question: the city's checklist, as of the report's date, at the heightened prevention level
	// the city raised after 2010-03-23. NewQuery checks the standard once and compiles it.
	checklist, err := samplecity.Standard()
	if err != nil {
		log.Fatal(err)
	}
	reportDate := civil.MustParseDate("2012-02-14")
	q, err := compliance.NewQuery(compliance.QuerySpec{
		Standard: checklist, AsOf: reportDate, PreventionLevel: prevention.Heightened})
	if err != nil {
		log.Fatal(err)
	}

	// 3. The summary: every campus's status as of the date, tallied for every jurisdiction.
	now, err := compliance.Summarize(city.History, q)
	if err != nil {
		log.Fatal(err)
	}

	// 4. Figures: the full-compliance rate (全达标率) of licensed campuses to one decimal and of
	// unlicensed ones to a whole percent, each rounded once by GB/T 8170 (HalfEven) from exact counts.
	licensed := compliance.AllCampuses().In(city.Code).License(campus.Licensed)
	unlicensed := compliance.AllCampuses().In(city.Code).License(campus.Unlicensed)
	lic, err := now.Figure(compliance.ComplianceMeasure, licensed, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	if err != nil {
		log.Fatal(err)
	}
	unl, err := now.Figure(compliance.ComplianceMeasure, unlicensed, rate.Precision{Places: 0, Rounding: rate.HalfEven})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("有证:", lic.Format(rate.Chinese))
	fmt.Println("无证:", unl.Format(rate.Chinese))

	// 5. Unassessed campuses are counted on their own line: never compliant, never dropped.
	u, _ := now.Tally(unlicensed)
	fmt.Printf("无证校园未检查 %d 个 (在分母中)\n", u.Count(compliance.Unassessed))

	// 6. The change since May 2010: the same question at the baseline date, then Compare.
	baseline, err := compliance.NewQuery(compliance.QuerySpec{
		Standard: checklist, AsOf: civil.MustParseDate("2010-05-31"), PreventionLevel: prevention.Heightened})
	if err != nil {
		log.Fatal(err)
	}
	then, err := compliance.Summarize(city.History, baseline)
	if err != nil {
		log.Fatal(err)
	}
	cmp, err := change.Compare(then, now)
	if err != nil {
		log.Fatal(err)
	}
	since, _ := cmp.Change(compliance.ComplianceMeasure, licensed)
	fmt.Println("有证全达标率变化:", since.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.Chinese))

	// 7. Which two? The drill-down gives each non-compliant licensed campus with the inspection and the
	// unmet requirements behind its status.
	for a := range now.Campuses(licensed, compliance.NonCompliant) {
		fmt.Printf("未达标: %s (%s 检查)\n", a.Campus.Name, a.Inspection.Date)
		for _, r := range a.Result.With(compliance.Unmet) {
			fmt.Printf("  %s: 实有 %d, 应有 %d\n", r.Title, r.Observed, r.Required)
		}
	}

	// 8. Districts: every jurisdiction's rolled-up tally (sums of counts, never averages of rates).
	for j, t := range now.Jurisdictions() {
		if j.Code.Level() != city.Code.Level()+1 { // the city's districts and county-level cities
			continue
		}
		fmt.Printf("  %s %-6s 全达标率 %s\n", j.Code, j.Name,
			t.Rate(compliance.ComplianceMeasure).Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}))
	}

	// 9. Last term's visits: which campuses no team inspected (分片包干、不留死角).
	visits, err := visit.Between(city.History, civil.MustParseDate("2011-09-01"), civil.MustParseDate("2012-01-31"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("上学期 %d 个检查组检查, %d 个校园未检查\n", len(visits.Teams), len(visits.Unvisited))

	// 10. Findings (整改): each unmet requirement opens one with a 120-day deadline; a later inspection
	// that meets it rectifies it. The same query decides which inspections count and the date of the states.
	findings, err := finding.Derive(city.History, q, finding.Policy{Days: 120})
	if err != nil {
		log.Fatal(err)
	}
	rect, err := findings.Rectification().Figure(compliance.RectificationMeasure, city.Code,
		rate.Precision{Places: 1, Rounding: rate.HalfEven})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rect.Format(rate.Chinese))
}
