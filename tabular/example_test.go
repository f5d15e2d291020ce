package tabular_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/tabular"
)

// The files of a tiny city, as an office keeps them.
const (
	exJurisdictions = "code,name\n320000,江苏省\n321400,示例市\n321402,示例区\n321402001,东街街道\n321402100,西镇\n"
	exSchools       = "id,name,code,ref\n" +
		"11111111-1111-5111-8111-111111111111,东街小学,2132000001,S-001\n" +
		"22222222-2222-5222-8222-222222222222,西镇幼儿园,,S-002\n"
	exCampuses = "id,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff,ref\n" +
		"aaaaaaaa-aaaa-5aaa-8aaa-aaaaaaaaaaaa,11111111-1111-5111-8111-111111111111,东街小学,primary,licensed,main_urban,321402001,true,false,600,40,C-001\n" +
		"bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb,22222222-2222-5222-8222-222222222222,西镇幼儿园,kindergarten,unlicensed,village,321402100,true,false,80,9,C-002\n"
	exStandard = `{"format": 1, "id": "demo", "title": "示例检查表", "version": "1", "effective": "2020-01-01",
  "requirements": [
    {"id": "guards", "title": "专职保安员", "rule": {"kind": "count_at_least", "indicator": "full_time_guards", "min": 1}},
    {"id": "guardroom", "title": "门卫室24小时值守", "rule": {"kind": "fact", "indicator": "guardroom_staffed_24h"}}]}`
	exInspections = "id,campus,date,team,full_time_guards,guardroom_staffed_24h\n" +
		"c0000000-0000-5000-8000-000000000001,aaaaaaaa-aaaa-5aaa-8aaa-aaaaaaaaaaaa,2024-03-01,一组,2,1\n" +
		"c0000000-0000-5000-8000-000000000002,bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb,2024-03-02,一组,0,\n"
)

// exampleCity reads the tiny city's files and builds its history, the way an office's program would.
func exampleCity() (*compliance.History, compliance.Standard, error) {
	var js []hierarchy.Jurisdiction
	jr := tabular.ReadJurisdictions(strings.NewReader(exJurisdictions), tabular.CSV)
	for jr.Next() {
		js = append(js, jr.Value())
	}
	var schools []campus.School
	sr := tabular.ReadSchools(strings.NewReader(exSchools), tabular.CSV)
	for sr.Next() {
		schools = append(schools, sr.Value())
	}
	var campuses []campus.Campus
	cr := tabular.ReadCampuses(strings.NewReader(exCampuses), tabular.CSV)
	for cr.Next() {
		campuses = append(campuses, cr.Value())
	}
	std, err := compliance.LoadStandard([]byte(exStandard))
	if err != nil {
		return nil, std, err
	}
	var ins []compliance.Inspection
	ir := tabular.ReadInspectionsWide(strings.NewReader(exInspections), tabular.CSV, tabular.Indicators(std))
	for ir.Next() {
		ins = append(ins, ir.Value())
	}
	if err := errors.Join(jr.Err(), sr.Err(), cr.Err(), ir.Err()); err != nil {
		return nil, std, err
	}
	tree, err := hierarchy.NewTree(js...)
	if err != nil {
		return nil, std, err
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	if err != nil {
		return nil, std, err
	}
	h, err := compliance.NewHistory(reg, ins)
	return h, std, err
}

func exampleSummary() (*compliance.Summary, compliance.Query) {
	h, std, err := exampleCity()
	if err != nil {
		panic(err)
	}
	q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2024-06-30"), PreventionLevel: prevention.Normal})
	s, err := compliance.Summarize(h, q)
	if err != nil {
		panic(err)
	}
	return s, q
}

// Files in, figures out: read a city's files, summarise, and write the summary (here the rows of the whole
// register; tabular.WriteSummary writes every jurisdiction's too).
func Example() {
	s, _ := exampleSummary()
	w := tabular.NewSummaryWriter(os.Stdout, tabular.CSV)
	for r := range tabular.SummaryRows(s) {
		if r.Jurisdiction.IsZero() {
			_ = w.Write(r)
		}
	}
	_ = w.Flush()
	// Output:
	// jurisdiction,group,license,kind,total,compliant,non_compliant,incomplete,unassessed,out_of_scope
	// ,,,,2,1,1,0,0,0
	// ,school,,,1,1,0,0,0,0
	// ,preschool,,,1,0,1,0,0,0
	// ,,licensed,,1,1,0,0,0,0
	// ,,unlicensed,,1,0,1,0,0,0
	// ,school,licensed,,1,1,0,0,0,0
	// ,preschool,unlicensed,,1,0,1,0,0,0
	// ,,,kindergarten,1,0,1,0,0,0
	// ,,unlicensed,kindergarten,1,0,1,0,0,0
	// ,,,primary,1,1,0,0,0,0
	// ,,licensed,primary,1,1,0,0,0,0
}

func ExampleReadJurisdictions() {
	r := tabular.ReadJurisdictions(strings.NewReader(exJurisdictions), tabular.CSV)
	for r.Next() {
		j := r.Value()
		fmt.Println(j.Code, j.Name, j.Code.Level())
	}
	fmt.Println(r.Err())
	// Output:
	// 320000 江苏省 province
	// 321400 示例市 prefecture
	// 321402 示例区 county
	// 321402001 东街街道 township
	// 321402100 西镇 township
	// <nil>
}

func ExampleWriteTree() {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320000"), Name: "江苏省"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("321400"), Name: "示例市"})
	_ = tabular.WriteTree(os.Stdout, tabular.JSONLines, tree)
	// Output:
	// {"code":"320000","name":"江苏省","level":"province"}
	// {"code":"321400","name":"示例市","level":"prefecture","parent":"320000"}
}

func ExampleNewJurisdictionWriter() {
	w := tabular.NewJurisdictionWriter(os.Stdout, tabular.CSV)
	_ = w.Write(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("321402001"), Name: "东街街道"})
	_ = w.Flush()
	// Output:
	// code,name,level,parent
	// 321402001,东街街道,township,321402
}

