package compliance

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schoolsAndKindergartens is a standard none of whose requirements applies to
// a nursery (托儿所), as 公治〔2015〕168号's do not, with an exempt band for
// campuses under 100 pupils and a requirement only from Heightened.
func schoolsAndKindergartens(t testing.TB) Standard {
	t.Helper()
	notNursery := Scope{Kinds: kindsButNursery()}
	return MustStandard(Standard{
		ID: "oos", Title: "中小学幼儿园", Version: "1", Effective: civil.MustParseDate("2015-01-01"),
		Requirements: []Requirement{
			{ID: "guards", Title: "保安员", Scope: notNursery, Rule: Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards,
				Basis: BasisStudents, Bands: []Band{{From: 0, Exempt: true}, {From: 100, Min: 2}}}},
			{ID: "barriers", Title: "防冲撞", Scope: Scope{Groups: []campus.Group{campus.GroupPreschool}, MinPreventionLevel: prevention.Heightened},
				Rule: Rule{RuleKind: RuleFact, Indicator: AntiRamBarriers}},
		},
	})
}

func TestEvaluateOutOfScope(t *testing.T) {
	std := schoolsAndKindergartens(t)
	nursery := school(40, 5)
	nursery.Kind = campus.Nursery
	small := school(40, 5) // exempt band: in the population
	big := school(400, 30)
	none := Measurements{}
	guards := MustMeasurements(ObserveCount(FullTimeGuards, 2), ObserveFact(AntiRamBarriers, true))
	tests := []struct {
		name  string
		c     campus.Campus
		m     Measurements
		level prevention.Level
		want  Status
	}{
		{"nursery, nothing observed", nursery, none, prevention.Normal, OutOfScope},
		{"nursery, everything observed", nursery, guards, prevention.Normal, OutOfScope},
		{"nursery, raised level brings a requirement in", nursery, none, prevention.Heightened, Incomplete},
		{"nursery, raised level, met", nursery, guards, prevention.Heightened, Compliant},
		{"exempt band is in scope and compliant", small, none, prevention.Normal, Compliant},
		{"in scope, unobserved", big, none, prevention.Normal, Incomplete},
		{"in scope, met", big, guards, prevention.Normal, Compliant},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := evaluate(std, tt.c, tt.m, tt.level)
			assert.Equal(t, tt.want, res.Status)
			q := MustQuery(QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: tt.level})
			c, m := tt.c, tt.m
			assert.Equal(t, tt.want, q.status(&c, &m), "the fast path Summarize takes")
			assert.Equal(t, tt.want == OutOfScope, !q.inScope(&c), "inScope agrees")
			if tt.want == OutOfScope {
				assert.Equal(t, len(res.Requirements), res.count(NotApplicable))
			}
		})
	}
}

// TestHistoryOutOfScope checks that a campus outside the standard is
// OutOfScope whether inspected or not, and that summaries leave it out of
// the rates' denominators.
func TestHistoryOutOfScope(t *testing.T) {
	reg := testRegister(t, 2*len(campus.Values[campus.Kind]()))
	std := schoolsAndKindergartens(t)
	var insp []Inspection
	for i, c := range reg.Campuses() {
		if i%2 == 0 {
			insp = append(insp, Inspection{ID: testID(c.Name), Campus: c.ID, Date: civil.MustParseDate("2016-01-01"), Team: "一组",
				Measurements: MustMeasurements(ObserveCount(FullTimeGuards, 3))})
		}
	}
	h, err := NewHistory(reg, insp)
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2016-06-01"), PreventionLevel: prevention.Normal})
	s, err := Summarize(h, q)
	require.NoError(t, err)
	var nurseries int64
	for i, c := range reg.Campuses() {
		st := h.status(i, q)
		if c.Kind == campus.Nursery {
			nurseries++
			assert.Equal(t, OutOfScope, st, c.Name)
		} else {
			assert.NotEqual(t, OutOfScope, st, c.Name)
		}
		assert.Equal(t, st, s.status[i])
		a, ok := h.Assess(q, c.ID)
		require.True(t, ok)
		assert.Equal(t, st, a.Status)
		if c.Kind == campus.Nursery && i%2 == 0 {
			assert.Equal(t, testID(c.Name), a.Inspection.ID, "an inspected campus out of scope keeps its inspection")
			assert.Equal(t, OutOfScope, a.Result.Status)
		}
	}
	require.Positive(t, nurseries)
	tot := totalOf(t, s)
	assert.Equal(t, nurseries, tot.Count(OutOfScope))
	assert.Equal(t, int64(reg.Len()), tot.Total())
	assert.Equal(t, int64(reg.Len())-nurseries, tot.Rate(ComplianceMeasure).Den())
	out := campusesOf(s.Campuses(AllCampuses(), OutOfScope))
	assert.Len(t, out, int(nurseries), "drill-down lists them")
	for _, c := range out {
		assert.Equal(t, campus.Nursery, c.Kind)
	}
	nt, ok := s.Tally(AllCampuses().Kind(campus.Nursery))
	require.True(t, ok)
	assert.Equal(t, nurseries, nt.Count(OutOfScope))
	assert.Equal(t, nurseries, nt.Total())
}
