package compliance

import (
	"math"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// malformedRules are requirement shapes Validate rejects, each with the observations that would make it pass
// (or fail) if it were read literally. Issue 15, finding 10: min -1, a band min -3 and bands not starting at 0
// evaluated Met; a fact rule on a count indicator evaluated Unmet.
func malformedRequirements() map[string]Requirement {
	guards := func(r Rule) Requirement { return Requirement{ID: "m", Title: "m", Rule: r} }
	scaled := func(bands []Band, step Step) Requirement {
		return guards(Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents, Bands: bands, Step: step})
	}
	okStep := Step{Above: 10, Per: 10, Add: 1, Round: StepCeil}
	tooMany := make([]Band, maxBands+1)
	for i := range tooMany {
		tooMany[i] = Band{From: i, Min: 1}
	}
	longKinds := make([]campus.Kind, maxScopeValues+1)
	for i := range longKinds {
		longKinds[i] = campus.Primary
	}
	return map[string]Requirement{
		"min -1":                   guards(Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: -1}),
		"min above maxThreshold":   guards(Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: maxThreshold + 1}),
		"min on a fact rule":       guards(Rule{RuleKind: RuleFact, Indicator: ClosedManagement, Min: 1}),
		"bands on count_at_least":  guards(Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1, Bands: []Band{{Min: 1}}}),
		"fact rule, count ind":     guards(Rule{RuleKind: RuleFact, Indicator: FullTimeGuards}),
		"count rule, fact ind":     guards(Rule{RuleKind: RuleCountAtLeast, Indicator: ClosedManagement, Min: 1}),
		"zero indicator":           guards(Rule{RuleKind: RuleCountAtLeast, Min: 1}),
		"undeclared indicator":     guards(Rule{RuleKind: RuleCountAtLeast, Indicator: mustIndicator("moat_depth", "护城河深度", CountValue), Min: 0}),
		"unknown rule kind":        guards(Rule{RuleKind: 9, Indicator: FullTimeGuards}),
		"zero rule kind":           guards(Rule{Indicator: FullTimeGuards}),
		"band min -3":              scaled([]Band{{From: 0, Min: -3}}, Step{}),
		"bands not from 0":         scaled([]Band{{From: 5, Min: 1}}, Step{}),
		"bands descending":         scaled([]Band{{From: 0, Min: 1}, {From: 100, Min: 2}, {From: 50, Min: 3}}, Step{}),
		"bands repeated start":     scaled([]Band{{From: 0, Min: 1}, {From: 0, Min: 0}}, Step{}),
		"band from too large":      scaled([]Band{{From: 0, Min: 1}, {From: maxBasisValue + 1, Min: 2}}, Step{}),
		"band from MaxInt":         scaled([]Band{{From: 0, Min: 1}, {From: math.MaxInt, Min: 2}}, Step{}),
		"exempt and undetermined":  scaled([]Band{{From: 0, Exempt: true, Undetermined: true}}, Step{}),
		"exempt with min":          scaled([]Band{{From: 0, Exempt: true, Min: 2}}, Step{}),
		"undetermined with min":    scaled([]Band{{From: 0, Undetermined: true, Min: 2}}, Step{}),
		"no bands":                 scaled(nil, Step{}),
		"too many bands":           scaled(tooMany, Step{}),
		"min on a scaled rule":     guards(Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents, Min: 1, Bands: []Band{{Min: 1}}}),
		"no basis":                 guards(Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Bands: []Band{{Min: 0}}}),
		"unknown basis":            guards(Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: 9, Bands: []Band{{Min: 0}}}),
		"step per 0":               scaled([]Band{{Min: 0}}, Step{Above: 10, Add: 1, Round: StepCeil}),
		"step add 0":               scaled([]Band{{Min: 0}}, Step{Above: 10, Per: 10, Round: StepCeil}),
		"step add -1":              scaled([]Band{{Min: 0}}, Step{Above: 10, Per: 10, Add: -1, Round: StepCeil}),
		"step above -1":            scaled([]Band{{Min: 0}}, Step{Above: -1, Per: 10, Add: 1, Round: StepCeil}),
		"step no rounding":         scaled([]Band{{Min: 0}}, Step{Above: 10, Per: 10, Add: 1}),
		"step unknown basis":       scaled([]Band{{Min: 0}}, Step{Basis: 9, Above: 10, Per: 10, Add: 1, Round: StepCeil}),
		"step on a fact rule":      guards(Rule{RuleKind: RuleFact, Indicator: ClosedManagement, Step: okStep}),
		"scope invalid kind":       {ID: "m", Title: "m", Scope: Scope{Kinds: []campus.Kind{200}}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope repeated group":     {ID: "m", Title: "m", Scope: Scope{Groups: []campus.Group{campus.GroupSchool, campus.GroupSchool}}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope too many kinds":     {ID: "m", Title: "m", Scope: Scope{Kinds: longKinds}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid level":      {ID: "m", Title: "m", Scope: Scope{MinPreventionLevel: 9}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid boarding":   {ID: "m", Title: "m", Scope: Scope{Boarding: 9}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid locale":     {ID: "m", Title: "m", Scope: Scope{Locales: []campus.Locale{113}}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid license":    {ID: "m", Title: "m", Scope: Scope{Licenses: []campus.License{7}}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid stage":      {ID: "m", Title: "m", Scope: Scope{Stages: []campus.Stage{0}}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope excludes, rule bad": {ID: "m", Title: "m", Scope: Scope{Boarding: BoardingOnly}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: -1}},
	}
}

// TestNewQueryRefusesMalformed: a standard with any malformed requirement makes no query — there is no
// other way to evaluate one — and NewQuery reports the very problems Validate (and NewStandard) report, at
// every level; an invalid level is reported before them. (Issue 15, finding 10: such shapes once evaluated
// literally as Met or Unmet; later as Undetermined. Now nothing evaluates them at all.)
func TestNewQueryRefusesMalformed(t *testing.T) {
	asOf := civil.MustParseDate("2020-06-01")
	for name, r := range malformedRequirements() {
		std := Standard{ID: "s", Title: "s", Version: "1", Effective: civil.MustParseDate("2020-01-01"), Requirements: []Requirement{r}}
		verr := std.Validate()
		require.Error(t, verr, name)
		_, err := NewStandard(std)
		require.Error(t, err, name)
		assert.Equal(t, verr.Error(), err.Error(), name)
		for _, level := range prevention.Values[prevention.Level]() {
			q, err := NewQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: level})
			require.Error(t, err, name)
			assert.True(t, q.IsZero(), name)
			assert.Equal(t, verr.Error(), err.Error(), "%s: NewQuery reports what Validate reports", name)
			assert.NotErrorIs(t, err, ErrInvalidQuery, "%s: the spec itself is fine", name)
			assert.Panics(t, func() { MustQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: level}) }, name)
		}
		_, err = NewQuery(QuerySpec{Standard: std, AsOf: asOf})
		require.ErrorIs(t, err, ErrInvalidQuery, name)
		require.ErrorIs(t, err, prevention.ErrInvalidLevel, name)
		msg := err.Error()
		assert.True(t, strings.HasPrefix(msg, "compliance: invalid query: prevention level"), "%s: the spec's problem comes first: %s", name, msg)
		assert.Contains(t, msg, verr.Error(), "%s: then the standard's", name)
	}
}