func ExampleReadSchools() {
	r := tabular.ReadSchools(strings.NewReader(exSchools), tabular.CSV)
	for r.Next() {
		s := r.Value()
		fmt.Printf("%s %q %s\n", s.Ref, s.Code, s.Name)
	}
	fmt.Println(r.Err())
	// Output:
	// S-001 "2132000001" 东街小学
	// S-002 "" 西镇幼儿园
	// <nil>
}

func ExampleNewSchoolWriter() {
	w := tabular.NewSchoolWriter(os.Stdout, tabular.JSONLines)
	_ = w.Write(campus.School{ID: tid("s"), Name: "东街小学", Ownership: campus.Public, Ref: "S-001"})
	_ = w.Flush()
	// Output:
	// {"id":"3c88babd-0bf8-55a8-9a73-98a084ec3a25","name":"东街小学","ownership":"public","ref":"S-001"}
}

func ExampleReadCampuses() {
	r := tabular.ReadCampuses(strings.NewReader(exCampuses), tabular.CSV)
	for r.Next() {
		c := r.Value()
		fmt.Println(c.Ref, c.Name, c.Kind, c.License, c.Jurisdiction, c.Students+c.Staff)
	}
	fmt.Println(r.Err())
	// Output:
	// C-001 东街小学 primary licensed 321402001 640
	// C-002 西镇幼儿园 kindergarten unlicensed 321402100 89
	// <nil>
}

// A bad file: every problem, with its line, column and record key.
func ExampleReadCampuses_errors() {
	bad := strings.Replace(strings.Replace(exCampuses, "primary", "小学", 1), ",80,", ",-80,", 1)
	r := tabular.ReadCampuses(strings.NewReader(bad), tabular.CSV)
	for r.Next() {
	}
	fmt.Println(r.Err())
	var pe *tabular.Error
	if errors.As(r.Err(), &pe) {
		fmt.Println(pe.Line, pe.Column, pe.Key, errors.Is(pe, campus.ErrInvalidKind))
	}
	// Output:
	// tabular: line 2, column "kind", record "C-001": invalid value: campus: invalid kind "小学"
	// tabular: line 3, column "students", record "C-002": invalid value: -80 outside 0..1000000
	// 2 kind C-001 true
}

