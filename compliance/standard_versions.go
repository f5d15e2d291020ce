package compliance

import (
	"errors"
	"fmt"
	"slices"
)

// ErrVersionConflict reports versions of different standards in one set, or
// two versions with one version name or one effective date.
var ErrVersionConflict = errors.New("compliance: conflicting standard versions")

// Versions is the versions of one standard (one ID), ordered by effective
// date, answering which was in force on a date — standards change (the 2010
// emergency notices, later national norms), and every figure is measured
// against the version in force on its as-of date.
type Versions struct {
	list []Standard
}

// NewVersions validates the versions — each valid, all with one ID, no two
// with one Version or one Effective date — and orders them by effective
// date. It returns every problem.
func NewVersions(stds ...Standard) (Versions, error) {
	var errs []error
	list := make([]Standard, 0, len(stds))
	for _, s := range stds {
		if err := s.Validate(); err != nil {
			errs = append(errs, err)
			continue
		}
		if s.prepared() == nil {
			s, _ = NewStandard(s)
		}
		list = append(list, s)
	}
	if len(stds) == 0 {
		errs = append(errs, fmt.Errorf("%w: no versions", ErrVersionConflict))
	}
	slices.SortStableFunc(list, func(a, b Standard) int { return a.Effective.Compare(b.Effective) })
	for k := 1; k < len(list); k++ {
		a, b := list[k-1], list[k]
		if b.ID != list[0].ID {
			errs = append(errs, fmt.Errorf("%w: %q and %q are different standards", ErrVersionConflict, list[0].ID, b.ID))
		}
		if a.Effective == b.Effective {
			errs = append(errs, fmt.Errorf("%w: %s and %s both effective %s", ErrVersionConflict, a.Ref(), b.Ref(), b.Effective))
		}
	}
	for k := range list {
		for _, o := range list[:k] {
			if o.Version == list[k].Version && o.ID == list[k].ID {
				errs = append(errs, fmt.Errorf("%w: version %q twice", ErrVersionConflict, o.Version))
			}
		}
	}
	if len(errs) > 0 {
		return Versions{}, errors.Join(errs...)
	}
	return Versions{list: list}, nil
}

// InForce returns the version in force on d: the one with the latest
// effective date on or before d (a version is in force from its effective
// date, inclusive). False before the first version.
func (v Versions) InForce(d Date) (Standard, bool) {
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

// Len returns the number of versions.
func (v Versions) Len() int { return len(v.list) }
