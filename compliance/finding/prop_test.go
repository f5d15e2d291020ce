package finding

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/require"
)

// TestPropRectificationConservation is a seeded property test of the roll-up: for random trees, registers,
// histories, dates, windows and policies,
//
//   - the findings partition by campus: the campuses' Of, in register order, are All;
//   - every jurisdiction's rolled-up tally equals the tally, computed from the findings alone, of the
//     campuses in it and its descendants (conservation: no finding lost or counted twice);
//   - every jurisdiction's tally is the tally of its own campuses merged with its children's (partition);
//   - the roots' tallies merge to the whole register's, which is Ledger.Tally and counts every finding;
//   - every figure's rate is its tally's rate.
func TestPropRectificationConservation(t *testing.T) {
	var seen Tally // over every seed: the property must be exercised in every state
	for seed := range uint64(40) {
		rng := rand.New(rand.NewPCG(seed, 2012))
		tree := synthTree(t, 1+rng.IntN(2), 1+rng.IntN(3), 1+rng.IntN(3))
		reg := synthRegister(t, rng, tree, rng.IntN(150))
		h := synthHistory(t, rng, reg, 4)
		window := 0
		if rng.IntN(2) == 0 {
			window = 30 + rng.IntN(400)
		}
		asOf := civil.MustParseDate("2011-01-01").AddDays(rng.IntN(560))
		q := compliance.MustQuery(compliance.QuerySpec{Standard: figStandard(t), AsOf: asOf, PreventionLevel: prevention.Normal, Window: window})
		fs, err := Derive(h, q, Policy{Days: rng.IntN(91)})
		require.NoError(t, err, "seed %d", seed)

		// The findings partition by campus, in register order; each campus's tally from its own findings.
		var all []Finding
		own := make([]Tally, reg.Len())
		for i, c := range reg.Campuses() {
			of := fs.Of(c.ID)
			for _, f := range of {
				require.Equal(t, c.ID, f.Campus, "seed %d", seed)
				require.True(t, f.State(asOf).IsValid(), "seed %d: every finding is made on or before the date", seed)
				own[i] = own[i].Add(f.State(asOf))
			}
			all = append(all, of...)
		}
		require.Equal(t, slices.Collect(fs.All()), all, "seed %d", seed)
		require.Equal(t, int64(fs.Len()), fs.Tally().Total(), "seed %d", seed)

		rect := fs.Rectification()
		require.NotNil(t, rect, "seed %d", seed)
		n := 0
		var prev hierarchy.Code
		for j, got := range rect.Jurisdictions() {
			if n > 0 {
				require.Negative(t, prev.Compare(j.Code), "seed %d: ascending code order", seed)
			}
			prev = j.Code
			n++
			// Conservation: the campuses in j and its descendants, from their findings alone.
			var want, direct Tally
			for i, c := range reg.Campuses() {
				if j.Code.Contains(c.Jurisdiction) {
					want = want.Merge(own[i])
				}
				if c.Jurisdiction == j.Code {
					direct = direct.Merge(own[i])
				}
			}
			require.Equal(t, want, got, "seed %d: %s", seed, j.Code)
			byCode, ok := rect.Tally(j.Code)
			require.True(t, ok)
			require.Equal(t, got, byCode, "seed %d: %s", seed, j.Code)
			// Partition: its own campuses and its children's tallies.
			parts := direct
			for _, ch := range tree.Children(j.Code) {
				ct, ok := rect.Tally(ch.Code)
				require.True(t, ok)
				parts = parts.Merge(ct)
			}
			require.Equal(t, got, parts, "seed %d: %s is its campuses and its children", seed, j.Code)
			for _, m := range []compliance.Measure{compliance.RectificationMeasure, compliance.OnTimeRectificationMeasure} {
				fig, err := rect.Figure(m, j.Code, rate.Precision{Places: 1, Rounding: rate.HalfEven})
				require.NoError(t, err, "seed %d", seed)
				require.Equal(t, got.Rate(m), fig.Rate, "seed %d: %s %s", seed, j.Code, m)
				require.Equal(t, j.Code, fig.Jurisdiction)
			}
		}
		require.Equal(t, tree.Len(), n, "seed %d: every jurisdiction", seed)
		var roots Tally
		for _, r := range tree.Roots() {
			rt, ok := rect.Tally(r.Code)
			require.True(t, ok)
			roots = roots.Merge(rt)
		}
		total, ok := rect.Tally(hierarchy.Code{})
		require.True(t, ok)
		require.Equal(t, fs.Tally(), total, "seed %d", seed)
		require.Equal(t, total, roots, "seed %d: the roots partition the register", seed)
		seen = seen.Merge(total)
	}
	for _, s := range Values[State]() {
		require.Positive(t, seen.Count(s), "some finding is %s", s)
	}
}

// TestPropTallyMonoid is a seeded property test that Tally is a commutative monoid under Merge with the
// zero Tally as identity, that Add is a Merge of one finding, and that counts, totals and rates are those
// of the findings counted (invalid states count nothing).
func TestPropTallyMonoid(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	type counted struct {
		tl Tally
		n  [stateCount]int64
	}
	rnd := func() counted {
		var c counted
		for range rng.IntN(30) {
			s := State(rng.IntN(stateCount + 1)) // 0 and 5 are invalid
			c.tl = c.tl.Add(s)
			if s.IsValid() {
				c.n[s]++
			}
		}
		return c
	}
	for range 2000 {
		a, b, c := rnd(), rnd(), rnd()
		require.Equal(t, a.tl.Merge(b.tl).Merge(c.tl), a.tl.Merge(b.tl.Merge(c.tl)), "associative")
		require.Equal(t, a.tl.Merge(b.tl), b.tl.Merge(a.tl), "commutative")
		require.Equal(t, a.tl, a.tl.Merge(Tally{}), "right identity")
		require.Equal(t, a.tl, Tally{}.Merge(a.tl), "left identity")
		s := State(rng.IntN(stateCount) + 1)
		require.Equal(t, a.tl.Add(s), a.tl.Merge(Tally{}.Add(s)), "Add is a Merge of one")
		ab := a.tl.Merge(b.tl)
		var total int64
		for _, s := range Values[State]() {
			require.Equal(t, a.n[s], a.tl.Count(s))
			require.Equal(t, a.n[s]+b.n[s], ab.Count(s))
			total += a.n[s]
		}
		require.Equal(t, total, a.tl.Total())
		require.Equal(t, a.tl.Total()+b.tl.Total(), ab.Total())
		rectified := a.n[RectifiedOnTime] + a.n[RectifiedLate]
		r := a.tl.Rate(compliance.RectificationMeasure)
		require.Equal(t, [2]int64{rectified, total}, [2]int64{r.Num(), r.Den()})
		r = a.tl.Rate(compliance.OnTimeRectificationMeasure)
		require.Equal(t, [2]int64{a.n[RectifiedOnTime], rectified + a.n[Overdue]}, [2]int64{r.Num(), r.Den()})
		require.Equal(t, total == 0, a.tl.IsZero())
	}
}
