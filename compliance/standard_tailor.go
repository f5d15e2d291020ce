package compliance

import (
	"fmt"
	"slices"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/prevention"
)

// Tailoring derives a local standard from a published one without copying it
// (OSCAL: a profile): it selects requirements and tightens parameters, and
// the result records what it was derived from.
//
// The guarantee: for every campus, inspection and prevention level, each
// requirement the tailored standard keeps has an outcome at least as severe as
// under the base (Met and NotApplicable, then NotObserved and Undetermined,
// then Unmet), so the campus's status under the tailored standard is never
// better than under the base restricted to the same selection: a campus
// Compliant under the tailoring is Compliant under the base's requirements it
// keeps. Two things are not tightening and are allowed on purpose. Include and
// Exclude are the one way to narrow: they choose which of the base's
// requirements are checked at all. And a band the base leaves undetermined
// (the source gives no number, so the base can only say Undetermined) may be
// settled: by a Parameter only with a positive minimum, so that the tailored
// outcome there is Met or Unmet, never an exemption; by a Replacement, which
// records its reading and reason, also partly with an exemption (see
// Replacement), so that a campus the source excepts is NotApplicable there.
type Tailoring struct {
	// ID, Title, Issuer, Version, Effective and Note describe the derived
	// standard. ID and Version are required; an empty Title, Issuer or Note
	// and a zero Effective are taken from the base.
	ID, Title, Issuer, Version string
	Effective                  civil.Date
	Note                       string
	// Include lists the requirement IDs to keep, in the base's order; empty
	// keeps all. Exclude lists IDs to drop after that.
	Include, Exclude []string
	// Set tightens parameters, applied in order (the last for a requirement
	// wins; each must tighten what came before).
	Set []Parameter
	// Replace replaces requirements by documented variants (see
	// Replacement), after Include and Exclude and before Set; a replacement
	// may not loosen.
	Replace []Replacement
}

// Parameter tightens one requirement (OSCAL: set-parameter). Zero fields are
// left unchanged.
type Parameter struct {
	// Requirement is the ID of the requirement to tighten.
	Requirement string
	// Min raises a count_at_least rule's minimum; it may not lower it.
	Min int
	// Bands replaces a count_scaled rule's bands: at every basis value the
	// new minimum must be at least the old one. Where the base band is
	// exempt anything may be required. Where it is undetermined (the source
	// leaves the number open) the new band may stay undetermined or settle it
	// with a positive minimum: settling an open parameter is what tailoring is
	// for (OSCAL: a profile sets the parameters a catalog leaves open), and
	// the derived standard records that it was derived. An exemption or a
	// minimum of 0 there would require nothing, and is refused. A determined
	// minimum may not become exempt or undetermined.
	Bands []Band
	// Step replaces or adds a count_scaled rule's step; a replacement must
	// keep the basis, start no later (Above), step no wider (Per), add no
	// less (Add), and not change ceil to floor. An added step may not range
	// over day students unless the rule does (it would be unknown for a
	// boarding campus the base decides).
	Step Step
	// MinPreventionLevel lowers the prevention level from which the
	// requirement applies; raising it would loosen.
	MinPreventionLevel prevention.Level
}

