package compliance

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// liveStandard exercises every path of the status evaluation: unscoped and scoped facts, a count-at-least
// scoped by license, a scaled count, a caller-defined indicator for boarding campuses, a requirement scoped
// by ownership (undetermined where the ownership is not recorded), one by locale, and one from a level up.
func liveStandard(t testing.TB) Standard {
	t.Helper()
	s, err := NewStandard(Standard{
		ID: "live-std", Title: "实时测试标准", Issuer: "测试", Version: "1", Effective: civil.MustParseDate("2010-05-01"),
		Indicators: []Indicator{canteenCamera},
		Requirements: []Requirement{
			{ID: "closed", Title: "封闭化管理", Rule: Rule{RuleKind: RuleFact, Indicator: ClosedManagement}},
			{ID: "guardroom", Title: "门卫室24小时值守", Scope: Scope{Kinds: kindsButNursery()},
				Rule: Rule{RuleKind: RuleFact, Indicator: GuardroomStaffed24h}},
			{ID: "video_days", Title: "视频保存", Scope: Scope{Licenses: []campus.License{campus.Licensed}, Kinds: kindsButNursery()},
				Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoRetentionDays, Min: 30}},
			{ID: "guards", Title: "专职保安员", Scope: Scope{Kinds: kindsButNursery()}, Rule: guardsRule()},
			{ID: "canteen", Title: "食堂视频", Scope: Scope{Boarding: BoardingOnly, Kinds: kindsButNursery()},
				Rule: Rule{RuleKind: RuleFact, Indicator: canteenCamera}},
			{ID: "private", Title: "民办校保安", Scope: Scope{Ownerships: []campus.Ownership{campus.Values[campus.Ownership]()[1]}},
				Rule: Rule{RuleKind: RuleFact, Indicator: AntiRamBarriers}},
			{ID: "village", Title: "村庄校区", Scope: Scope{Locales: []campus.Locale{campus.LocaleVillage}, Kinds: kindsButNursery()},
				Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 2}},
			{ID: "barriers", Title: "防冲撞设施", Scope: Scope{Groups: []campus.Group{campus.GroupSchool}, MinPreventionLevel: prevention.Heightened},
				Rule: Rule{RuleKind: RuleFact, Indicator: AntiRamBarriers}},
		},
	})
	require.NoError(t, err)
	return s
}

// liveWorld is a register with varied attributes (kinds, licenses, locales, boarding, ownership recorded or
// not) and random inspections around liveAsOf.
type liveWorld struct {
	reg  *campus.Register
	insp []Inspection
}

var liveAsOf = civil.MustParseDate("2012-02-14")

func liveMeasurements(r *rand.Rand) Measurements {
	var obs []Observation
	maybe := func(o Observation) {
		if r.IntN(6) > 0 {
			obs = append(obs, o)
		}
	}
	maybe(ObserveFact(ClosedManagement, r.IntN(8) > 0))
	maybe(ObserveFact(GuardroomStaffed24h, r.IntN(8) > 0))
	maybe(ObserveCount(VideoRetentionDays, 25+r.IntN(10)))
	maybe(ObserveCount(FullTimeGuards, r.IntN(5)))
	maybe(ObserveFact(canteenCamera, r.IntN(6) > 0))
	maybe(ObserveFact(AntiRamBarriers, r.IntN(6) > 0))
	return MustMeasurements(obs...)
}

