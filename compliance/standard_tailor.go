package compliance

import (
	"errors"
	"fmt"
	"slices"
)

// ErrUnknownRequirement reports a tailoring that names a requirement the base
// standard does not have (or that the tailoring excluded).
var ErrUnknownRequirement = errors.New("compliance: unknown requirement")

// ErrLoosening reports a tailoring parameter that would make a requirement
// easier to meet or apply to fewer campuses: a tailoring may only tighten.
var ErrLoosening = errors.New("compliance: tailoring loosens a requirement")

// Tailoring derives a local standard from a published one without copying it
// (OSCAL: a profile): it selects requirements and tightens parameters, and
// the result records what it was derived from.
type Tailoring struct {
	// ID, Title, Issuer, Version, Effective and Note describe the derived
	// standard. ID and Version are required; an empty Title, Issuer or Note
	// and a zero Effective are taken from the base.
	ID, Title, Issuer, Version string
	Effective                  Date
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
	// exempt anything may be required; where it is undetermined the
	// tailoring may fix a minimum (a local authority settling what the
	// source left open). A determined minimum may not become exempt or
	// undetermined.
	Bands []Band
	// Step replaces or adds a count_scaled rule's step; a replacement must
	// keep the basis, start no later (Above), step no wider (Per), add no
	// less (Add), and not change ceil to floor.
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
// why, or loosen (ErrLoosening), and anything Validate reports of the result. The result is prepared, owns its slices and has DerivedFrom set
// to base's ID and version.
func Tailor(base Standard, t Tailoring) (Standard, error) {
	if err := base.Validate(); err != nil {
		return Standard{}, fmt.Errorf("tailoring %q: base: %w", t.ID, err)
	}
	out := base.clone()
	out.ID, out.Version, out.DerivedFrom = t.ID, t.Version, base.Ref()
	out.Title = cmpOr(t.Title, base.Title)
	out.Issuer = cmpOr(t.Issuer, base.Issuer)
	out.Note = cmpOr(t.Note, base.Note)
	if !t.Effective.IsZero() {
		out.Effective = t.Effective
	}
	var errs []error
	out.Requirements, errs = selectRequirements(out.Requirements, t.Include, t.Exclude)
	errs = append(errs, replace(out.Requirements, t.Replace)...)
	for _, p := range t.Set {
		k := slices.IndexFunc(out.Requirements, func(r Requirement) bool { return r.ID == p.Requirement })
		if k < 0 {
			errs = append(errs, fmt.Errorf("%w: parameter for %q", ErrUnknownRequirement, p.Requirement))
			continue
		}
		for _, err := range out.Requirements[k].tighten(p) {
			errs = append(errs, fmt.Errorf("requirement %q: %w", p.Requirement, err))
		}
	}
	if err := out.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Standard{}, errors.Join(errs...)
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
			errs = append(errs, fmt.Errorf("%w: %q is not in the base standard", ErrUnknownRequirement, id))
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
		if verrs := next.validateScaled(); len(verrs) > 0 {
			return verrs
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
	case o.Exempt || o.Undetermined:
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
	if errs := n.validate(); len(errs) > 0 {
		return errors.Join(errs...)
	}
	if o.IsZero() {
		return nil
	}
	ob, nb := cmpBasis(o.Basis, ruleBasis), cmpBasis(n.Basis, ruleBasis)
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
