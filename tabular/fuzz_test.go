package tabular_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fuzzFormat picks the format from the fuzzer's byte.
func fuzzFormat(b byte) tabular.Format {
	if b%2 == 0 {
		return tabular.CSV
	}
	return tabular.JSONLines
}

// roundTrip reads data; when it reads without error, writes what was read and reads that back: the records
// must be equal, and the second write equal to the first. A value the writer refuses (ErrUnwritable) must
// say why; it never panics.
func roundTrip[T any](t *testing.T, data []byte, f tabular.Format, read func([]byte, tabular.Format) *tabular.Reader[T],
	write func(*bytes.Buffer, tabular.Format, []T) error) {
	r := read(data, f)
	var got []T
	for r.Next() {
		got = append(got, r.Value())
	}
	if err := r.Err(); err != nil {
		var pe *tabular.Error
		require.True(t, errors.As(err, &pe), "every problem is an *Error: %v", err)
		return
	}
	var first bytes.Buffer
	if err := write(&first, f, got); err != nil {
		require.ErrorIs(t, err, tabular.ErrUnwritable)
		return
	}
	r2 := read(first.Bytes(), f)
	var again []T
	for r2.Next() {
		again = append(again, r2.Value())
	}
	require.NoError(t, r2.Err(), "what a writer writes reads back:\n%s", first.String())
	assert.Equal(t, got, again)
	var second bytes.Buffer
	require.NoError(t, write(&second, f, again))
	assert.Equal(t, first.String(), second.String())
}

// writeAll writes records with a writer.
func writeAll[T any](newW func(*bytes.Buffer, tabular.Format) *tabular.Writer[T]) func(*bytes.Buffer, tabular.Format, []T) error {
	return func(b *bytes.Buffer, f tabular.Format, vs []T) error {
		w := newW(b, f)
		for _, v := range vs {
			if err := w.Write(v); err != nil {
				return err
			}
		}
		return w.Flush()
	}
}

func FuzzReadJurisdictions(f *testing.F) {
	f.Add([]byte("code,name,level,parent\n320000,江苏省,province,\n321400,示例市,prefecture,320000\n"), byte(0))
	f.Add([]byte(`{"code":"320000","name":"江苏省","level":"province"}`+"\n"), byte(1))
	f.Add([]byte("\uFEFFcode,name\n32,江苏\n"+gbk), byte(0))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[hierarchy.Jurisdiction] {
			return tabular.ReadJurisdictions(bytes.NewReader(b), f)
		}, writeAll(func(b *bytes.Buffer, f tabular.Format) *tabular.Writer[hierarchy.Jurisdiction] {
			return tabular.NewJurisdictionWriter(b, f)
		}))
	})
}

func FuzzReadSchools(f *testing.F) {
	f.Add([]byte("id,name,code,ownership,designation,ref\n"+schoolID+",\"中学, 东校区\",2232000001,public,central,S-1\n"), byte(0))
	f.Add([]byte(`{"id":"`+schoolID+`","name":"\"育英\"幼儿园","code":"2132000004"}`+"\n"), byte(1))
	f.Add([]byte("ref,name,code\n2132000001,东街小学,2132000001\n2132000001,西校,\n,无键,\n"), byte(0))
	f.Add([]byte(`{"ref":"2132000004","name":"育英幼儿园"}`+"\n"), byte(1))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[campus.School] {
			return tabular.ReadSchools(bytes.NewReader(b), f)
		}, writeAll(func(b *bytes.Buffer, f tabular.Format) *tabular.Writer[campus.School] {
			return tabular.NewSchoolWriter(b, f)
		}))
	})
}

func FuzzReadCampuses(f *testing.F) {
	f.Add([]byte(campusHdr+campusRow), byte(0))
	f.Add([]byte(campusHdr+campusRow+campusRow), byte(0))
	f.Add([]byte(exRefCampuses), byte(0))
	f.Add([]byte("id,ref,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff\n,C-1,"+strings.ToUpper(schoolID)+",甲,primary,licensed,village,321401001,true,false,1,2\n"), byte(0))
	f.Add([]byte(`{"ref":"C-1","school":"2132000001","name":"甲","kind":"primary","license":"licensed","locale":"village","jurisdiction":"321401001","main":true,"boarding":false,"students":1,"staff":2}`+"\n"), byte(1))
	f.Add([]byte(`{"id":"`+campusID+`","school":"`+schoolID+`","name":"甲","kind":"primary","group":"school","license":"licensed","locale":"village","jurisdiction":"321401001","main":true,"boarding":false,"students":1,"staff":2,"ref":"C-1"}`+"\n"), byte(1))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[campus.Campus] {
			return tabular.ReadCampuses(bytes.NewReader(b), f)
		}, writeAll(func(b *bytes.Buffer, f tabular.Format) *tabular.Writer[campus.Campus] {
			return tabular.NewCampusWriter(b, f)
		}))
	})
}

// fuzzInspections is the fuzz body of both inspection layouts.
func fuzzInspections(f *testing.F, l tabular.Layout) {
	inds := tabular.Indicators(testStandard(f))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[compliance.Inspection] {
			return tabular.ReadInspections(bytes.NewReader(b), f, l, inds)
		}, func(b *bytes.Buffer, f tabular.Format, ins []compliance.Inspection) error {
			w := tabular.NewInspectionWriter(b, f, l, inds)
			for _, in := range ins {
				if err := w.Write(in); err != nil {
					return err
				}
			}
			return w.Flush()
		})
	})
}

