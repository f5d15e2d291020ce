package tabular_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/tabular"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll drains a reader and returns what it yielded and its error.
func readAll[T any](r *tabular.Reader[T]) ([]T, error) {
	var out []T
	for r.Next() {
		out = append(out, r.Value())
	}
	return out, r.Err()
}

// must returns the ID a derivation gives, failing the test on an error.
func must(t *testing.T, derive func(string) (uuid.UUID, error), ref string) string {
	t.Helper()
	id, err := derive(ref)
	require.NoError(t, err)
	return id.String()
}

// TestRefKeyedFiles checks that a file keyed by the platform's refs alone (no id column; references by
// ref) reads to the same records as the file with the derived IDs written out, for every record kind and
// in both formats, and that a file with both id and ref keeps the id as given.
func TestRefKeyedFiles(t *testing.T) {
	inds := tabular.Indicators(testStandard(t))
	sid := must(t, campus.SchoolID, "2132000001")
	cid := must(t, campus.CampusID, "C-001")
	iid := must(t, campus.InspectionID, "JC-320505-2024-000123")
	nid := must(t, incident.IDFromRef, "AJ-1")
	campusTail := ",东街小学,primary,licensed,main_urban,321402001,true,false,600,40\n"
	wideTail := ",2024-03-01,一组,2,1,1,0,30\n"
	indCols := "full_time_guards,guardroom_staffed_24h,canteen_camera,anti_ram_barriers,video_retention_days"
	type reads func(s string, f tabular.Format) (any, error)
	schools := func(s string, f tabular.Format) (any, error) {
		return readAll(tabular.ReadSchools(strings.NewReader(s), f))
	}
	campuses := func(s string, f tabular.Format) (any, error) {
		return readAll(tabular.ReadCampuses(strings.NewReader(s), f))
	}
	wide := func(s string, f tabular.Format) (any, error) {
		return readAll(tabular.ReadInspectionsWide(strings.NewReader(s), f, inds))
	}
	long := func(s string, f tabular.Format) (any, error) {
		return readAll(tabular.ReadInspectionsLong(strings.NewReader(s), f, inds))
	}
	incidents := func(s string, f tabular.Format) (any, error) {
		return readAll(tabular.ReadIncidents(strings.NewReader(s), f))
	}
	cases := []struct {
		name   string
		read   reads
		f      tabular.Format
		byRef  string // keyed by ref, references by ref
		byID   string // the same records with the derived IDs
		mixed  string // an id column with some ids empty (derived) and some given; "" to skip
		nMixed int
	}{
		{name: "schools", read: schools, f: tabular.CSV,
			byRef: "ref,name,code\n2132000001,东街小学,2132000001\n",
			byID:  "id,name,code,ref\n" + sid + ",东街小学,2132000001,2132000001\n",
			mixed: "id,name,ref\n," + "东街小学,2132000001\n" + schoolID + ",西镇幼儿园,S-2\n", nMixed: 2},
		{name: "schools jsonl", read: schools, f: tabular.JSONLines,
			byRef: `{"ref":"2132000001","name":"东街小学","code":"2132000001"}` + "\n",
			byID:  `{"id":"` + sid + `","name":"东街小学","code":"2132000001","ref":"2132000001"}` + "\n"},
		{name: "campuses", read: campuses, f: tabular.CSV,
			byRef: "ref,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff\nC-001,2132000001" + campusTail,
			byID:  "id,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff,ref\n" + cid + "," + sid + strings.TrimSuffix(campusTail, "\n") + ",C-001\n"},
		{name: "campuses jsonl", read: campuses, f: tabular.JSONLines,
			byRef: `{"ref":"C-001","school":"2132000001","name":"东街小学","kind":"primary","license":"licensed","locale":"main_urban","jurisdiction":"321402001","main":true,"boarding":false,"students":600,"staff":40}` + "\n",
			byID:  `{"id":"` + cid + `","school":"` + sid + `","name":"东街小学","kind":"primary","license":"licensed","locale":"main_urban","jurisdiction":"321402001","main":true,"boarding":false,"students":600,"staff":40,"ref":"C-001"}` + "\n"},
		{name: "inspections wide", read: wide, f: tabular.CSV,
			byRef: "ref,campus,date,team," + indCols + "\nJC-320505-2024-000123,C-001" + wideTail,
			byID:  "id,campus,date,team,ref," + indCols + "\n" + iid + "," + cid + ",2024-03-01,一组,JC-320505-2024-000123,2,1,1,0,30\n"},
		{name: "inspections wide jsonl", read: wide, f: tabular.JSONLines,
			byRef: `{"ref":"JC-320505-2024-000123","campus":"C-001","date":"2024-03-01","team":"一组","full_time_guards":2}` + "\n",
			byID:  `{"id":"` + iid + `","campus":"` + cid + `","date":"2024-03-01","team":"一组","ref":"JC-320505-2024-000123","full_time_guards":2}` + "\n"},
		{name: "inspections long", read: long, f: tabular.CSV,
			byRef: "ref,campus,date,team,indicator,value\nJC-320505-2024-000123,C-001,2024-03-01,一组,full_time_guards,2\nJC-320505-2024-000123,C-001,2024-03-01,一组,canteen_camera,1\n",
			byID: "id,campus,date,team,ref,indicator,value\n" + iid + "," + cid + ",2024-03-01,一组,JC-320505-2024-000123,full_time_guards,2\n" +
				iid + "," + cid + ",2024-03-01,一组,JC-320505-2024-000123,canteen_camera,1\n",
			// the lines of one inspection may mix the id and the ref alone: they derive the same ID
			mixed: "id,campus,date,team,ref,indicator,value\n," + cid + ",2024-03-01,一组,JC-1,full_time_guards,2\n" +
				must(t, campus.InspectionID, "JC-1") + ",C-001,2024-03-01,一组,JC-1,canteen_camera,1\n", nMixed: 1},
		{name: "incidents", read: incidents, f: tabular.CSV,
			byRef: "ref,date,campus,jurisdiction,category,severity,summary\nAJ-1,2010-05-12,C-001,,public_order_case,general,纠纷\n",
			byID:  "id,ref,date,campus,jurisdiction,category,severity,summary\n" + nid + ",AJ-1,2010-05-12," + cid + ",,public_order_case,general,纠纷\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.read(tc.byRef, tc.f)
			require.NoError(t, err)
			want, err := tc.read(tc.byID, tc.f)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			assert.NotEmpty(t, want)
			if tc.mixed != "" {
				got, err := tc.read(tc.mixed, tc.f)
				require.NoError(t, err)
				assert.Len(t, got, tc.nMixed)
			}
		})
	}
}

