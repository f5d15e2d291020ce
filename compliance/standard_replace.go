package compliance

import (
	"errors"
	"fmt"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/source"
)

// Replacement replaces one requirement of a tailoring's base by a documented
// variant (Tailoring.Replace): a regulator's or a city's published reading
// that a parameter cannot express — a step counted over another basis, a
// rule over bands instead of one minimum, a scope written with the
// attributes the document uses (ownership, 中心校). The variant is recorded as
// such in the tailored standard (Requirement.Variant: which requirement it
// replaces, what changed, why; the standard's DerivedFrom names the base).
//
// A replacement may not loosen: for every valid campus and prevention level, the
// variant must apply wherever the base requirement applies, be decidable
// wherever the base's is (an unrecorded ownership or designation may not make
// a decided requirement Undetermined), observe the same indicator, and demand
// at least as much — where the base is exempt anything may be demanded. Where
// the base is undetermined (the source leaves a number open) the variant may
// settle it with a positive minimum or, since a variant records its reading
// and reason, partly with an exemption (国办发〔2017〕35号 exempts "schools with
// few pupils" without saying how few; a province that publishes the number
// settles it so), provided it demands a positive minimum somewhere in the open
// range: an exemption of all of it, and a minimum of 0, are refused. A
// Parameter, which records no reason, may settle an open band only with a
// positive minimum. The variant's scope must include every campus profile and
// level the base's does — even where the base exempts, since a campus in an
// exempt band is in the standard's population: a reading that covers fewer
// campuses is written as an Exclude and a requirement of the caller's own
// checklist, evaluated with the standard through Combine. The check
// runs over every kind, license, locale, boarding flag, ownership,
// designation and level, and for count rules at every threshold of both rules
// (band starts, step starts, the first 64 steps of each, and their
// neighbours), and beyond them by the steps' slopes. A replacement that fails
// it is refused with ErrLoosening: there is no way to loosen by replacement.
type Replacement struct {
	// Requirement is the ID of the base requirement replaced.
	Requirement string
	// With is the variant. Its ID is empty or the base's (a variant keeps the
	// requirement's ID); an empty Title or a
	// zero Source takes the base's. Its Variant field is set by Tailor.
	With Requirement
	// Change says what the variant changes; required.
	Change string
	// Reason says why: the document or reading it follows; required.
	Reason string
}

// replace applies the replacements of the tailoring of std to reqs (already
// selected), returning the problems, each a *StandardError naming the
// requirement.
func replace(std string, reqs []Requirement, rs []Replacement) []error {
	var errs []error
	bad := func(req, field string, err error) {
		errs = append(errs, &StandardError{Standard: std, Requirement: req, Field: field, Err: err})
	}
	done := map[string]bool{}
	for _, rp := range rs {
		k := slices.IndexFunc(reqs, func(r Requirement) bool { return r.ID == rp.Requirement })
		switch {
		case k < 0:
			bad(rp.Requirement, "", fmt.Errorf("%w: a replacement names it, and the tailored standard does not have it",
				ErrUnknownRequirement))
			continue
		case done[rp.Requirement]:
			bad(rp.Requirement, "", errors.New("replaced twice"))
			continue
		case rp.Change == "" || rp.Reason == "":
			bad(rp.Requirement, "variant", errors.New("a replacement must say what changes and why"))
			continue
		}
		if rp.With.ID != "" && rp.With.ID != rp.Requirement {
			bad(rp.Requirement, "id", fmt.Errorf("a variant keeps the ID of the requirement it replaces, not %s",
				errbound.Quote(rp.With.ID)))
			continue
		}
		done[rp.Requirement] = true
		base := reqs[k]
		v := rp.With
		v.ID = cmpOr(v.ID, base.ID)
		v.Title = cmpOr(v.Title, base.Title)
		if v.Source == (source.Citation{}) {
			v.Source = base.Source
		}
		v.Origin = base.Origin
		v.Variant = Variant{Of: base.ID, Change: rp.Change, Reason: rp.Reason}
		v.Scope = cloneScope(v.Scope)
		v.Rule.Bands = slices.Clone(v.Rule.Bands)
		if field, err := notLooser(&base, &v); err != nil {
			bad(rp.Requirement, field, err)
			continue
		}
		reqs[k] = v
	}
	return errs
}

// cloneScope returns s with its own slices.
func cloneScope(s Scope) Scope {
	return Scope{Groups: slices.Clone(s.Groups), Kinds: slices.Clone(s.Kinds), Stages: slices.Clone(s.Stages),
		Licenses: slices.Clone(s.Licenses), Locales: slices.Clone(s.Locales), Boarding: s.Boarding,
		MinPreventionLevel: s.MinPreventionLevel, Ownerships: slices.Clone(s.Ownerships), Designations: slices.Clone(s.Designations)}
}

