package hierarchy_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// into returns a Decode function that unmarshals into a fresh *T.
func into[T any]() func([]byte) error {
	return func(b []byte) error {
		var v T
		return json.Unmarshal(b, &v)
	}
}

const (
	validAssignmentJSON = `{"Team":"一组","Areas":["320505001","320505002"]}`
	validOverlapJSON    = `{"Jurisdiction":{"code":"320505","name":"高新区"},"Teams":["一组","二组"]}`
	validCoverageJSON   = `{"Root":"320505","Gaps":[{"code":"320505002","name":"西街道"}],"Overlaps":[` + validOverlapJSON + `]}`
	validEntryJSON      = `{"Code":"320505","Value":3}`
)

// TestCoverageJSONClassSweep: every key of Assignment, Overlap, Coverage and Entry (nested jurisdictions
// and overlaps included), duplicated, in another case, with U+017F or U+212A, renamed, removed and nulled,
// is refused with ErrInvalidJSON (a list's null is its nil form, and is read).
func TestCoverageJSONClassSweep(t *testing.T) {
	lists := []string{"Areas", "Teams", "Gaps", "Overlaps", "Overlaps[].Teams"}
	for _, f := range []badinput.JSONFormat{
		{Name: "assignment", Valid: validAssignmentJSON, Decode: into[hierarchy.Assignment](), Nullable: lists},
		{Name: "overlap", Valid: validOverlapJSON, Decode: into[hierarchy.Overlap](), Nullable: lists},
		{Name: "coverage", Valid: validCoverageJSON, Decode: into[hierarchy.Coverage](), Nullable: lists},
		{Name: "entry", Valid: validEntryJSON, Decode: into[hierarchy.Entry[int]]()},
		{Name: "entry of a struct", Valid: `{"Code":"320505","Value":{"code":"320505001","name":"东街道"}}`,
			Decode: into[hierarchy.Entry[hierarchy.Jurisdiction]]()},
	} {
		f.Is = []error{hierarchy.ErrInvalidJSON}
		badinput.SweepJSON(t, f)
	}
}

// coverageCases are the bad documents of each class, each with the value it decodes into, the extra
// sentinel and what the error names.
var coverageCases = []struct {
	name, in, names string
	into            func() any
	is              error
}{
	{"assignment: unknown key", `{"Team":"一组","Areas":[],"Area":[]}`, `unknown key "Area"`, func() any { return new(hierarchy.Assignment) }, nil},
	{"assignment: snake case", `{"team":"一组","areas":[]}`, `unknown key "team"`, func() any { return new(hierarchy.Assignment) }, nil},
	{"assignment: duplicate", `{"Team":"一组","Team":"二组","Areas":[]}`, `"Team" given twice`, func() any { return new(hierarchy.Assignment) }, nil},
	{"assignment: missing", `{"Team":"一组"}`, `"Areas"`, func() any { return new(hierarchy.Assignment) }, nil},
	{"assignment: null team", `{"Team":null,"Areas":[]}`, "Team", func() any { return new(hierarchy.Assignment) }, nil},
	{"assignment: bad area", `{"Team":"一组","Areas":["3205"]}`, "3205", func() any { return new(hierarchy.Assignment) }, hierarchy.ErrInvalidCode},
	{"assignment: area a number", `{"Team":"一组","Areas":[320505]}`, "Areas[0]", func() any { return new(hierarchy.Assignment) }, nil},
	{"overlap: case variant", `{"jurisdiction":{"code":"320505","name":"区"},"Teams":[]}`, `"jurisdiction"`, func() any { return new(hierarchy.Overlap) }, nil},
	{"overlap: nested key", `{"Jurisdiction":{"Code":"320505","name":"区"},"Teams":[]}`, `Jurisdiction: unknown key "Code"`, func() any { return new(hierarchy.Overlap) }, nil},
	{"coverage: Kelvin variant", `{"Root":"","Gaps":[],"Overlaps":[],"\u212aey":1}`, "unknown key", func() any { return new(hierarchy.Coverage) }, nil},
	{"coverage: nested overlap", `{"Root":"","Gaps":[],"Overlaps":[{"Jurisdiction":{"code":"320505","name":"区"},"Teams":[],"Teams":[]}]}`,
		`Overlaps[0]: key "Teams" given twice`, func() any { return new(hierarchy.Coverage) }, nil},
	{"coverage: bad root", `{"Root":"1","Gaps":[],"Overlaps":[]}`, `"1"`, func() any { return new(hierarchy.Coverage) }, hierarchy.ErrInvalidCode},
	{"entry: null value", `{"Code":"320505","Value":null}`, "Value", func() any { return new(hierarchy.Entry[int]) }, nil},
	{"entry: missing value", `{"Code":"320505"}`, `"Value"`, func() any { return new(hierarchy.Entry[int]) }, nil},
	{"entry: value of another type", `{"Code":"320505","Value":"3"}`, "Value", func() any { return new(hierarchy.Entry[int]) }, nil},
	{"entry: value its decoder refuses", `{"Code":"320505","Value":{"code":"320505","Name":"x"}}`, `"Name"`,
		func() any { return new(hierarchy.Entry[hierarchy.Jurisdiction]) }, nil},
}

