package incident

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLogSummaryRefuseJSON: a Log and a Summary, built or zero, by pointer or by value, refuse to marshal
// with ErrInvalidJSON and say what to write instead; before, both wrote "{}".
func TestLogSummaryRefuseJSON(t *testing.T) {
	f := newFixture(t)
	log, err := NewLog(f.reg, []Incident{f.incident("i1")})
	require.NoError(t, err)
	sum, err := log.Summarize(MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy())
	require.NoError(t, err)
	for _, v := range []any{log, *log, &Log{}, Log{}, sum, *sum, &Summary{}, []Summary{{}}} {
		_, err := json.Marshal(v)
		require.ErrorIs(t, err, ErrInvalidJSON, "%T", v)
	}
	_, err = json.Marshal(log)
	assert.Contains(t, err.Error(), "NewLog")
	_, err = json.Marshal(sum)
	assert.Contains(t, err.Error(), "Tally")
}

// TestComparisonJSON: a Comparison round-trips exactly in its snake_case form.
func TestComparisonJSON(t *testing.T) {
	f := newFixture(t)
	log, err := NewLog(f.reg, []Incident{f.incident("i1")})
	require.NoError(t, err)
	then, err := log.Summarize(MustParsePeriod("2010-09-01/2011-01-31"), DefaultPolicy())
	require.NoError(t, err)
	now, err := log.Summarize(MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy())
	require.NoError(t, err)
	c, err := Compare(then, now, hierarchy.MustParseCode("320505"))
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"code":"320505","then":"2010-09-01/2011-01-31","now":"2011-09-01/2012-01-31","then_tally":{`)
	assert.Contains(t, string(b), `"per_campus":{"from":"0/2","to":"1/2"}`)
	var back Comparison
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
}
