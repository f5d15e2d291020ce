package compliance

import (
	"bytes"
	"cmp"
	"fmt"
	"iter"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// evaluated is one inspection of a campus with its evaluation, the input of
// finding derivation.
type evaluated struct {
	id   uuid.UUID
	date civil.Date
	reqs []RequirementResult
}

// Findings is the list of findings derived from an inspection history
// (DeriveFindings), in derivation order: campuses in register order, then by
// date found, then in the standard's requirement order. It is immutable and
// safe for concurrent use. The zero Findings holds none, and a nil *Findings
// answers like it.
type Findings struct {
	reg    *campus.Register
	meta   figureMeta // standard and level (asOf unused)
	policy DeadlinePolicy
	list   []Finding
	campus []int32 // campus dense index of list[i]
}

// deriveFindings walks each campus's evaluated inspections in date order:
// an Unmet requirement with no open finding opens one; a Met requirement
// closes the open finding for it. Other outcomes change nothing.
func deriveFindings(reg *campus.Register, meta figureMeta, policy DeadlinePolicy, inspections func(i int) iter.Seq[evaluated]) *Findings {
	fs := &Findings{reg: reg, meta: meta, policy: policy}
	open := map[string]int{} // requirement ID → index in fs.list, per campus
	for i := range reg.Len() {
		clear(open)
		id := reg.At(i).ID
		for e := range inspections(i) {
			for _, rr := range e.reqs {
				k, isOpen := open[rr.Requirement]
				switch {
				case rr.Outcome == Unmet && !isOpen:
					open[rr.Requirement] = len(fs.list)
					fs.list = append(fs.list, Finding{
						Campus: id, Requirement: rr.Requirement, Inspection: e.id,
						Found: e.date, Deadline: policy.Deadline(e.date),
						Observed: rr.Observed, Required: rr.Required,
					})
					fs.campus = append(fs.campus, int32(i))
				case rr.Outcome == Met && isOpen:
					fs.list[k].Rectified, fs.list[k].RectifiedBy = e.date, e.id
					delete(open, rr.Requirement)
				}
			}
		}
	}
	return fs
}

// Register returns the register the findings are of.
func (fs *Findings) Register() *campus.Register {
	if fs == nil {
		return nil
	}
	return fs.reg
}

// Policy returns the deadline policy the findings were derived with.
func (fs *Findings) Policy() DeadlinePolicy {
	if fs == nil {
		return DeadlinePolicy{}
	}
	return fs.policy
}

// Len returns the number of findings.
func (fs *Findings) Len() int {
	if fs == nil {
		return 0
	}
	return len(fs.list)
}

// At returns finding i (0 <= i < Len()); like a slice, it panics when i is out
// of range.
func (fs *Findings) At(i int) Finding { return fs.list[i] }

// All iterates over every finding in derivation order.
func (fs *Findings) All() iter.Seq2[int, Finding] {
	if fs == nil {
		return func(func(int, Finding) bool) {}
	}
	return func(yield func(int, Finding) bool) {
		for i, f := range fs.list {
			if !yield(i, f) {
				return
			}
		}
	}
}

// Of returns the findings at the campus with the given ID, by date found, as a
// new slice; nil when there are none.
func (fs *Findings) Of(id uuid.UUID) []Finding {
	if fs == nil {
		return nil
	}
	if fs.reg == nil {
		return nil
	}
	i, ok := fs.reg.IndexOf(id)
	if !ok {
		return nil
	}
	// Findings are grouped by campus in register order: binary search the run.
	lo, _ := slices.BinarySearch(fs.campus, int32(i))
	hi, _ := slices.BinarySearch(fs.campus, int32(i)+1)
	if lo == hi {
		return nil
	}
	return slices.Clone(fs.list[lo:hi])
}

// Overdue returns the findings overdue as of a date (not rectified on or
// before asOf, deadline before asOf), sorted by deadline, then campus ID
// bytes, then requirement ID: the oldest debts first, in an order that is the
// same on every call. nil when there are none.
func (fs *Findings) Overdue(asOf civil.Date) []Finding {
	if fs == nil {
		return nil
	}
	var out []Finding
	for _, f := range fs.list {
		if f.State(asOf) == Overdue {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b Finding) int {
		if c := a.Deadline.Compare(b.Deadline); c != 0 {
			return c
		}
		if c := bytes.Compare(a.Campus[:], b.Campus[:]); c != 0 {
			return c
		}
		return cmp.Compare(a.Requirement, b.Requirement)
	})
	return out
}

// Tally returns the states of all findings as of a date (findings made after
// asOf are not counted).
func (fs *Findings) Tally(asOf civil.Date) FindingTally {
	if fs == nil {
		return FindingTally{}
	}
	var t FindingTally
	for _, f := range fs.list {
		t = t.Add(f.State(asOf))
	}
	return t
}

// Rectification tallies the findings' states as of a date for every
// jurisdiction of the register's tree (its campuses' and its descendants'),
// rolled up by hierarchy.RollUpIndexed exactly as Summary rolls up
// compliance: the rectification rate (整改率) of a county is its findings'
// counts, never an average of its townships' rates.
func (fs *Findings) Rectification(asOf civil.Date) (*Rectification, error) {
	if fs == nil {
		return nil, fmt.Errorf("%w: nil findings", ErrFinding)
	}
	if fs.reg == nil || fs.reg.Tree() == nil {
		return nil, fmt.Errorf("%w: no register", ErrFinding)
	}
	if asOf.IsZero() {
		return nil, fmt.Errorf("%w: rectification needs an as-of date", ErrFinding)
	}
	tree := fs.reg.Tree()
	own := make([]FindingTally, tree.Len())
	var total FindingTally
	for k, f := range fs.list {
		s := f.State(asOf)
		own[fs.reg.Node(int(fs.campus[k]))] = own[fs.reg.Node(int(fs.campus[k]))].Add(s)
		total = total.Add(s)
	}
	rolled, err := hierarchy.RollUpIndexed(tree, own, FindingTally.Merge)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFinding, err)
	}
	meta := fs.meta
	meta.asOf = asOf
	return &Rectification{reg: fs.reg, meta: meta, cells: rolled, total: total}, nil
}

