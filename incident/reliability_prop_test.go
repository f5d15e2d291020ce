package incident

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/require"
)

func randomTally(r *rand.Rand) Tally {
	n := [4]int64{r.Int64N(1000), r.Int64N(1000), r.Int64N(1000), r.Int64N(1000)}
	tl, _ := NewTally(n[0], n[1], n[2], n[3], r.Int64N(1+n[0]+n[1]+n[2]+n[3]))
	return tl
}

// TestReliabilityTallyLaws checks the commutative-monoid laws of Tally on seeded random tallies, and that
// Add and the JSON form agree with them.
func TestReliabilityTallyLaws(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 1))
	for range 1000 {
		a, b, c := randomTally(r), randomTally(r), randomTally(r)
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)), "associative")
		require.Equal(t, a.Merge(b), b.Merge(a), "commutative")
		require.Equal(t, a, a.Merge(Tally{}), "identity")
		require.Equal(t, a, Tally{}.Merge(a), "identity")
		require.Equal(t, a.Total()+b.Total(), a.Merge(b).Total())
		require.Equal(t, a.Major()+b.Major(), a.Merge(b).Major())
		cat, major := Category(1+r.IntN(numCategories)), r.IntN(2) == 0
		require.Equal(t, a.Add(cat, major), a.Merge(Tally{}.Add(cat, major)), "Add is Merge with a one-incident tally")
		var sum int64
		for _, c := range Values[Category]() {
			sum += a.Count(c)
		}
		require.Equal(t, a.Total(), sum, "the categories partition the total")
		require.LessOrEqual(t, a.Major(), a.Total())
		js, err := a.MarshalJSON()
		require.NoError(t, err)
		var back Tally
		require.NoError(t, back.UnmarshalJSON(js))
		require.Equal(t, a, back)
	}
	// Overflow never wraps: it is absorbing, counts nothing and cannot be marshalled.
	big, err := NewTally(MaxTally, 0, 0, 0, 0)
	require.NoError(t, err)
	over := big.Add(Other, true)
	require.True(t, over.Overflowed())
	require.Equal(t, int64(0), over.Total())
	require.Equal(t, over, over.Merge(randomTally(r)))
	require.Equal(t, over, randomTally(r).Merge(over))
	require.Equal(t, over, big.Merge(big))
	require.Equal(t, over, over.Add(CriminalCase, false))
	require.False(t, over.IsZero())
}

func newPropLog(t *testing.T, r *rand.Rand) (*Log, []Incident) {
	t.Helper()
	tree := testTree(t)
	reg := testRegister(t, r, tree, 60+r.IntN(60))
	incs := randomIncidents(r, reg, 200+r.IntN(300))
	log, err := NewLog(reg, incs)
	require.NoError(t, err)
	return log, incs
}

// randomPeriod is a random period within the propWorld's days, sometimes covering all of them.
func randomPeriod(r *rand.Rand) Period {
	if r.IntN(4) == 0 {
		p, _ := NewPeriod(propStart, propStart.AddDays(propDays))
		return p
	}
	a, b := r.IntN(propDays), r.IntN(propDays)
	p, _ := NewPeriod(propStart.AddDays(min(a, b)), propStart.AddDays(max(a, b)))
	return p
}

// TestReliabilityConservation checks, on seeded random registers and logs, that every incident of the
// period is counted exactly once at the jurisdiction where it counts and once in each ancestor, and in no
// other jurisdiction; that each tally is its own incidents merged with its children's; that the categories
// partition each tally; and that the drill-down lists exactly the tallied incidents.
func TestReliabilityConservation(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 2))
	for range 6 {
		log, incs := newPropLog(t, r)
		pol := Policy{MajorFrom: Severity(1 + r.IntN(4))}
		p := randomPeriod(r)
		s, err := log.Summarize(p, pol)
		require.NoError(t, err)
		tree := log.Register().Tree()
		// The reference: each incident in p counted at its place and every ancestor, by brute force.
		want := map[hierarchy.Code]Tally{}
		var whole Tally
		for _, in := range incs {
			if !p.Contains(in.Date) {
				continue
			}
			at := in.Jurisdiction // where it counts, from the input alone
			if c, ok := log.Register().Campus(in.Campus); ok {
				at = c.Jurisdiction
			}
			where, ok := log.Where(in.ID)
			require.True(t, ok)
			require.Equal(t, at, where, "Where")
			for j := range tree.All() {
				if j.Code.Contains(at) {
					want[j.Code] = want[j.Code].Add(in.Category, pol.IsMajor(in.Severity))
				}
			}
			whole = whole.Add(in.Category, pol.IsMajor(in.Severity))
		}
		for j := range tree.All() {
			got, ok := s.Tally(j.Code)
			require.True(t, ok)
			require.Equal(t, want[j.Code], got, "conservation at %s", j.Code)
			own, _ := s.Own(j.Code)
			for _, ch := range tree.Children(j.Code) {
				ct, _ := s.Tally(ch.Code)
				own = own.Merge(ct)
			}
			require.Equal(t, got, own, "own + children at %s", j.Code)
			var n, major int64
			for in := range s.Incidents(j.Code) {
				n++
				if pol.IsMajor(in.Severity) {
					major++
				}
			}
			require.Equal(t, got.Total(), n, "drill-down at %s", j.Code)
			require.Equal(t, got.Major(), major)
			require.Len(t, s.Major(j.Code), int(got.Major()))
		}
		got, _ := s.Tally(hierarchy.Code{})
		require.Equal(t, whole, got, "the whole tree counts each incident once")
	}
}