func FuzzReadInspectionsWide(f *testing.F) {
	f.Add([]byte(wideHdr+inspectID+","+campusID+",2024-03-01,一组,2,1,1,0,30\n"), byte(0))
	f.Add([]byte(wideHdr+inspectID+","+campusID+",2024-03-01,一组,,,,,\n"), byte(0))
	f.Add([]byte(`{"id":"`+inspectID+`","campus":"`+campusID+`","date":"2024-03-01","team":"一组","full_time_guards":2}`+"\n"), byte(1))
	f.Add([]byte(strings.Replace(wideHdr, "id,", "ref,", 1)+"JC-1,C-001,2024-03-01,一组,2,1,1,0,30\nJC-2,"+campusID+",2024-03-02,一组,,,,,\n"), byte(0))
	f.Add([]byte(`{"ref":"JC-1","campus":"C-001","date":"2024-03-01","team":"一组","full_time_guards":2}`+"\n"), byte(1))
	fuzzInspections(f, tabular.Wide)
}

func FuzzReadInspectionsLong(f *testing.F) {
	long1 := "id,campus,date,team,ref,indicator,value\n" + inspectID + "," + campusID + ",2024-03-01,一组,R1,full_time_guards,2\n"
	f.Add([]byte(long1+inspectID+","+campusID+",2024-03-01,一组,R1,canteen_camera,1\n"), byte(0))
	f.Add([]byte(long1+inspectID+","+campusID+",2024-03-01,一组,R1,,\n"), byte(0))
	f.Add([]byte(`{"id":"`+inspectID+`","campus":"`+campusID+`","date":"2024-03-01","team":"一组","indicator":"canteen_camera","value":0}`+"\n"), byte(1))
	f.Add([]byte("ref,campus,date,team,indicator,value\nJC-1,C-001,2024-03-01,一组,full_time_guards,2\nJC-1,C-001,2024-03-01,一组,canteen_camera,1\nJC-2,C-001,2024-03-02,一组,,\n"), byte(0))
	fuzzInspections(f, tabular.Long)
}

func FuzzReadSummary(f *testing.F) {
	hdr := "jurisdiction,group,license,kind,total,compliant,non_compliant,incomplete,unassessed,out_of_scope\n"
	f.Add([]byte(hdr+",,,,6,1,1,2,2,0\n321401,school,licensed,,4,1,0,1,2,0\n,,unlicensed,primary,1,0,0,1,0,0\n"), byte(0))
	f.Add([]byte(`{"license":"licensed","total":4,"compliant":1,"non_compliant":0,"incomplete":1,"unassessed":2,"out_of_scope":0}`+"\n"), byte(1))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[tabular.SummaryRow] {
			return tabular.ReadSummary(bytes.NewReader(b), f)
		}, writeAll(func(b *bytes.Buffer, f tabular.Format) *tabular.Writer[tabular.SummaryRow] {
			return tabular.NewSummaryWriter(b, f)
		}))
	})
}

func FuzzReadFindings(f *testing.F) {
	hdr := "campus,requirement,inspection,found,deadline,observed,required,rectified_by,rectified\n"
	f.Add([]byte(hdr+campusID+",guards,"+inspectID+",2024-02-01,2024-06-01,1,2,"+inspectID+",2024-05-01\n"), byte(0))
	f.Add([]byte(`{"campus":"`+campusID+`","requirement":"guards","inspection":"`+inspectID+`","found":"2024-02-01","deadline":"2024-06-01","observed":0,"required":1}`+"\n"), byte(1))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[finding.Finding] {
			return tabular.ReadFindings(bytes.NewReader(b), f)
		}, writeAll(func(b *bytes.Buffer, f tabular.Format) *tabular.Writer[finding.Finding] {
			return tabular.NewFindingWriter(b, f)
		}))
	})
}

func FuzzReadIncidents(f *testing.F) {
	f.Add([]byte(exIncidents), byte(0))
	f.Add([]byte("id,date,category,severity,jurisdiction\n"+inspectID+",2010-05-12,other,major,321402\n"+inspectID+",2010-05-12,other,major,\n"), byte(0))
	f.Add([]byte(`{"id":"`+inspectID+`","date":"2010-05-12","campus":"`+campusID+`","category":"criminal_case","severity":"general","ref":"X"}`+"\n"), byte(1))
	f.Add([]byte("ref,date,campus,category,severity\nAJ-1,2010-05-12,C-001,public_order_case,general\nAJ-2,2010-05-13,,other,major\n"), byte(0))
	f.Add([]byte(`{"ref":"AJ-1","date":"2010-05-12","campus":"C-001","category":"criminal_case","severity":"general"}`+"\n"), byte(1))
	f.Fuzz(func(t *testing.T, data []byte, fb byte) {
		roundTrip(t, data, fuzzFormat(fb), func(b []byte, f tabular.Format) *tabular.Reader[incident.Incident] {
			return tabular.ReadIncidents(bytes.NewReader(b), f)
		}, func(b *bytes.Buffer, f tabular.Format, ins []incident.Incident) error {
			return tabular.WriteIncidents(b, f, ins)
		})
	})
}
