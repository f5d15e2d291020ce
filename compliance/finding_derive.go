package compliance

import (
	"fmt"
	"iter"

	"github.com/campussec/campussec/internal/errbound"
)

// DeriveFindings derives the findings (整改事项) of every campus in h's
// register from its inspections, in date order, evaluated against std at
// level:
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
// The standard is applied to every inspection, whatever its date (pick the
// version with Versions beforehand if it changed). The result is in
// derivation order (campuses in register order, then by date found, then in
// the standard's requirement order) and is deterministic.
//
// Errors wrap ErrFinding: a nil history, an invalid level or policy, or an
// invalid standard — every problem, joined, the standard's last (bounded as
// Standard.Validate's are).
func DeriveFindings(h *History, std Standard, level PreventionLevel, policy DeadlinePolicy) (*Findings, error) {
	if h == nil || h.Register() == nil {
		return nil, fmt.Errorf("%w: nil history", ErrFinding)
	}
	var errs errbound.List
	if !level.IsValid() {
		errs.Add(fmt.Errorf("%w: %s", ErrInvalidLevel, level))
	}
	errs.Add(policy.Validate())
	prepared, err := NewStandard(std)
	if err != nil {
		std.addProblems(&errs, nil)
	}
	if errs.Len() > 0 {
		return nil, fmt.Errorf("%w: %w", ErrFinding, errs.Err())
	}
	reg := h.Register()
	meta := figureMeta{standardID: prepared.ID, standardVersion: prepared.Version, level: level}
	return deriveFindings(reg, meta, policy, func(i int) iter.Seq[evaluated] {
		return func(yield func(evaluated) bool) {
			c := reg.At(i)
			for _, in := range h.Of(i) {
				res := Evaluate(prepared, c, in.Measurements, level)
				if !yield(evaluated{id: in.ID, date: in.Date, reqs: res.Requirements}) {
					return
				}
			}
		}
	}), nil
}