// TestCoverageJSONStrict: each bad document is refused with ErrInvalidJSON (and the value's sentinel), the
// error names the key, and the value is unchanged; the output is as before, zero values included, and reads
// back exactly.
func TestCoverageJSONStrict(t *testing.T) {
	for _, tc := range coverageCases {
		t.Run(tc.name, func(t *testing.T) {
			v := tc.into()
			before, err := json.Marshal(v)
			require.NoError(t, err)
			err = json.Unmarshal([]byte(tc.in), v)
			require.Error(t, err)
			assert.ErrorIs(t, err, hierarchy.ErrInvalidJSON)
			if tc.is != nil {
				assert.True(t, errors.Is(err, tc.is), "%v wraps %v", err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.names)
			after, err := json.Marshal(v)
			require.NoError(t, err)
			assert.Equal(t, string(before), string(after), "unchanged on error")
		})
	}
	code := hierarchy.MustParseCode
	for _, c := range []struct {
		v    any
		want string
	}{
		{hierarchy.Assignment{Team: "一组", Areas: []hierarchy.Code{code("320505001")}}, `{"Team":"一组","Areas":["320505001"]}`},
		{hierarchy.Assignment{}, `{"Team":"","Areas":null}`},
		{hierarchy.Assignment{Areas: []hierarchy.Code{}}, `{"Team":"","Areas":[]}`},
		{hierarchy.Coverage{}, `{"Root":"","Gaps":null,"Overlaps":null}`},
		{hierarchy.Overlap{}, `{"Jurisdiction":{"code":"","name":""},"Teams":null}`},
		{hierarchy.Entry[int]{}, `{"Code":"","Value":0}`},
		{hierarchy.Entry[*int]{}, `{"Code":"","Value":null}`},
		{hierarchy.Entry[[]string]{Code: code("320505"), Value: []string{"a"}}, `{"Code":"320505","Value":["a"]}`},
	} {
		b, err := json.Marshal(c.v)
		require.NoError(t, err)
		require.Equal(t, c.want, string(b))
		back := reflect.New(reflect.TypeOf(c.v))
		require.NoError(t, json.Unmarshal(b, back.Interface()), "%s", b)
		require.Equal(t, c.v, back.Elem().Interface(), "%s", b)
	}
}

// FuzzCoverageJSON: any input either decodes (as an Assignment, a Coverage, an Overlap or an Entry[int]) to
// a value that writes and reads back as itself, or is refused with ErrInvalidJSON; never a panic. Seeded
// from the table tests.
func FuzzCoverageJSON(f *testing.F) {
	for _, s := range []string{validAssignmentJSON, validOverlapJSON, validCoverageJSON, validEntryJSON} {
		f.Add([]byte(s))
	}
	for _, tc := range coverageCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, v := range []json.Unmarshaler{new(hierarchy.Assignment), new(hierarchy.Coverage), new(hierarchy.Overlap), new(hierarchy.Entry[int])} {
			if err := v.UnmarshalJSON(b); err != nil {
				if !errors.Is(err, hierarchy.ErrInvalidJSON) {
					t.Fatalf("%q: %v does not wrap ErrInvalidJSON", b, err)
				}
				continue
			}
			out, err := json.Marshal(v)
			require.NoError(t, err)
			back := reflect.New(reflect.TypeOf(v).Elem()).Interface().(json.Unmarshaler)
			require.NoError(t, back.UnmarshalJSON(out), "%s", out)
			require.Equal(t, v, back, "%s", out)
		}
	})
}
