package compliance

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// figStandard is a small standard: a staffed guardroom and 30 days of video.
// kindsButNursery is every kind but Nursery: a scope that leaves 托儿所 outside
// the standard's population (OutOfScope).
func kindsButNursery() []campus.Kind {
	return slices.DeleteFunc(campus.Values[campus.Kind](), func(k campus.Kind) bool { return k == campus.Nursery })
}

func figStandard(t testing.TB) Standard {
	s, err := NewStandard(Standard{
		ID: "fig-std", Title: "图表测试标准", Version: "1", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []Requirement{
			{ID: "guardroom", Title: "门卫室24小时值守", Scope: Scope{Kinds: kindsButNursery()}, Rule: Rule{RuleKind: RuleFact, Indicator: GuardroomStaffed24h}},
			{ID: "video_days", Title: "视频保存天数", Scope: Scope{Kinds: kindsButNursery()}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoRetentionDays, Min: 30}},
		},
	})
	require.NoError(t, err)
	return s
}

// synthHistory gives each campus 0–3 inspections in 2011–2012 with random
// observations (some indicators unobserved).
func synthHistory(t testing.TB, rng *rand.Rand, reg *campus.Register) *History {
	var ins []Inspection
	start := civil.MustParseDate("2011-01-01")
	for i, c := range reg.Campuses() {
		days := rng.Perm(500)[:rng.IntN(4)]
		for k, d := range days {
			var obs []Observation
			if rng.IntN(5) > 0 {
				obs = append(obs, ObserveFact(GuardroomStaffed24h, rng.IntN(4) > 0))
			}
			if rng.IntN(5) > 0 {
				obs = append(obs, ObserveCount(VideoRetentionDays, 20+rng.IntN(20)))
			}
			ins = append(ins, Inspection{
				ID: synthID(fmt.Sprintf("insp-%d", i), k), Campus: c.ID, Date: start.AddDays(d),
				Team: fmt.Sprintf("第%d组", rng.IntN(5)), Measurements: MustMeasurements(obs...),
			})
		}
	}
	h, err := NewHistory(reg, ins)
	require.NoError(t, err)
	return h
}

func TestSummarize(t *testing.T) {
	rng := rand.New(rand.NewPCG(2012, 214))
	tree := synthTree(t, 2, 3, 3)
	reg := synthRegister(t, rng, tree, 600)
	h := synthHistory(t, rng, reg)
	q := MustQuery(QuerySpec{Standard: figStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})

	s, err := Summarize(h, q)
	require.NoError(t, err)
	assert.Same(t, h, s.History())
	assert.Equal(t, q, s.Query())
	var want Tally
	for i := range reg.Len() {
		st := h.status(i, q)
		require.Equal(t, st, s.status[i])
		want = want.Add(st)
	}
	assert.Equal(t, want, totalOf(t, s))
	for _, st := range Values[Status]() {
		assert.Positive(t, totalOf(t, s).Count(st), "every status occurs: %s", st)
	}
	f, err := s.Figure(ComplianceMeasure, AllCampuses().License(campus.Licensed), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, "fig-std", f.StandardID)
	assert.Equal(t, "1", f.StandardVersion)
	assert.Equal(t, q.Spec().AsOf, f.AsOf)
	assert.Equal(t, prevention.Normal, f.PreventionLevel)

	// A window makes old inspections not count: more unassessed.
	spec := q.Spec()
	spec.Window = 90
	sw, err := Summarize(h, MustQuery(spec))
	require.NoError(t, err)
	assert.Greater(t, totalOf(t, sw).Count(Unassessed), totalOf(t, s).Count(Unassessed))
	assert.Equal(t, totalOf(t, s).Total(), totalOf(t, sw).Total())

	// A literal standard (not built by NewStandard) gives the same summary.
	std := q.Spec().Standard
	lit := MustQuery(QuerySpec{Standard: Standard{ID: std.ID, Title: std.Title, Version: std.Version,
		Effective: std.Effective, Requirements: std.Requirements}, AsOf: q.Spec().AsOf, PreventionLevel: q.Spec().PreventionLevel})
	sl, err := Summarize(h, lit)
	require.NoError(t, err)
	assert.Equal(t, s.status, sl.status)
	assert.Equal(t, s.cells, sl.cells)
	assert.Equal(t, s.kinds, sl.kinds)
	assert.Equal(t, s.total, sl.total)

	// Deterministic and safe to call concurrently.
	var wg sync.WaitGroup
	got := make([]*Summary, 8)
	for k := range got {
		wg.Go(func() {
			g, err := Summarize(h, q)
			assert.NoError(t, err)
			got[k] = g
		})
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, s, g)
	}
}

// TestSummarizeErrors: a nil history and the zero Query are refused, each
// with its own sentinel. (A history of another register can no longer be
// given: the history carries its register. An invalid spec or standard is
// NewQuery's to refuse: TestNewQueryErrors.)
func TestSummarizeErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 5))
	tree := synthTree(t, 1, 1, 1)
	reg := synthRegister(t, rng, tree, 5)
	h := synthHistory(t, rng, reg)
	q := MustQuery(QuerySpec{Standard: figStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})

	_, err := Summarize(h, q)
	require.NoError(t, err)
	s, err := Summarize(nil, q)
	assert.ErrorIs(t, err, ErrNil)
	assert.Nil(t, s)
	s, err = Summarize(h, Query{})
	assert.ErrorIs(t, err, ErrInvalidQuery)
	assert.NotErrorIs(t, err, ErrNil)
	assert.Nil(t, s)
	_, err = Summarize(nil, Query{})
	assert.ErrorIs(t, err, ErrNil)
}

// TestSummarizeAllocs checks that Summarize allocates per jurisdiction, not
// per campus: the same tree with 20× the campuses costs the same number of
// allocations.
func TestSummarizeAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation count")
	}
	tree := synthTree(t, 1, 3, 3)
	q := MustQuery(QuerySpec{Standard: figStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	count := func(n int) float64 {
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		reg := synthRegister(t, rng, tree, n)
		h := synthHistory(t, rng, reg)
		return testing.AllocsPerRun(20, func() {
			if _, err := Summarize(h, q); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, large := count(100), count(2000)
	assert.Equal(t, small, large, "allocations must not grow with campuses")
	assert.LessOrEqual(t, large, 20.0)
}
