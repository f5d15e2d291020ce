package compliance

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// malformedRules are requirement shapes Validate rejects, each with the observations that would make it pass
// (or fail) if it were read literally. Issue 15, finding 10: min -1, a band min -3 and bands not starting at 0
// evaluated Met; a fact rule on a count indicator evaluated Unmet.
func malformedRequirements() map[string]Requirement {
	guards := func(r Rule) Requirement { return Requirement{ID: "m", Title: "m", Rule: r} }
	scaled := func(bands []Band, step Step) Requirement {
		return guards(Rule{Kind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents, Bands: bands, Step: step})
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
		"min -1":                   guards(Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: -1}),
		"min above maxThreshold":   guards(Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: maxThreshold + 1}),
		"min on a fact rule":       guards(Rule{Kind: RuleFact, Indicator: ClosedManagement, Min: 1}),
		"bands on count_at_least":  guards(Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1, Bands: []Band{{Min: 1}}}),
		"fact rule, count ind":     guards(Rule{Kind: RuleFact, Indicator: FullTimeGuards}),
		"count rule, fact ind":     guards(Rule{Kind: RuleCountAtLeast, Indicator: ClosedManagement, Min: 1}),
		"zero indicator":           guards(Rule{Kind: RuleCountAtLeast, Min: 1}),
		"undeclared indicator":     guards(Rule{Kind: RuleCountAtLeast, Indicator: MustIndicator("moat_depth", "护城河深度", CountValue), Min: 0}),
		"unknown rule kind":        guards(Rule{Kind: 9, Indicator: FullTimeGuards}),
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
		"min on a scaled rule":     guards(Rule{Kind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents, Min: 1, Bands: []Band{{Min: 1}}}),
		"no basis":                 guards(Rule{Kind: RuleCountScaled, Indicator: FullTimeGuards, Bands: []Band{{Min: 0}}}),
		"unknown basis":            guards(Rule{Kind: RuleCountScaled, Indicator: FullTimeGuards, Basis: 9, Bands: []Band{{Min: 0}}}),
		"step per 0":               scaled([]Band{{Min: 0}}, Step{Above: 10, Add: 1, Round: StepCeil}),
		"step add 0":               scaled([]Band{{Min: 0}}, Step{Above: 10, Per: 10, Round: StepCeil}),
		"step add -1":              scaled([]Band{{Min: 0}}, Step{Above: 10, Per: 10, Add: -1, Round: StepCeil}),
		"step above -1":            scaled([]Band{{Min: 0}}, Step{Above: -1, Per: 10, Add: 1, Round: StepCeil}),
		"step no rounding":         scaled([]Band{{Min: 0}}, Step{Above: 10, Per: 10, Add: 1}),
		"step unknown basis":       scaled([]Band{{Min: 0}}, Step{Basis: 9, Above: 10, Per: 10, Add: 1, Round: StepCeil}),
		"step on a fact rule":      guards(Rule{Kind: RuleFact, Indicator: ClosedManagement, Step: okStep}),
		"scope invalid kind":       {ID: "m", Title: "m", Scope: Scope{Kinds: []campus.Kind{200}}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope repeated group":     {ID: "m", Title: "m", Scope: Scope{Groups: []campus.Group{campus.GroupSchool, campus.GroupSchool}}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope too many kinds":     {ID: "m", Title: "m", Scope: Scope{Kinds: longKinds}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid level":      {ID: "m", Title: "m", Scope: Scope{MinPreventionLevel: 9}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid boarding":   {ID: "m", Title: "m", Scope: Scope{Boarding: 9}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid locale":     {ID: "m", Title: "m", Scope: Scope{Locales: []campus.Locale{113}}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid license":    {ID: "m", Title: "m", Scope: Scope{Licenses: []campus.License{7}}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope invalid stage":      {ID: "m", Title: "m", Scope: Scope{Stages: []campus.Stage{0}}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards}},
		"scope excludes, rule bad": {ID: "m", Title: "m", Scope: Scope{Boarding: BoardingOnly}, Rule: Rule{Kind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: -1}},
	}
}

// TestEvaluateMalformedIsUndetermined: every malformed shape is Undetermined, whatever is observed, in Evaluate
// and StatusOf, so the campus is Incomplete — never Compliant, never NonCompliant because of it.
func TestEvaluateMalformedIsUndetermined(t *testing.T) {
	c := school(500, 40)
	obs := []Measurements{
		{},
		MustMeasurements(Count(FullTimeGuards, 0), Fact(ClosedManagement, false)),
		MustMeasurements(Count(FullTimeGuards, 1000), Fact(ClosedManagement, true), Count(MustIndicator("moat_depth", "护城河深度", CountValue), 5)),
	}
	for name, r := range malformedRequirements() {
		std := Standard{ID: "s", Title: "s", Version: "1", Effective: civil.MustParseDate("2020-01-01"), Requirements: []Requirement{r}}
		require.Error(t, std.Validate(), name)
		_, err := NewStandard(std)
		require.Error(t, err, name)
		for _, m := range obs {
			for _, level := range []PreventionLevel{0, Normal, High} {
				res := Evaluate(std, c, m, level)
				assert.Equal(t, Undetermined, res.Requirements[0].Outcome, name)
				assert.Equal(t, Incomplete, res.Status, name)
				assert.Equal(t, Incomplete, StatusOf(std, c, m, level), name)
			}
		}
	}
}

// TestEvaluableAgreesWithValidate: the allocation-free check Evaluate uses accepts exactly the rules and
// scopes Validate accepts, over random mutations of valid requirements.
func TestEvaluableAgreesWithValidate(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 15))
	decl := []Indicator{canteenCamera, nightPatrols}
	custom, errs := declaredIndicators("s", decl)
	require.Empty(t, errs)
	pick := func(vs ...int) int { return vs[r.IntN(len(vs))] }
	valid, invalid := 0, 0
	for i := range 20000 {
		req := randRequirement(r, i)
		switch r.IntN(14) {
		case 0:
			req.Rule.Min = pick(-1, 0, 1, maxThreshold, maxThreshold+1)
		case 1:
			req.Rule.Kind = RuleKind(r.IntN(5))
		case 2:
			req.Rule.Indicator = []Indicator{{}, FullTimeGuards, ClosedManagement, canteenCamera, nightPatrols,
				MustIndicator("moat", "护城河", FactValue)}[r.IntN(6)]
		case 3:
			req.Rule.Basis = Basis(r.IntN(6))
		case 4:
			if len(req.Rule.Bands) > 0 {
				k := r.IntN(len(req.Rule.Bands))
				b := &req.Rule.Bands[k]
				switch r.IntN(4) {
				case 0:
					b.From = pick(-1, 0, 1, 50, maxBasisValue, maxBasisValue+1)
				case 1:
					b.Min = pick(-3, 0, 2, maxThreshold+1)
				case 2:
					b.Exempt = !b.Exempt
				default:
					b.Undetermined = !b.Undetermined
				}
			} else {
				req.Rule.Bands = []Band{{From: pick(0, 1), Min: pick(0, 1)}}
			}
		case 5:
			req.Rule.Step = Step{Basis: Basis(r.IntN(6)), Above: pick(-1, 0, 10, maxBasisValue+1), Per: pick(-1, 0, 1, maxBasisValue+1),
				Add: pick(-1, 0, 1, maxThreshold+1), Round: StepRounding(r.IntN(4))}
		case 6:
			req.Scope.Kinds = append(req.Scope.Kinds, []campus.Kind{0, campus.Primary, campus.NineYear, 200}[r.IntN(4)])
		case 7:
			req.Scope.Groups = append(req.Scope.Groups, campus.Group(r.IntN(4)))
		case 8:
			req.Scope.Locales = append(req.Scope.Locales, []campus.Locale{0, campus.LocaleVillage, 113}[r.IntN(3)])
		case 9:
			req.Scope.MinPreventionLevel = PreventionLevel(r.IntN(6))
		case 10:
			req.Scope.Boarding = BoardingScope(r.IntN(5))
		case 11:
			req.Scope.Stages = append(req.Scope.Stages, campus.Stage(r.IntN(7)))
		case 12:
			req.Scope.Licenses = append(req.Scope.Licenses, campus.License(r.IntN(4)))
		}
		p := newProblems(nil, "s", req.ID, -1)
		req.validate(custom, &p)
		want := p.Len() == 0
		require.Equal(t, want, req.evaluable(decl), "%+v: %v", req, p.Errs())
		if want {
			valid++
		} else {
			invalid++
		}
	}
	t.Logf("%d valid, %d invalid", valid, invalid)
	require.Greater(t, invalid, 3000)
	require.Greater(t, valid, 3000)
}

