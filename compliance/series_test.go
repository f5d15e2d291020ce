package compliance

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
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

// propVersions returns 1 to 3 versions of propStandard: version 2 (from 2011-06-01) asks for 2 guards, version 3
// (from 2011-12-01) also covers nurseries, so that a campus moves in and out of scope across versions.
func propVersions(t testing.TB, r *rand.Rand) Versions {
	v1 := propStandard(t)
	v2 := v1.clone()
	v2.Version, v2.Effective = "2", civil.MustParseDate("2011-06-01")
	v2.Requirements[1].Rule.Min = 2
	v3 := v2.clone()
	v3.Version, v3.Effective = "3", civil.MustParseDate("2011-12-01")
	v3.Requirements[0].Scope = Scope{}
	all := []Standard{v1, v2, v3}[:1+r.IntN(3)]
	vs, err := NewVersions(all...)
	require.NoError(t, err)
	return vs
}

// randomSeriesDates returns 1 to 12 ascending distinct dates from the earliest version's effective date to
// beyond the inspections.
func randomSeriesDates(r *rand.Rand) []civil.Date {
	first := civil.MustParseDate("2010-05-01")
	var ds []civil.Date
	for range 1 + r.IntN(12) {
		ds = append(ds, first.AddDays(r.IntN(700)))
	}
	slices.SortFunc(ds, civil.Date.Compare)
	return slices.Compact(ds)
}

// assertSameSummary checks that got answers what want answers: the tallies of every cell (kind-narrowed ones
// counted from the drill-down), the drill-down itself, a figure, and the query.
func assertSameSummary(t *testing.T, want, got *Summary, msg string) {
	t.Helper()
	tree := want.h.reg.Tree()
	require.Equal(t, figures(want, tree), figures(got, tree), msg)
	assert.Equal(t, want.q.Spec().AsOf, got.q.Spec().AsOf, msg)
	assert.Equal(t, want.q.standard().Ref(), got.q.standard().Ref(), msg)
	wantList := slices.Collect(want.Campuses(AllCampuses()))
	gotList := slices.Collect(got.Campuses(AllCampuses()))
	require.Equal(t, wantList, gotList, msg)
	for _, st := range []Status{Compliant, Unassessed, OutOfScope} {
		assert.Equal(t, slices.Collect(want.Campuses(AllCampuses().License(campus.Licensed), st)),
			slices.Collect(got.Campuses(AllCampuses().License(campus.Licensed), st)), msg)
	}
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	for _, m := range []Measure{ComplianceMeasure, AssessedMeasure} {
		wf, werr := want.Figure(m, AllCampuses().Group(campus.GroupSchool), p)
		gf, gerr := got.Figure(m, AllCampuses().Group(campus.GroupSchool), p)
		assert.Equal(t, werr, gerr, msg)
		assert.Equal(t, wf, gf, msg)
	}
	if len(wantList) > 0 {
		a, _ := want.Assessment(wantList[0].Campus.ID)
		b, _ := got.Assessment(wantList[0].Campus.ID)
		assert.Equal(t, a, b, msg)
	}
}

// TestSeriesMatchesSummarize is the series' defining property: at every date, on random registers,
// histories, windows, levels and versions, its summary is Summarize's as of that date — at any number of
// workers.
func TestSeriesMatchesSummarize(t *testing.T) {
	for seed := range uint64(40) {
		r := rand.New(rand.NewPCG(seed, 14))
		w := newPropWorld(t, r, r.IntN(120))
		reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
		require.NoError(t, err)
		h, err := NewHistory(reg, w.insp)
		require.NoError(t, err)
		spec := QuerySpec{Versions: propVersions(t, r), AsOf: propAsOf,
			PreventionLevel: prevention.Values[prevention.Level]()[r.IntN(3)], Window: []int{0, 30, 200}[r.IntN(3)]}
		if r.IntN(4) == 0 { // one Standard instead of versions
			spec.Standard, spec.Versions = propStandard(t), Versions{}
		}
		if r.IntN(2) == 0 { // levels by place and date: a schedule instead of one level, and a standard whose
			// guards requirement applies from the heightened level only, so that the level changes statuses
			std := propStandard(t).clone()
			std.Requirements[1].Scope.MinPreventionLevel = prevention.Heightened
			spec.Standard, spec.Versions = MustStandard(std), Versions{}
			spec.PreventionLevel, spec.Schedule = 0, randomSchedule(t, r, w.tree, r.IntN(12))
		}
		q := MustQuery(spec)
		dates := randomSeriesDates(r)
		qs := make([]Query, len(dates))
		for j, d := range dates {
			qs[j], err = q.on(d)
			require.NoError(t, err)
		}
		var first *Series
		for _, workers := range []int{1, 2, 3, 7} {
			s := sweep(h, qs, workers)
			require.Equal(t, dates, s.Dates())
			if first == nil {
				first = s
				for _, d := range dates {
					spec.AsOf = d
					want, err := Summarize(h, MustQuery(spec))
					require.NoError(t, err)
					got, ok := s.At(d)
					require.True(t, ok)
					assertSameSummary(t, want, got, fmt.Sprintf("seed %d, %s", seed, d))
				}
				continue
			}
			for j, d := range dates {
				a, _ := first.At(d)
				b, _ := s.At(d)
				require.Equal(t, a.cells, b.cells, "seed %d, %d workers, date %d", seed, workers, j)
				require.Equal(t, a.kinds, b.kinds)
				require.Equal(t, a.total, b.total)
			}
		}
	}
}

