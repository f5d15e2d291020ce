package finding

import (
	"bytes"
	"cmp"
	"fmt"
	"iter"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// Derive derives the findings (整改事项) of every campus in h's
// register from its inspections under q, in date order: every inspection on
// or before q's as-of date (and, with a window, at most Window days before
// it) is evaluated against q's standard — for a query of Versions, the
// version in force on the inspection's date (an inspection before the
// earliest version has no standard to be measured against and derives
// nothing) — at the prevention level in force at its campus on the
// inspection's own date (compliance.Query.EvaluateOn: q's one level, or the
// level q's schedule had there that day):
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
// Errors: a nil history (compliance.ErrNil), the zero Query
// (compliance.ErrInvalidQuery), an invalid policy (ErrInvalidPolicy), and,
// under a schedule, an inspection dated before any level was in force at its
// campus (prevention.ErrNoLevel, naming the campus and date; every such
// inspection, bounded as elsewhere).
func Derive(h *compliance.History, q compliance.Query, policy Policy) (*Ledger, error) {
	switch {
	case h == nil:
		return nil, fmt.Errorf("%w: nil *compliance.History", compliance.ErrNil)
	case q.IsZero():
		return nil, fmt.Errorf("%w: the zero Query (build one with NewQuery)", compliance.ErrInvalidQuery)
	}
	if err := policy.Validate(); err != nil {
		return nil, err
	}
	spec := q.Spec()
	reg := h.Register()
	byDate, err := versionQueries(spec)
	if err != nil {
		return nil, err
	}
	var errs errbound.List
	l := derive(reg, q, policy, func(i int) iter.Seq[evaluated] {
		return func(yield func(evaluated) bool) {
			c := reg.At(i)
			for _, in := range h.Of(c.ID) {
				if in.Date.After(spec.AsOf) {
					return
				}
				if spec.Window > 0 && in.Date.DaysUntil(spec.AsOf) > spec.Window {
					continue
				}
				qi := q
				if byDate != nil {
					if qi = byDate(in.Date); qi.IsZero() {
						continue // before the earliest version
					}
				}
				res, err := qi.EvaluateOn(in.Date, c, in.Measurements)
				if err != nil {
					errs.Add(fmt.Errorf("inspection %s: %w", in.ID, err))
					continue
				}
				if !yield(evaluated{id: in.ID, ref: in.Ref, date: in.Date, reqs: res.Requirements}) {
					return
				}
			}
		}
	})
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return l, nil
}

// versionQueries returns, for a query of Versions, the query that measures an
// inspection of a date against the version in force on it (asked as of the
// query's own date, at its level and window; zero before the earliest
// version), each version compiled once; nil for a query of one Standard.
func versionQueries(spec compliance.QuerySpec) (func(civil.Date) compliance.Query, error) {
	all := spec.Versions.All()
	if len(all) == 0 {
		return nil, nil
	}
	qs := make([]compliance.Query, 0, len(all))
	for _, v := range all {
		if v.Effective.After(spec.AsOf) {
			break // inspections after AsOf are not derived
		}
		q, err := compliance.NewQuery(compliance.QuerySpec{Standard: v, AsOf: spec.AsOf,
			PreventionLevel: spec.PreventionLevel, Schedule: spec.Schedule, Window: spec.Window})
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return func(d civil.Date) compliance.Query {
		k := -1
		for j := range qs {
			if all[j].Effective.After(d) {
				break
			}
			k = j
		}
		if k < 0 {
			return compliance.Query{}
		}
		return qs[k]
	}, nil
}

// evaluated is one inspection of a campus with its evaluation, the input of
// finding derivation.
type evaluated struct {
	id   uuid.UUID
	date civil.Date
	reqs []compliance.RequirementResult
	ref  string // the inspection's Ref
}

// Ledger is the rectification ledger (整改台账): every finding derived from an
// inspection history under one query (Derive), in derivation order —
// campuses in register order, then by date found, then in the standard's
// requirement order — with their states as of the query's date. It is
// immutable and safe for concurrent use. A nil *Ledger holds no finding.
type Ledger struct {
	reg    *campus.Register
	q      compliance.Query
	policy Policy
	list   []Finding
	campus []int32 // campus dense index of list[i]
}

// derive walks each campus's evaluated inspections in date order:
// an Unmet requirement with no open finding opens one; a Met requirement
// closes the open finding for it. Other outcomes change nothing.
func derive(reg *campus.Register, q compliance.Query, policy Policy, inspections func(i int) iter.Seq[evaluated]) *Ledger {
	l := &Ledger{reg: reg, q: q, policy: policy}
	open := map[string]int{} // requirement ID → index in l.list, per campus
	for i := range reg.Len() {
		clear(open)
		c := reg.At(i)
		id := c.ID
		for e := range inspections(i) {
			for _, rr := range e.reqs {
				k, isOpen := open[rr.Requirement]
				switch {
				case rr.Outcome == compliance.Unmet && !isOpen:
					open[rr.Requirement] = len(l.list)
					l.list = append(l.list, Finding{
						Campus: id, Requirement: rr.Requirement, Inspection: e.id,
						Found: e.date, Deadline: policy.Deadline(e.date),
						Observed: rr.Observed, Required: rr.Required,
						CampusRef: c.Ref, InspectionRef: e.ref,
					})
					l.campus = append(l.campus, int32(i))
				case rr.Outcome == compliance.Met && isOpen:
					l.list[k].Rectified, l.list[k].RectifiedBy = e.date, e.id
					delete(open, rr.Requirement)
				}
			}
		}
	}
	return l
}

// Query returns the query the findings were derived under: their standard,
// prevention level, window and the date their states are taken on.
func (l *Ledger) Query() compliance.Query {
	if l == nil {
		return compliance.Query{}
	}
	return l.q
}

// Policy returns the deadline policy the findings were derived with.
func (l *Ledger) Policy() Policy {
	if l == nil {
		return Policy{}
	}
	return l.policy
}

// Len returns the number of findings.
func (l *Ledger) Len() int {
	if l == nil {
		return 0
	}
	return len(l.list)
}

// All iterates over every finding in derivation order.
func (l *Ledger) All() iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		if l == nil {
			return
		}
		for _, f := range l.list {
			if !yield(f) {
				return
			}
		}
	}
}

