package catalog

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ratesFixture returns a RatesQuery, a TargetRate and a FourHundredResult holding them, each with every
// field set.
func ratesFixture(t *testing.T) (RatesQuery, TargetRate, FourHundredResult) {
	t.Helper()
	tally, err := compliance.NewTally(1, 2, 3, 4)
	require.NoError(t, err)
	schools, err := compliance.NewTally(1, 1, 0, 2)
	require.NoError(t, err)
	q := RatesQuery{Scope: Scope2019(), AsOf: civil.MustParseDate("2023-02-14"), Window: 30}
	r := TargetRate{Target: TargetGuards, Population: Scope2019().Guards, Scope: "2019",
		Standard: compliance.Reference{ID: "mps-moe-4x100-guards", Version: "2015"}, Tally: tally, OutOfScope: 5,
		Unplaced: 1, Schools: schools, SchoolsOutOfScope: 2, SchoolsUnplaced: 1}
	return q, r, FourHundredResult{RatesQuery: q, Rates: []TargetRate{r}}
}

// populationPaths are the optional keys of the populations within prefix (absent when unset).
func populationPaths(prefixes ...string) []string {
	var out []string
	for _, p := range prefixes {
		out = append(out, p+".schools_ownership", p+".kindergartens_ownership")
	}
	return out
}

// TestRatesJSONClassSweep: every key of a RatesQuery, a TargetRate and a FourHundredResult, at any depth,
// duplicated, in another case, with U+017F or U+212A, renamed, removed (but the optional ones) and nulled,
// is refused with ErrInvalidJSON.
func TestRatesJSONClassSweep(t *testing.T) {
	q, r, f := ratesFixture(t)
	doc := func(v any) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return string(b)
	}
	scopes := []string{"guards", "closed_management", "alarm_video", "school_gate_post"}
	var inQuery, inResult []string
	for _, s := range scopes {
		inQuery = append(inQuery, populationPaths("Scope."+s)...)
		inResult = append(inResult, populationPaths("RatesQuery.Scope."+s)...)
	}
	tallies := []string{"Tally.out_of_scope", "Schools.out_of_scope"}
	inResult = append(inResult, append(populationPaths("Rates[].Population"), "Rates[].Tally.out_of_scope", "Rates[].Schools.out_of_scope")...)
	for _, fm := range []badinput.JSONFormat{
		{Name: "rates query", Valid: doc(q), Decode: func(b []byte) error { var v RatesQuery; return json.Unmarshal(b, &v) },
			Optional: inQuery},
		{Name: "target rate", Valid: doc(r), Decode: func(b []byte) error { var v TargetRate; return json.Unmarshal(b, &v) },
			Optional: append(populationPaths("Population"), tallies...)},
		{Name: "4个100% result", Valid: doc(f), Decode: func(b []byte) error { var v FourHundredResult; return json.Unmarshal(b, &v) },
			Optional: inResult, Nullable: []string{"Rates"}},
	} {
		fm.Is = []error{ErrInvalidJSON}
		badinput.SweepJSON(t, fm)
	}
}

// ratesCases are bad documents of each class: a replacement in the valid TargetRate, the extra sentinel and
// what the error names.
var ratesCases = []struct {
	name, old, new, names string
	is                    error
}{
	{"unknown key", `"Unplaced":`, `"Rate":"1/2","Unplaced":`, `unknown key "Rate"`, nil},
	{"snake case", `"OutOfScope":`, `"out_of_scope":`, `unknown key "out_of_scope"`, nil},
	{"case variant", `"SchoolsUnplaced":`, `"Schoolsunplaced":`, `"Schoolsunplaced"`, nil},
	{"duplicate", `"Scope":"2019"`, `"Scope":"2019","Scope":"2019"`, `"Scope" given twice`, nil},
	{"missing", `,"SchoolsUnplaced":1`, ``, `"SchoolsUnplaced"`, nil},
	{"null", `"Scope":"2019"`, `"Scope":null`, "Scope", nil},
	{"count not an integer", `"OutOfScope":5`, `"OutOfScope":5.0`, "OutOfScope", nil},
	{"bad target", `"Target":"guards"`, `"Target":"专职保安"`, "专职保安", ErrInvalidTarget},
	{"reference key", `{"id":"mps`, `{"ID":"mps`, `Standard: unknown key "ID"`, nil},
	{"tally sum", `"Tally":{"total":10`, `"Tally":{"total":11`, "11", compliance.ErrInvalidTally},
}