// A CSV saved by Excel as GBK is refused with advice.
func ExampleReadCampuses_notUTF8() {
	gbkFile := campusHdr + "\xb6\xab\xbd\xd6\xd0\xa1\xd1\xa7\n" // 东街小学 in GBK
	r := tabular.ReadCampuses(strings.NewReader(gbkFile), tabular.CSV)
	for r.Next() {
	}
	fmt.Println(errors.Is(r.Err(), tabular.ErrNotUTF8))
	fmt.Println(strings.Contains(r.Err().Error(), `"CSV UTF-8`))
	// Output:
	// true
	// true
}

func ExampleNewCampusWriter() {
	w := tabular.NewCampusWriter(os.Stdout, tabular.CSV)
	_ = w.Write(campus.Campus{ID: tid("c"), School: tid("s"), Name: "东街小学", Kind: campus.Primary, License: campus.Licensed,
		Locale: campus.MustParseLocale("main_urban"), Jurisdiction: hierarchy.MustParseCode("321402001"), Main: true, Students: 600, Staff: 40})
	_ = w.Flush()
	// Output:
	// id,school,name,kind,group,license,locale,jurisdiction,main,boarding,students,staff,ownership,designation,ref
	// 71039e6c-de90-565a-8cd7-89b263271615,3c88babd-0bf8-55a8-9a73-98a084ec3a25,东街小学,primary,school,licensed,main_urban,321402001,true,false,600,40,,,
}

func ExampleWriteSchools() {
	h, _, _ := exampleCity()
	_ = tabular.WriteSchools(os.Stdout, tabular.CSV, h.Register())
	// Output:
	// id,name,code,ownership,designation,ref
	// 11111111-1111-5111-8111-111111111111,东街小学,2132000001,,,S-001
	// 22222222-2222-5222-8222-222222222222,西镇幼儿园,,,,S-002
}

func ExampleWriteCampuses() {
	h, _, _ := exampleCity()
	_ = tabular.WriteCampuses(os.Stdout, tabular.JSONLines, h.Register())
	// Output:
	// {"id":"aaaaaaaa-aaaa-5aaa-8aaa-aaaaaaaaaaaa","school":"11111111-1111-5111-8111-111111111111","name":"东街小学","kind":"primary","group":"school","license":"licensed","locale":"main_urban","jurisdiction":"321402001","main":true,"boarding":false,"students":600,"staff":40,"ref":"C-001"}
	// {"id":"bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb","school":"22222222-2222-5222-8222-222222222222","name":"西镇幼儿园","kind":"kindergarten","group":"preschool","license":"unlicensed","locale":"village","jurisdiction":"321402100","main":true,"boarding":false,"students":80,"staff":9,"ref":"C-002"}
}

func ExampleIndicators() {
	std, _ := compliance.LoadStandard([]byte(exStandard))
	for _, ind := range tabular.Indicators(std) {
		fmt.Println(ind.ID(), ind.ValueKind())
	}
	// Output:
	// full_time_guards count
	// guardroom_staffed_24h fact
}

func ExampleReadInspectionsWide() {
	std, _ := compliance.LoadStandard([]byte(exStandard))
	r := tabular.ReadInspectionsWide(strings.NewReader(exInspections), tabular.CSV, tabular.Indicators(std))
	for r.Next() {
		in := r.Value()
		fmt.Println(in.Date, in.Team, in.Measurements.Len(), "observed")
	}
	fmt.Println(r.Err())
	// Output:
	// 2024-03-01 一组 2 observed
	// 2024-03-02 一组 1 observed
	// <nil>
}

