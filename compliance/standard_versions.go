package compliance

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
)

// Versions is the versions of one standard (one ID), ordered by effective
// date, answering which was in force on a date — standards change (the 2010
// emergency notices, later national norms), and every figure is measured
// against the version in force on its as-of date.
type Versions struct {
	list []Standard
}

// NewVersions validates the versions — each valid, all with one ID, no two
// with one Version or one Effective date — and orders them by effective
// date. It returns every problem, each a *StandardError (a conflict between
// versions wrapping ErrVersionConflict), bounded as Standard.Validate's are.
func NewVersions(stds ...Standard) (Versions, error) {
	var errs errbound.List
	list := make([]Standard, 0, len(stds))
	for _, s := range stds {
		before := errs.Len()
		if s.addProblems(&errs, nil); errs.Len() > before {
			continue
		}
		list = append(list, s.clone())
	}
	if len(stds) == 0 {
		errs.Add(standardError("", "", fmt.Errorf("%w: no versions", ErrVersionConflict)))
	}
	slices.SortStableFunc(list, func(a, b Standard) int { return a.Effective.Compare(b.Effective) })
	for k := 1; k < len(list); k++ {
		a, b := list[k-1], list[k]
		if errs.Full() {
			errs.Count(btoi(b.ID != list[0].ID) + btoi(a.Effective == b.Effective))
			continue
		}
		if b.ID != list[0].ID {
			errs.Add(standardError(b.ID, "id", fmt.Errorf("%w: %s is another standard", ErrVersionConflict,
				errbound.Quote(list[0].ID))))
		}
		if a.Effective == b.Effective {
			errs.Add(standardError(b.ID, "effective", fmt.Errorf("%w: versions %s and %s both effective %s",
				ErrVersionConflict, errbound.Quote(a.Version), errbound.Quote(b.Version), b.Effective)))
		}
	}
	// Repeated versions, found in O(n log n) on a sorted copy of the references:
	// each repeat reported once per extra copy.
	refs := make([]Reference, len(list))
	for k := range list {
		refs[k] = list[k].Ref()
	}
	slices.SortFunc(refs, func(a, b Reference) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), strings.Compare(a.Version, b.Version))
	})
	for k := 1; k < len(refs); k++ {
		if refs[k] == refs[k-1] {
			if errs.Full() {
				errs.Count(1)
				continue
			}
			errs.Add(standardError(refs[k].ID, "version", fmt.Errorf("%w: version %s twice", ErrVersionConflict,
				errbound.Quote(refs[k].Version))))
		}
	}
	if errs.Len() > 0 {
		return Versions{}, errs.Err()
	}
	return Versions{list: list}, nil
}

// InForce returns the version in force on d: the one with the latest
// effective date on or before d (a version is in force from its effective
// date, inclusive). False before the first version.
func (v Versions) InForce(d civil.Date) (Standard, bool) {
	var out Standard
	found := false
	for _, s := range v.list {
		if s.Effective.After(d) {
			break
		}
		out, found = s, true
	}
	return out, found
}

// All returns the versions, effective date ascending, in a new slice.
func (v Versions) All() []Standard { return slices.Clone(v.list) }

// len returns the number of versions.
func (v Versions) len() int { return len(v.list) }

// btoi is 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