// TestReliabilityPartition checks that splitting the period in two, or the incidents into shards (by
// district, at random, one by one), and merging the parts' tallies gives exactly the whole summary's
// tallies everywhere.
func TestReliabilityPartition(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 3))
	for round := range 4 {
		log, incs := newPropLog(t, r)
		pol := DefaultPolicy()
		p := randomPeriod(r)
		whole, err := log.Summarize(p, pol)
		require.NoError(t, err)
		tree := log.Register().Tree()
		figures := func(s *Summary) map[string]Tally {
			out := map[string]Tally{}
			for j := range tree.All() {
				out[j.Code.String()], _ = s.Tally(j.Code)
			}
			out["all"], _ = s.Tally(hierarchy.Code{})
			return out
		}
		want := figures(whole)

		// Periods: [from, cut] and [cut+1, to].
		if p.Days() > 1 {
			cut := p.From().AddDays(r.IntN(p.Days() - 1))
			p1, err := NewPeriod(p.From(), cut)
			require.NoError(t, err)
			p2, err := NewPeriod(cut.AddDays(1), p.To())
			require.NoError(t, err)
			s1, err := log.Summarize(p1, pol)
			require.NoError(t, err)
			s2, err := log.Summarize(p2, pol)
			require.NoError(t, err)
			f1, f2 := figures(s1), figures(s2)
			for k := range want {
				require.Equal(t, want[k], f1[k].Merge(f2[k]), "periods at %s", k)
			}
		}

		// Shards of the incidents.
		shardOf := []func(i int, in Incident) string{
			func(_ int, in Incident) string {
				at, _ := log.Where(in.ID)
				return at.Truncate(hierarchy.County).String()
			},
			func(int, Incident) string { return fmt.Sprint(r.IntN(3)) },
			func(i int, _ Incident) string { return fmt.Sprint(i) },
		}[round%3]
		shards := map[string][]Incident{}
		for i, in := range incs {
			k := shardOf(i, in)
			shards[k] = append(shards[k], in)
		}
		merged := map[string]Tally{}
		for _, part := range shards {
			l, err := NewLog(log.Register(), part)
			require.NoError(t, err)
			s, err := l.Summarize(p, pol)
			require.NoError(t, err)
			for k, tl := range figures(s) {
				merged[k] = merged[k].Merge(tl)
			}
		}
		require.Equal(t, want, merged, "shards")
	}
}

// TestReliabilityRatios checks that the ratios are the tallies over the register's campuses and pupils,
// summed (never averaged) up the tree.
func TestReliabilityRatios(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 4))
	log, _ := newPropLog(t, r)
	s, err := log.Summarize(randomPeriod(r), DefaultPolicy())
	require.NoError(t, err)
	reg := log.Register()
	for j := range reg.Tree().All() {
		var campuses, pupils int64
		for _, c := range reg.In(j.Code) {
			campuses++
			pupils += int64(c.Students)
		}
		tl, _ := s.Tally(j.Code)
		pc, ok := s.PerCampus(j.Code)
		require.True(t, ok)
		pp, _ := s.PerPupils(j.Code)
		if campuses > 0 {
			require.Equal(t, [2]int64{tl.Total(), campuses}, [2]int64{pc.Num(), pc.Den()}, "%s", j.Code)
		} else {
			require.False(t, pc.Defined())
		}
		if pupils > 0 {
			require.Equal(t, [2]int64{tl.Total(), pupils}, [2]int64{pp.Num(), pp.Den()}, "%s", j.Code)
		} else {
			require.False(t, pp.Defined())
		}
	}
}