func newLiveWorld(t testing.TB, r *rand.Rand, n int) liveWorld {
	t.Helper()
	tree := synthTree(t, 2, 3, 2)
	kinds := campus.Values[campus.Kind]()
	locales := campus.Values[campus.Locale]()
	owners := append([]campus.Ownership{0}, campus.Values[campus.Ownership]()...)
	designations := append([]campus.Designation{0}, campus.Values[campus.Designation]()...)
	schools := make([]campus.School, n)
	campuses := make([]campus.Campus, n)
	for i := range n {
		schools[i] = campus.School{ID: synthID("school", i), Name: fmt.Sprintf("学校%d", i)}
		campuses[i] = campus.Campus{ID: synthID("campus", i), School: schools[i].ID, Name: fmt.Sprintf("校区%d", i),
			Kind: kinds[r.IntN(len(kinds))], License: campus.License(r.IntN(2) + 1), Locale: locales[r.IntN(len(locales))],
			Boarding: r.IntN(3) == 0, Ownership: owners[r.IntN(len(owners))], Designation: designations[r.IntN(len(designations))],
			Jurisdiction: tree.At(r.IntN(tree.Len())).Code, Main: true, Students: r.IntN(3000), Staff: r.IntN(150)}
		schools[i].Ownership, schools[i].Designation = campuses[i].Ownership, campuses[i].Designation
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	w := liveWorld{reg: reg}
	for _, c := range reg.Campuses() {
		days := r.Perm(500)[:r.IntN(5)]
		for k, d := range days {
			w.insp = append(w.insp, Inspection{ID: synthID(fmt.Sprint("insp-", c.ID), k), Campus: c.ID,
				Date: liveAsOf.AddDays(d - 420), Team: fmt.Sprint("组", r.IntN(3)), Measurements: liveMeasurements(r)})
		}
	}
	return w
}

// requireSameSummary requires got to answer exactly what want answers: every campus's status, every
// jurisdiction's cells, the kinds and the register's total, and the history's inspections.
func requireSameSummary(t *testing.T, want, got *Summary) {
	t.Helper()
	require.Equal(t, want.status, got.status, "statuses")
	require.Equal(t, want.cells, got.cells, "jurisdiction cells")
	require.Equal(t, want.kinds, got.kinds, "kinds")
	require.Equal(t, want.total, got.total, "total")
	require.Equal(t, want.h.Len(), got.h.Len(), "inspections")
	for i := range want.h.reg.Len() {
		require.Equal(t, want.h.of(i), got.h.of(i), "campus %d's inspections", i)
		require.Equal(t, want.h.status(i, want.q), got.status[i], "campus %d: the evaluator's status", i)
	}
}

// TestLiveMatchesSummarize applies a shuffled stream of inspections — some repeating an ID, some on a date
// a campus was already inspected on — one by one and in random batches, with snapshots along the way, and
// requires the live summary to equal Summarize from scratch on the history of what was accepted, and every
// refusal to be NewHistory's refusal.
func TestLiveMatchesSummarize(t *testing.T) {
	std := liveStandard(t)
	for seed := range uint64(12) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 1414))
			w := newLiveWorld(t, r, 150+r.IntN(150))
			level := []prevention.Level{prevention.Normal, prevention.Heightened, prevention.High}[r.IntN(3)]
			q := MustQuery(QuerySpec{Standard: std, AsOf: liveAsOf, PreventionLevel: level, Window: []int{0, 120, 365}[r.IntN(3)]})
			r.Shuffle(len(w.insp), func(a, b int) { w.insp[a], w.insp[b] = w.insp[b], w.insp[a] })
			cut := r.IntN(len(w.insp))
			accepted := slices.Clone(w.insp[:cut])
			stream := slices.Clone(w.insp[cut:])
			// Conflicts: a repeated ID, and another ID on a date the campus is inspected on.
			for k := range 1 + len(w.insp)/20 {
				old := w.insp[r.IntN(len(w.insp))]
				dup := old
				dup.Date = dup.Date.AddDays(1000)
				sameDay := old
				sameDay.ID = synthID("same-day", k)
				stream = append(stream, dup, sameDay)
			}
			r.Shuffle(len(stream), func(a, b int) { stream[a], stream[b] = stream[b], stream[a] })

			h, err := NewHistory(w.reg, accepted)
			require.NoError(t, err)
			s, err := Summarize(h, q)
			require.NoError(t, err)
			l, err := NewLive(s)
			require.NoError(t, err)
			var snapshots []*Summary
			var snapshotOf [][]Inspection
			refused := 0
			for lo := 0; lo < len(stream); {
				hi := lo + 1
				if r.IntN(2) == 0 {
					hi = min(len(stream), lo+1+r.IntN(8))
				}
				batch := stream[lo:hi]
				lo = hi
				_, scratchErr := NewHistory(w.reg, append(slices.Clone(accepted), batch...))
				err := l.Apply(batch...)
				require.Equal(t, scratchErr != nil, err != nil, "batch %v: NewHistory says %v, Apply %v", batch, scratchErr, err)
				if err == nil {
					accepted = append(accepted, batch...)
					continue
				}
				require.ErrorIs(t, err, ErrInspectionConflict)
				require.ErrorIs(t, scratchErr, ErrInspectionConflict)
				// A refused batch changes nothing; apply its inspections one at a time.
				for _, in := range batch {
					_, scratchErr := NewHistory(w.reg, append(slices.Clone(accepted), in))
					err := l.Apply(in)
					require.Equal(t, scratchErr != nil, err != nil, "inspection %s: NewHistory says %v, Apply %v", in.ID, scratchErr, err)
					if err != nil {
						require.ErrorIs(t, err, ErrInspectionConflict)
						refused++
						continue
					}
					accepted = append(accepted, in)
				}
				if r.IntN(4) == 0 {
					snapshots = append(snapshots, l.Summary())
					snapshotOf = append(snapshotOf, slices.Clone(accepted))
				}
			}
			require.Positive(t, refused)
			want, err := NewHistory(w.reg, accepted)
			require.NoError(t, err)
			wantSum, err := Summarize(want, q)
			require.NoError(t, err)
			requireSameSummary(t, wantSum, l.Summary())
			// Every snapshot still answers what it answered when it was taken (persistence).
			for k, snap := range snapshots {
				h, err := NewHistory(w.reg, snapshotOf[k])
				require.NoError(t, err)
				ws, err := Summarize(h, q)
				require.NoError(t, err)
				requireSameSummary(t, ws, snap)
			}
			// And the summary it started from is unchanged.
			requireSameSummary(t, mustSummarize(t, w.reg, w.insp[:cut], q), s)
		})
	}
}

