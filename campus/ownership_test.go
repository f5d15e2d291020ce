package campus

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOwnershipDesignationEnums(t *testing.T) {
	for _, tt := range []struct {
		id, label         string
		parse, parseLabel func(string) (any, error)
	}{
		{"public", "公办", func(s string) (any, error) { return ParseOwnership(s) }, func(s string) (any, error) { return ParseLabel[Ownership](s) }},
		{"private", "民办", func(s string) (any, error) { return ParseOwnership(s) }, func(s string) (any, error) { return ParseLabel[Ownership](s) }},
		{"central", "中心校", func(s string) (any, error) { return ParseDesignation(s) }, func(s string) (any, error) { return ParseLabel[Designation](s) }},
		{"non_central", "非中心校", func(s string) (any, error) { return ParseDesignation(s) }, func(s string) (any, error) { return ParseLabel[Designation](s) }},
	} {
		byID, err := tt.parse(tt.id)
		require.NoError(t, err)
		byLabel, err := tt.parseLabel(tt.label)
		require.NoError(t, err)
		// One text policy: ParseX reads the id only, ParseLabel the label only.
		_, err = tt.parse(tt.label)
		require.Error(t, err, tt.label)
		_, err = tt.parseLabel(tt.id)
		require.Error(t, err, tt.id)
		assert.Equal(t, byID, byLabel, tt.id)
		assert.Equal(t, tt.id, byID.(interface{ String() string }).String())
		assert.Equal(t, tt.label, byID.(interface{ Name(rate.Lang) string }).Name(rate.Chinese))
	}
	assert.Equal(t, []Ownership{Public, Private}, Values[Ownership]())
	assert.Equal(t, []Designation{Central, NonCentral}, Values[Designation]())
	_, err := ParseOwnership("state")
	assert.ErrorIs(t, err, ErrInvalidOwnership)
	_, err = ParseDesignation("main")
	assert.ErrorIs(t, err, ErrInvalidDesignation)
	assert.False(t, Ownership(0).IsValid(), "zero is not recorded, not a value")
}

// TestRegisterInheritsSchoolAttributes checks that campuses carry their school's ownership and designation,
// and that a campus stating another is refused, naming it.
func TestRegisterInheritsSchoolAttributes(t *testing.T) {
	tree := testTree(t)
	schools, campuses := smallFixture()
	schools[0].Ownership, schools[0].Designation = Public, Central
	schools[3].Ownership = Private
	campuses[1].Ownership = Public // agrees with its school
	reg, err := NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	for _, c := range reg.Campuses() {
		s, _ := reg.School(c.School)
		assert.Equal(t, s.Ownership, c.Ownership, c.Name)
		assert.Equal(t, s.Designation, c.Designation, c.Name)
	}
	branch, _ := reg.Campus(campuses[1].ID)
	assert.Equal(t, Central, branch.Designation, "the branch campus inherits 中心校")
	unlic, _ := reg.Campus(campuses[5].ID)
	assert.Equal(t, Private, unlic.Ownership)
	kg, _ := reg.Campus(campuses[3].ID)
	assert.Equal(t, Ownership(0), kg.Ownership, "not recorded stays zero")

	tests := []struct {
		name   string
		modify func(s []School, c []Campus)
		want   error
	}{
		{"campus says private, school public", func(s []School, c []Campus) { c[1].Ownership = Private }, ErrSchoolAttribute},
		{"campus says central, school not recorded", func(s []School, c []Campus) { c[2].Designation = Central }, ErrSchoolAttribute},
		{"invalid school ownership", func(s []School, c []Campus) { s[2].Ownership = 9 }, ErrInvalidOwnership},
		{"invalid campus designation", func(s []School, c []Campus) { c[4].Designation = 7 }, ErrInvalidDesignation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := append([]School(nil), schools...)
			c := append([]Campus(nil), campuses...)
			tt.modify(s, c)
			_, err := NewRegister(tree, s, c)
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestOwnershipJSON(t *testing.T) {
	s := School{ID: id("s"), Name: "民办学校", Ownership: Private, Designation: NonCentral}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"`+s.ID.String()+`","name":"民办学校","ownership":"private","designation":"non_central"}`, string(b))
	var back School
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back)
	b, err = json.Marshal(School{ID: id("s"), Name: "x"})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "ownership", "omitted when not recorded")
	assert.Error(t, json.Unmarshal([]byte(`{"id":"`+s.ID.String()+`","name":"x","ownership":"state"}`), &back))
}

// TestRecordJSONRejectsInvalidText: a Campus or School whose JSON text holds bytes that are not UTF-8, or an
// escape of a lone surrogate, is refused, never read as U+FFFD.
func TestRecordJSONRejectsInvalidText(t *testing.T) {
	campusDoc := func(name string) string {
		return `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","school":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
			`"name":"` + name + `","kind":"primary","license":"licensed","locale":"main_urban",` +
			`"jurisdiction":"320505001","main":true,"boarding":false,"students":100,"staff":10}`
	}
	var c Campus
	require.NoError(t, json.Unmarshal([]byte(campusDoc("实验小学")), &c))
	for _, name := range []string{"a\xff", `a\ud800`, `a\udc00b`} {
		var c Campus
		assert.ErrorIs(t, json.Unmarshal([]byte(campusDoc(name)), &c), ErrInvalidJSON, "%q", name)
		var s School
		assert.ErrorIs(t, json.Unmarshal([]byte(`{"id":"6ba7b811-9dad-11d1-80b4-00c04fd430c8","name":"`+name+`"}`), &s),
			ErrInvalidJSON, "%q", name)
	}
}
