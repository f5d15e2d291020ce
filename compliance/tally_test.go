package compliance

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTally(t *testing.T) {
	var tl Tally
	assert.True(t, tl.IsZero())
	assert.False(t, tl.Rate(ComplianceMeasure).Defined(), "empty tally: undefined, not 0 %")
	assert.False(t, tl.Rate(AssessedMeasure).Defined())

	for range 1394 {
		tl = tl.Add(Compliant)
	}
	tl = tl.Add(NonCompliant).Add(Incomplete)
	assert.Equal(t, tl, tl.Add(0).Add(9), "invalid statuses are not campuses")
	assert.Equal(t, int64(1396), tl.Total())
	assert.Equal(t, int64(1396), tl.Assessed())
	assert.Equal(t, rate.MustParse("1394/1396"), tl.Rate(ComplianceMeasure))
	assert.Equal(t, "99.9%", tl.Rate(ComplianceMeasure).Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}))

	tl = tl.Add(Unassessed).Add(Unassessed)
	assert.Equal(t, int64(1398), tl.Total())
	assert.Equal(t, int64(2), tl.Count(Unassessed))
	assert.Equal(t, int64(2), tl.Count(Unassessed))
	assert.Equal(t, int64(0), tl.Count(0))
	assert.Equal(t, int64(1), tl.Count(NonCompliant))
	assert.Equal(t, int64(1), tl.Count(Incomplete))
	assert.Equal(t, rate.MustParse("1394/1398"), tl.Rate(ComplianceMeasure), "unassessed count against 全达标率")
	assert.Equal(t, rate.MustParse("1394/1396"), tl.Rate(AssessedComplianceMeasure))
	assert.Equal(t, rate.MustParse("1396/1398"), tl.Rate(AssessedMeasure))

	n, err := NewTally(1394, 1, 1, 2)
	require.NoError(t, err)
	assert.Equal(t, tl, n)
	_, err = NewTally(1, -1, 0, 0)
	assert.ErrorIs(t, err, ErrInvalidTally)

	d, ok := tl.Sub(n)
	assert.True(t, ok)
	assert.True(t, d.IsZero())
	_, ok = Tally{}.Sub(n)
	assert.False(t, ok)
}

func TestTallyJSON(t *testing.T) {
	tl, err := NewTally(3, 2, 1, 4)
	require.NoError(t, err)
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	assert.JSONEq(t, `{"total":10,"compliant":3,"non_compliant":2,"incomplete":1,"unassessed":4}`, string(b))
	var back Tally
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tl, back)
	for _, bad := range []string{
		`{"total":9,"compliant":3,"non_compliant":2,"incomplete":1,"unassessed":4}`,
		`{"total":0,"compliant":-1,"non_compliant":1}`,
		`[1]`,
	} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &back), ErrInvalidTally, bad)
	}
}

// TestTallyMonoid checks, on seeded random tallies, that Merge is associative
// and commutative with Tally{} as identity, and that Add is Merge with a
// one-campus tally (so a combiner may add in any order).
func TestTallyMonoid(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 4))
	randTally := func() Tally {
		var tl Tally
		for range rng.IntN(50) {
			tl = tl.Add(Status(rng.IntN(int(OutOfScope)) + 1))
		}
		return tl
	}
	for range 2000 {
		a, b, c := randTally(), randTally(), randTally()
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)), "associative")
		require.Equal(t, a.Merge(b), b.Merge(a), "commutative")
		require.Equal(t, a, a.Merge(Tally{}), "right identity")
		require.Equal(t, a, Tally{}.Merge(a), "left identity")
		s := Status(rng.IntN(int(OutOfScope)) + 1)
		require.Equal(t, a.Add(s), a.Merge(Tally{}.Add(s)))
		n, err := Tally{}.AddN(s, int64(rng.IntN(5)))
		require.NoError(t, err)
		an, err := a.AddN(s, n.Total())
		require.NoError(t, err)
		require.Equal(t, a.Merge(n), an, "AddN is Merge with n campuses of one status")
		require.Equal(t, a.InScope()+b.InScope(), a.Merge(b).InScope())
		require.Equal(t, a.Count(OutOfScope)+b.Count(OutOfScope), a.Merge(b).Count(OutOfScope))
		require.Equal(t, a.Total(), a.InScope()+a.Count(OutOfScope))
		back, ok := a.Merge(b).Sub(b)
		require.True(t, ok)
		require.Equal(t, a, back, "Sub undoes Merge")
		require.Equal(t, a.Add(s).Add(Compliant), a.Add(Compliant).Add(s))
		require.Equal(t, a.Total()+b.Total(), a.Merge(b).Total())
	}
}

// TestTallyOutOfScope checks that campuses outside the standard's population
// are counted apart: in Total, in no rate's denominator, and in JSON.
func TestTallyOutOfScope(t *testing.T) {
	base, err := NewTally(1394, 1, 1, 0)
	require.NoError(t, err)
	tl, err := base.AddN(OutOfScope, 539)
	require.NoError(t, err)
	assert.Equal(t, int64(1935), tl.Total())
	assert.Equal(t, int64(1396), tl.InScope())
	assert.Equal(t, int64(539), tl.Count(OutOfScope))
	assert.Equal(t, int64(539), tl.Count(OutOfScope))
	assert.Equal(t, int64(1396), tl.Assessed(), "out of scope is not assessed")
	assert.Equal(t, rate.MustParse("1394/1396"), tl.Rate(ComplianceMeasure), "out of scope: not in the denominator")
	assert.Equal(t, rate.MustParse("1394/1396"), tl.Rate(AssessedComplianceMeasure))
	assert.Equal(t, rate.MustParse("1396/1396"), tl.Rate(AssessedMeasure))
	assert.Equal(t, base.Rate(ComplianceMeasure), tl.Rate(ComplianceMeasure))

	only := Tally{}.Add(OutOfScope)
	assert.False(t, only.Rate(ComplianceMeasure).Defined(), "no campus in scope: undefined")
	assert.False(t, only.Rate(AssessedMeasure).Defined())

	b, err := json.Marshal(tl)
	require.NoError(t, err)
	assert.JSONEq(t, `{"total":1935,"compliant":1394,"non_compliant":1,"incomplete":1,"unassessed":0,"out_of_scope":539}`, string(b))
	var back Tally
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tl, back)
	for _, bad := range []string{
		`{"total":1,"compliant":0,"non_compliant":0,"incomplete":0,"unassessed":0,"out_of_scope":-1}`,
		`{"total":3,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0,"out_of_scope":1}`,
		`{"total":-1,"compliant":0,"non_compliant":0,"incomplete":0,"unassessed":0,"out_of_scope":9223372036854775807}`,
	} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &back), ErrInvalidTally, bad)
	}
}

func TestTallyAddN(t *testing.T) {
	tests := []struct {
		name string
		s    Status
		n    int64
		ok   bool
	}{
		{"zero", Compliant, 0, true},
		{"some out of scope", OutOfScope, 7, true},
		{"invalid status", 0, 1, false},
		{"status past the last", OutOfScope + 1, 1, false},
		{"negative", Unassessed, -1, false},
		{"overflow", Compliant, math.MaxInt64, false},
	}
	start := Tally{}.Add(Incomplete)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := start.AddN(tt.s, tt.n)
			if !tt.ok {
				require.ErrorIs(t, err, ErrInvalidTally)
				assert.Equal(t, start, got, "unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, start.Count(tt.s)+tt.n, got.Count(tt.s))
			assert.Equal(t, start.Total()+tt.n, got.Total())
		})
	}
}