// TestStatusOfMalformedAllocationFree: checking requirements for the status alone costs no allocation.
func TestStatusOfMalformedAllocationFree(t *testing.T) {
	std := testStandard(t)
	c := school(500, 40)
	m := MustMeasurements(Count(FullTimeGuards, 3))
	allocs := testing.AllocsPerRun(100, func() { _ = StatusOf(std, c, m, Normal) })
	assert.Zero(t, allocs)
}

// TestNewStandardCopies: NewStandard returns a deep copy, so that writing into the caller's slices afterwards
// does not change the validated standard. (Copies of a Standard share its slices: a Standard has no hidden
// compiled form, and a requirement written malformed into it evaluates Undetermined.)
func TestNewStandardCopies(t *testing.T) {
	in := testStandard(t)
	std, err := NewStandard(in)
	require.NoError(t, err)
	c := school(50, 5)
	m := MustMeasurements(Count(FullTimeGuards, 0), Count(VideoRetentionDays, 10), Fact(GuardroomStaffed24h, true))
	before := Evaluate(std, c, m, Normal)
	require.Equal(t, NonCompliant, before.Status)
	spoil := func(s Standard) {
		for i := range s.Requirements {
			r := &s.Requirements[i].Rule
			r.Min = -1
			if len(r.Bands) > 0 {
				r.Bands[0].Min = -3
			}
			if r.Kind == RuleFact {
				r.Indicator = FullTimeGuards
			}
		}
	}
	spoil(in)
	assert.Equal(t, before, Evaluate(std, c, m, Normal), "the caller's writes do not reach the copy")
	spoil(std)
	for _, r := range Evaluate(std, c, m, Normal).Requirements {
		assert.Contains(t, []Outcome{Undetermined, NotApplicable}, r.Outcome,
			"%s: a requirement written malformed evaluates Undetermined, never Met or Unmet", r.Requirement)
	}
}