func mustSummarize(t *testing.T, reg *campus.Register, insp []Inspection, q Query) *Summary {
	t.Helper()
	h, err := NewHistory(reg, insp)
	require.NoError(t, err)
	s, err := Summarize(h, q)
	require.NoError(t, err)
	return s
}

// TestHistoryAddPersistent branches histories off one another — so that runs are extended in place by one
// branch and copied by the next — and requires each to hold exactly its own inspections.
func TestHistoryAddPersistent(t *testing.T) {
	for seed := range uint64(8) {
		r := rand.New(rand.NewPCG(seed, 77))
		w := newLiveWorld(t, r, 40)
		type version struct {
			h    *History
			insp []Inspection
		}
		h0, err := NewHistory(w.reg, nil)
		require.NoError(t, err)
		versions := []version{{h: h0}}
		r.Shuffle(len(w.insp), func(a, b int) { w.insp[a], w.insp[b] = w.insp[b], w.insp[a] })
		if seed%2 == 0 { // in date order, as inspections usually arrive: runs are extended in place
			slices.SortStableFunc(w.insp, func(a, b Inspection) int { return a.Date.Compare(b.Date) })
		}
		for lo := 0; lo < len(w.insp); {
			hi := min(len(w.insp), lo+1+r.IntN(6))
			from := versions[len(versions)-1-r.IntN(min(3, len(versions)))]
			// Only inspections the branch does not hold yet.
			var add []Inspection
			for _, in := range w.insp[lo:hi] {
				if !slices.ContainsFunc(from.insp, func(x Inspection) bool { return x.ID == in.ID }) {
					add = append(add, in)
				}
			}
			lo = hi
			h, err := from.h.Add(add...)
			require.NoError(t, err)
			versions = append(versions, version{h: h, insp: append(slices.Clone(from.insp), add...)})
		}
		for k, v := range versions {
			want, err := NewHistory(w.reg, v.insp)
			require.NoError(t, err)
			require.Equal(t, want.Len(), v.h.Len(), "version %d", k)
			for i := range w.reg.Len() {
				require.Equal(t, want.of(i), v.h.of(i), "version %d campus %d", k, i)
			}
			for _, in := range v.insp {
				require.True(t, v.h.hasID(in.ID))
			}
			require.False(t, v.h.hasID(synthID("never", k)))
		}
	}
}