func ExampleReadInspectionsLong() {
	std, _ := compliance.LoadStandard([]byte(exStandard))
	long := "id,campus,date,team,indicator,value\n" +
		"c0000000-0000-5000-8000-000000000001,aaaaaaaa-aaaa-5aaa-8aaa-aaaaaaaaaaaa,2024-03-01,一组,full_time_guards,2\n" +
		"c0000000-0000-5000-8000-000000000001,aaaaaaaa-aaaa-5aaa-8aaa-aaaaaaaaaaaa,2024-03-01,一组,guardroom_staffed_24h,1\n" +
		"c0000000-0000-5000-8000-000000000002,bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb,2024-03-02,一组,,\n"
	r := tabular.ReadInspectionsLong(strings.NewReader(long), tabular.CSV, tabular.Indicators(std))
	for r.Next() {
		fmt.Println(r.Line(), r.Value().Date, r.Value().Measurements.Len(), "observed")
	}
	fmt.Println(r.Err())
	// Output:
	// 2 2024-03-01 2 observed
	// 4 2024-03-02 0 observed
	// <nil>
}

func ExampleReadInspections() {
	std, _ := compliance.LoadStandard([]byte(exStandard))
	r := tabular.ReadInspections(strings.NewReader(exInspections), tabular.CSV, tabular.Wide, tabular.Indicators(std))
	n := 0
	for r.Next() {
		n++
	}
	fmt.Println(n, r.Err())
	// Output: 2 <nil>
}

func ExampleNewInspectionWriter() {
	std, _ := compliance.LoadStandard([]byte(exStandard))
	guards := tabular.Indicators(std)[0]
	w := tabular.NewInspectionWriter(os.Stdout, tabular.CSV, tabular.Long, tabular.Indicators(std))
	_ = w.Write(compliance.Inspection{ID: tid("i"), Campus: tid("c"), Date: civil.MustParseDate("2024-03-01"), Team: "一组",
		Measurements: compliance.MustMeasurements(compliance.ObserveCount(guards, 2)), Ref: "JC-2024-001"})
	_ = w.Flush()
	// Output:
	// id,campus,date,team,ref,indicator,value
	// 0ddc99fa-4dfc-5301-83d4-74f98c3afddc,71039e6c-de90-565a-8cd7-89b263271615,2024-03-01,一组,JC-2024-001,full_time_guards,2
}

func ExampleWriteInspections() {
	h, std, _ := exampleCity()
	_ = tabular.WriteInspections(os.Stdout, tabular.CSV, tabular.Wide, tabular.Indicators(std), h)
	// Output:
	// id,campus,date,team,ref,full_time_guards,guardroom_staffed_24h
	// c0000000-0000-5000-8000-000000000001,aaaaaaaa-aaaa-5aaa-8aaa-aaaaaaaaaaaa,2024-03-01,一组,,2,1
	// c0000000-0000-5000-8000-000000000002,bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb,2024-03-02,一组,,0,
}

func ExampleSummaryRows() {
	s, _ := exampleSummary()
	for r := range tabular.SummaryRows(s) {
		if r.Jurisdiction.String() == "321402100" {
			fmt.Println(r.Cell(), r.Tally.Count(compliance.NonCompliant))
		}
	}
	// Output:
	// 321402100 1
	// 321402100 group=preschool 1
	// 321402100 license=unlicensed 1
	// 321402100 group=preschool license=unlicensed 1
	// 321402100 kind=kindergarten 1
	// 321402100 license=unlicensed kind=kindergarten 1
}

func ExampleReadSummary() {
	in := "jurisdiction,group,license,kind,total,compliant,non_compliant,incomplete,unassessed,out_of_scope\n" +
		"321402,,licensed,,1396,1394,2,0,0,0\n"
	r := tabular.ReadSummary(strings.NewReader(in), tabular.CSV)
	for r.Next() {
		row := r.Value()
		p, _ := row.Tally.Rate(compliance.ComplianceMeasure).Percent(rateOneDecimal)
		fmt.Println(row.Cell(), row.Tally.Total(), p.StringFixed(1))
	}
	fmt.Println(r.Err())
	// Output:
	// 321402 license=licensed 1396 99.9
	// <nil>
}