// Tailor derives a standard from base by t. It returns every problem, each a
// *StandardError: the base's own (it must be valid; they name the base),
// then, naming the tailored standard t.ID, requirement IDs the base does not
// have (ErrUnknownRequirement), parameters that loosen (ErrLoosening) or do
// not fit the rule, replacements that name no requirement
// (ErrUnknownRequirement), name one twice, lack what changed and why, or
// loosen (ErrLoosening), and anything Validate reports of the result —
// bounded as Validate's errors are. The result owns its slices and has
// DerivedFrom set to base's ID and version.
func Tailor(base Standard, t Tailoring) (Standard, error) {
	var errs errbound.List
	if base.addProblems(&errs, nil); errs.Len() > 0 {
		return Standard{}, errs.Err()
	}
	out := base.clone()
	out.ID, out.Version, out.DerivedFrom = t.ID, t.Version, base.Ref()
	out.Title = cmpOr(t.Title, base.Title)
	out.Issuer = cmpOr(t.Issuer, base.Issuer)
	out.Note = cmpOr(t.Note, base.Note)
	if !t.Effective.IsZero() {
		out.Effective = t.Effective
	}
	var selErrs []error
	out.Requirements, selErrs = selectRequirements(t.ID, out.Requirements, t.Include, t.Exclude)
	errs.Add(selErrs...)
	errs.Add(replace(t.ID, out.Requirements, t.Replace)...)
	for _, p := range t.Set {
		k := slices.IndexFunc(out.Requirements, func(r Requirement) bool { return r.ID == p.Requirement })
		if k < 0 {
			errs.Add(&StandardError{Standard: t.ID, Requirement: p.Requirement,
				Err: fmt.Errorf("%w: a parameter names it, and the tailored standard does not have it", ErrUnknownRequirement)})
			continue
		}
		addRequirementErrs(&errs, t.ID, p.Requirement, out.Requirements[k].tighten(t.ID, p))
	}
	out.addProblems(&errs, nil)
	if errs.Len() > 0 {
		return Standard{}, errs.Err()
	}
	return out, nil
}

// cmpOr returns a if not empty, else b.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// selectRequirements keeps the included and drops the excluded requirements
// of the tailored standard std.
func selectRequirements(std string, reqs []Requirement, include, exclude []string) ([]Requirement, []error) {
	var errs []error
	has := func(id string) bool {
		return slices.ContainsFunc(reqs, func(r Requirement) bool { return r.ID == id })
	}
	for _, id := range slices.Concat(include, exclude) {
		if !has(id) {
			errs = append(errs, &StandardError{Standard: std, Requirement: id,
				Err: fmt.Errorf("%w: not in the base standard", ErrUnknownRequirement)})
		}
	}
	out := reqs[:0]
	for _, r := range reqs {
		if (len(include) == 0 || slices.Contains(include, r.ID)) && !slices.Contains(exclude, r.ID) {
			out = append(out, r)
		}
	}
	return out, errs
}

// tighten applies one parameter of the tailoring of std, returning the
// problems (each a *StandardError naming the requirement).
func (r *Requirement) tighten(std string, p Parameter) []error {
	var errs []error
	bad := func(field string, err error) {
		errs = append(errs, &StandardError{Standard: std, Requirement: r.ID, Field: field, Err: err})
	}
	if p.MinPreventionLevel != 0 {
		if from := max(r.Scope.MinPreventionLevel, prevention.Normal); !p.MinPreventionLevel.IsValid() || p.MinPreventionLevel > from {
			bad("scope.min_level", fmt.Errorf("%w: minimum prevention level %v above %v", ErrLoosening, p.MinPreventionLevel, from))
		} else {
			r.Scope.MinPreventionLevel = p.MinPreventionLevel
		}
	}
	if p.Min != 0 {
		switch {
		case r.Rule.RuleKind != RuleCountAtLeast:
			bad("rule.min", fmt.Errorf("min set on a %s rule", r.Rule.RuleKind))
		case p.Min < r.Rule.Min:
			bad("rule.min", fmt.Errorf("%w: min %d below %d", ErrLoosening, p.Min, r.Rule.Min))
		default:
			r.Rule.Min = p.Min
		}
	}
	if len(p.Bands) > 0 || !p.Step.isZero() {
		if r.Rule.RuleKind != RuleCountScaled {
			bad("rule", fmt.Errorf("bands or step set on a %s rule", r.Rule.RuleKind))
			return errs
		}
		errs = append(errs, r.Rule.tightenScaled(std, r.ID, p)...)
	}
	return errs
}