func TestHistoryAddErrors(t *testing.T) {
	reg := testRegister(t, 2)
	day := civil.MustParseDate("2024-03-01")
	in := func(id string, c int, d civil.Date) Inspection {
		return Inspection{ID: testID(id), Campus: reg.At(c).ID, Date: d, Team: "一组"}
	}
	h, err := NewHistory(reg, []Inspection{in("a", 0, day)})
	require.NoError(t, err)
	tests := []struct {
		name string
		add  []Inspection
		want []error
		says []string
	}{
		{"nothing", nil, nil, nil},
		{"valid", []Inspection{in("b", 0, day.AddDays(1)), in("c", 1, day)}, nil, nil},
		{"invalid", []Inspection{{ID: testID("x")}}, []error{ErrInvalidInspection}, []string{"inspection 0", "no team"}},
		{"ID in the history", []Inspection{in("a", 1, day)}, []error{ErrInspectionConflict}, []string{testID("a").String(), "already"}},
		{"ID twice in the call", []Inspection{in("b", 0, day.AddDays(1)), in("b", 1, day)}, []error{ErrInspectionConflict}, []string{"inspections 0 and 1"}},
		{"same day as the history", []Inspection{in("b", 0, day)}, []error{ErrInspectionConflict}, []string{testID("a").String(), testID("b").String(), "2024-03-01"}},
		{"same day in the call", []Inspection{in("b", 1, day), in("c", 1, day)}, []error{ErrInspectionConflict}, []string{testID("b").String(), testID("c").String()}},
		{"unknown campus", []Inspection{{ID: testID("b"), Campus: testID("nowhere"), Date: day, Team: "一组"}}, []error{ErrUnknownCampus}, []string{testID("nowhere").String()}},
		// a (invalid), b and c share one ID: the pair named is b and c, the two that would be added.
		{"ID repeated after a refused inspection", []Inspection{{ID: testID("x")}, in("x", 0, day.AddDays(1)), in("x", 1, day)},
			[]error{ErrInvalidInspection, ErrInspectionConflict}, []string{"inspection 0", "inspections 1 and 2"}},
		{"ID repeated after one in the history", []Inspection{in("a", 1, day), in("a", 1, day.AddDays(1))},
			[]error{ErrInspectionConflict}, []string{"inspection 0 (", "inspection 1 (", "already"}},
		{"ID repeated after an unknown campus", []Inspection{{ID: testID("x"), Campus: testID("nowhere"), Date: day, Team: "一组"}, in("x", 0, day.AddDays(1)), in("x", 1, day)},
			[]error{ErrUnknownCampus, ErrInspectionConflict}, []string{"inspections 1 and 2"}},
		{"every problem", []Inspection{{ID: testID("x")}, in("a", 1, day), in("b", 0, day)},
			[]error{ErrInvalidInspection, ErrInspectionConflict}, []string{"inspection 0", testID("b").String()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := h.Add(tt.add...)
			l, lerr := NewLive(mustSummarize(t, reg, []Inspection{in("a", 0, day)}, testQuery(t)))
			require.NoError(t, lerr)
			applyErr := l.Apply(tt.add...)
			if tt.want == nil {
				require.NoError(t, err)
				require.NoError(t, applyErr)
				assert.Equal(t, h.Len()+len(tt.add), got.Len())
				assert.Equal(t, h.Len()+len(tt.add), l.Summary().History().Len())
				return
			}
			require.Nil(t, got)
			for _, e := range tt.want {
				require.ErrorIs(t, err, e)
				require.ErrorIs(t, applyErr, e)
			}
			for _, s := range tt.says {
				assert.Contains(t, err.Error(), s)
				assert.Contains(t, applyErr.Error(), s)
			}
			assert.Equal(t, 1, h.Len(), "h unchanged")
			assert.Equal(t, 1, l.Summary().History().Len(), "a refused Apply applies nothing")
		})
	}
	_, err = (*History)(nil).Add(in("b", 0, day))
	require.ErrorIs(t, err, ErrNil)
	_, err = NewLive(nil)
	require.ErrorIs(t, err, ErrNil)
	require.ErrorIs(t, (*Live)(nil).Apply(), ErrNil)
	require.Nil(t, (*Live)(nil).Summary())
}

