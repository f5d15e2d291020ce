package compliance

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTally(t *testing.T) {
	var tl Tally
	assert.True(t, tl.IsZero())
	assert.False(t, tl.ComplianceRate().Defined(), "empty tally: undefined, not 0 %")
	assert.False(t, tl.Coverage().Defined())

	for range 1394 {
		tl = tl.Add(Compliant)
	}
	tl = tl.Add(NonCompliant).Add(Incomplete)
	assert.Equal(t, tl, tl.Add(0).Add(9), "invalid statuses are not campuses")
	assert.Equal(t, int64(1396), tl.Total())
	assert.Equal(t, int64(1396), tl.Assessed())
	assert.Equal(t, MustParseRate("1394/1396"), tl.ComplianceRate())
	assert.Equal(t, "99.9%", tl.ComplianceRate().Format(1, HalfEven))

	tl = tl.Add(Unassessed).Add(Unassessed)
	assert.Equal(t, int64(1398), tl.Total())
	assert.Equal(t, int64(2), tl.Unassessed())
	assert.Equal(t, int64(2), tl.Count(Unassessed))
	assert.Equal(t, int64(0), tl.Count(0))
	assert.Equal(t, int64(1), tl.NonCompliant())
	assert.Equal(t, int64(1), tl.Incomplete())
	assert.Equal(t, MustParseRate("1394/1398"), tl.ComplianceRate(), "unassessed count against 全达标率")
	assert.Equal(t, MustParseRate("1394/1396"), tl.AssessedComplianceRate())
	assert.Equal(t, MustParseRate("1396/1398"), tl.Coverage())

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
			tl = tl.Add(Status(rng.IntN(4) + 1))
		}
		return tl
	}
	for range 2000 {
		a, b, c := randTally(), randTally(), randTally()
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)), "associative")
		require.Equal(t, a.Merge(b), b.Merge(a), "commutative")
		require.Equal(t, a, a.Merge(Tally{}), "right identity")
		require.Equal(t, a, Tally{}.Merge(a), "left identity")
		s := Status(rng.IntN(4) + 1)
		require.Equal(t, a.Add(s), a.Merge(Tally{}.Add(s)))
		require.Equal(t, a.Add(s).Add(Compliant), a.Add(Compliant).Add(s))
		require.Equal(t, a.Total()+b.Total(), a.Merge(b).Total())
	}
}