// TestQueryStatusAllocationFree: the hot path a Summary counts with (Query.status) costs no allocation.
func TestQueryStatusAllocationFree(t *testing.T) {
	q := queryAt(testStandard(t), prevention.Normal)
	c := school(500, 40)
	m := MustMeasurements(ObserveCount(FullTimeGuards, 3))
	allocs := testing.AllocsPerRun(100, func() { _ = q.status(&c, &m) })
	assert.Zero(t, allocs)
}

// TestQueryIgnoresLaterWrites: a query evaluates the rules NewQuery validated, even when the caller later
// writes malformed values into the standard's Requirements slice (and its bands) that it passed in.
func TestQueryIgnoresLaterWrites(t *testing.T) {
	std := testStandard(t)
	q := queryAt(std, prevention.Normal)
	c := school(50, 5)
	m := MustMeasurements(ObserveCount(FullTimeGuards, 0), ObserveCount(VideoRetentionDays, 10), ObserveFact(GuardroomStaffed24h, true))
	before := q.Evaluate(c, m)
	require.Equal(t, NonCompliant, before.Status)
	for i := range std.Requirements {
		r := &std.Requirements[i].Rule
		r.Min = -1
		if len(r.Bands) > 0 {
			r.Bands[0].Min = -3
		}
		if r.RuleKind == RuleFact {
			r.Indicator = FullTimeGuards
		}
	}
	require.Error(t, std.Validate(), "the caller's standard is now malformed")
	after := q.Evaluate(c, m)
	assert.Equal(t, before.Status, after.Status)
	assert.Equal(t, before.Requirements, after.Requirements)
	assert.Equal(t, NonCompliant, q.status(&c, &m))
	assert.NoError(t, q.Spec().Standard.Validate(), "the query's standard is its own copy")
}

// TestNewStandardCopies: NewStandard returns a deep copy of a valid standard (it has no hidden compiled
// form), so that writing into the caller's slices afterwards does not change it.
func TestNewStandardCopies(t *testing.T) {
	in := testStandard(t)
	std, err := NewStandard(in)
	require.NoError(t, err)
	require.True(t, std.Equal(in))
	for i := range in.Requirements {
		in.Requirements[i].Rule.Min = -1
		for k := range in.Requirements[i].Rule.Bands {
			in.Requirements[i].Rule.Bands[k].Min = -3
		}
		in.Requirements[i].Scope.Kinds = append(in.Requirements[i].Scope.Kinds[:0], 0)
	}
	in.Indicators = append(in.Indicators[:0], Indicator{})
	assert.False(t, std.Equal(in))
	assert.NoError(t, std.Validate(), "the copy is untouched")
}
