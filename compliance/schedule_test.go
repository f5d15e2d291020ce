package compliance

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// levelStandard has requirements that apply from each prevention level, so
// that the level a campus is measured at changes its status.
func levelStandard(t testing.TB) Standard {
	return MustStandard(Standard{
		ID: "level-std", Title: "分级测试标准", Version: "1", Effective: civil.MustParseDate("2010-01-01"),
		Requirements: []Requirement{
			{ID: "guardroom", Title: "门卫室24小时值守", Rule: Rule{RuleKind: RuleFact, Indicator: GuardroomStaffed24h}},
			{ID: "video_days", Title: "视频保存天数", Scope: Scope{MinPreventionLevel: prevention.Heightened},
				Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoRetentionDays, Min: 30}},
			{ID: "video_days_high", Title: "视频保存天数(高)", Scope: Scope{MinPreventionLevel: prevention.High},
				Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoRetentionDays, Min: 35}},
		},
	})
}

// randomSchedule is a whole-tree change on 2010-01-01 and n random changes of
// random jurisdictions (the whole tree among them) in 2010–2012.
func randomSchedule(t testing.TB, rng *rand.Rand, tree *hierarchy.Tree, n int) prevention.Schedule {
	levels := prevention.Values[prevention.Level]()
	start := civil.MustParseDate("2010-01-01")
	changes := []prevention.Change{{Effective: start, Level: levels[rng.IntN(3)], Notice: "起始等级"}}
	type key struct {
		j hierarchy.Code
		d civil.Date
	}
	seen := map[key]bool{{hierarchy.Code{}, start}: true}
	for range n {
		var j hierarchy.Code
		if k := rng.IntN(tree.Len() + 1); k < tree.Len() {
			j = tree.At(k).Code
		}
		d := start.AddDays(rng.IntN(1000))
		if seen[key{j, d}] {
			continue
		}
		seen[key{j, d}] = true
		changes = append(changes, prevention.Change{Jurisdiction: j, Effective: d, Level: levels[rng.IntN(3)], Notice: fmt.Sprintf("通知%d", len(changes))})
	}
	s, err := prevention.NewSchedule(tree, changes...)
	require.NoError(t, err)
	return s
}

// everyCell lists the cells of every jurisdiction (and the whole register)
// crossed with every group and license, "all" included.
func everyCell(tree *hierarchy.Tree) []Cell {
	codes := []hierarchy.Code{{}}
	for j := range tree.All() {
		codes = append(codes, j.Code)
	}
	var cells []Cell
	for _, code := range codes {
		for _, g := range []campus.Group{0, campus.GroupSchool, campus.GroupPreschool} {
			for _, l := range []campus.License{0, campus.Licensed, campus.Unlicensed} {
				c := AllCampuses().In(code)
				if g != 0 {
					c = c.Group(g)
				}
				if l != 0 {
					c = c.License(l)
				}
				cells = append(cells, c)
			}
		}
	}
	return cells
}

// A summary under a schedule equals, campus by campus, evaluating each campus
// at the level its jurisdiction had on the as-of date; its tallies are the
// sums of those statuses, and each figure records the levels in force over its
// jurisdiction.
func TestScheduleSummaryIsPerCampusLevel(t *testing.T) {
	std := levelStandard(t)
	for seed := range uint64(8) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 17))
			tree := synthTree(t, 2, 3, 3)
			reg := synthRegister(t, rng, tree, 300)
			h := synthHistory(t, rng, reg)
			sched := randomSchedule(t, rng, tree, 1+rng.IntN(12))
			asOf := civil.MustParseDate("2010-06-01").AddDays(rng.IntN(800))
			q := MustQuery(QuerySpec{Standard: std, AsOf: asOf, Schedule: sched, Window: rng.IntN(2) * 365})
			s, err := Summarize(h, q)
			require.NoError(t, err)

			single := map[prevention.Level]Query{}
			for _, l := range prevention.Values[prevention.Level]() {
				single[l] = MustQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: l, Window: q.Spec().Window})
			}
			want := make([]Status, reg.Len())
			i := 0
			for got := range s.Campuses(AllCampuses()) {
				ch, ok := sched.At(got.Campus.Jurisdiction, asOf)
				require.True(t, ok)
				exp, ok := h.Assess(single[ch.Level], got.Campus.ID)
				require.True(t, ok)
				require.Equal(t, exp, got, "campus %s at %s", got.Campus.ID, ch.Level)
				k, _ := reg.IndexOf(got.Campus.ID)
				want[k] = exp.Status
				i++
			}
			require.Equal(t, reg.Len(), i)

			for _, cell := range everyCell(tree) {
				var tl Tally
				for k := range reg.Len() {
					if c := reg.At(k); cell.matches(&c) && (cell.code.IsZero() || cell.code.Contains(c.Jurisdiction)) {
						tl.n[want[k]]++
					}
				}
				got, ok := s.Tally(cell)
				require.True(t, ok)
				require.Equal(t, tl, got, "cell %s", cell)

				f, err := s.Figure(ComplianceMeasure, cell, rate.Precision{Places: 1, Rounding: rate.HalfEven})
				require.NoError(t, err)
				var levels prevention.LevelSet
				for j := range tree.Walk(cell.code) {
					ch, _ := sched.At(j.Code, asOf)
					levels = levels.With(ch.Level)
				}
				if cell.code.IsZero() {
					ch, _ := sched.At(hierarchy.Code{}, asOf)
					levels = levels.With(ch.Level)
				}
				if l, one := levels.Single(); one {
					assert.Equal(t, l, f.PreventionLevel, "cell %s", cell)
					assert.Zero(t, f.Levels)
				} else {
					assert.Equal(t, levels, f.Levels, "cell %s", cell)
					assert.Zero(t, f.PreventionLevel)
				}
				b, err := json.Marshal(f)
				require.NoError(t, err)
				var back Figure
				require.NoError(t, json.Unmarshal(b, &back), "%s", b)
				assert.Equal(t, f, back)
			}
		})
	}
}