// TestSeriesGOMAXPROCS checks that SummarizeSeries gives identical tallies at every GOMAXPROCS, on a register
// large enough to be shared among goroutines.
func TestSeriesGOMAXPROCS(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 14))
	w := newPropWorld(t, r, 3*seriesMinPerWorker+17)
	reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
	require.NoError(t, err)
	h, err := NewHistory(reg, w.insp)
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Versions: propVersions(t, rand.New(rand.NewPCG(3, 3))), AsOf: propAsOf, PreventionLevel: prevention.Normal, Window: 200})
	dates := civil.MonthEnds(civil.MustParseDate("2011-01-01"), propAsOf)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first *Series
	for _, procs := range []int{1, 2, 3, 4} {
		runtime.GOMAXPROCS(procs)
		s, err := SummarizeSeries(h, q, dates)
		require.NoError(t, err)
		if first == nil {
			first = s
			spec := q.Spec()
			spec.AsOf = dates[len(dates)-1]
			want, err := Summarize(h, MustQuery(spec))
			require.NoError(t, err)
			got, _ := s.At(spec.AsOf)
			assert.Equal(t, want.cells, got.cells)
			assert.Equal(t, want.kinds, got.kinds)
			assert.Equal(t, want.total, got.total)
			continue
		}
		for j := range dates {
			a, _ := first.At(dates[j])
			b, _ := s.At(dates[j])
			require.Equal(t, a.cells, b.cells, "GOMAXPROCS=%d, date %s", procs, dates[j])
			require.Equal(t, a.kinds, b.kinds)
			require.Equal(t, a.total, b.total)
		}
	}
}

func TestSeriesBounds(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 14))
	reg := synthRegister(t, r, synthTree(t, 1, 2, 2), 200)
	for w := 1; w <= 9; w++ {
		b := seriesBounds(reg, w)
		require.Equal(t, 0, b[0])
		require.Equal(t, reg.Len(), b[len(b)-1])
		assert.LessOrEqual(t, len(b)-1, w)
		for k := 1; k < len(b)-1; k++ {
			assert.Less(t, b[k-1], b[k], "ranges are not empty")
			assert.NotEqual(t, reg.Node(b[k]), reg.Node(b[k]-1), "a cut never splits a jurisdiction")
		}
	}
}

