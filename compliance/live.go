package compliance

import (
	"fmt"
	"slices"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// Live is a summary kept up to date as inspections arrive, for a dashboard:
// Apply takes new inspections and updates, in place, the status of each
// campus they touch and the tallies on that campus's path to the root of the
// tree; Summary gives an immutable snapshot with a history that holds every
// inspection applied. Applying one inspection costs a few lookups, one
// evaluation and, when the campus's status changes, one update per level of
// the tree; it allocates nothing (buffers grow amortized, as an append
// does).
//
// A Live answers exactly what Summarize answers from scratch on the history
// of every inspection applied, under the same query: each campus's status is
// its latest qualifying inspection's, and an inspection NewHistory or
// History.Add would refuse (an ID used twice, two inspections of one campus
// on one date, …) Apply refuses the same way.
//
// Why a mutable companion rather than a method on Summary: a Summary is
// immutable and shared by readers, so a summary with one more inspection
// would have to copy its statuses and tallies (O(campuses + jurisdictions),
// milliseconds at national size) or hold them in persistent trees that every
// read of a tally would pay for. A Live writes in place, and pays the copy
// only when a snapshot it handed out is about to change.
//
// Apply walks campus i's pending inspections to find its latest and to check
// dates, so a campus inspected k times since the last snapshot costs O(k) per
// inspection; taking a snapshot empties the pending list.
//
// A Live is not safe for concurrent use: one goroutine applies, and hands
// Summary snapshots (immutable, safe for concurrent use) to readers. The zero
// Live is not usable; build one with NewLive.
type Live struct {
	sum    Summary // the working tallies; sum.h holds the inspections applied before the last snapshot
	shared bool    // sum's slices belong to a snapshot too: copy them before writing
	cl     *classifier
	tree   *hierarchy.Tree
	// The inspections applied since the last snapshot, in order, with their
	// campuses and, per campus, a chain through them: head[i]-1 is campus i's
	// last pending inspection (head[i] == 0: none), prev[k]-1 the one before
	// pending[k].
	pending []campusInspection
	prev    []int32
	head    []int32
	ids     map[uuid.UUID]int32 // the pending inspections' IDs
}

// NewLive returns a Live that starts from s: its history, query, statuses and
// tallies. s itself is never changed. It costs O(campuses) (an index of
// pending inspections per campus). Errors: a nil or zero summary (ErrNil).
func NewLive(s *Summary) (*Live, error) {
	if s == nil || s.h == nil || s.q.IsZero() {
		return nil, fmt.Errorf("%w: nil or zero *Summary (build one with Summarize)", ErrNil)
	}
	l := &Live{sum: *s, shared: true, head: make([]int32, s.h.reg.Len()), ids: map[uuid.UUID]int32{}}
	if s.status == nil { // a summary of a Series keeps no statuses: evaluate each campus once, here
		st := make([]Status, s.h.reg.Len())
		for i := range st {
			st[i] = s.h.status(i, s.q)
		}
		l.sum.status = st
	}
	if s.q.q.plan != nil {
		l.cl = newClassifier(s.q.q.plan)
	}
	l.tree = s.h.reg.Tree()
	return l, nil
}

// Apply adds the inspections to the live summary: each campus an inspection
// touches takes the status of its latest qualifying inspection, and the
// tallies of its jurisdiction and every ancestor, of its kind and of the
// whole register follow. It checks the inspections as History.Add does —
// against each other, the history and the inspections applied before — and
// returns errors.Join of every problem, in input order (ErrInvalidInspection,
// ErrInspectionConflict, ErrUnknownCampus; the first 100 and a count of the
// rest); on any problem it applies none of them and the Live is unchanged.
// A nil Live is ErrNil.
//
// Apply allocates nothing when the inspections are valid, except to grow its
// buffers of pending inspections (amortized) and, on the first change after
// a snapshot, to copy the statuses and tallies the snapshot shares
// (O(campuses + jurisdictions)).
func (l *Live) Apply(inspections ...Inspection) error {
	if l == nil || l.sum.h == nil {
		return fmt.Errorf("%w: nil or zero *Live (build one with NewLive)", ErrNil)
	}
	h, mark := l.sum.h, len(l.pending)
	var errs errbound.List
	earlier := func(id uuid.UUID) (int, bool) {
		k, dup := l.ids[id]
		if !dup {
			return 0, false
		}
		if int(k) < mark {
			return -1, true // applied before this call
		}
		return int(l.pending[k].input), true
	}
	for n := range inspections {
		in := &inspections[n]
		i, accepted := h.checkNew(n, in, earlier, &errs)
		if !accepted {
			continue
		}
		if old, clash := l.onDate(i, in); clash {
			errs.Add(fmt.Errorf("%w: inspections %s and %s of campus %s both on %s",
				ErrInspectionConflict, old.ID, in.ID, in.Campus, in.Date))
			// Kept pending (the call is refused and rolled back) so that a later
			// input with its ID is named as History.Add names it.
		}
		k := int32(len(l.pending))
		l.pending = append(l.pending, campusInspection{campus: int32(i), input: int32(n), in: *in})
		l.prev = append(l.prev, l.head[i])
		l.head[i] = k + 1
		l.ids[in.ID] = k
	}
	if errs.Len() > 0 {
		for k := len(l.pending) - 1; k >= mark; k-- {
			e := &l.pending[k]
			l.head[e.campus] = l.prev[k]
			delete(l.ids, e.in.ID)
			l.pending[k] = campusInspection{} // drop the reference to caller data
		}
		l.pending, l.prev = l.pending[:mark], l.prev[:mark]
		return errs.Err()
	}
	for k := mark; k < len(l.pending); k++ {
		l.update(int(l.pending[k].campus))
	}
	return nil
}

// onDate returns the inspection of campus i, in the history or pending, on
// in's date.
func (l *Live) onDate(i int, in *Inspection) (*Inspection, bool) {
	if old, clash := l.sum.h.onDate(i, in.Date); clash {
		return old, true
	}
	for k := l.head[i]; k > 0; k = l.prev[k-1] {
		if p := &l.pending[k-1].in; p.Date == in.Date {
			return p, true
		}
	}
	return nil, false
}

// update recomputes campus i's status from its latest qualifying inspection,
// in the history or pending, and moves the campus's count along its path to
// the root when the status changed.
func (l *Live) update(i int) {
	s := &l.sum
	spec := &s.q.q.spec
	of := s.h.of(i)
	var latest *Inspection
	if k := onOrBefore(of, spec.AsOf); k >= 0 {
		latest = &of[k]
	}
	for k := l.head[i]; k > 0; k = l.prev[k-1] {
		if p := &l.pending[k-1].in; !p.Date.After(spec.AsOf) && (latest == nil || p.Date.After(latest.Date)) {
			latest = p
		}
	}
	if latest != nil && spec.Window > 0 && latest.Date.DaysUntil(spec.AsOf) > spec.Window {
		latest = nil
	}
	c := s.h.reg.At(i)
	level := s.q.levelFor(&c)
	var st Status
	switch {
	case latest == nil && l.cl != nil && !l.cl.classOfCampus(&c, level).inScope,
		latest == nil && l.cl == nil && !s.q.inScope(&c):
		st = OutOfScope
	case latest == nil:
		st = Unassessed
	case l.cl != nil:
		st = l.cl.classOfCampus(&c, level).status(&c, &latest.Measurements, level)
	default:
		st = s.q.status(&c, &latest.Measurements)
	}
	was := s.status[i]
	if st == was {
		return
	}
	if l.shared {
		s.status, s.cells, s.kinds = slices.Clone(s.status), slices.Clone(s.cells), slices.Clone(s.kinds)
		l.shared = false
	}
	s.status[i] = st
	k := cellIndex(c.Kind.Group(), c.License)
	for nd := s.h.reg.Node(i); nd >= 0; nd = l.tree.ParentIndex(nd) {
		s.cells[nd][k].n[was]--
		s.cells[nd][k].n[st]++
	}
	s.total[k].n[was]--
	s.total[k].n[st]++
	s.kinds[c.Kind].n[was]--
	s.kinds[c.Kind].n[st]++
}

// Summary returns the live summary as an immutable snapshot: what Summarize
// would answer on a history of every inspection applied so far, under the
// same query, with that history (History.Add of the pending inspections to
// the last snapshot's history, sharing its storage). It costs O(inspections
// applied since the last snapshot); the next change copies the statuses and
// tallies the snapshot now shares. Nil for a nil Live.
func (l *Live) Summary() *Summary {
	if l == nil || l.sum.h == nil {
		return nil
	}
	if len(l.pending) > 0 {
		ins := slices.Clone(l.pending)
		sortByCampusDate(ins)
		l.sum.h = l.sum.h.addSorted(ins)
		for k := range l.pending {
			l.head[l.pending[k].campus] = 0
			l.pending[k] = campusInspection{}
		}
		l.pending, l.prev = l.pending[:0], l.prev[:0]
		clear(l.ids)
	}
	l.shared = true
	s := l.sum
	return &s
}

// MarshalJSON refuses: a Live is a summary being kept up to date, not a record. Write its snapshot's report
// (Live.Summary, then Summary's JSON) or the inspections applied. The error wraps ErrInvalidJSON.
func (l *Live) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Live has no JSON form: write Live.Summary()'s report", ErrInvalidJSON)
}
