package compliance_test

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
)

// A summary's JSON is a report: its query and every non-empty cell. Campuses, schools and inspections take
// IDs derived from the platform's own keys (campus.SchoolID, CampusID, InspectionID).
func ExampleSummary_MarshalJSON() {
	tree, _ := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "示例区"})
	sid, _ := campus.SchoolID("3132000001")
	cid, _ := campus.CampusID("3132000001-01")
	reg, err := campus.NewRegister(tree, []campus.School{{ID: sid, Name: "实验小学", Ref: "3132000001"}},
		[]campus.Campus{{ID: cid, School: sid, Name: "实验小学", Kind: campus.Primary, License: campus.Licensed,
			Locale: campus.LocaleMainUrban, Jurisdiction: hierarchy.MustParseCode("320505"), Main: true,
			Students: 300, Staff: 30, Ref: "3132000001-01"}})
	if err != nil {
		panic(err)
	}
	iid, _ := campus.InspectionID("JC-2012-0001")
	h, err := compliance.NewHistory(reg, []compliance.Inspection{{ID: iid, Campus: cid, Date: civil.MustParseDate("2012-01-10"),
		Team: "一组", Ref: "JC-2012-0001",
		Measurements: compliance.MustMeasurements(compliance.ObserveFact(catalog.GuardroomStaffed24h, true))}})
	if err != nil {
		panic(err)
	}
	std, _ := compliance.NewStandard(compliance.Standard{
		ID: "demo", Title: "示例标准", Version: "2010", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []compliance.Requirement{{ID: "guardroom", Title: "门卫室24小时值守",
			Rule: compliance.Rule{RuleKind: compliance.RuleFact, Indicator: catalog.GuardroomStaffed24h}}},
	})
	q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	s, err := compliance.Summarize(h, q)
	if err != nil {
		panic(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	var report struct {
		Format int               `json:"format"`
		Cells  []json.RawMessage `json:"cells"`
	}
	_ = json.Unmarshal(b, &report)
	fmt.Println("format", report.Format)
	for _, c := range report.Cells {
		fmt.Println(string(c))
	}
	a, _ := s.Assessment(cid)
	b, _ = json.Marshal(a.Inspection)
	fmt.Println(string(b))
	// Output:
	// format 1
	// {"cell":{"group":"school","license":"licensed"},"tally":{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0}}
	// {"cell":{"kind":"primary"},"tally":{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0}}
	// {"cell":{"jurisdiction":"320505","group":"school","license":"licensed"},"tally":{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0}}
	// {"id":"45b3916b-01c7-58af-9e4f-27cb462516b2","campus":"0ab287dd-3453-5e7b-9a9e-165e9dfdb3c3","date":"2012-01-10","team":"一组","measurements":{"guardroom_staffed_24h":true},"ref":"JC-2012-0001"}
}
