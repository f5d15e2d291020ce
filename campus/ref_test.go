package campus_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckRef(t *testing.T) {
	for _, tc := range []struct {
		ref  string
		ok   bool
		want string
	}{
		{"", true, ""},
		{"3132000001", true, ""},
		{"JC-320505-2012-000123", true, ""},
		{"学校-甲", true, ""},
		{strings.Repeat("a", campus.MaxRefLen), true, ""},
		{strings.Repeat("a", campus.MaxRefLen+1), false, "65 bytes, at most 64"},
		{"a\x00b", false, "control character U+0000"},
		{"a\tb", false, "control character U+0009"},
		{"a\u0085b", false, "control character U+0085"},
		{"a\x7f", false, "control character U+007F"},
		{"\xff", false, "not valid UTF-8"},
	} {
		err := campus.CheckRef(tc.ref)
		if tc.ok {
			assert.NoError(t, err, "%q", tc.ref)
			continue
		}
		require.ErrorIs(t, err, campus.ErrInvalidRef, "%q", tc.ref)
		assert.Contains(t, err.Error(), tc.want)
	}
}

// TestRefInErrors: a register problem about a school or campus with a Ref names the ref, and a bad ref is
// an error naming the record.
func TestRefInErrors(t *testing.T) {
	tree, err := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "甲区"})
	require.NoError(t, err)
	school := campus.School{ID: uuid.MustParse("00000000-0000-0000-0000-000000000001"), Name: "中学", Ref: "S-1"}
	c := campus.Campus{ID: uuid.MustParse("00000000-0000-0000-0000-000000000002"), School: school.ID, Name: "中学本部",
		Kind: campus.JuniorSecondary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
		Jurisdiction: hierarchy.MustParseCode("320505"), Main: true, Students: -1, Ref: "C-1"}
	_, err = campus.NewRegister(tree, []campus.School{school}, []campus.Campus{c})
	require.ErrorIs(t, err, campus.ErrNegativeCount)
	assert.Contains(t, err.Error(), `"中学本部" (ref "C-1")`)

	c.Students, c.Ref, school.Ref = 10, "C\n1", strings.Repeat("x", 65)
	_, err = campus.NewRegister(tree, []campus.School{school}, []campus.Campus{c})
	require.ErrorIs(t, err, campus.ErrInvalidRef)
	assert.Contains(t, err.Error(), `school 00000000-0000-0000-0000-000000000001 "中学"`)
	assert.Contains(t, err.Error(), `campus 00000000-0000-0000-0000-000000000002 "中学本部" (ref "C\n1"): ref holds the control character U+000A`)
	assert.True(t, errors.Is(c.Validate(), campus.ErrInvalidRef))
}

// TestDerivedIDsGolden pins the derivation: these IDs are stored by platforms and must never change. The
// values were checked against a second implementation, Python's uuid.uuid5.
func TestDerivedIDsGolden(t *testing.T) {
	assert.Equal(t, uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/campussec/campussec/ref")), campus.IDNamespace())
	for _, tc := range []struct {
		derive func(string) (uuid.UUID, error)
		ref    string
		want   string
	}{
		{campus.SchoolID, "3132000001", "6bd5d3e5-d483-5896-b29b-5a2043103a46"},
		{campus.CampusID, "3132000001", "5f64d504-6412-59b4-a927-30f486fcb11a"},
		{campus.InspectionID, "3132000001", "d1010926-1a6d-5db3-b707-9836f668bfbd"},
		{campus.InspectionID, "JC-2012-0001", "45b3916b-01c7-58af-9e4f-27cb462516b2"},
	} {
		id, err := tc.derive(tc.ref)
		require.NoError(t, err)
		assert.Equal(t, tc.want, id.String(), tc.ref)
		assert.Equal(t, uuid.Version(5), id.Version())
	}
	for _, bad := range []string{"", "a\x00", strings.Repeat("a", 65)} {
		for _, derive := range []func(string) (uuid.UUID, error){campus.SchoolID, campus.CampusID, campus.InspectionID} {
			id, err := derive(bad)
			assert.ErrorIs(t, err, campus.ErrInvalidRef)
			assert.Equal(t, uuid.Nil, id)
		}
	}
}

// ExampleSchoolID derives a school's ID from its 学校标识码 and a campus's from the platform's record key: any
// system that derives them gets the same IDs.
func ExampleSchoolID() {
	school, err := campus.SchoolID("3132000001")
	if err != nil {
		fmt.Println(err)
		return
	}
	main, _ := campus.CampusID("3132000001-01")
	fmt.Println(school)
	fmt.Println(main)
	_, err = campus.SchoolID("")
	fmt.Println(err)
	// Output:
	// 6bd5d3e5-d483-5896-b29b-5a2043103a46
	// 0ab287dd-3453-5e7b-9a9e-165e9dfdb3c3
	// campus: invalid ref: an empty ref derives no school ID
}

// TestCampusOrderWithinJurisdiction: within a jurisdiction, campuses come by name, then ref, then ID —
// whatever order they were given in and whatever their IDs.
func TestCampusOrderWithinJurisdiction(t *testing.T) {
	tree, err := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "甲区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "街道"})
	require.NoError(t, err)
	type row struct{ id, name, ref, code string }
	rows := []row{
		{"00000000-0000-0000-0000-00000000000f", "乙校", "", "320505001"},
		{"00000000-0000-0000-0000-00000000000e", "甲校", "K-2", "320505001"},
		{"00000000-0000-0000-0000-00000000000d", "甲校", "K-1", "320505001"},
		{"00000000-0000-0000-0000-00000000000b", "甲校", "K-1", "320505001"},
		{"00000000-0000-0000-0000-00000000000a", "丙校", "", "320505"},
		{"00000000-0000-0000-0000-00000000000c", "Alpha", "", "320505001"},
	}
	want := []string{"a", "c", "f", "b", "d", "e"} // 320505 first; then "Alpha" < "乙" (U+4E59) < "甲" (U+7532): by code point
	var schools []campus.School
	var campuses []campus.Campus
	for _, r := range rows {
		id := uuid.MustParse(r.id)
		schools = append(schools, campus.School{ID: id, Name: r.name})
		campuses = append(campuses, campus.Campus{ID: id, School: id, Name: r.name, Ref: r.ref, Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleVillage, Jurisdiction: hierarchy.MustParseCode(r.code), Main: true})
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	var got []string
	for _, c := range reg.Campuses() {
		got = append(got, c.ID.String()[35:])
	}
	assert.Equal(t, want, got)
}