// A schedule with one entry (the whole tree, one level) gives exactly the
// single-level results: every cell, every figure, every drill-down.
func TestOneEntryScheduleIsSingleLevel(t *testing.T) {
	std := levelStandard(t)
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 1))
		tree := synthTree(t, 2, 3, 3)
		reg := synthRegister(t, rng, tree, 300)
		h := synthHistory(t, rng, reg)
		asOf := civil.MustParseDate("2011-01-01").AddDays(rng.IntN(500))
		for _, l := range prevention.Values[prevention.Level]() {
			t.Run(fmt.Sprintf("%d/%s", seed, l), func(t *testing.T) {
				one := prevention.MustSchedule(tree, prevention.Change{Effective: asOf.AddDays(-rng.IntN(400)), Level: l, Notice: "全市统一"})
				qs := MustQuery(QuerySpec{Standard: std, AsOf: asOf, Schedule: one})
				ql := MustQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: l})
				ss, err := Summarize(h, qs)
				require.NoError(t, err)
				sl, err := Summarize(h, ql)
				require.NoError(t, err)
				p := rate.Precision{Places: 1, Rounding: rate.HalfEven}
				for _, cell := range everyCell(tree) {
					for _, m := range []Measure{ComplianceMeasure, AssessedComplianceMeasure, AssessedMeasure} {
						fs, err1 := ss.Figure(m, cell, p)
						fl, err2 := sl.Figure(m, cell, p)
						require.NoError(t, err1)
						require.NoError(t, err2)
						require.Equal(t, fl, fs, "cell %s", cell)
					}
					require.Equal(t, collect(sl.Campuses(cell)), collect(ss.Campuses(cell)), "cell %s", cell)
				}
				for _, k := range campus.Values[campus.Kind]() {
					a, _ := ss.Tally(AllCampuses().Kind(k))
					b, _ := sl.Tally(AllCampuses().Kind(k))
					require.Equal(t, b, a)
				}
				require.True(t, sl.Query().Levels().Equal(ss.Query().Levels()),
					"a one-entry schedule puts its level in force everywhere, as the level does (what change.Compare compares)")
			})
		}
	}
}

func collect(seq func(func(Assessment) bool)) []Assessment {
	var out []Assessment
	for a := range seq {
		out = append(out, a)
	}
	return out
}

