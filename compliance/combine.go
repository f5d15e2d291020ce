package compliance

import (
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
)

// maxParts bounds the standards one combined standard is made of (see
// Limits in the package doc).
const maxParts = 16

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
	// Parts are the standards combined, in order (1 to 16, distinct IDs).
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
//     once; declared differently it is an error that names both parts.
//   - A campus is OutOfScope under the combination only when no requirement
//     of any part includes it.
//
// Every part must be valid (NewStandard's checks); the result is validated.
// Errors (all at once, joined, each a *StandardError): fewer than one or more
// than 16 parts, two parts with one ID, an Effective earlier than a part's,
// conflicting indicators (naming the combination c.ID); an invalid part's
// problems (naming the part); and whatever Validate reports of the result
// (for example a namespaced ID longer than the limit on IDs).
func Combine(c Combination) (Standard, error) {
	var errs errbound.List
	bad := func(field, format string, args ...any) {
		errs.Add(standardError(c.ID, field, fmt.Errorf(format, args...)))
	}
	if len(c.Parts) == 0 || len(c.Parts) > maxParts {
		return Standard{}, standardError(c.ID, "parts", fmt.Errorf("%d standards, want 1 to %d", len(c.Parts), maxParts))
	}
	out := Standard{ID: c.ID, Title: c.Title, Issuer: c.Issuer, Version: c.Version, Effective: c.Effective, Note: c.Note}
	declared := map[string]int{} // indicator id -> index of the first part declaring it
	n := 0
	for _, p := range c.Parts {
		n += len(p.Requirements)
	}
	if n > MaxRequirements {
		return Standard{}, standardError(c.ID, "requirements", fmt.Errorf("%d requirements, at most %d", n, MaxRequirements))
	}
	out.Requirements = make([]Requirement, 0, n)
	latest := civil.Date{}
	for k, p := range c.Parts {
		before := errs.Len()
		if p.addProblems(&errs, nil); errs.Len() > before {
			continue
		}
		for j := range k {
			if c.Parts[j].ID == p.ID {
				bad("parts", "parts %d and %d are both %s", j, k, errbound.Quote(p.ID))
			}
		}
		if p.Effective.After(latest) {
			latest = p.Effective
		}
		if !c.Effective.IsZero() && c.Effective.Before(p.Effective) {
			bad("effective", "%s, before its part %s (%s)", c.Effective, errbound.Quote(p.Ref().String()), p.Effective)
		}
		for _, ind := range p.Indicators {
			first, seen := declared[ind.id]
			switch {
			case !seen:
				declared[ind.id] = k
				out.Indicators = append(out.Indicators, ind)
			case c.Parts[first].declares(ind) != ind:
				prev := c.Parts[first].declares(ind)
				bad("indicators", "indicator %s is declared as %s %s by %s and as %s %s by %s",
					errbound.Quote(ind.id), prev.kind, errbound.Quote(prev.label), errbound.Quote(c.Parts[first].Ref().String()),
					ind.kind, errbound.Quote(ind.label), errbound.Quote(p.Ref().String()))
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
