package compliance

import (
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
)

// MaxParts bounds the standards one combined standard is made of.
const MaxParts = 16

// NamespaceSeparator joins a part's ID and a requirement's ID into the
// requirement's ID in a combined standard: "gongzhi-2015-168/guards".
const NamespaceSeparator = "/"

// Combination describes one standard made of several, measured at once: a
// campus is inspected against the national norm, the provincial checklist and
// the city's tailoring together, and has one status under all of them.
type Combination struct {
	// ID, Title, Issuer, Version and Note describe the combined standard; ID,
	// Title and Version are required.
	ID, Title, Issuer, Version string
	// Effective is the date from which the combination is in force; zero
	// means the latest of the parts' effective dates. It may not be earlier
	// than any part's: a combination is in force only when all its parts are.
	Effective civil.Date
	Note      string
	// Parts are the standards combined, in order (1..MaxParts, distinct IDs).
	Parts []Standard
}

// Combine builds the standard that holds every requirement of every part, in
// the parts' order, so that Evaluate, Summarize, findings and figures measure
// a campus against all of them at once, with one status (its precedence is
// Evaluate's, over all the requirements). It is usable wherever a Standard
// is.
//
//   - Requirement IDs are namespaced by their part: part ID +
//     NamespaceSeparator + requirement ID ("gongzhi-2015-168/guards"), so two
//     parts may use one requirement ID. Each requirement records where it
//     came from in Origin, and the result's Parts lists every part, so every
//     source is kept (Result.Parts, RequirementResult.Origin).
//   - Indicator declarations are merged: a caller-defined indicator declared
//     identically (same id, label and kind) by several parts is declared
//     once; declared differently it is an error wrapping
//     ErrIndicatorConflict that names both parts.
//   - A campus is OutOfScope under the combination only when no requirement
//     of any part includes it.
//
// Every part must be valid (NewStandard's checks); the result is validated
// and prepared. Errors (all at once, joined): fewer than one or more than
// MaxParts parts, two parts with one ID, an Effective earlier than a part's
// (ErrInvalidStandard); an invalid part (its problems, naming it);
// conflicting indicators (ErrIndicatorConflict); and whatever Validate
// reports of the result (for example a namespaced ID longer than MaxIDLen).
func Combine(c Combination) (Standard, error) {
	var errs errbound.List
	name := "combination " + errbound.Quote(c.ID)
	if len(c.Parts) == 0 || len(c.Parts) > MaxParts {
		return Standard{}, fmt.Errorf("%w: %s of %d standards: 1 to %d", ErrInvalidStandard, name, len(c.Parts), MaxParts)
	}
	out := Standard{ID: c.ID, Title: c.Title, Issuer: c.Issuer, Version: c.Version, Effective: c.Effective, Note: c.Note}
	declared := map[string]int{} // indicator id -> index of the first part declaring it
	n := 0
	for _, p := range c.Parts {
		n += len(p.Requirements)
	}
	if n > MaxRequirements {
		return Standard{}, fmt.Errorf("%w: %s has %d requirements, at most %d", ErrInvalidStandard, name, n, MaxRequirements)
	}
	out.Requirements = make([]Requirement, 0, n)
	latest := civil.Date{}
	for k, p := range c.Parts {
		if err := p.Validate(); err != nil {
			errs.Add(fmt.Errorf("%s: part %d (%s): %w", name, k, errbound.Quote(p.Ref().String()), err))
			continue
		}
		for j := range k {
			if c.Parts[j].ID == p.ID {
				errs.Add(fmt.Errorf("%w: %s: parts %d and %d are both %s", ErrInvalidStandard, name, j, k, errbound.Quote(p.ID)))
			}
		}
		if p.Effective.After(latest) {
			latest = p.Effective
		}
		if !c.Effective.IsZero() && c.Effective.Before(p.Effective) {
			errs.Add(fmt.Errorf("%w: %s in force from %s, before its part %s (%s)",
				ErrInvalidStandard, name, c.Effective, p.Ref(), p.Effective))
		}
		for _, ind := range p.Indicators {
			first, seen := declared[ind.id]
			switch {
			case !seen:
				declared[ind.id] = k
				out.Indicators = append(out.Indicators, ind)
			case c.Parts[first].declares(ind) != ind:
				errs.Add(fmt.Errorf("%w: %s: indicator %s is declared as %s %s by %s and as %s %s by %s",
					ErrIndicatorConflict, name, errbound.Quote(ind.id), c.Parts[first].declares(ind).kind,
					errbound.Quote(c.Parts[first].declares(ind).label), c.Parts[first].Ref(), ind.kind,
					errbound.Quote(ind.label), p.Ref()))
			}
		}
		out.Parts = append(out.Parts, p.Ref())
		for _, r := range p.clone().Requirements {
			r.Origin = Origin{Standard: p.Ref(), Requirement: r.ID}
			r.ID = p.ID + NamespaceSeparator + r.ID
			out.Requirements = append(out.Requirements, r)
		}
	}
	if out.Effective.IsZero() {
		out.Effective = latest
	}
	if err := errs.Err(); err != nil {
		return Standard{}, err
	}
	if err := out.Validate(); err != nil {
		return Standard{}, err
	}
	out.plan = compile(&out)
	return out, nil
}

// declares returns s's declaration of the indicator with ind's id.
func (s Standard) declares(ind Indicator) Indicator {
	for _, d := range s.Indicators {
		if d.id == ind.id {
			return d
		}
	}
	return Indicator{}
}