func ExampleNewSummaryWriter() {
	t, _ := compliance.NewTally(1394, 2, 0, 0)
	w := tabular.NewSummaryWriter(os.Stdout, tabular.JSONLines)
	_ = w.Write(tabular.SummaryRow{Jurisdiction: hierarchy.MustParseCode("321400"), License: campus.Licensed, Tally: t})
	_ = w.Flush()
	// Output:
	// {"jurisdiction":"321400","license":"licensed","total":1396,"compliant":1394,"non_compliant":2,"incomplete":0,"unassessed":0,"out_of_scope":0}
}

func ExampleWriteFindings() {
	h, _, _ := exampleCity()
	_, q := exampleSummary()
	l, _ := finding.Derive(h, q, finding.Policy{Days: 30})
	_ = tabular.WriteFindings(os.Stdout, tabular.CSV, l)
	// Output:
	// campus,requirement,inspection,found,deadline,observed,required,rectified_by,rectified
	// bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb,guards,c0000000-0000-5000-8000-000000000002,2024-03-02,2024-04-01,0,1,,
}

func ExampleReadFindings() {
	in := "campus,requirement,inspection,found,deadline,observed,required,rectified_by,rectified\n" +
		"bbbbbbbb-bbbb-5bbb-8bbb-bbbbbbbbbbbb,guards,c0000000-0000-5000-8000-000000000002,2024-03-02,2024-04-01,0,1,,\n"
	r := tabular.ReadFindings(strings.NewReader(in), tabular.CSV)
	for r.Next() {
		f := r.Value()
		fmt.Println(f.Requirement, f.State(civil.MustParseDate("2024-06-30")))
	}
	fmt.Println(r.Err())
	// Output:
	// guards overdue
	// <nil>
}

func ExampleNewFindingWriter() {
	w := tabular.NewFindingWriter(os.Stdout, tabular.JSONLines)
	_ = w.Write(finding.Finding{Campus: tid("c"), Requirement: "guards", Inspection: tid("i"),
		Found: civil.MustParseDate("2024-03-02"), Deadline: civil.MustParseDate("2024-04-01"), Observed: 0, Required: 1})
	_ = w.Flush()
	// Output:
	// {"campus":"71039e6c-de90-565a-8cd7-89b263271615","requirement":"guards","inspection":"0ddc99fa-4dfc-5301-83d4-74f98c3afddc","found":"2024-03-02","deadline":"2024-04-01","observed":0,"required":1}
}

func ExampleParseFormat() {
	f, err := tabular.ParseFormat("jsonl")
	fmt.Println(f, f.Ext(), err)
	_, err = tabular.ParseFormat("xlsx")
	fmt.Println(err)
	// Output:
	// jsonl .jsonl <nil>
	// tabular: invalid format "xlsx"
}

func ExampleParseLayout() {
	l, err := tabular.ParseLayout("long")
	fmt.Println(l, l.Name(rate.Chinese), err)
	// Output: long 长表(每个观测值一行) <nil>
}

func ExampleReader_All() {
	r := tabular.ReadJurisdictions(strings.NewReader(exJurisdictions), tabular.CSV)
	n := 0
	for range r.All() {
		n++
	}
	fmt.Println(n, r.Err())
	// Output: 5 <nil>
}

var rateOneDecimal = rate.Precision{Places: 1, Rounding: rate.HalfEven}

func ExampleWriteSummary() {
	s, _ := exampleSummary()
	var b strings.Builder
	_ = tabular.WriteSummary(&b, tabular.JSONLines, s)
	lines := strings.Split(b.String(), "\n")
	fmt.Println(len(lines)-1, "rows; the first two:")
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	// Output:
	// 56 rows; the first two:
	// {"total":2,"compliant":1,"non_compliant":1,"incomplete":0,"unassessed":0,"out_of_scope":0}
	// {"group":"school","total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0,"out_of_scope":0}
}
