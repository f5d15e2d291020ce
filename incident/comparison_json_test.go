package incident

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const validComparisonJSON = `{"code":"320505","then":"2010-09-01/2011-01-31","now":"2011-09-01/2012-01-31",` +
	`"then_tally":` + validTallyJSON + `,"now_tally":{"total":1,"criminal_case":0,"public_order_case":1,"safety_accident":0,"other":0,"major":0},` +
	`"per_campus":{"from":"3/200","to":"1/200"},"per_pupils":{"from":"3/90000","to":"1/90000"}}`

// TestComparisonJSONClassSweep: every key of a comparison, nested tallies and ratios included, duplicated,
// in another case, with U+017F or U+212A, renamed, removed (but "code") and nulled, is refused.
func TestComparisonJSONClassSweep(t *testing.T) {
	badinput.SweepJSON(t, badinput.JSONFormat{Name: "comparison", Valid: validComparisonJSON, Decode: decodeInto[Comparison](),
		Is: []error{ErrInvalidJSON}, Optional: []string{"code"}})
}

// TestComparisonJSONStrict: the form round-trips, the whole tree's comparison omits "code" (and the zero
// Comparison reads back as itself), and each bad document is refused naming its key, the comparison
// unchanged.
func TestComparisonJSONStrict(t *testing.T) {
	var c Comparison
	require.NoError(t, json.Unmarshal([]byte(validComparisonJSON), &c))
	assert.Equal(t, hierarchy.MustParseCode("320505"), c.Code)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, validComparisonJSON, string(b), "written as read")

	whole := c
	whole.Code = hierarchy.Code{}
	b, err = json.Marshal(whole)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"code"`, "the whole tree has no code key")
	var back Comparison
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, whole, back)

	b, err = json.Marshal(Comparison{})
	require.NoError(t, err)
	assert.Equal(t, `{"then":"","now":"","then_tally":{"total":0,"criminal_case":0,"public_order_case":0,"safety_accident":0,"other":0,"major":0},`+
		`"now_tally":{"total":0,"criminal_case":0,"public_order_case":0,"safety_accident":0,"other":0,"major":0},`+
		`"per_campus":{"from":"0/0","to":"0/0"},"per_pupils":{"from":"0/0","to":"0/0"}}`, string(b))
	back = c
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, Comparison{}, back)

	for _, tc := range comparisonCases {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(validComparisonJSON, tc.old, tc.new, 1)
			require.NotEqual(t, validComparisonJSON, in)
			got := c
			err := json.Unmarshal([]byte(in), &got)
			require.Error(t, err, in)
			assert.ErrorIs(t, err, ErrInvalidJSON)
			if tc.is != nil {
				assert.True(t, errors.Is(err, tc.is), "%v wraps %v", err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.names)
			assert.Equal(t, c, got, "unchanged on error")
		})
	}
}

// comparisonCases are the bad comparisons of each class: a replacement in the valid document, the extra
// sentinel, and what the error names.
var comparisonCases = []struct {
	name, old, new, names string
	is                    error
}{
	{"unknown key", `"then":`, `"baseline":"x","then":`, `unknown key "baseline"`, nil},
	{"case variant", `"now":`, `"Now":`, `"Now"`, nil},
	{"misspelt", `"per_pupils"`, `"per_pupil"`, `"per_pupil"`, nil},
	{"duplicate", `"then":`, `"now":"2011-09-01/2012-01-31","then":`, `"now" given twice`, nil},
	{"missing", `,"per_pupils":{"from":"3/90000","to":"1/90000"}`, ``, `"per_pupils"`, nil},
	{"null", `"then_tally":{`, `"then_tally":null,"x":{`, "then_tally", nil},
	{"code empty", `"code":"320505"`, `"code":""`, "code", nil},
	{"code bad", `"code":"320505"`, `"code":"3205"`, "3205", hierarchy.ErrInvalidCode},
	{"period bad", `"2010-09-01/2011-01-31"`, `"2010-13-01/2011-01-31"`, "2010-13-01", ErrInvalidPeriod},
	{"nested tally key", `"other":0,"major":1`, `"other":0,"Major":1`, `then_tally: unknown key "Major"`, nil},
	{"nested tally sum", `"total":3`, `"total":4`, "total 4", ErrInvalidTally},
	{"nested ratio key", `"per_campus":{"from"`, `"per_campus":{"From"`, `per_campus: unknown key "From"`, nil},
	{"nested ratio bad", `"3/200"`, `"1/0"`, "1/0", rate.ErrInvalidRatio},
	{"nested ratio number", `"3/200"`, `0.015`, "per_campus.from", nil},
}

// FuzzComparisonJSON: any input either decodes to a comparison that writes and reads back as itself, or is
// refused with ErrInvalidJSON and leaves the comparison unchanged; never a panic.
func FuzzComparisonJSON(f *testing.F) {
	f.Add([]byte(validComparisonJSON))
	for _, tc := range comparisonCases {
		f.Add([]byte(strings.Replace(validComparisonJSON, tc.old, tc.new, 1)))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Comparison
		if err := c.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidJSON)
			require.Equal(t, Comparison{}, c)
			return
		}
		out, err := json.Marshal(c)
		require.NoError(t, err)
		var back Comparison
		require.NoError(t, back.UnmarshalJSON(out), "%s", out)
		require.Equal(t, c, back)
	})
}

// TestIncidentJSONEmptyOptional: "" for "ref" or "summary" is refused (the writer omits them when unset),
// naming the key.
func TestIncidentJSONEmptyOptional(t *testing.T) {
	for _, key := range []string{"ref", "summary"} {
		in := strings.Replace(validIncidentJSON, `"`+key+`":"`, `"`+key+`":"","x`+key+`":"`, 1)
		in = strings.Replace(in, `,"x`+key+`":"R-1"`, "", 1)
		in = strings.Replace(in, `,"x`+key+`":"s"`, "", 1)
		var v Incident
		err := json.Unmarshal([]byte(in), &v)
		require.Error(t, err, in)
		assert.ErrorIs(t, err, ErrInvalidJSON)
		assert.Contains(t, err.Error(), key)
		assert.Equal(t, Incident{}, v)
	}
}
