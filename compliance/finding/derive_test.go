package finding

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDerive derives the findings of a synthetic history and cross-checks each
// against the evaluations it rests on (moved from compliance's
// TestDeriveFindings).
func TestDerive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	tree := synthTree(t, 1, 2, 2)
	reg := synthRegister(t, rng, tree, 200)
	h := synthHistory(t, rng, reg, 3)
	asOf := civil.MustParseDate("2012-02-14")
	q := compliance.MustQuery(compliance.QuerySpec{Standard: figStandard(t), AsOf: asOf, PreventionLevel: prevention.Normal})
	policy := Policy{Days: 30}

	fs, err := Derive(h, q, policy)
	require.NoError(t, err)
	require.Positive(t, fs.Len())
	assert.Equal(t, q, fs.Query())
	assert.Equal(t, policy, fs.Policy())
	again, err := Derive(h, q, policy)
	require.NoError(t, err)
	assert.Equal(t, fs, again, "deterministic")

	// Cross-check each finding against the evaluations it rests on: every
	// inspection on or before the query's date, none after it.
	for f := range fs.All() {
		i, ok := reg.IndexOf(f.Campus)
		require.True(t, ok)
		assert.False(t, f.Found.After(asOf), "found on or before the as-of date")
		assert.False(t, f.Rectified.After(asOf), "rectified on or before the as-of date")
		var foundIt, rectifiedIt bool
		for _, in := range h.Of(f.Campus) {
			if in.Date.After(asOf) {
				continue
			}
			res := q.Evaluate(reg.At(i), in.Measurements)
			for _, r := range res.Requirements {
				if r.Requirement != f.Requirement {
					continue
				}
				switch {
				case in.ID == f.Inspection:
					foundIt = r.Outcome == compliance.Unmet
				case in.Date.After(f.Found) && (f.Rectified.IsZero() || in.Date.Before(f.Rectified)):
					assert.NotEqual(t, compliance.Met, r.Outcome, "no Met between found and rectified")
				case in.ID == f.RectifiedBy:
					rectifiedIt = r.Outcome == compliance.Met
				}
			}
		}
		assert.True(t, foundIt)
		assert.Equal(t, !f.Rectified.IsZero(), rectifiedIt)
		assert.Equal(t, f.Found.AddDays(30), f.Deadline)
	}

	rect := fs.Rectification()
	require.NotNil(t, rect)
	total, ok := rect.Tally(hierarchy.Code{})
	require.True(t, ok)
	assert.Equal(t, fs.Tally(), total)
	fig, err := rect.Figure(compliance.RectificationMeasure, hierarchy.Code{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, "fig-std", fig.StandardID)
	assert.Equal(t, prevention.Normal, fig.PreventionLevel)
	assert.Equal(t, asOf, fig.AsOf)
	od := fs.Overdue()
	assert.Equal(t, fs.Tally().Count(Overdue), int64(len(od)))
	for k := 1; k < len(od); k++ {
		assert.False(t, od[k].Deadline.Before(od[k-1].Deadline), "sorted by deadline")
	}

	_, err = Derive(nil, q, policy)
	assert.ErrorIs(t, err, compliance.ErrNil)
	_, err = Derive(h, compliance.Query{}, policy)
	assert.ErrorIs(t, err, compliance.ErrInvalidQuery)
	_, err = Derive(h, q, Policy{Days: -1})
	assert.ErrorIs(t, err, ErrInvalidPolicy)
	assert.ErrorContains(t, err, "-1 days")
}

// TestDeriveZeroQuery: the zero Query is no question, and Derive refuses it as
// Summarize does (moved from compliance's TestZeroQuery).
func TestDeriveZeroQuery(t *testing.T) {
	reg := testRegister(t, 3)
	h, err := compliance.NewHistory(reg, nil)
	require.NoError(t, err)
	_, err = compliance.Summarize(h, compliance.Query{})
	assert.ErrorIs(t, err, compliance.ErrInvalidQuery)
	fs, err := Derive(h, compliance.Query{}, Policy{Days: 30})
	assert.ErrorIs(t, err, compliance.ErrInvalidQuery)
	assert.Nil(t, fs)
}

// TestDeriveCombined: findings derived under a combined standard carry its
// namespaced requirement IDs, which lead back to their source through Origin
// (moved from compliance's TestCombineEverywhere).
func TestDeriveCombined(t *testing.T) {
	national := loadStandard(t, "national", "2015",
		`{"id":"guards","title":"专职保安员","scope":{"groups":["school"]},`+
			`"rule":{"kind":"count_at_least","indicator":"full_time_guards","min":1}},`+reqGuardroom)
	province := loadStandard(t, "province", "2010",
		`{"id":"guards","title":"保安员","rule":{"kind":"count_at_least","indicator":"full_time_guards","min":2}},`+reqVideoDays)
	std, err := compliance.Combine(compliance.Combination{ID: "city-all", Title: "市级合并检查", Version: "2024",
		Parts: []compliance.Standard{national, province}})
	require.NoError(t, err)
	reg := testRegister(t, 60)
	var insp []compliance.Inspection
	for i, c := range reg.Campuses() {
		for k, d := range []string{"2016-01-10", "2016-05-10"} {
			insp = append(insp, compliance.Inspection{ID: testID(c.Name + d), Campus: c.ID, Date: civil.MustParseDate(d), Team: "一组",
				Measurements: compliance.MustMeasurements(compliance.ObserveCount(guardsInd, (i+k)%3),
					compliance.ObserveFact(guardroomInd, (i+k)%2 == 0), compliance.ObserveCount(videoDaysInd, 25+(i+k)%10))})
		}
	}
	h, err := compliance.NewHistory(reg, insp)
	require.NoError(t, err)
	q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2016-06-01"), PreventionLevel: prevention.Normal})
	fs, err := Derive(h, q, Policy{Days: 30})
	require.NoError(t, err)
	require.Positive(t, fs.Len())
	seen := map[string]bool{}
	for fd := range fs.All() {
		r, ok := std.Requirement(fd.Requirement)
		require.True(t, ok, fd.Requirement)
		assert.Contains(t, []string{"national", "province"}, r.Origin.Standard.ID)
		assert.Equal(t, r.Origin.Standard.ID+compliance.NamespaceSeparator+r.Origin.Requirement, fd.Requirement)
		seen[r.Origin.Standard.ID] = true
	}
	assert.Len(t, seen, 2, "findings from both parts")
	fig, err := fs.Rectification().Figure(compliance.RectificationMeasure, hierarchy.Code{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, "city-all", fig.StandardID)
	assert.Equal(t, fs.Tally().Total(), fig.Rate.Den(), "every finding counts once")
}