// Of returns the findings at the campus with the given ID, by date found, as a
// new slice; nil when there are none.
func (l *Ledger) Of(id uuid.UUID) []Finding {
	if l == nil {
		return nil
	}
	if l.reg == nil {
		return nil
	}
	i, ok := l.reg.IndexOf(id)
	if !ok {
		return nil
	}
	// Findings are grouped by campus in register order: binary search the run.
	lo, _ := slices.BinarySearch(l.campus, int32(i))
	hi, _ := slices.BinarySearch(l.campus, int32(i)+1)
	if lo == hi {
		return nil
	}
	return slices.Clone(l.list[lo:hi])
}

// Overdue returns the findings overdue as of the query's date (not rectified
// on or before it, deadline before it), sorted by deadline, then campus ID
// bytes, then requirement ID: the oldest debts first, in an order that is the
// same on every call. nil when there are none.
func (l *Ledger) Overdue() []Finding {
	if l == nil {
		return nil
	}
	asOf := l.q.Spec().AsOf
	var out []Finding
	for _, f := range l.list {
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
func (l *Ledger) Tally() Tally {
	if l == nil {
		return Tally{}
	}
	asOf := l.q.Spec().AsOf
	var t Tally
	for _, f := range l.list {
		t = t.Add(f.State(asOf))
	}
	return t
}

// Rectification tallies the findings' states as of the query's date for every
// jurisdiction of the register's tree (its campuses' and its descendants'),
// rolled up by hierarchy.RollUpIndexed exactly as Summary rolls up
// compliance: the rectification rate (整改率) of a county is its findings'
// counts, never an average of its townships' rates.
func (l *Ledger) Rectification() *Rectification {
	if l == nil || l.reg == nil || l.reg.Tree() == nil {
		return nil
	}
	asOf := l.q.Spec().AsOf
	tree := l.reg.Tree()
	own := make([]Tally, tree.Len())
	var total Tally
	for k, f := range l.list {
		s := f.State(asOf)
		own[l.reg.Node(int(l.campus[k]))] = own[l.reg.Node(int(l.campus[k]))].Add(s)
		total = total.Add(s)
	}
	rolled, err := hierarchy.RollUpIndexed(tree, own, Tally.Merge)
	if err != nil { // unreachable: own has one value per node of tree
		return nil
	}
	return &Rectification{reg: l.reg, q: l.q, cells: rolled, total: total}
}
