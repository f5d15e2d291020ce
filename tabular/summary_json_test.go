package tabular_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	validTallyJSON      = `{"total":6,"compliant":1,"non_compliant":2,"incomplete":1,"unassessed":1,"out_of_scope":1}`
	validSummaryRowJSON = `{"jurisdiction":"320505","group":"school","license":"licensed","kind":"primary","tally":` + validTallyJSON + `}`
)

// TestSummaryRowJSONClassSweep: every key of a summary row, duplicated, in another case, with U+017F or
// U+212A, renamed, removed (but the optional breakdowns) and nulled, is refused with ErrInvalidJSON.
func TestSummaryRowJSONClassSweep(t *testing.T) {
	badinput.SweepJSON(t, badinput.JSONFormat{Name: "summary row", Valid: validSummaryRowJSON,
		Decode:   func(b []byte) error { var r tabular.SummaryRow; return json.Unmarshal(b, &r) },
		Is:       []error{tabular.ErrInvalidJSON, compliance.ErrInvalidTally},
		Optional: []string{"jurisdiction", "group", "license", "kind", "tally.out_of_scope"}})
}

// summaryRowCases are the bad rows of each class: a replacement in the valid row, the extra sentinel, and
// what the error names.
var summaryRowCases = []struct {
	name, old, new, names string
	is                    error
}{
	{"unknown key", `"tally":`, `"cell":"x","tally":`, `unknown key "cell"`, nil},
	{"case variant", `"group":`, `"Group":`, `"Group"`, nil},
	{"misspelt", `"license":`, `"licence":`, `"licence"`, nil},
	{"duplicate", `"kind":"primary"`, `"kind":"primary","kind":"primary"`, `"kind" given twice`, nil},
	{"missing tally", `,"tally":` + validTallyJSON, ``, `"tally"`, nil},
	{"null", `"group":"school"`, `"group":null`, "group", nil},
	{"empty jurisdiction", `"jurisdiction":"320505"`, `"jurisdiction":""`, "jurisdiction", nil},
	{"empty group", `"group":"school"`, `"group":""`, "group", nil},
	{"empty license", `"license":"licensed"`, `"license":""`, "license", nil},
	{"empty kind", `"kind":"primary"`, `"kind":""`, "kind", nil},
	{"bad code", `"320505"`, `"3205"`, "3205", hierarchy.ErrInvalidCode},
	{"label for an id", `"school"`, `"中小学"`, "中小学", campus.ErrInvalidGroup},
	{"bad kind", `"primary"`, `"小学"`, "小学", campus.ErrInvalidKind},
	{"tally key", `"incomplete":1`, `"Incomplete":1`, `"Incomplete"`, compliance.ErrInvalidTally},
	{"tally sum", `"total":6`, `"total":7`, "7", compliance.ErrInvalidTally},
	{"tally null", `"tally":{`, `"tally":null,"x":{`, "tally", nil},
}

// TestSummaryRowJSONStrict: each bad row is refused with ErrInvalidJSON (and the value's sentinel), the error
// names the key or value, and the row is unchanged; the zero row and the whole register's row omit their
// zero breakdowns and read back as themselves.
func TestSummaryRowJSONStrict(t *testing.T) {
	var row tabular.SummaryRow
	require.NoError(t, json.Unmarshal([]byte(validSummaryRowJSON), &row))
	b, err := json.Marshal(row)
	require.NoError(t, err)
	require.Equal(t, validSummaryRowJSON, string(b), "written as read")
	for _, tc := range summaryRowCases {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(validSummaryRowJSON, tc.old, tc.new, 1)
			require.NotEqual(t, validSummaryRowJSON, in)
			got := row
			err := json.Unmarshal([]byte(in), &got)
			require.Error(t, err, in)
			assert.ErrorIs(t, err, tabular.ErrInvalidJSON)
			if tc.is != nil {
				assert.True(t, errors.Is(err, tc.is), "%v wraps %v", err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.names)
			assert.Equal(t, row, got, "unchanged on error")
		})
	}
	for _, r := range []tabular.SummaryRow{{}, {Tally: row.Tally}, {Kind: campus.Primary, Tally: row.Tally}} {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		require.NotContains(t, string(b), `""`)
		var back tabular.SummaryRow
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		require.Equal(t, r, back)
	}
	b, err = json.Marshal(tabular.SummaryRow{})
	require.NoError(t, err)
	require.Equal(t, `{"tally":{"total":0,"compliant":0,"non_compliant":0,"incomplete":0,"unassessed":0}}`, string(b))
}

// FuzzSummaryRowJSON: any input either decodes to a row that writes and reads back as itself, or is refused
// with ErrInvalidJSON and leaves the row unchanged; never a panic. Seeded from the table tests.
func FuzzSummaryRowJSON(f *testing.F) {
	f.Add([]byte(validSummaryRowJSON))
	for _, tc := range summaryRowCases {
		f.Add([]byte(strings.Replace(validSummaryRowJSON, tc.old, tc.new, 1)))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var r tabular.SummaryRow
		if err := r.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, tabular.ErrInvalidJSON)
			require.Equal(t, tabular.SummaryRow{}, r)
			return
		}
		out, err := json.Marshal(r)
		require.NoError(t, err)
		var back tabular.SummaryRow
		require.NoError(t, back.UnmarshalJSON(out), "%s", out)
		require.Equal(t, r, back)
	})
}