// testQuery asks testStandard as of 2024-12-31.
func testQuery(t testing.TB) Query {
	return MustQuery(QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2024-12-31"), PreventionLevel: prevention.Normal})
}

// TestHistoryAddErrorBound gives Add more problems than one error lists.
func TestHistoryAddErrorBound(t *testing.T) {
	reg := testRegister(t, 1)
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	bad := make([]Inspection, 500)
	for k := range bad {
		bad[k] = Inspection{ID: synthID("bad", k)}
	}
	_, err = h.Add(bad...)
	require.ErrorIs(t, err, ErrInvalidInspection)
	assert.Contains(t, err.Error(), "400 more")
	l, err := NewLive(mustSummarize(t, reg, nil, testQuery(t)))
	require.NoError(t, err)
	err = l.Apply(bad...)
	require.ErrorIs(t, err, ErrInvalidInspection)
	assert.Contains(t, err.Error(), "400 more")
}

// TestSummarizeWorkers requires the same summary from any number of workers, and from Summarize at
// GOMAXPROCS 1, 2 and 4 on a register large enough to be split.
func TestSummarizeWorkers(t *testing.T) {
	std := liveStandard(t)
	for seed := range uint64(6) {
		r := rand.New(rand.NewPCG(seed, 9))
		w := newLiveWorld(t, r, 1+r.IntN(400))
		h, err := NewHistory(w.reg, w.insp)
		require.NoError(t, err)
		q := MustQuery(QuerySpec{Standard: std, AsOf: liveAsOf, PreventionLevel: prevention.Heightened, Window: 200})
		one, err := newSummary(h, q, func(i int) Status { return h.status(i, q) })
		require.NoError(t, err)
		for _, workers := range []int{2, 3, 4, 7, 64} {
			got, err := summarize(h, q, workers, func() func(int, *campus.Campus) Status {
				cl := newClassifier(q.q.plan)
				return func(i int, c *campus.Campus) Status { return h.classStatus(i, c, q, cl) }
			})
			require.NoError(t, err)
			requireSameSummary(t, one, got)
		}
	}
}

func TestSummarizeGOMAXPROCS(t *testing.T) {
	if testing.Short() {
		t.Skip("a register of 3 × minPerWorker campuses")
	}
	r := rand.New(rand.NewPCG(4, 4))
	w := newLiveWorld(t, r, 3*minPerWorker)
	q := MustQuery(QuerySpec{Standard: liveStandard(t), AsOf: liveAsOf, PreventionLevel: prevention.Normal})
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first *Summary
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		h, err := NewHistory(w.reg, w.insp)
		require.NoError(t, err)
		s, err := Summarize(h, q)
		require.NoError(t, err)
		if first == nil {
			first = s
			continue
		}
		requireSameSummary(t, first, s)
	}
}

// TestLiveApplyAllocs: applying a valid inspection allocates nothing once the buffers have grown.
func TestLiveApplyAllocs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	w := newLiveWorld(t, r, 300)
	q := MustQuery(QuerySpec{Standard: liveStandard(t), AsOf: liveAsOf, PreventionLevel: prevention.Normal})
	l, err := NewLive(mustSummarize(t, w.reg, w.insp, q))
	require.NoError(t, err)
	const runs = 200
	stream := make([]Inspection, 0, runs+1)
	for k := range runs + 1 {
		stream = append(stream, Inspection{ID: synthID("new", k), Campus: w.reg.At(k % w.reg.Len()).ID,
			Date: liveAsOf.AddDays(-k), Team: "一组", Measurements: liveMeasurements(r)})
	}
	require.NoError(t, l.Apply(stream[0]))   // the first change copies what the snapshot shares
	l.pending = slices.Grow(l.pending, runs) // the buffers have grown
	l.prev = slices.Grow(l.prev, runs)
	l.ids = make(map[uuid.UUID]int32, 2*runs)
	k := 1
	allocs := testing.AllocsPerRun(runs-1, func() {
		if err := l.Apply(stream[k]); err != nil {
			t.Fatal(err)
		}
		k++
	})
	assert.Zero(t, allocs)
}

