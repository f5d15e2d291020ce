package tabular_test

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStreamsAndErrorsRefuseJSON: readers, writers and *Error are not data: json.Marshal refuses them,
// zero or built, by pointer or by value, with ErrUnwritable; before, they wrote "{}" (an Error its fields,
// its cause as {}).
func TestStreamsAndErrorsRefuseJSON(t *testing.T) {
	inds := tabular.Indicators(testStandard(t))
	e := &tabular.Error{Line: 3, Column: "kind", Key: "S1", Err: tabular.ErrValue}
	for _, v := range []any{
		tabular.ReadSchools(strings.NewReader(""), tabular.CSV), &tabular.Reader[campus.School]{},
		tabular.NewSchoolWriter(io.Discard, tabular.CSV), tabular.Writer[campus.School]{},
		tabular.NewInspectionWriter(io.Discard, tabular.JSONLines, tabular.Long, inds), tabular.InspectionWriter{},
		e, *e, tabular.Error{}, []*tabular.Error{e},
	} {
		_, err := json.Marshal(v)
		require.ErrorIs(t, err, tabular.ErrUnwritable, "%T", v)
	}
	_, err := json.Marshal(e)
	assert.Contains(t, err.Error(), "Error() text")
}

// TestSummaryRowJSON: a SummaryRow round-trips exactly through encoding/json, in snake_case, a zero
// breakdown omitted (never written as "").
func TestSummaryRowJSON(t *testing.T) {
	b := build(t, genCity(t, 1, 50))
	sum, err := compliance.Summarize(b.hist, b.query(t))
	require.NoError(t, err)
	n := 0
	for row := range tabular.SummaryRows(sum) {
		j, err := json.Marshal(row)
		require.NoError(t, err)
		require.Equal(t, row.Jurisdiction.IsZero(), !strings.HasPrefix(string(j), `{"jurisdiction":`), "%s", j)
		require.NotContains(t, string(j), `""`)
		var back tabular.SummaryRow
		require.NoError(t, json.Unmarshal(j, &back))
		require.Equal(t, row, back)
		n++
	}
	require.Positive(t, n)
}