// TestRatesJSONStrict: the forms are written as before and read back exactly, zero values included; each
// bad TargetRate is refused with ErrInvalidJSON (and the value's sentinel), naming the key, the rate
// unchanged.
func TestRatesJSONStrict(t *testing.T) {
	q, r, f := ratesFixture(t)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(string(b), `{"Target":"guards","Population":{`), "%s", b)
	valid := string(b)
	for _, v := range []any{&q, &r, &f, &RatesQuery{}, &TargetRate{}, &FourHundredResult{}} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		switch v := v.(type) {
		case *RatesQuery:
			var back RatesQuery
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			require.Equal(t, *v, back)
		case *TargetRate:
			var back TargetRate
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			require.Equal(t, *v, back)
		case *FourHundredResult:
			var back FourHundredResult
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			require.Equal(t, *v, back)
		}
	}
	for _, tc := range ratesCases {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(valid, tc.old, tc.new, 1)
			require.NotEqual(t, valid, in)
			got := r
			err := json.Unmarshal([]byte(in), &got)
			require.Error(t, err, in)
			assert.ErrorIs(t, err, ErrInvalidJSON)
			if tc.is != nil {
				assert.True(t, errors.Is(err, tc.is), "%v wraps %v", err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.names)
			assert.Equal(t, r, got, "unchanged on error")
		})
	}
	var got RatesQuery
	err = json.Unmarshal([]byte(`{"Scope":null,"AsOf":"2023-02-14","Window":30}`), &got)
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), "Scope")
	err = json.Unmarshal([]byte(`{"Scope":`+string(must(json.Marshal(Scope2019())))+`,"AsOf":"2023-02-30","Window":30}`), &got)
	require.ErrorIs(t, err, ErrInvalidJSON)
	require.ErrorIs(t, err, civil.ErrInvalidDate)
	assert.Equal(t, RatesQuery{}, got)
}

// must returns b, panicking on err (for test documents only).
func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// FuzzRatesJSON: any input either decodes (as a RatesQuery, a TargetRate or a FourHundredResult) to a value
// that writes and reads back as itself, or is refused with ErrInvalidJSON; never a panic. Seeded from the
// table tests.
func FuzzRatesJSON(f *testing.F) {
	tally, _ := compliance.NewTally(1, 2, 3, 4)
	r := TargetRate{Target: TargetGuards, Population: Scope2019().Guards, Scope: "2019",
		Standard: compliance.Reference{ID: "s", Version: "1"}, Tally: tally, Schools: tally}
	valid := string(must(json.Marshal(r)))
	f.Add([]byte(valid))
	f.Add(must(json.Marshal(FourHundredResult{RatesQuery: RatesQuery{Scope: Scope2019()}, Rates: []TargetRate{r}})))
	for _, tc := range ratesCases {
		f.Add([]byte(strings.Replace(valid, tc.old, tc.new, 1)))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(v, back json.Unmarshaler) {
			if err := v.UnmarshalJSON(b); err != nil {
				if !errors.Is(err, ErrInvalidJSON) {
					t.Fatalf("%q: %v does not wrap ErrInvalidJSON", b, err)
				}
				return
			}
			out, err := json.Marshal(v)
			if err != nil {
				return // a decoded value whose parts refuse to marshal (an invalid reach) is not written
			}
			require.NoError(t, back.UnmarshalJSON(out), "%s", out)
			require.Equal(t, v, back, "%s", out)
		}
		check(new(RatesQuery), new(RatesQuery))
		check(new(TargetRate), new(TargetRate))
		check(new(FourHundredResult), new(FourHundredResult))
	})
}
