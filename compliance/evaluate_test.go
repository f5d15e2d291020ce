package compliance

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEvaluatePrecedence(t *testing.T) {
	std := testStandard(t)
	all := []Observation{ObserveCount(FullTimeGuards, 2), ObserveFact(GuardroomStaffed24h, true), ObserveCount(VideoRetentionDays, 30),
		ObserveFact(canteenCamera, true), ObserveFact(AntiRamBarriers, true)}
	without := func(drop Indicator, extra ...Observation) []Observation {
		var out []Observation
		for _, o := range all {
			if o.Indicator != drop {
				out = append(out, o)
			}
		}
		return append(out, extra...)
	}
	day := school(500, 40) // needs 2 guards; canteen not applicable; barriers only from Heightened
	tests := []struct {
		name  string
		obs   []Observation
		level prevention.Level
		want  Status
		out   map[string]Outcome
	}{
		{"all met", all, prevention.Normal, Compliant, map[string]Outcome{"guards": Met, "canteen": NotApplicable, "barriers": NotApplicable}},
		{"one unmet", without(FullTimeGuards, ObserveCount(FullTimeGuards, 1)), prevention.Normal, NonCompliant, map[string]Outcome{"guards": Unmet}},
		{"one not observed", without(VideoRetentionDays), prevention.Normal, Incomplete, map[string]Outcome{"video_days": NotObserved}},
		{"unmet beats not observed", []Observation{ObserveFact(GuardroomStaffed24h, false)}, prevention.Normal, NonCompliant,
			map[string]Outcome{"guards": NotObserved, "guardroom": Unmet, "video_days": NotObserved}},
		{"nothing observed", nil, prevention.Normal, Incomplete, map[string]Outcome{"guards": NotObserved, "guardroom": NotObserved}},
		{"raised level brings barriers in", without(AntiRamBarriers), prevention.Heightened, Incomplete, map[string]Outcome{"barriers": NotObserved}},
		{"raised level, barriers absent", without(AntiRamBarriers, ObserveFact(AntiRamBarriers, false)), prevention.High, NonCompliant, map[string]Outcome{"barriers": Unmet}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := MustMeasurements(tt.obs...)
			q := MustQuery(QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: tt.level})
			res := q.Evaluate(day, m)
			assert.Equal(t, tt.want, res.Status)
			assert.Equal(t, tt.want, q.status(&day, &m))
			require.Len(t, res.Requirements, len(std.Requirements), "every requirement is listed")
			for i, rr := range res.Requirements {
				assert.Equal(t, std.Requirements[i].ID, rr.Requirement)
				if want, ok := tt.out[rr.Requirement]; ok {
					assert.Equal(t, want, rr.Outcome, rr.Requirement)
				}
			}
			assert.Equal(t, "test-std", res.Standard)
			assert.Equal(t, day.ID, res.Campus)
			assert.Equal(t, tt.level, res.PreventionLevel)
		})
	}
}

func TestEvaluateUnmetDetail(t *testing.T) {
	std := testStandard(t)
	c := school(1600, 90) // 2 + ceil(600/500) = 4 guards
	res := evaluate(std, c, MustMeasurements(ObserveCount(FullTimeGuards, 3)), prevention.Normal)
	unmet := res.With(Unmet)
	require.Len(t, unmet, 1)
	assert.Equal(t, RequirementResult{Requirement: "guards", Title: "专职保安员", Outcome: Unmet, Observed: 3, Required: 4}, unmet[0])
	assert.Equal(t, 2, res.count(NotObserved))
	assert.Equal(t, 2, res.count(NotApplicable))
	assert.Nil(t, res.With(Undetermined))
}

// randomCase draws a campus and measurements with some indicators missing.
func randomCase(r *rand.Rand) (campus.Campus, Measurements, prevention.Level) {
	c := school(r.IntN(3000), r.IntN(200))
	kinds, locales := campus.Values[campus.Kind](), campus.Values[campus.Locale]()
	c.Kind, c.Locale = kinds[r.IntN(len(kinds))], locales[r.IntN(len(locales))]
	c.License, c.Boarding = campus.License(1+r.IntN(2)), r.IntN(2) == 0
	var obs []Observation
	for _, ind := range append(wellKnownIndicators(), canteenCamera, nightPatrols) {
		if r.IntN(6) == 0 {
			continue // not observed
		}
		if ind.ValueKind() == FactValue {
			obs = append(obs, ObserveFact(ind, r.IntN(8) != 0))
		} else {
			obs = append(obs, ObserveCount(ind, r.IntN(40)))
		}
	}
	return c, MustMeasurements(obs...), prevention.Level(1 + r.IntN(3))
}