// tightenScaled replaces bands and step if they are at least as strict,
// returning the problems with the rule of requirement req of std.
func (r *Rule) tightenScaled(std, req string, p Parameter) []error {
	var errs []error
	if len(p.Bands) > 0 {
		next := *r
		next.Bands = slices.Clone(p.Bands)
		verrs := newProblems(nil, std, req, -1)
		if next.validateScaled(&verrs); verrs.Len() > 0 {
			return verrs.Errs()
		}
		for _, v := range breakpoints(r.Bands, p.Bands) {
			if err := bandTighter(r.Bands[r.band(v)], next.Bands[next.band(v)], v); err != nil {
				errs = append(errs, &StandardError{Standard: std, Requirement: req, Field: "rule.bands", Err: err})
			}
		}
		if len(errs) == 0 {
			r.Bands = next.Bands
		}
	}
	if !p.Step.isZero() {
		if serrs := stepTighter(std, req, r.Step, p.Step, r.Basis); len(serrs) > 0 {
			errs = append(errs, serrs...)
		} else {
			r.Step = p.Step
		}
	}
	return errs
}

// breakpoints returns every band start of either table, ascending.
func breakpoints(a, b []Band) []int {
	var out []int
	for _, bd := range slices.Concat(a, b) {
		out = append(out, bd.From)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// bandTighter checks that band n is at least as strict as band o at value v.
func bandTighter(o, n Band, v int) error {
	switch {
	case o.Exempt:
		return nil
	case o.Undetermined && (n.Exempt || (!n.Undetermined && n.Min < 1)):
		return fmt.Errorf("%w: from %d the base leaves the minimum undetermined; the tailoring may settle it only with a positive minimum", ErrLoosening, v)
	case o.Undetermined:
		return nil
	case n.Exempt || n.Undetermined:
		return fmt.Errorf("%w: from %d the base requires %d; the tailoring makes it exempt or undetermined", ErrLoosening, v, o.Min)
	case n.Min < o.Min:
		return fmt.Errorf("%w: from %d minimum %d below the base's %d", ErrLoosening, v, n.Min, o.Min)
	}
	return nil
}

// stepTighter checks that step n adds at least as much as step o everywhere,
// returning the problems with the rule of requirement req of std.
func stepTighter(std, req string, o, n Step, ruleBasis Basis) []error {
	p := newProblems(nil, std, req, -1)
	if n.validate(&p); p.Len() > 0 {
		return p.Errs() // at most 7 problems
	}
	if err := stepNotLooser(o, n, ruleBasis); err != nil {
		return []error{&StandardError{Standard: std, Requirement: req, Field: "rule.step", Err: err}}
	}
	return nil
}

// stepNotLooser returns an error wrapping ErrLoosening when step n, valid,
// adds less than step o somewhere.
func stepNotLooser(o, n Step, ruleBasis Basis) error {
	ob, nb := cmpBasis(o.Basis, ruleBasis), cmpBasis(n.Basis, ruleBasis)
	if o.isZero() {
		// A new step must be known wherever the rule is: a step over day
		// students is unknown for a boarding campus, which would turn a rule the
		// base decides (Met or Unmet) Undetermined.
		if nb == BasisDayStudents && ruleBasis != BasisDayStudents {
			return fmt.Errorf("%w: a step over %s is unknown for boarding campuses, where the %s rule is decided",
				ErrLoosening, nb, ruleBasis)
		}
		return nil
	}
	if ob != nb || n.Above > o.Above || n.Per > o.Per || n.Add < o.Add || (o.Round == StepCeil && n.Round == StepFloor) {
		return fmt.Errorf("%w: step %+v is not at least as strict as %+v", ErrLoosening, n, o)
	}
	return nil
}

// cmpBasis resolves a step's basis (0 means the rule's).
func cmpBasis(b, rule Basis) Basis {
	if b == 0 {
		return rule
	}
	return b
}
