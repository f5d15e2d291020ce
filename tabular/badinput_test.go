package tabular_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gbk is "江苏省,示例市" as Excel's "CSV (逗号分隔)" saves it on a Chinese Windows: GBK bytes.
const gbk = "\xbd\xad\xcb\xd5\xca\xa1,\xca\xbe\xc0\xfd\xca\xd0"

// readErr drains a reader and returns its error.
func readErr[T any](r *tabular.Reader[T]) error {
	for r.Next() {
	}
	return r.Err()
}

const (
	schoolID  = "37a3ee6c-7914-5348-a3ef-dd4735088db0"
	campusID  = "5a0e9e13-e20e-5669-bd09-338a18f56eb1"
	inspectID = "11629da0-c005-5edb-8f10-77887e572c3c"
	campusHdr = "id,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff\n"
	campusRow = campusID + "," + schoolID + ",实验小学,primary,licensed,village,321401001,true,false,100,10\n"
	wideHdr   = "id,campus,date,team,full_time_guards,guardroom_staffed_24h,canteen_camera,anti_ram_barriers,video_retention_days\n"
)

func readCampuses(s string) error {
	return readErr(tabular.ReadCampuses(strings.NewReader(s), tabular.CSV))
}

// TestBadInputCatalogue lists, per reader, each kind of bad input with its sentinel and the line (and
// column, and key) the error names.
func TestBadInputCatalogue(t *testing.T) {
	std := testStandard(t)
	inds := tabular.Indicators(std)
	wide := func(s string) func() error {
		return func() error { return readErr(tabular.ReadInspectionsWide(strings.NewReader(s), tabular.CSV, inds)) }
	}
	long := func(s string) func() error {
		return func() error { return readErr(tabular.ReadInspectionsLong(strings.NewReader(s), tabular.CSV, inds)) }
	}
	jur := func(s string) func() error {
		return func() error { return readErr(tabular.ReadJurisdictions(strings.NewReader(s), tabular.CSV)) }
	}
	sch := func(s string) func() error {
		return func() error { return readErr(tabular.ReadSchools(strings.NewReader(s), tabular.CSV)) }
	}
	cmp := func(s string) func() error { return func() error { return readCampuses(s) } }
	sum := func(s string) func() error {
		return func() error { return readErr(tabular.ReadSummary(strings.NewReader(s), tabular.CSV)) }
	}
	fnd := func(s string) func() error {
		return func() error { return readErr(tabular.ReadFindings(strings.NewReader(s), tabular.CSV)) }
	}
	jsonl := func(s string) func() error {
		return func() error { return readErr(tabular.ReadCampuses(strings.NewReader(s), tabular.JSONLines)) }
	}
	inc := func(s string) func() error {
		return func() error { return readErr(tabular.ReadIncidents(strings.NewReader(s), tabular.CSV)) }
	}
	incHdr := "id,ref,date,campus,jurisdiction,category,severity,summary\n"
	incRow := inspectID + ",R-1,2010-05-12,,321402,public_order_case,general,纠纷\n"
	wideRow := inspectID + "," + campusID + ",2024-03-01,一组,2,1,1,0,30\n"
	long1 := "id,campus,date,team,indicator,value\n" + inspectID + "," + campusID + ",2024-03-01,一组,full_time_guards,2\n"
	long2 := "2c5d6a8e-1111-5555-8888-0123456789ab," + campusID + ",2024-03-02,一组,full_time_guards,2\n"
	findHdr := "campus,requirement,inspection,found,deadline,observed,required,rectified_by,rectified\n"
	sumHdr := "jurisdiction,group,license,kind,total,compliant,non_compliant,incomplete,unassessed,out_of_scope\n"
	huge := strings.Repeat("长", tabular.MaxFieldBytes)
	refHdr := "ref,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff\n"
	campusTail := ",实验小学,primary,licensed,village,321401001,true,false,100,10\n"
	cases := []badinput.Case{
		// jurisdictions
		{Name: "jurisdictions/wrong header", Call: jur("code,名称\n320000,江苏省\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", `"名称"`, `"name"`}},
		{Name: "jurisdictions/short row", Call: jur("code,name\n320000\n"), Is: []error{tabular.ErrFieldCount}, Names: []string{"line 2"}},
		{Name: "jurisdictions/bad code", Call: jur("code,name\n32,江苏省\n"), Is: []error{tabular.ErrValue, hierarchy.ErrInvalidCode}, Names: []string{"line 2", `column "code"`}},
		{Name: "jurisdictions/bad level", Call: jur("code,name,level\n320000,江苏省,county\n"), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "level"`}},
		{Name: "jurisdictions/duplicate key", Call: jur("code,name\n320000,江苏省\n320000,江苏\n"), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2", `record "320000"`}},
		{Name: "jurisdictions/not UTF-8 (GBK)", Call: jur("code,name\n320000," + gbk + "\n"), Is: []error{tabular.ErrNotUTF8}, Names: []string{"line 2", "CSV UTF-8", "GBK"}},
		{Name: "jurisdictions/oversized field", Call: jur("code,name\n320000," + huge + "\n"), Is: []error{tabular.ErrTooLong}, Names: []string{"line 2", `column "name"`}},
		{Name: "jurisdictions/empty input", Call: jur(""), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", "empty input"}},
		// schools
		{Name: "schools/wrong header", Call: sch("id,name,name,colour\n"), Is: []error{tabular.ErrHeader}, Names: []string{`"colour"`, "repeated"}},
		{Name: "schools/short row", Call: sch("id,name\n" + schoolID + "\n"), Is: []error{tabular.ErrFieldCount}, Names: []string{"line 2"}},
		{Name: "schools/bad code", Call: sch("id,name,code\n" + schoolID + ",实验小学,123\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidSchoolCode}, Names: []string{"line 2", `column "code"`, schoolID}},
		{Name: "schools/bad id", Call: sch("id,name\n{" + schoolID + "},实验小学\n"), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "id"`}},
		{Name: "schools/upper-case id", Call: sch("id,name\n" + strings.ToUpper(schoolID) + ",实验小学\n"), Is: []error{tabular.ErrValue}, Names: []string{"line 2", "canonical"}},
		{Name: "schools/bad enum", Call: sch("id,name,ownership,ref\n" + schoolID + ",实验小学,公办,S-1\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidOwnership}, Names: []string{"line 2", `column "ownership"`, `record "S-1"`}},
		{Name: "schools/duplicate key", Call: sch("id,name\n" + schoolID + ",甲\n" + schoolID + ",乙\n"), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2"}},
		{Name: "schools/not UTF-8 (GB18030 header)", Call: sch("id,\xc3\xfb\xb3\xc6\n"), Is: []error{tabular.ErrNotUTF8}, Names: []string{"line 1", "CSV UTF-8"}},
		{Name: "schools/oversized field", Call: sch("id,name\n" + schoolID + "," + huge + "\n"), Is: []error{tabular.ErrTooLong}, Names: []string{"line 2"}},
		{Name: "schools/required empty", Call: sch("id,name\n" + schoolID + ", \n"), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "name"`}},
		{Name: "schools/neither id nor ref", Call: sch("id,name,ref\n,实验小学,\n"), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "id"`, "neither an id nor a ref"}},
		{Name: "schools/no id or ref column", Call: sch("name,code\n实验小学,\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", `column "id"`, "want id, ref or both"}},
		{Name: "schools/ref too long", Call: sch("ref,name\n" + strings.Repeat("9", campus.MaxRefLen+1) + ",实验小学\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "ref"`, "at most 64"}},
		{Name: "schools/ref too long beside an id", Call: sch("id,name,ref\n" + schoolID + ",实验小学," + strings.Repeat("9", campus.MaxRefLen+1) + "\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "ref"`}},
		// campuses
		{Name: "campuses/missing column", Call: cmp("id,school,name\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", `"kind"`, `"staff"`, "missing"}},
		{Name: "campuses/short row", Call: cmp(campusHdr + campusID + ",x\n"), Is: []error{tabular.ErrFieldCount}, Names: []string{"line 2"}},
		{Name: "campuses/bad code", Call: cmp(campusHdr + strings.Replace(campusRow, "321401001", "3214010011", 1)), Is: []error{tabular.ErrValue, hierarchy.ErrInvalidCode}, Names: []string{"line 2", `column "jurisdiction"`}},
		{Name: "campuses/bad enum", Call: cmp(campusHdr + strings.Replace(campusRow, "primary", "小学", 1)), Is: []error{tabular.ErrValue, campus.ErrInvalidKind}, Names: []string{"line 2", `column "kind"`, campusID}},
		{Name: "campuses/bad integer", Call: cmp(campusHdr + strings.Replace(campusRow, ",100,", ",-1,", 1)), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "students"`}},
		{Name: "campuses/bad boolean", Call: cmp(campusHdr + strings.Replace(campusRow, "true", "1", 1)), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "main"`}},
		{Name: "campuses/wrong group", Call: cmp(strings.Replace(campusHdr, "kind,", "kind,group,", 1) + strings.Replace(campusRow, "primary,", "primary,preschool,", 1)), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "group"`}},
		{Name: "campuses/duplicate key", Call: cmp(campusHdr + campusRow + campusRow), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2"}},
		{Name: "campuses/not UTF-8", Call: cmp(campusHdr + strings.Replace(campusRow, "实验小学", gbk[:6], 1)), Is: []error{tabular.ErrNotUTF8}, Names: []string{"line 2"}},
		{Name: "campuses/oversized field", Call: cmp(campusHdr + strings.Replace(campusRow, "实验小学", huge, 1)), Is: []error{tabular.ErrTooLong}, Names: []string{"line 2", `column "name"`}},
		{Name: "campuses/bare quote", Call: cmp(campusHdr + `a"b` + campusRow), Is: []error{tabular.ErrSyntax}, Names: []string{"line 2"}},
		{Name: "campuses/jsonl unknown key", Call: jsonl(`{"id":"` + campusID + `","colour":"red"}` + "\n"), Is: []error{tabular.ErrHeader, tabular.ErrRequired}, Names: []string{"line 1", `"colour"`, `column "kind"`}},
		{Name: "campuses/jsonl wrong type", Call: jsonl(`{"students":"100"}` + "\n"), Is: []error{tabular.ErrValue}, Names: []string{"line 1", `column "students"`, "JSON number"}},
		{Name: "campuses/jsonl not an object", Call: jsonl("\n[1]\n"), Is: []error{tabular.ErrSyntax}, Names: []string{"line 2"}},
		{Name: "campuses/jsonl repeated key", Call: jsonl(`{"id":"` + campusID + `","id":"` + campusID + `"}` + "\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", "repeated key"}},
		{Name: "campuses/ref with a control character", Call: cmp(refHdr + "C-\x01," + schoolID + campusTail), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "ref"`, "U+0001"}},
		{Name: "campuses/ref-only row whose ref is a UUID", Call: cmp(refHdr + campusID + "," + schoolID + campusTail), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "ref"`, "is a UUID"}},
		{Name: "campuses/neither id nor ref", Call: cmp(refHdr + "," + schoolID + campusTail), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "id"`}},
		{Name: "campuses/school ref too long", Call: cmp(refHdr + "C-1," + strings.Repeat("9", campus.MaxRefLen+1) + campusTail), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "school"`, `record "C-1"`}},
		{Name: "campuses/school UUID not canonical", Call: cmp(refHdr + "C-1," + strings.ToUpper(schoolID) + campusTail), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "school"`, "never read as a ref"}},
		{Name: "campuses/duplicate ref", Call: cmp(refHdr + "C-1,2132000001" + campusTail + "C-1,2132000001" + campusTail), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2", `column "ref"`, `record "C-1"`}},
		{Name: "campuses/jsonl neither id nor ref", Call: jsonl(`{"school":"` + schoolID + `","name":"甲","kind":"primary","license":"licensed","locale":"village","jurisdiction":"321401001","main":true,"boarding":false,"students":1,"staff":2}` + "\n"), Is: []error{tabular.ErrRequired}, Names: []string{"line 1", `column "id"`}},
		// incidents
		{Name: "incidents/wrong header", Call: inc("id,date,category,severity,place\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", `"place"`}},
		{Name: "incidents/short row", Call: inc(incHdr + inspectID + ",2010-05-12\n"), Is: []error{tabular.ErrFieldCount}, Names: []string{"line 2"}},
		{Name: "incidents/bad code", Call: inc(incHdr + strings.Replace(incRow, ",321402,", ",3214,", 1)), Is: []error{tabular.ErrValue, hierarchy.ErrInvalidCode}, Names: []string{"line 2", `column "jurisdiction"`, `record "R-1"`}},
		{Name: "incidents/bad date", Call: inc(incHdr + strings.Replace(incRow, "2010-05-12", "2010-13-01", 1)), Is: []error{tabular.ErrValue, civil.ErrInvalidDate}, Names: []string{"line 2", `column "date"`}},
		{Name: "incidents/bad enum", Call: inc(incHdr + strings.Replace(incRow, "public_order_case", "治安案件", 1)), Is: []error{tabular.ErrValue, incident.ErrInvalidCategory}, Names: []string{"line 2", `column "category"`}},
		{Name: "incidents/bad severity", Call: inc(incHdr + strings.Replace(incRow, "general", "重大", 1)), Is: []error{tabular.ErrValue, incident.ErrInvalidSeverity}, Names: []string{"line 2", `column "severity"`}},
		{Name: "incidents/required empty", Call: inc(incHdr + strings.Replace(incRow, "general", "", 1)), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "severity"`}},
		{Name: "incidents/duplicate key", Call: inc(incHdr + incRow + incRow), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2"}},
		{Name: "incidents/not UTF-8", Call: inc(incHdr + strings.Replace(incRow, "纠纷", gbk[:4], 1)), Is: []error{tabular.ErrNotUTF8}, Names: []string{"line 2"}},
		{Name: "incidents/oversized field", Call: inc(incHdr + strings.Replace(incRow, "纠纷", huge, 1)), Is: []error{tabular.ErrTooLong}, Names: []string{"line 2", `column "summary"`}},
		{Name: "incidents/neither id nor ref", Call: inc(incHdr + strings.Replace(incRow, inspectID+",R-1", ",", 1)), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "id"`}},
		{Name: "incidents/ref too long to derive the id", Call: inc(incHdr + strings.Replace(incRow, inspectID+",R-1", ","+strings.Repeat("R", incident.MaxRefBytes+1), 1)), Is: []error{tabular.ErrValue, incident.ErrInvalidText}, Names: []string{"line 2", `column "ref"`}},
		{Name: "incidents/campus ref with a control character", Call: inc(incHdr + strings.Replace(incRow, ",,321402,", ",C\x7f,321402,", 1)), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "campus"`, `record "R-1"`}},
		// inspections, wide
		{Name: "wide/missing indicator column", Call: wide("id,campus,date,team,full_time_guards\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", `"canteen_camera"`}},
		{Name: "wide/unknown indicator column", Call: wide(strings.TrimSuffix(wideHdr, "\n") + ",closed_management\n"), Is: []error{tabular.ErrHeader}, Names: []string{"line 1", `"closed_management"`}},
		{Name: "wide/short row", Call: wide(wideHdr + inspectID + "," + campusID + "\n"), Is: []error{tabular.ErrFieldCount}, Names: []string{"line 2"}},
		{Name: "wide/bad date", Call: wide(wideHdr + strings.Replace(wideRow, "2024-03-01", "2024/3/1", 1)), Is: []error{tabular.ErrValue, civil.ErrInvalidDate}, Names: []string{"line 2", `column "date"`, inspectID}},
		{Name: "wide/fact not 0 or 1", Call: wide(wideHdr + strings.Replace(wideRow, ",1,1,0,", ",2,1,0,", 1)), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "guardroom_staffed_24h"`}},
		{Name: "wide/duplicate key", Call: wide(wideHdr + wideRow + wideRow), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2"}},
		{Name: "wide/not UTF-8", Call: wide(wideHdr + strings.Replace(wideRow, "一组", gbk[:4], 1)), Is: []error{tabular.ErrNotUTF8}, Names: []string{"line 2"}},
		{Name: "wide/oversized field", Call: wide(wideHdr + strings.Replace(wideRow, "一组", huge, 1)), Is: []error{tabular.ErrTooLong}, Names: []string{"line 2", `column "team"`}},
		{Name: "wide/ref with a control character", Call: wide("ref,campus,date,team,full_time_guards,guardroom_staffed_24h,canteen_camera,anti_ram_barriers,video_retention_days\nJC\t1,C-1,2024-03-01,一组,2,1,1,0,30\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "ref"`, "U+0009"}},
		{Name: "wide/campus ref too long", Call: wide("ref,campus,date,team,full_time_guards,guardroom_staffed_24h,canteen_camera,anti_ram_barriers,video_retention_days\nJC-1," + strings.Repeat("C", campus.MaxRefLen+1) + ",2024-03-01,一组,2,1,1,0,30\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidRef}, Names: []string{"line 2", `column "campus"`, `record "JC-1"`}},
		{Name: "wide/no indicators", Call: func() error {
			return readErr(tabular.ReadInspectionsWide(strings.NewReader(wideHdr), tabular.CSV, nil))
		}, Is: []error{tabular.ErrHeader}, Names: []string{"no indicators"}},
		// inspections, long
		{Name: "long/unknown indicator", Call: long(strings.Replace(long1, "full_time_guards", "closed_management", 1)), Is: []error{tabular.ErrValue, compliance.ErrUnknownIndicator}, Names: []string{"line 2", `column "indicator"`, `"closed_management"`}},
		{Name: "long/indicator twice", Call: long(long1 + strings.SplitAfter(long1, "\n")[1]), Is: []error{tabular.ErrValue, compliance.ErrInvalidObservation}, Names: []string{"line 2", "full_time_guards"}},
		{Name: "long/lines apart", Call: long(long1 + long2 + strings.SplitAfter(long1, "\n")[1]), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 4", "line 2"}},
		{Name: "long/head differs", Call: long(long1 + strings.Replace(strings.SplitAfter(long1, "\n")[1], "一组,full_time_guards", "二组,guardroom_staffed_24h", 1)), Is: []error{tabular.ErrValue}, Names: []string{"line 3", "line 2"}},
		{Name: "long/value without indicator", Call: long(strings.Replace(long1, "full_time_guards", "", 1)), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "indicator"`}},
		{Name: "long/short row", Call: long(long1 + "x,y\n"), Is: []error{tabular.ErrFieldCount}, Names: []string{"line 3"}},
		// summaries
		{Name: "summary/total not the sum", Call: sum(sumHdr + ",,,,5,1,1,1,1,0\n"), Is: []error{tabular.ErrValue}, Names: []string{"line 2", `column "total"`}},
		{Name: "summary/duplicate cell", Call: sum(sumHdr + ",school,,,1,1,0,0,0,0\n,school,,,1,1,0,0,0,0\n"), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3", "line 2"}},
		{Name: "summary/bad enum", Call: sum(sumHdr + ",中小学,,,1,1,0,0,0,0\n"), Is: []error{tabular.ErrValue, campus.ErrInvalidGroup}, Names: []string{"line 2", `column "group"`}},
		{Name: "summary/missing count", Call: sum(sumHdr + ",,,,1,1,0,0,0,\n"), Is: []error{tabular.ErrRequired}, Names: []string{"line 2", `column "out_of_scope"`}},
		// findings
		{Name: "findings/bad date", Call: fnd(findHdr + campusID + ",guards," + inspectID + ",2024-02-30,2024-06-01,1,2,,\n"), Is: []error{tabular.ErrValue, civil.ErrInvalidDate}, Names: []string{"line 2", `column "found"`}},
		{Name: "findings/rectified half", Call: fnd(findHdr + campusID + ",guards," + inspectID + ",2024-02-01,2024-06-01,1,2," + inspectID + ",\n"), Is: []error{tabular.ErrValue}, Names: []string{"line 2", "rectified_by"}},
		{Name: "findings/duplicate key", Call: fnd(findHdr + strings.Repeat(campusID+",guards,"+inspectID+",2024-02-01,2024-06-01,1,2,,\n", 2)), Is: []error{tabular.ErrDuplicateKey}, Names: []string{"line 3"}},
	}
	badinput.RunMentioning(t, "tabular: ", cases)
}

// TestEveryProblemReported checks that one pass reports every bad row (none dropped, none skipped
// silently), each as an *Error with its line, column and key, and that the good rows are still yielded.
func TestEveryProblemReported(t *testing.T) {
	var b strings.Builder
	b.WriteString(campusHdr)
	for i := range 150 {
		row := strings.Replace(campusRow, campusID, tid("c", i).String(), 1)
		if i%3 == 0 {
			row = strings.Replace(row, "licensed", "有证", 1)
		}
		b.WriteString(row)
	}
	r := tabular.ReadCampuses(strings.NewReader(b.String()), tabular.CSV)
	n := 0
	for r.Next() {
		n++
	}
	assert.Equal(t, 100, n, "the good rows")
	err := r.Err()
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok)
	errs := joined.Unwrap()
	assert.Len(t, errs, 50)
	var pe *tabular.Error
	require.True(t, errors.As(errs[1], &pe))
	assert.Equal(t, 5, pe.Line)
	assert.Equal(t, "license", pe.Column)
	assert.Equal(t, tid("c", 3).String(), pe.Key)
	assert.ErrorIs(t, pe, campus.ErrInvalidLicense)
}

// TestErrorLimit checks that a reader keeps MaxErrors problems and counts the rest.
func TestErrorLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString(campusHdr)
	for range 250 {
		b.WriteString("x\n")
	}
	err := readCampuses(b.String())
	require.Error(t, err)
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), tabular.MaxErrors+1)
	assert.Contains(t, err.Error(), "… and 150 more problems")
}

// TestBOMAndCRLF checks that Excel's byte-order mark and CRLF line ends are accepted.
func TestBOMAndCRLF(t *testing.T) {
	in := "\uFEFF" + strings.ReplaceAll(campusHdr+campusRow, "\n", "\r\n")
	r := tabular.ReadCampuses(strings.NewReader(in), tabular.CSV)
	require.True(t, r.Next(), r.Err())
	assert.Equal(t, "实验小学", r.Value().Name)
	assert.Equal(t, 100, r.Value().Students)
	assert.False(t, r.Next())
	require.NoError(t, r.Err())

	r = tabular.ReadCampuses(strings.NewReader("\uFEFF{\"id\":\""+campusID+"\",\"school\":\""+schoolID+
		"\",\"name\":\"甲\",\"kind\":\"primary\",\"license\":\"licensed\",\"locale\":\"village\",\"jurisdiction\":\"321401001\",\"main\":true,\"boarding\":false,\"students\":1,\"staff\":2}\r\n"), tabular.JSONLines)
	require.True(t, r.Next(), r.Err())
	assert.Equal(t, 2, r.Value().Staff)
	require.NoError(t, r.Err())
}

// TestLineTooLong checks that a line longer than MaxLineBytes stops the reader.
func TestLineTooLong(t *testing.T) {
	in := campusHdr + strings.Repeat("a", tabular.MaxLineBytes+10) + "\n"
	err := readCampuses(in)
	assert.ErrorIs(t, err, tabular.ErrTooLong)
	err = readErr(tabular.ReadCampuses(strings.NewReader(strings.Repeat("a", tabular.MaxLineBytes+10)+"\n"), tabular.JSONLines))
	assert.ErrorIs(t, err, tabular.ErrTooLong)
}

// TestWritersRefuse checks that writers refuse what would not read back, naming the record.
func TestWritersRefuse(t *testing.T) {
	var b strings.Builder
	cw := tabular.NewCampusWriter(&b, tabular.CSV)
	err := cw.Write(campus.Campus{Name: "x", Kind: campus.Primary, License: campus.Licensed, Locale: campus.Locale(0), Ref: "C-1"})
	assert.ErrorIs(t, err, tabular.ErrUnwritable)
	assert.Contains(t, err.Error(), `"C-1"`)

	err = cw.Write(campus.Campus{Name: "a\r\nb", Kind: campus.Primary, License: campus.Licensed, Locale: campus.Values[campus.Locale]()[0],
		Jurisdiction: hierarchy.MustParseCode("321401001"), Ref: "C-2"})
	assert.ErrorIs(t, err, tabular.ErrUnwritable)
	assert.Contains(t, err.Error(), "carriage return")

	err = cw.Write(campus.Campus{ID: tid("c"), Name: "x", Kind: campus.Primary, License: campus.Licensed, Locale: campus.Values[campus.Locale]()[0],
		Jurisdiction: hierarchy.MustParseCode("321401001"), Ref: "C\x01"})
	assert.ErrorIs(t, err, tabular.ErrUnwritable, "a ref the reader refuses")
	assert.ErrorIs(t, err, campus.ErrInvalidRef)
	assert.Contains(t, err.Error(), `column "ref"`)
	err = tabular.NewSchoolWriter(&b, tabular.CSV).Write(campus.School{ID: tid("s"), Name: "x", Ref: strings.Repeat("9", campus.MaxRefLen+1)})
	assert.ErrorIs(t, err, campus.ErrInvalidRef)

	std := testStandard(t)
	other := compliance.MustMeasurements(compliance.ObserveFact(mustIndicator(t, "closed_management"), true))
	iw := tabular.NewInspectionWriter(&b, tabular.CSV, tabular.Wide, tabular.Indicators(std))
	err = iw.Write(compliance.Inspection{ID: tid("i"), Campus: tid("c"), Date: civil.MustParseDate("2024-01-01"), Team: "一组", Measurements: other})
	assert.ErrorIs(t, err, tabular.ErrUnwritable)
	assert.ErrorIs(t, err, compliance.ErrUnknownIndicator)
	assert.Contains(t, err.Error(), "closed_management")
	err = iw.Write(compliance.Inspection{ID: tid("i"), Campus: tid("c"), Date: civil.MustParseDate("2024-01-01"), Team: "一组", Ref: "JC\n1"})
	assert.ErrorIs(t, err, tabular.ErrUnwritable)
	assert.ErrorIs(t, err, campus.ErrInvalidRef)
}

func mustIndicator(t *testing.T, id string) compliance.Indicator {
	t.Helper()
	ind, ok := compliance.LookupIndicator(id)
	require.True(t, ok, id)
	return ind
}