// wideStandard is a 20-requirement standard mixing every rule kind and scope.
func wideStandard(t testing.TB) Standard {
	t.Helper()
	base := testStandard(t)
	reqs := []Requirement{}
	wk := wellKnownIndicators()
	for i := range 20 {
		ind := wk[i%len(wk)]
		r := Requirement{ID: fmt.Sprint("r", i), Title: ind.Label()}
		switch {
		case ind == FullTimeGuards:
			r.Rule = guardsRule()
		case ind.ValueKind() == CountValue:
			r.Rule = Rule{RuleKind: RuleCountAtLeast, Indicator: ind, Min: 5}
		default:
			r.Rule = Rule{RuleKind: RuleFact, Indicator: ind}
		}
		switch i % 5 {
		case 1:
			r.Scope.Groups = []campus.Group{campus.GroupSchool}
		case 2:
			r.Scope.Stages = []campus.Stage{campus.StagePrimary, campus.StageJuniorSecondary}
			r.Scope.Licenses = []campus.License{campus.Licensed}
		case 3:
			r.Scope.MinPreventionLevel = prevention.Heightened
		}
		reqs = append(reqs, r)
	}
	reqs[19] = Requirement{ID: "canteen", Title: "食堂", Scope: Scope{Boarding: BoardingOnly}, Rule: Rule{RuleKind: RuleFact, Indicator: canteenCamera}}
	base.Requirements = reqs
	std, err := NewStandard(base)
	require.NoError(t, err)
	return std
}

// levelQueries returns a query of std at each valid prevention level, indexed by level.
func levelQueries(t testing.TB, std Standard) [4]Query {
	var qs [4]Query
	for _, l := range []prevention.Level{prevention.Normal, prevention.Heightened, prevention.High} {
		qs[l] = MustQuery(QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: l})
	}
	return qs
}

// TestStatusOfAgreesWithEvaluate: the fast status fold Summarize uses
// (Query.status) gives Query.Evaluate's status, for a standard built by NewStandard and for the same
// standard written as a literal.
func TestStatusOfAgreesWithEvaluate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	std := wideStandard(t)
	literal := Standard{ID: std.ID, Title: std.Title, Issuer: std.Issuer, Version: std.Version, Effective: std.Effective,
		Indicators: std.Indicators, Requirements: std.Requirements}
	qs, ql := levelQueries(t, std), levelQueries(t, literal)
	counts := map[Status]int{}
	for range 20000 {
		c, m, lvl := randomCase(r)
		want := qs[lvl].Evaluate(c, m).Status
		require.Equal(t, want, qs[lvl].status(&c, &m))
		require.Equal(t, want, ql[lvl].status(&c, &m))
		require.Equal(t, want, ql[lvl].Evaluate(c, m).Status)
		counts[want]++
	}
	assert.Positive(t, counts[Compliant])
	assert.Positive(t, counts[NonCompliant])
	assert.Positive(t, counts[Incomplete])
}

func TestStatusOfDoesNotAllocate(t *testing.T) {
	std := wideStandard(t)
	c, m, lvl := randomCase(rand.New(rand.NewPCG(3, 4)))
	q := levelQueries(t, std)[lvl]
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = q.status(&c, &m) }))
}

// TestReplacedRequirementsAreNotStale: a query measures the requirements its
// standard had when NewQuery compiled it, and a query of the edited standard
// measures the new ones.
func TestReplacedRequirementsAreNotStale(t *testing.T) {
	std := testStandard(t)
	c := school(10, 1)
	m := MustMeasurements(ObserveFact(GuardroomStaffed24h, true))
	before := MustQuery(QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal})
	std.Requirements = std.Requirements[1:2] // only the guardroom requirement
	assert.Equal(t, Compliant, statusOf(std, c, m, prevention.Normal))
	assert.Equal(t, Incomplete, before.Evaluate(c, m).Status, "the query keeps the standard it was built from")
	assert.Len(t, before.Evaluate(c, m).Requirements, 5)
}

func BenchmarkStatusOf(b *testing.B) {
	std := wideStandard(b)
	r := rand.New(rand.NewPCG(5, 6))
	type tc struct {
		c   campus.Campus
		m   Measurements
		lvl prevention.Level
	}
	qs := levelQueries(b, std)
	cases := make([]tc, 1024)
	for i := range cases {
		c, m, lvl := randomCase(r)
		cases[i] = tc{c, m, lvl}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		x := &cases[i&1023]
		_ = qs[x.lvl].status(&x.c, &x.m)
	}
}