func TestLiveErrorsAreJoined(t *testing.T) {
	reg := testRegister(t, 1)
	l, err := NewLive(mustSummarize(t, reg, nil, testQuery(t)))
	require.NoError(t, err)
	err = l.Apply(Inspection{ID: testID("a")}, Inspection{ID: testID("b"), Campus: testID("x"), Date: liveAsOf, Team: "t"})
	var joined interface{ Unwrap() []error }
	require.True(t, errors.As(err, &joined))
	assert.Len(t, joined.Unwrap(), 2)
}

// TestReliabilityBadInputLive catalogues what History.Add, NewLive and Live.Apply reject: what NewHistory
// rejects, and what conflicts with the history already held.
func TestReliabilityBadInputLive(t *testing.T) {
	reg := testRegister(t, 3)
	c0, c1 := reg.At(0).ID, reg.At(1).ID
	d := civil.MustParseDate("2012-01-10")
	in := func(name string, c uuid.UUID, date civil.Date) Inspection {
		return Inspection{ID: testID(name), Campus: c, Date: date, Team: "一组"}
	}
	held := []Inspection{in("held", c0, d)}
	add := func(ins ...Inspection) func() error {
		return func() error {
			h, err := NewHistory(reg, held)
			require.NoError(t, err)
			got, err := h.Add(ins...)
			if got != nil {
				return errors.New("non-nil history with an error")
			}
			return err
		}
	}
	apply := func(ins ...Inspection) func() error {
		return func() error {
			l, err := NewLive(mustSummarize(t, reg, held, testQuery(t)))
			require.NoError(t, err)
			before := l.Summary()
			err = l.Apply(ins...)
			if after := l.Summary(); after.h.Len() != before.h.Len() || !slices.Equal(after.status, before.status) {
				return errors.New("a refused Apply changed the summary")
			}
			return err
		}
	}
	noTeam := in("no-team", c0, d.AddDays(1))
	noTeam.Team = " "
	var cases []badInput
	for _, call := range []struct {
		name string
		f    func(...Inspection) func() error
	}{{"add", add}, {"apply", apply}} {
		cases = append(cases,
			badInput{call.name + " nil ID", call.f(Inspection{Campus: c0, Date: d, Team: "一组"}), []error{ErrInvalidInspection}, []string{"nil ID", "inspection 0"}},
			badInput{call.name + " no team", call.f(noTeam), []error{ErrInvalidInspection}, []string{testID("no-team").String(), "no team"}},
			badInput{call.name + " ID held", call.f(in("held", c1, d)), []error{ErrInspectionConflict}, []string{testID("held").String()}},
			badInput{call.name + " ID twice", call.f(in("x", c1, d), in("x", c1, d.AddDays(1))), []error{ErrInspectionConflict},
				[]string{testID("x").String(), "inspections 0 and 1"}},
			badInput{call.name + " unknown campus", call.f(in("x", testID("nowhere"), d)), []error{ErrUnknownCampus},
				[]string{testID("x").String(), testID("nowhere").String()}},
			badInput{call.name + " same day as held", call.f(in("x", c0, d)), []error{ErrInspectionConflict},
				[]string{testID("held").String(), testID("x").String(), c0.String(), "2012-01-10"}},
			badInput{call.name + " same day in the call", call.f(in("x", c1, d), in("y", c1, d)), []error{ErrInspectionConflict},
				[]string{testID("x").String(), testID("y").String(), c1.String()}},
		)
	}
	cases = append(cases,
		badInput{"add to nil history", func() error { _, err := (*History)(nil).Add(in("x", c0, d)); return err }, []error{ErrNil}, nil},
		badInput{"live from nil summary", func() error { _, err := NewLive(nil); return err }, []error{ErrNil}, nil},
		badInput{"live from zero summary", func() error { _, err := NewLive(&Summary{}); return err }, []error{ErrNil}, nil},
		badInput{"apply to nil live", func() error { return (*Live)(nil).Apply(in("x", c0, d)) }, []error{ErrNil}, nil},
	)
	runBadInputs(t, cases)
}

