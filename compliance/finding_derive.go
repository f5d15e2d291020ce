package compliance

import (
	"fmt"
	"iter"
)

// DeriveFindings derives the findings (整改事项) of every campus in h's
// register from its inspections under q, in date order: every inspection on
// or before q's as-of date (and, with a window, at most Window days before
// it) is evaluated against q's standard at q's prevention level:
//
//   - an inspection that finds a requirement Unmet opens a finding, with the
//     deadline policy.Deadline(inspection date), unless one is already open
//     for that requirement at that campus (a repeat finding of an unrectified
//     problem is the same finding, still open, keeping its first deadline);
//   - a later inspection that finds it Met rectifies the open finding, on
//     that inspection's date;
//   - NotObserved, NotApplicable and Undetermined change nothing: a
//     rectification is never inferred from a missing observation.
//
// The findings' states (Overdue, Tally, Rectification) are as of q's date,
// the same question a Summary under q answers. The result is in derivation
// order (campuses in register order, then by date found, then in the
// standard's requirement order) and is deterministic.
//
// Errors: a nil history (ErrNilHistory), the zero Query (ErrInvalidQuery), an
// invalid policy (ErrInvalidPolicy).
func DeriveFindings(h *History, q Query, policy DeadlinePolicy) (*Findings, error) {
	switch {
	case h == nil:
		return nil, ErrNilHistory
	case q.IsZero():
		return nil, fmt.Errorf("%w: the zero Query (build one with NewQuery)", ErrInvalidQuery)
	}
	if err := policy.Validate(); err != nil {
		return nil, err
	}
	spec := q.Spec()
	reg := h.Register()
	return deriveFindings(reg, q, policy, func(i int) iter.Seq[evaluated] {
		return func(yield func(evaluated) bool) {
			c := reg.At(i)
			for _, in := range h.of(i) {
				if in.Date.After(spec.AsOf) {
					return
				}
				if spec.Window > 0 && in.Date.DaysUntil(spec.AsOf) > spec.Window {
					continue
				}
				res := q.Evaluate(c, in.Measurements)
				if !yield(evaluated{id: in.ID, date: in.Date, reqs: res.Requirements}) {
					return
				}
			}
		}
	}), nil
}
