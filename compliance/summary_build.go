package compliance

import (
	"fmt"

	"github.com/campussec/campussec/campus"
)

// Summarize evaluates every campus of reg once, as of q.AsOf under
// q.Standard at q.Level (with q.Window), from the inspections in h, and
// returns the summary: tallies for every jurisdiction of the tree crossed with
// report group and license, by kind, and for the whole register, rolled up the
// tree as hierarchy.RollUpIndexed would (counts are summed, rates never
// averaged).
//
// Each campus's status is History.Status: the latest qualifying inspection's
// evaluation, or Unassessed (未检查) when none qualifies — counted on its own
// line, never folded into another status.
//
// The work is O(campuses × requirements + jurisdictions). The allocations are
// O(jurisdictions): the per-jurisdiction cells, plus one slice of one byte per
// campus holding the statuses that drill-down (Campuses) reads; nothing is
// allocated per campus. Summarize is deterministic and safe to call
// concurrently (the register, history and standard are only read).
//
// Errors: a nil register (ErrNilRegister) or history, or a history built on
// another register (all wrapping ErrSummary), and an invalid query (wrapping
// ErrInvalidQuery and ErrSummary, with every problem).
func Summarize(reg *campus.Register, h *History, q Query) (*Summary, error) {
	switch {
	case reg == nil:
		return nil, fmt.Errorf("%w: %w", ErrSummary, ErrNilRegister)
	case h == nil:
		return nil, fmt.Errorf("%w: nil history", ErrSummary)
	case h.Register() != reg:
		return nil, fmt.Errorf("%w: the history is of another register", ErrSummary)
	}
	if err := q.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSummary, err)
	}
	// Prepare the standard once (a literal Standard evaluates more slowly).
	std, err := NewStandard(q.Standard)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSummary, err)
	}
	q.Standard = std
	meta := figureMeta{asOf: q.AsOf, standardID: std.ID, standardVersion: std.Version, level: q.Level}
	return newSummary(reg, meta, func(i int) Status { return h.Status(i, q) })
}
