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
	q      Query
	policy DeadlinePolicy
	list   []Finding
	campus []int32 // campus dense index of list[i]
}

// deriveFindings walks each campus's evaluated inspections in date order:
// an Unmet requirement with no open finding opens one; a Met requirement
// closes the open finding for it. Other outcomes change nothing.
func deriveFindings(reg *campus.Register, q Query, policy DeadlinePolicy, inspections func(i int) iter.Seq[evaluated]) *Findings {
	fs := &Findings{reg: reg, q: q, policy: policy}
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

// Query returns the query the findings were derived under: their standard,
// prevention level, window and the date their states are taken on.
func (fs *Findings) Query() Query {
	if fs == nil {
		return Query{}
	}
	return fs.q
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

// All iterates over every finding in derivation order.
func (fs *Findings) All() iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		if fs == nil {
			return
		}
		for _, f := range fs.list {
			if !yield(f) {
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

// Overdue returns the findings overdue as of the query's date (not rectified
// on or before it, deadline before it), sorted by deadline, then campus ID
// bytes, then requirement ID: the oldest debts first, in an order that is the
// same on every call. nil when there are none.
func (fs *Findings) Overdue() []Finding {
	if fs == nil {
		return nil
	}
	asOf := fs.q.Spec().AsOf
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

// Tally returns the states of all findings as of the query's date.
func (fs *Findings) Tally() FindingTally {
	if fs == nil {
		return FindingTally{}
	}
	asOf := fs.q.Spec().AsOf
	var t FindingTally
	for _, f := range fs.list {
		t = t.Add(f.State(asOf))
	}
	return t
}

// Rectification tallies the findings' states as of the query's date for every
// jurisdiction of the register's tree (its campuses' and its descendants'),
// rolled up by hierarchy.RollUpIndexed exactly as Summary rolls up
// compliance: the rectification rate (整改率) of a county is its findings'
// counts, never an average of its townships' rates.
func (fs *Findings) Rectification() *Rectification {
	if fs == nil || fs.reg == nil || fs.reg.Tree() == nil {
		return nil
	}
	asOf := fs.q.Spec().AsOf
	tree := fs.reg.Tree()
	own := make([]FindingTally, tree.Len())
	var total FindingTally
	for k, f := range fs.list {
		s := f.State(asOf)
		own[fs.reg.Node(int(fs.campus[k]))] = own[fs.reg.Node(int(fs.campus[k]))].Add(s)
		total = total.Add(s)
	}
	rolled, err := hierarchy.RollUpIndexed(tree, own, FindingTally.Merge)
	if err != nil { // unreachable: own has one value per node of tree
		return nil
	}
	return &Rectification{reg: fs.reg, q: fs.q, cells: rolled, total: total}
}

// Rectification holds finding tallies as of a date for every jurisdiction
// of a tree, rolled up; see Findings.Rectification. It is immutable and safe
// for concurrent use. A nil *Rectification answers like an empty one.
type Rectification struct {
	reg   *campus.Register
	q     Query
	cells []FindingTally
	total FindingTally
}

// Tally returns the tally of the findings at campuses in the jurisdiction
// with the given code and its descendants; the zero code is the whole
// register. false when the code is not in the tree.
func (r *Rectification) Tally(code hierarchy.Code) (FindingTally, bool) {
	if r == nil {
		return FindingTally{}, false
	}
	if code.IsZero() {
		return r.total, true
	}
	i, ok := r.reg.Tree().Index(code)
	if !ok {
		return FindingTally{}, false
	}
	return r.cells[i], true
}

// Jurisdictions iterates over every jurisdiction in ascending code order with
// its rolled-up finding tally.
func (r *Rectification) Jurisdictions() iter.Seq2[hierarchy.Jurisdiction, FindingTally] {
	return func(yield func(hierarchy.Jurisdiction, FindingTally) bool) {
		if r == nil {
			return
		}
		tree := r.reg.Tree()
		for i := range r.cells {
			if !yield(tree.At(i), r.cells[i]) {
				return
			}
		}
	}
}

// Figure returns the self-describing figure of a rectification measure
// (RectificationMeasure or OnTimeRectificationMeasure) for the findings at
// campuses in the jurisdiction with the given code and its descendants (zero
// code: the whole register), rounded once to p. Errors: a code not in the
// tree (ErrInvalidCell), another measure (ErrInvalidMeasure), an invalid p
// (ErrInvalidFigure).
func (r *Rectification) Figure(m Measure, code hierarchy.Code, p rate.Precision) (Figure, error) {
	t, ok := r.Tally(code)
	if !ok {
		return Figure{}, fmt.Errorf("%w: no jurisdiction %s", ErrInvalidCell, code)
	}
	if m.Unit() != UnitFinding {
		return Figure{}, fmt.Errorf("%w: %s is not a rectification measure", ErrInvalidMeasure, m)
	}
	rt := t.Rate(m)
	f := r.q.figure(m, rt, p)
	f.Jurisdiction = code
	return f, f.Validate()
}