// TestHistoryAddConcurrent adds to one history from several goroutines at once — each racing to extend the
// same runs in place — while others read it; every result holds exactly its own inspections (run with -race).
func TestHistoryAddConcurrent(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	w := newLiveWorld(t, r, 20)
	slices.SortFunc(w.insp, func(a, b Inspection) int { return a.Date.Compare(b.Date) })
	cut := len(w.insp) / 2
	h, err := NewHistory(w.reg, nil)
	require.NoError(t, err)
	h, err = h.Add(w.insp[:cut]...) // runs with room to grow, shared by every branch below
	require.NoError(t, err)
	const branches = 8
	got := make([]*History, branches)
	done := make(chan struct{})
	for g := range branches {
		go func() {
			defer func() { done <- struct{}{} }()
			var add []Inspection
			for k, in := range w.insp[cut:] {
				if k%branches == g || k%3 == 0 {
					in.ID = synthID(fmt.Sprint("branch", g), k)
					add = append(add, in)
				}
			}
			nh, err := h.Add(add...)
			if err != nil {
				t.Error(err)
				return
			}
			got[g] = nh
			for i := range w.reg.Len() {
				_ = h.of(i)
			}
		}()
	}
	for range branches {
		<-done
	}
	for g, nh := range got {
		var want []Inspection
		want = append(want, w.insp[:cut]...)
		for k, in := range w.insp[cut:] {
			if k%branches == g || k%3 == 0 {
				in.ID = synthID(fmt.Sprint("branch", g), k)
				want = append(want, in)
			}
		}
		wh, err := NewHistory(w.reg, want)
		require.NoError(t, err)
		for i := range w.reg.Len() {
			require.Equal(t, wh.of(i), nh.of(i), "branch %d campus %d", g, i)
		}
	}
	require.Equal(t, cut, h.Len())
}

// TestLiveFromSeries: a summary of a Series (which keeps no statuses) can be kept up to date as well, and
// gives what Summarize from scratch gives.
func TestLiveFromSeries(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 1414))
	w := newLiveWorld(t, r, 200)
	q := MustQuery(QuerySpec{Standard: liveStandard(t), AsOf: liveAsOf, PreventionLevel: prevention.Normal})
	cut := len(w.insp) / 2
	h, err := NewHistory(w.reg, w.insp[:cut])
	require.NoError(t, err)
	s, err := SummarizeSeries(h, q, []civil.Date{liveAsOf.AddDays(-30), liveAsOf})
	require.NoError(t, err)
	last, ok := s.At(liveAsOf)
	require.True(t, ok)
	l, err := NewLive(last)
	require.NoError(t, err)
	require.NoError(t, l.Apply(w.insp[cut:]...))
	requireSameSummary(t, mustSummarize(t, w.reg, w.insp, q), l.Summary())
}

// TestZeroHistoryAddAndLive: the zero History refuses Add (ErrNil), and a Live over a summary of it refuses an
// inspection of a campus it does not hold, without panicking.
func TestZeroHistoryAddAndLive(t *testing.T) {
	in := Inspection{ID: synthID("zero", 1), Campus: synthID("campus", 1), Date: liveAsOf, Team: "一组"}
	_, err := (&History{}).Add(in)
	require.ErrorIs(t, err, ErrNil)
	q := MustQuery(QuerySpec{Standard: liveStandard(t), AsOf: liveAsOf, PreventionLevel: prevention.Normal})
	s, err := Summarize(&History{}, q)
	require.NoError(t, err)
	l, err := NewLive(s)
	require.NoError(t, err)
	require.NotPanics(t, func() { err = l.Apply(in) })
	require.ErrorIs(t, err, ErrUnknownCampus)
}