// notLooser returns an error wrapping ErrLoosening, with one counter-example,
// and the field at fault, if variant v demands less than base b of some
// campus (see Replacement).
func notLooser(b, v *Requirement) (string, error) {
	if b.Rule.Indicator != v.Rule.Indicator {
		return "rule.indicator", fmt.Errorf("%w: the variant observes %s, the base %s", ErrLoosening,
			errbound.Quote(v.Rule.Indicator.id), errbound.Quote(b.Rule.Indicator.id))
	}
	if (b.Rule.RuleKind == RuleFact) != (v.Rule.RuleKind == RuleFact) {
		return "rule.kind", fmt.Errorf("%w: a %s rule cannot replace a %s rule", ErrLoosening, v.Rule.RuleKind, b.Rule.RuleKind)
	}
	bs, vs := b.Scope.compile(), v.Scope.compile()
	var boarding [2]bool // the boarding flags of campuses the base applies to
	kinds, licenses, locales := campus.Values[campus.Kind](), campus.Values[campus.License](), campus.Values[campus.Locale]()
	levels := prevention.Values[prevention.Level]()
	for _, k := range kinds {
		for _, lic := range licenses {
			for _, loc := range locales {
				for bi, brd := range [2]bool{false, true} {
					for own := range campus.Ownership(3) {
						for des := range campus.Designation(3) {
							c := campus.Campus{Kind: k, License: lic, Locale: loc, Boarding: brd, Ownership: own, Designation: des}
							for _, lvl := range levels {
								if !bs.applies(&c, lvl) {
									continue
								}
								boarding[bi] = true
								if !vs.applies(&c, lvl) {
									return "scope", fmt.Errorf("%w: the variant does not apply to %s at level %s, where the base does",
										ErrLoosening, describeProfile(&c), lvl)
								}
								if bs.settled(&c) && !vs.settled(&c) {
									return "scope", fmt.Errorf("%w: the variant cannot decide %s, where the base can", ErrLoosening, describeProfile(&c))
								}
							}
						}
					}
				}
			}
		}
	}
	if b.Rule.RuleKind == RuleFact {
		return "", nil
	}
	return "rule", countNotLooser(&b.Rule, &v.Rule, boarding)
}

// describeProfile names a campus profile in an error.
func describeProfile(c *campus.Campus) string {
	return fmt.Sprintf("%s campuses (%s, %s, boarding %t, ownership %q, designation %q)",
		c.Kind, c.License, c.Locale, c.Boarding, c.Ownership.Name(rate.Chinese), c.Designation.Name(rate.Chinese))
}

// countNotLooser compares two count rules' demands at every threshold of
// either, for the boarding flags the base applies to, and their growth beyond.
func countNotLooser(b, v *Rule, boarding [2]bool) error {
	pts := []int{0}
	add := func(x int) {
		for _, y := range [3]int{x - 1, x, x + 1} {
			if y >= 0 && y <= maxBasisValue {
				pts = append(pts, y)
			}
		}
	}
	for _, r := range [2]*Rule{b, v} {
		for _, bd := range r.Bands {
			add(bd.From)
		}
		if r.Step.Per > 0 {
			for k := range 65 {
				add(r.Step.Above + k*r.Step.Per)
			}
		}
	}
	slices.Sort(pts)
	pts = slices.Compact(pts)
	exemptOpen, demandedOpen := false, false // where the base is undetermined, does the variant exempt / demand?
	check := func(students, staff int, brd bool) error {
		c := campus.Campus{Students: students, Staff: staff, Boarding: brd}
		bo, breq := b.check(&c, 0, false)
		vo, vreq := v.check(&c, 0, false)
		bad := false
		switch bo {
		case NotApplicable:
		case Undetermined:
			bad = vo == NotObserved && vreq < 1
			exemptOpen = exemptOpen || vo == NotApplicable
			demandedOpen = demandedOpen || vo == NotObserved && vreq >= 1
		default:
			bad = vo != NotObserved || vreq < breq
		}
		if bad {
			return fmt.Errorf("%w: at %d students and %d staff (boarding %t) the base demands %s, the variant %s",
				ErrLoosening, students, staff, brd, demand(bo, breq), demand(vo, vreq))
		}
		return nil
	}
	// When both rules count one basis, the demand depends on one number: check
	// it alone (linear in the thresholds). Only rules on different bases need
	// every pair of thresholds.
	one, single := oneBasis(b, v)
	for bi, brd := range [2]bool{false, true} {
		if !boarding[bi] {
			continue
		}
		if single {
			// Exhaustive up to the largest value the basis can take for a valid
			// campus (campus.MaxPeople pupils and as many staff): every point
			// where either rule's demand can change, or every value when the
			// steps are so short that those are most values. Two steps with
			// long, different periods can fall short only once in a long cycle,
			// which sampling would miss.
			limit := campus.MaxPeople
			if one == BasisHeadcount {
				limit = 2 * campus.MaxPeople
			}
			for _, x := range changePoints(b, v, limit) {
				s, t := x, 0
				if one == BasisStaff {
					s, t = 0, x
				}
				if err := check(s, t, brd); err != nil {
					return err
				}
			}
			continue
		}
		for _, s := range pts {
			for _, t := range pts {
				if err := check(s, t, brd); err != nil {
					return err
				}
				if t <= s { // headcount thresholds: s pupils and staff in total
					if err := check(s-t, t, brd); err != nil {
						return err
					}
				}
			}
		}
	}
	if exemptOpen && !demandedOpen {
		return fmt.Errorf("%w: the variant exempts every campus where the base leaves the number open; "+
			"an exemption may settle only part of it (the schools a source excepts), with a positive minimum beyond",
			ErrLoosening)
	}
	return slopeNotLower(b, v)
}