func TestSummarizeSeriesErrors(t *testing.T) {
	h := propHistory(t)
	vs := propVersions(t, rand.New(rand.NewPCG(3, 3))) // at least version 1, from 2010-05-01
	q := MustQuery(QuerySpec{Versions: vs, AsOf: propAsOf, PreventionLevel: prevention.Normal})
	d := civil.MustParseDate
	tests := []struct {
		name  string
		h     *History
		q     Query
		dates []civil.Date
		want  []string
	}{
		{"nil history", nil, q, []civil.Date{propAsOf}, []string{"nil *History"}},
		{"zero query", h, Query{}, []civil.Date{propAsOf}, []string{"zero Query"}},
		{"no dates", h, q, nil, []string{"no dates"}},
		{"zero date", h, q, []civil.Date{propAsOf, {}}, []string{"series date 1 is zero"}},
		{"out of order", h, q, []civil.Date{d("2012-01-31"), d("2011-12-31")}, []string{"series date 1 (2011-12-31) is not after date 0 (2012-01-31)"}},
		{"repeated", h, q, []civil.Date{d("2011-12-31"), d("2011-12-31")}, []string{"series date 1 (2011-12-31) is not after"}},
		{"before the earliest version", h, q, []civil.Date{d("2010-04-30"), d("2010-05-01")},
			[]string{"series date 0", "as of 2010-04-30", `"prop"`, `the earliest, "1", is effective 2010-05-01`}},
		{"all at once", h, q, []civil.Date{{}, d("2010-01-01"), d("2009-01-01")},
			[]string{"series date 0 is zero", "as of 2010-01-01", "series date 2 (2009-01-01) is not after date 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := SummarizeSeries(tt.h, tt.q, tt.dates)
			require.Error(t, err)
			assert.Nil(t, s)
			if tt.h == nil {
				assert.ErrorIs(t, err, ErrNil)
			} else {
				assert.ErrorIs(t, err, ErrInvalidQuery)
			}
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
	var nilSeries *Series
	assert.Nil(t, nilSeries.Dates())
	_, ok := nilSeries.At(propAsOf)
	assert.False(t, ok)
	s, err := SummarizeSeries(h, q, []civil.Date{propAsOf})
	require.NoError(t, err)
	_, ok = s.At(propAsOf.AddDays(1))
	assert.False(t, ok, "not a date of the series")
	ds := s.Dates()
	ds[0] = civil.Date{}
	assert.Equal(t, []civil.Date{propAsOf}, s.Dates(), "Dates returns a copy")
}

// propHistory is a small random history of the property tests' world.
func propHistory(t testing.TB) *History {
	r := rand.New(rand.NewPCG(8, 14))
	w := newPropWorld(t, r, 40)
	reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
	require.NoError(t, err)
	h, err := NewHistory(reg, w.insp)
	require.NoError(t, err)
	return h
}

// TestSeriesLazyDrillDown checks that a series summary, which stores no status, gives each campus's status
// without allocating, and the right one at every month-end.
func TestSeriesLazyDrillDown(t *testing.T) {
	reg := testRegister(t, 1)
	c := reg.At(0)
	h, err := NewHistory(reg, []Inspection{insp("a", c.ID, "2010-06-01", "组"), insp("b", c.ID, "2011-06-01", "组")})
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: testStandard(t), AsOf: propAsOf, PreventionLevel: prevention.Normal})
	dates := civil.MonthEnds(civil.MustParseDate("2010-05-01"), propAsOf)
	s, err := SummarizeSeries(h, q, dates)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(10, func() {
		for _, d := range dates {
			sum, _ := s.At(d)
			_ = sum.statusAt(0)
		}
	})
	assert.Zero(t, allocs, "the lazy drill-down's status allocates nothing")
	for _, d := range dates {
		sum, _ := s.At(d)
		want := Unassessed
		if !d.Before(civil.MustParseDate("2010-06-01")) {
			st, _ := h.Status(sum.Query(), c.ID)
			want = st
		}
		tl, _ := sum.Tally(AllCampuses())
		assert.Equal(t, int64(1), tl.Count(want), d.String())
	}
}

// TestSeriesEmptyRegister: a register with no campuses gives empty tallies at every date.
func TestSeriesEmptyRegister(t *testing.T) {
	reg, err := campus.NewRegister(synthTree(t, 1, 1, 1), nil, nil)
	require.NoError(t, err)
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: propStandard(t), AsOf: propAsOf, PreventionLevel: prevention.Normal})
	dates := civil.MonthEnds(civil.MustParseDate("2011-01-01"), propAsOf)
	s, err := SummarizeSeries(h, q, dates)
	require.NoError(t, err)
	for _, d := range dates {
		sum, ok := s.At(d)
		require.True(t, ok)
		tl, _ := sum.Tally(AllCampuses())
		assert.Equal(t, Tally{}, tl)
		assert.Empty(t, slices.Collect(sum.Campuses(AllCampuses())))
	}
}