func TestQueryScheduleSpec(t *testing.T) {
	tree := synthTree(t, 1, 2, 2)
	std := levelStandard(t)
	d := civil.MustParseDate("2011-01-01")
	sched := prevention.MustSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("320501"), Effective: civil.MustParseDate("2010-03-24"), Level: prevention.High, Notice: "提升防范等级"})
	late := prevention.MustSchedule(tree, prevention.Change{Effective: civil.MustParseDate("2012-01-01"), Level: prevention.Normal, Notice: "常态"})
	for _, tc := range []struct {
		name string
		spec QuerySpec
		is   []error
		msg  string
	}{
		{"neither", QuerySpec{Standard: std, AsOf: d}, []error{ErrInvalidQuery, prevention.ErrInvalidLevel}, "no schedule"},
		{"both", QuerySpec{Standard: std, AsOf: d, PreventionLevel: prevention.Normal, Schedule: sched}, []error{ErrInvalidQuery}, "both prevention level normal and a schedule"},
		{"before the schedule", QuerySpec{Standard: std, AsOf: d, Schedule: late}, []error{ErrInvalidQuery, prevention.ErrNoLevel}, "2012-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewQuery(tc.spec)
			require.Error(t, err)
			for _, is := range tc.is {
				assert.ErrorIs(t, err, is)
			}
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	q := MustQuery(QuerySpec{Standard: std, AsOf: d, Schedule: sched})
	assert.Equal(t, "normal; 320501 high", q.Levels().String())
	assert.Equal(t, prevention.SetOf(prevention.Normal, prevention.High), q.Levels().In(hierarchy.Code{}))
	assert.Equal(t, prevention.SetOf(prevention.High), q.Levels().In(hierarchy.MustParseCode("320501001")))
	assert.Equal(t, prevention.SetOf(prevention.Normal), q.Levels().In(hierarchy.MustParseCode("320502")))
	assert.True(t, Query{}.Levels().IsZero())
}

func TestEvaluateOn(t *testing.T) {
	tree := synthTree(t, 1, 2, 2)
	std := levelStandard(t)
	sched := prevention.MustSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Heightened, Notice: "提升防范等级"})
	q := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-06-01"), Schedule: sched})
	c := campus.Campus{ID: synthID("campus", 1), Kind: campus.Primary, License: campus.Licensed, Jurisdiction: hierarchy.MustParseCode("320501001")}
	m := MustMeasurements(ObserveFact(GuardroomStaffed24h, true), ObserveCount(VideoRetentionDays, 10))
	for _, tc := range []struct {
		date  string
		level prevention.Level
		st    Status
	}{
		{"2010-03-23", prevention.Normal, Compliant},
		{"2010-03-24", prevention.Heightened, NonCompliant},
	} {
		res, err := q.EvaluateOn(civil.MustParseDate(tc.date), c, m)
		require.NoError(t, err)
		assert.Equal(t, tc.level, res.PreventionLevel, tc.date)
		assert.Equal(t, tc.st, res.Status, tc.date)
	}
	_, err := q.EvaluateOn(civil.MustParseDate("2009-12-31"), c, m)
	assert.ErrorIs(t, err, prevention.ErrNoLevel)
	assert.Contains(t, err.Error(), "2009-12-31")
	assert.Equal(t, q.Evaluate(c, m), must(q.EvaluateOn(civil.MustParseDate("2010-06-01"), c, m)))
	single := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-06-01"), PreventionLevel: prevention.High})
	assert.Equal(t, single.Evaluate(c, m), must(single.EvaluateOn(civil.MustParseDate("1999-01-01"), c, m)))
	res, err := Query{}.EvaluateOn(civil.MustParseDate("2010-06-01"), c, m)
	assert.NoError(t, err)
	assert.Zero(t, res.Status)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestFigureLevelsJSON(t *testing.T) {
	f := Figure{Measure: ComplianceMeasure, Rate: rate.MustParse("1/2"), Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf: civil.MustParseDate("2012-02-14"), StandardID: "s", Levels: prevention.SetOf(prevention.Normal, prevention.High)}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"levels":["normal","high"]`)
	assert.NotContains(t, string(b), `"level":`)
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	for _, tc := range []struct {
		name string
		f    Figure
	}{
		{"both", func() Figure { g := f; g.PreventionLevel = prevention.Normal; return g }()},
		{"one level in the set", func() Figure { g := f; g.Levels = prevention.SetOf(prevention.High); return g }()},
		{"invalid set", func() Figure { g := f; g.Levels = 0x80; return g }()},
		{"neither", func() Figure { g := f; g.Levels = 0; return g }()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.f.Validate()
			assert.ErrorIs(t, err, ErrInvalidFigure)
			assert.ErrorContains(t, err, "level")
		})
	}
	good := string(b)
	for _, bad := range []string{
		replaceOnce(good, `"levels":["normal","high"]`, `"levels":["high","normal"]`),
		replaceOnce(good, `"levels":["normal","high"]`, `"levels":["normal","normal","high"]`),
		replaceOnce(good, `"levels":["normal","high"]`, `"levels":["high"]`),
		replaceOnce(good, `"levels":["normal","high"]`, `"level":"high","levels":["normal","high"]`),
		replaceOnce(good, `"levels":["normal","high"]`, `"levels":[]`),
		replaceOnce(good, `"levels":["normal","high"]`, `"levels":["normal","extreme"]`),
	} {
		var g Figure
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &g), ErrInvalidFigure, bad)
	}
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	panic("not found: " + old)
}