// changePoints returns, ascending, every basis value in 0..limit at which the
// demand of rule b or v can change (each band start and step boundary, with
// its neighbours), or every value in 0..limit when that would be most of them.
func changePoints(b, v *Rule, limit int) []int {
	n := 0
	for _, r := range [2]*Rule{b, v} {
		n += 3 * len(r.Bands)
		if r.Step.Per > 0 {
			n += 3 * (limit/r.Step.Per + 1)
		}
	}
	if n >= limit/2 {
		all := make([]int, limit+1)
		for x := range all {
			all[x] = x
		}
		return all
	}
	pts := make([]int, 0, n+1)
	add := func(x int) {
		for _, y := range [3]int{x - 1, x, x + 1} {
			if y >= 0 && y <= limit {
				pts = append(pts, y)
			}
		}
	}
	add(0)
	for _, r := range [2]*Rule{b, v} {
		for _, bd := range r.Bands {
			add(bd.From)
		}
		if r.Step.Per > 0 {
			for x := r.Step.Above; x <= limit; x += r.Step.Per {
				add(x)
			}
		}
	}
	slices.Sort(pts)
	return slices.Compact(pts)
}

// oneBasis returns the basis both count rules (bands and steps) use, and
// whether there is only one.
func oneBasis(b, v *Rule) (Basis, bool) {
	var bases []Basis
	for _, r := range [2]*Rule{b, v} {
		if len(r.Bands) > 0 {
			bases = append(bases, r.Basis)
		}
		if !r.Step.isZero() {
			bases = append(bases, cmpBasis(r.Step.Basis, r.Basis))
		}
	}
	slices.Sort(bases)
	bases = slices.Compact(bases)
	if len(bases) != 1 {
		return 0, false
	}
	return bases[0], true
}

// demand describes an outcome of check with observed false.
func demand(o Outcome, req int) string {
	switch o {
	case NotApplicable:
		return "nothing (exempt)"
	case Undetermined:
		return "an undetermined number"
	}
	return fmt.Sprintf("at least %d", req)
}

// slopeNotLower checks that, beyond every threshold, the variant's step grows
// at least as fast as the base's over a basis at least as large.
func slopeNotLower(b, v *Rule) error {
	if b.RuleKind != RuleCountScaled || b.Step.Per <= 0 || b.Step.Add == 0 {
		return nil
	}
	if v.RuleKind != RuleCountScaled || v.Step.Per <= 0 {
		return fmt.Errorf("%w: the base adds %d per %d above %d; the variant has no step", ErrLoosening, b.Step.Add, b.Step.Per, b.Step.Above)
	}
	if v.Step.Add < 0 || v.Step.Add > maxThreshold || v.Step.Per > maxBasisValue {
		return nil // a malformed step: Tailor's validation of the result reports it
	}
	bb, vb := cmpBasis(b.Step.Basis, b.Basis), cmpBasis(v.Step.Basis, v.Basis)
	if !basisCovers(vb, bb) {
		return fmt.Errorf("%w: the variant's step counts %s, which can be smaller than the base's %s", ErrLoosening, vb, bb)
	}
	if int64(v.Step.Add)*int64(b.Step.Per) < int64(b.Step.Add)*int64(v.Step.Per) {
		return fmt.Errorf("%w: the variant adds %d per %d, less than the base's %d per %d", ErrLoosening,
			v.Step.Add, v.Step.Per, b.Step.Add, b.Step.Per)
	}
	return nil
}

// basisCovers reports whether basis v is at least basis b for every campus
// where b is known: the same basis, or headcount (pupils + staff) for pupils
// or staff.
func basisCovers(v, b Basis) bool {
	return v == b || v == BasisHeadcount && (b == BasisStudents || b == BasisStaff || b == BasisDayStudents) ||
		v == BasisStudents && b == BasisDayStudents
}