// TestSeriesAtAnyOrder checks that a date's summary is the same whichever dates were read before it (each is
// built from the latest earlier date already built, or from nothing) and when many goroutines read the dates
// at once (run with -race).
func TestSeriesAtAnyOrder(t *testing.T) {
	for seed := range uint64(12) {
		r := rand.New(rand.NewPCG(seed, 41))
		w := newPropWorld(t, r, 20+r.IntN(100))
		reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
		require.NoError(t, err)
		h, err := NewHistory(reg, w.insp)
		require.NoError(t, err)
		q := MustQuery(QuerySpec{Versions: propVersions(t, r), AsOf: propAsOf, PreventionLevel: prevention.Normal,
			Window: []int{0, 30, 200}[r.IntN(3)]})
		dates := randomSeriesDates(r)
		qs := make([]Query, len(dates))
		for j, d := range dates {
			qs[j], err = q.on(d)
			require.NoError(t, err)
		}
		inOrder := sweep(h, qs, 1+r.IntN(3))
		want := make([]*Summary, len(dates))
		for j, d := range dates {
			want[j], _ = inOrder.At(d)
		}
		shuffled := sweep(h, qs, 1+r.IntN(3))
		for _, j := range r.Perm(len(dates)) {
			got, ok := shuffled.At(dates[j])
			require.True(t, ok)
			require.Equal(t, want[j].cells, got.cells, "seed %d, date %d", seed, j)
			require.Equal(t, want[j].total, got.total)
			require.Equal(t, want[j].kinds, got.kinds)
		}
		concurrent := sweep(h, qs, 2)
		var wg sync.WaitGroup
		got := make([][]*Summary, 4)
		for g := range got {
			got[g] = make([]*Summary, len(dates))
			order := r.Perm(len(dates))
			wg.Go(func() {
				for _, j := range order {
					got[g][j], _ = concurrent.At(dates[j])
				}
			})
		}
		wg.Wait()
		for g := range got {
			for j := range dates {
				require.Same(t, got[0][j], got[g][j])
				require.Equal(t, want[j].cells, got[g][j].cells, "seed %d, date %d", seed, j)
			}
		}
	}
}

// TestSeriesLongSpan checks the series against Summarize when its dates span more than seriesDayTable days
// (the sweep then finds a day's date by binary search instead of by table).
func TestSeriesLongSpan(t *testing.T) {
	for seed := range uint64(8) {
		r := rand.New(rand.NewPCG(seed, 77))
		w := newPropWorld(t, r, 10+r.IntN(60))
		reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
		require.NoError(t, err)
		h, err := NewHistory(reg, w.insp)
		require.NoError(t, err)
		spec := QuerySpec{Versions: propVersions(t, r), AsOf: propAsOf, PreventionLevel: prevention.Normal,
			Window: []int{0, 30, 200, 100_000}[r.IntN(4)]}
		dates := append(randomSeriesDates(r), civil.MustParseDate("2150-06-30"), civil.MustParseDate("2300-12-31"))
		require.Greater(t, dates[0].DaysUntil(dates[len(dates)-1]), seriesDayTable)
		s, err := SummarizeSeries(h, MustQuery(spec), dates)
		require.NoError(t, err)
		for _, d := range dates {
			spec.AsOf = d
			want, err := Summarize(h, MustQuery(spec))
			require.NoError(t, err)
			got, ok := s.At(d)
			require.True(t, ok)
			assertSameSummary(t, want, got, fmt.Sprintf("seed %d, %s, window %d", seed, d, spec.Window))
		}
	}
}

// TestSeriesPartChange checks that a change of a jurisdiction's count too large for one leafDelta is split
// into several whose sum is exact, and that the chunks holding a date's changes are never reallocated.
func TestSeriesPartChange(t *testing.T) {
	for _, v := range []int64{0, 1, -1, math.MaxInt16, math.MinInt16, 100_000, -70_000, 3 * math.MaxInt32} {
		p := seriesPart{deltas: make([][][]leafDelta, 2)}
		p.change(1, 7, 3*statusCount+int(Compliant), v)
		var sum int64
		n := 0
		for _, chunk := range p.deltas[1] {
			for _, e := range chunk {
				require.Equal(t, uint32(7), e.node)
				require.Equal(t, uint8(3*statusCount+int(Compliant)), e.key)
				require.NotZero(t, e.delta)
				sum += int64(e.delta)
				n++
			}
		}
		assert.Equal(t, v, sum, "change %d", v)
		want := (v + math.MaxInt16 - 1) / math.MaxInt16 // the fewest int16s that sum to v
		if v < 0 {
			want = (-v + -math.MinInt16 - 1) / -math.MinInt16
		}
		assert.Equal(t, want, int64(n), "change %d: %d deltas", v, n)
		assert.Empty(t, p.deltas[0])
	}
	var p seriesPart
	p.deltas = make([][][]leafDelta, 1)
	for i := range 3 * deltaChunk {
		p.add(0, leafDelta{node: uint32(i)})
	}
	i := 0
	for _, chunk := range p.deltas[0] {
		require.LessOrEqual(t, cap(chunk), deltaChunk)
		for _, e := range chunk {
			require.Equal(t, uint32(i), e.node)
			i++
		}
	}
	require.Equal(t, 3*deltaChunk, i)
}
