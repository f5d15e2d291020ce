package compliance

import (
	"errors"
	"fmt"
	"slices"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
)

// ErrUnknownRequirement reports a tailoring that names a requirement the base
// standard does not have (or that the tailoring excluded).
var ErrUnknownRequirement = errors.New("compliance: unknown requirement")

// ErrLoosening reports a tailoring parameter that would make a requirement
// easier to meet or apply to fewer campuses or levels: a tailoring may only
// tighten.
var ErrLoosening = errors.New("compliance: tailoring loosens a requirement")

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
	// MinLevel lowers the prevention level from which the requirement
	// applies; raising it would loosen.
	MinLevel PreventionLevel
}

// Tailor derives a standard from base by t. It returns every problem: the
// base's own (it must be valid), unknown requirement IDs
// (ErrUnknownRequirement), loosening parameters (ErrLoosening) and parameters
// that do not fit the rule (ErrInvalidRule), replacements that name no
// requirement (ErrUnknownRequirement), name one twice, lack what changed and
// why, or loosen (ErrLoosening), and anything Validate reports of the result
// — bounded as Validate's errors are. The result is prepared, owns its slices
// and has DerivedFrom set to base's ID and version.
func Tailor(base Standard, t Tailoring) (Standard, error) {
	if err := base.Validate(); err != nil {
		return Standard{}, fmt.Errorf("tailoring %s: base: %w", errbound.Quote(t.ID), err)
	}
	out := base.clone()
	out.ID, out.Version, out.DerivedFrom = t.ID, t.Version, base.Ref()
	out.Title = cmpOr(t.Title, base.Title)
	out.Issuer = cmpOr(t.Issuer, base.Issuer)
	out.Note = cmpOr(t.Note, base.Note)
	if !t.Effective.IsZero() {
		out.Effective = t.Effective
	}
	var errs errbound.List
	var selErrs []error
	out.Requirements, selErrs = selectRequirements(out.Requirements, t.Include, t.Exclude)
	errs.Add(selErrs...)
	errs.Add(replace(out.Requirements, t.Replace)...)
	for _, p := range t.Set {
		k := slices.IndexFunc(out.Requirements, func(r Requirement) bool { return r.ID == p.Requirement })
		if k < 0 {
			errs.Add(fmt.Errorf("%w: parameter for %s", ErrUnknownRequirement, errbound.Quote(p.Requirement)))
			continue
		}
		addRequirementErrs(&errs, p.Requirement, out.Requirements[k].tighten(p))
	}
	out.addProblems(&errs, nil)
	if errs.Len() > 0 {
		return Standard{}, errs.Err()
	}
	out.plan = compile(&out)
	return out, nil
}

// cmpOr returns a if not empty, else b.
func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// selectRequirements keeps the included and drops the excluded requirements.
func selectRequirements(reqs []Requirement, include, exclude []string) ([]Requirement, []error) {
	var errs []error
	has := func(id string) bool {
		return slices.ContainsFunc(reqs, func(r Requirement) bool { return r.ID == id })
	}
	for _, id := range slices.Concat(include, exclude) {
		if !has(id) {
			errs = append(errs, fmt.Errorf("%w: %s is not in the base standard", ErrUnknownRequirement, errbound.Quote(id)))
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

// tighten applies one parameter, returning the problems.
func (r *Requirement) tighten(p Parameter) []error {
	var errs []error
	if p.MinLevel != 0 {
		if !p.MinLevel.IsValid() || p.MinLevel > max(r.Scope.MinLevel, Normal) {
			errs = append(errs, fmt.Errorf("%w: minimum level %v above %v", ErrLoosening, p.MinLevel, max(r.Scope.MinLevel, Normal)))
		} else {
			r.Scope.MinLevel = p.MinLevel
		}
	}
	if p.Min != 0 {
		switch {
		case r.Rule.Kind != RuleCountAtLeast:
			errs = append(errs, fmt.Errorf("%w: min set on a %s rule", ErrInvalidRule, r.Rule.Kind))
		case p.Min < r.Rule.Min:
			errs = append(errs, fmt.Errorf("%w: min %d below %d", ErrLoosening, p.Min, r.Rule.Min))
		default:
			r.Rule.Min = p.Min
		}
	}
	if len(p.Bands) > 0 || !p.Step.IsZero() {
		if r.Rule.Kind != RuleCountScaled {
			return append(errs, fmt.Errorf("%w: bands or step set on a %s rule", ErrInvalidRule, r.Rule.Kind))
		}
		errs = append(errs, r.Rule.tightenScaled(p)...)
	}
	return errs
}

// tightenScaled replaces bands and step if they are at least as strict.
func (r *Rule) tightenScaled(p Parameter) []error {
	var errs []error
	if len(p.Bands) > 0 {
		next := *r
		next.Bands = slices.Clone(p.Bands)
		verrs := newProblems(nil)
		if next.validateScaled(&verrs); verrs.Len() > 0 {
			return verrs.Errs()
		}
		for _, v := range breakpoints(r.Bands, p.Bands) {
			if err := bandTighter(r.Bands[r.band(v)], next.Bands[next.band(v)], v); err != nil {
				errs = append(errs, err)
			}
		}
		if len(errs) == 0 {
			r.Bands = next.Bands
		}
	}
	if !p.Step.IsZero() {
		if err := stepTighter(r.Step, p.Step, r.Basis); err != nil {
			errs = append(errs, err)
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

// stepTighter checks that step n adds at least as much as step o everywhere.
func stepTighter(o, n Step, ruleBasis Basis) error {
	p := newProblems(nil)
	if n.validate(&p); p.Len() > 0 {
		return errors.Join(p.Errs()...) // at most 7 problems
	}
	ob, nb := cmpBasis(o.Basis, ruleBasis), cmpBasis(n.Basis, ruleBasis)
	if o.IsZero() {
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