// TestRefAndOwnID checks that a record with both an id and a ref keeps the id as given (a platform with its
// own UUIDs), and that a reference column reads a canonical UUID as an ID and anything else as a ref.
func TestRefAndOwnID(t *testing.T) {
	own := "0e9d4a4c-52c1-4b7e-9a1e-3f6f1b2c3d4e"
	rs, err := readAll(tabular.ReadSchools(strings.NewReader("id,name,ref\n"+own+",东街小学,2132000001\n"), tabular.CSV))
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, uuid.MustParse(own), rs[0].ID, "the id as given, not the ref's derived ID")
	assert.Equal(t, "2132000001", rs[0].Ref)

	hexRef := strings.Repeat("ab", 16) // 32 hex digits: an MD5 key, not taken for a UUID
	for _, tc := range []struct {
		school string
		want   uuid.UUID
		errs   []error
	}{
		{school: own, want: uuid.MustParse(own)},
		{school: "2132000001", want: uuid.MustParse(must(t, campus.SchoolID, "2132000001"))},
		{school: hexRef, want: uuid.MustParse(must(t, campus.SchoolID, hexRef))},
		{school: strings.ToUpper(own), errs: []error{tabular.ErrValue}},
		{school: "{" + own + "}", errs: []error{tabular.ErrValue}},
		{school: "urn:uuid:" + own, errs: []error{tabular.ErrValue}},
		{school: strings.Repeat("9", campus.MaxRefLen+1), errs: []error{tabular.ErrValue, campus.ErrInvalidRef}},
		{school: "00000000-0000-0000-0000-000000000000", errs: []error{tabular.ErrValue}},
	} {
		t.Run(tc.school, func(t *testing.T) {
			in := "id,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff\n" + campusID + "," + tc.school +
				",东街小学,primary,licensed,main_urban,321402001,true,false,600,40\n"
			got, err := readAll(tabular.ReadCampuses(strings.NewReader(in), tabular.CSV))
			if tc.errs != nil {
				for _, e := range tc.errs {
					assert.ErrorIs(t, err, e)
				}
				assert.Contains(t, fmt.Sprint(err), `line 2, column "school"`)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, tc.want, got[0].School)
		})
	}
}

// TestRefFileBuildsHistory checks the whole path with refs only: a ref-keyed register and inspections
// build a history whose campus is found by its derived ID.
func TestRefFileBuildsHistory(t *testing.T) {
	js, err := readAll(tabular.ReadJurisdictions(strings.NewReader(exJurisdictions), tabular.CSV))
	require.NoError(t, err)
	schools, err := readAll(tabular.ReadSchools(strings.NewReader("ref,name\n2132000001,东街小学\n"), tabular.CSV))
	require.NoError(t, err)
	campuses, err := readAll(tabular.ReadCampuses(strings.NewReader(exRefCampuses), tabular.CSV))
	require.NoError(t, err)
	std, err := compliance.LoadStandard([]byte(exStandard))
	require.NoError(t, err)
	ins, err := readAll(tabular.ReadInspectionsWide(strings.NewReader("ref,campus,date,team,full_time_guards,guardroom_staffed_24h\nJC-1,C-001,2024-03-01,一组,2,1\n"),
		tabular.CSV, tabular.Indicators(std)))
	require.NoError(t, err)
	tree, err := hierarchy.NewTree(js...)
	require.NoError(t, err)
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	h, err := compliance.NewHistory(reg, ins)
	require.NoError(t, err)
	c, ok := reg.Campus(uuid.MustParse(must(t, campus.CampusID, "C-001")))
	require.True(t, ok)
	assert.Equal(t, "C-001", c.Ref)
	assert.NotNil(t, h)
}
