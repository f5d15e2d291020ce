package compliance

import (
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewQuery(t *testing.T) {
	spec := QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.High, Window: 30}
	q, err := NewQuery(spec)
	require.NoError(t, err)
	assert.False(t, q.IsZero())
	want := spec
	want.Standard = spec.Standard.clone() // the query's copy (a NewStandard result also carries its own plan)
	assert.Equal(t, want, q.Spec(), "Spec returns the spec the query was built from")
	again, err := NewQuery(q.Spec())
	require.NoError(t, err)
	assert.Equal(t, q.Spec(), again.Spec(), "round trip")

	// The query keeps its own copy of the standard.
	spec.Standard.Requirements[0].Title = "changed"
	spec.Standard.Requirements[1].Rule.RuleKind = 0
	assert.Equal(t, "专职保安员", q.Spec().Standard.Requirements[0].Title)
	assert.Equal(t, RuleFact, q.Spec().Standard.Requirements[1].Rule.RuleKind)

	// Window 0 is allowed (no window).
	spec = QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal}
	_, err = NewQuery(spec)
	require.NoError(t, err)
}

// TestNewQueryErrors: every problem of the spec at once, then the
// standard's, and a standard with many problems does not push the spec's out.
func TestNewQueryErrors(t *testing.T) {
	std := testStandard(t)
	asOf := civil.MustParseDate("2012-02-14")
	tests := []struct {
		name     string
		spec     QuerySpec
		is       []error
		mentions []string
	}{
		{"no as-of date", QuerySpec{Standard: std, PreventionLevel: prevention.Normal}, []error{ErrInvalidQuery}, []string{"as-of"}},
		{"level 0", QuerySpec{Standard: std, AsOf: asOf}, []error{ErrInvalidQuery, prevention.ErrInvalidLevel}, []string{"level"}},
		{"level 9", QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: 9}, []error{ErrInvalidQuery, prevention.ErrInvalidLevel}, []string{"level"}},
		{"negative window", QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: prevention.Normal, Window: -1}, []error{ErrInvalidQuery}, []string{"window -1"}},
		{"zero standard", QuerySpec{AsOf: asOf, PreventionLevel: prevention.Normal}, []error{ErrInvalidStandard}, nil},
		{"everything", QuerySpec{Window: -1}, []error{ErrInvalidQuery, prevention.ErrInvalidLevel, ErrInvalidStandard}, []string{"as-of", "level", "window"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := NewQuery(tt.spec)
			require.Error(t, err)
			assert.True(t, q.IsZero())
			for _, e := range tt.is {
				assert.ErrorIs(t, err, e)
			}
			for _, m := range tt.mentions {
				assert.Contains(t, err.Error(), m)
			}
			if !errors.Is(err, ErrInvalidQuery) {
				return
			}
			// The spec's problems come first, none of them a standard's.
			list := err.(interface{ Unwrap() []error }).Unwrap()
			assert.ErrorIs(t, list[0], ErrInvalidQuery)
			seenStandard := false
			for _, e := range list {
				if errors.Is(e, ErrInvalidStandard) {
					seenStandard = true
				} else {
					assert.False(t, seenStandard, "a spec problem after a standard's: %v", e)
				}
			}
		})
	}

	// A standard with more problems than one error keeps: the spec's are still reported, first.
	bad := Standard{ID: "many", Title: "多", Version: "1"}
	for range 300 {
		bad.Requirements = append(bad.Requirements, Requirement{Rule: Rule{RuleKind: RuleCountAtLeast, Min: -1}})
	}
	_, err := NewQuery(QuerySpec{Standard: bad, PreventionLevel: 7, Window: -3})
	require.Error(t, err)
	list := err.(interface{ Unwrap() []error }).Unwrap()
	require.GreaterOrEqual(t, len(list), 4)
	for k, m := range []string{"as-of", "level", "window -3"} {
		assert.ErrorIs(t, list[k], ErrInvalidQuery)
		assert.Contains(t, list[k].Error(), m)
	}
	assert.ErrorIs(t, err, ErrInvalidStandard)
	assert.Less(t, strings.Count(err.Error(), "\n"), 150, "bounded")
}

func TestMustQuery(t *testing.T) {
	assert.Panics(t, func() { MustQuery(QuerySpec{}) })
	assert.PanicsWithError(t, mustQueryErr(QuerySpec{Window: -1}).Error(), func() { MustQuery(QuerySpec{Window: -1}) })
	assert.NotPanics(t, func() {
		MustQuery(QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	})
}

func mustQueryErr(spec QuerySpec) error {
	_, err := NewQuery(spec)
	return err
}

// TestZeroQuery: the zero Query is no question: it evaluates nothing, has the
// zero spec, and every entry point refuses it.
func TestZeroQuery(t *testing.T) {
	var q Query
	assert.True(t, q.IsZero())
	assert.Equal(t, QuerySpec{}, q.Spec())
	m := MustMeasurements(ObserveFact(GuardroomStaffed24h, true))
	assert.Equal(t, Result{}, q.Evaluate(school(800, 60), m))
	assert.Equal(t, Status(0), q.Evaluate(school(800, 60), m).Status)

	reg := testRegister(t, 3)
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	_, err = Summarize(h, q)
	assert.ErrorIs(t, err, ErrInvalidQuery)
	_, ok := h.Assess(q, reg.At(0).ID)
	assert.False(t, ok)
}

// TestQueryEvaluate: Evaluate measures at the query's level and names the
// standard, its version and the level in the result.
func TestQueryEvaluate(t *testing.T) {
	std := testStandard(t)
	c := school(800, 60)
	m := MustMeasurements(ObserveCount(FullTimeGuards, 10), ObserveFact(GuardroomStaffed24h, true), ObserveCount(VideoRetentionDays, 30))
	normal := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	res := normal.Evaluate(c, m)
	assert.Equal(t, Compliant, res.Status)
	assert.Equal(t, std.ID, res.Standard)
	assert.Equal(t, std.Version, res.Version)
	assert.Equal(t, c.ID, res.Campus)
	assert.Equal(t, prevention.Normal, res.PreventionLevel)
	require.Len(t, res.Requirements, len(std.Requirements))
	high := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Heightened})
	res = high.Evaluate(c, m)
	assert.Equal(t, Incomplete, res.Status, "the barriers requirement applies from the heightened level and is unobserved")
	assert.Equal(t, prevention.Heightened, res.PreventionLevel)
}