// Rectification holds finding tallies as of a date for every jurisdiction
// of a tree, rolled up; see Findings.Rectification. It is immutable and safe
// for concurrent use. A nil *Rectification answers like an empty one.
type Rectification struct {
	reg   *campus.Register
	meta  figureMeta
	cells []FindingTally
	total FindingTally
}

// AsOf returns the date the states are taken on.
func (r *Rectification) AsOf() civil.Date {
	if r == nil {
		return civil.Date{}
	}
	return r.meta.asOf
}

// Total returns the tally of every finding in the register.
func (r *Rectification) Total() FindingTally {
	if r == nil {
		return FindingTally{}
	}
	return r.total
}

// Jurisdiction returns the tally of the findings at campuses in the
// jurisdiction with the given code and its descendants; false when the code
// is not in the tree.
func (r *Rectification) Jurisdiction(code hierarchy.Code) (FindingTally, bool) {
	if r == nil {
		return FindingTally{}, false
	}
	i, ok := r.reg.Tree().Index(code)
	if !ok {
		return FindingTally{}, false
	}
	return r.cells[i], true
}

// All iterates over every jurisdiction in ascending code order with its
// rolled-up finding tally.
func (r *Rectification) All() iter.Seq2[hierarchy.Jurisdiction, FindingTally] {
	if r == nil {
		return func(func(hierarchy.Jurisdiction, FindingTally) bool) {}
	}
	return func(yield func(hierarchy.Jurisdiction, FindingTally) bool) {
		tree := r.reg.Tree()
		for i := range r.cells {
			if !yield(tree.At(i), r.cells[i]) {
				return
			}
		}
	}
}

// Figure returns the self-describing figure of a rectification measure
// (RectificationMeasure or OnTimeRectificationMeasure) for the jurisdiction
// with the given code and its descendants (zero code: the whole register),
// rounded to places under mode. Errors: an unknown code (ErrFinding), another
// measure (ErrInvalidMeasure), an invalid places or mode (ErrInvalidFigure).
func (r *Rectification) Figure(m Measure, code hierarchy.Code, p rate.Precision) (Figure, error) {
	if r == nil {
		return Figure{}, fmt.Errorf("%w: nil rectification", ErrFinding)
	}
	t := r.total
	if !code.IsZero() {
		var ok bool
		if t, ok = r.Jurisdiction(code); !ok {
			return Figure{}, fmt.Errorf("%w: no jurisdiction %q", ErrFinding, code)
		}
	}
	var rate rate.Rate
	switch m {
	case RectificationMeasure:
		rate = t.RectificationRate()
	case OnTimeRectificationMeasure:
		rate = t.OnTimeRate()
	default:
		return Figure{}, fmt.Errorf("%w: %s is not a rectification measure", ErrInvalidMeasure, m)
	}
	f := r.meta.figure(m, rate, p)
	f.Jurisdiction = code
	return f, f.Validate()
}
