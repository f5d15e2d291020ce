package compliance

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// Add returns a history holding h's inspections and the given ones, and
// leaves h valid and unchanged: a History is persistent. It checks the new
// inspections as NewHistory checks its input, against each other and against
// h, and returns errors.Join of every problem, in input order and then
// campus order: an invalid inspection (ErrInvalidInspection), an ID used twice
// in the call or already in h (ErrInspectionConflict), a campus not in h's
// register (ErrUnknownCampus), and two inspections of one campus on one date,
// both new or one new and one in h (ErrInspectionConflict, naming both): the
// first 100, and a count of the rest. On any problem it adds nothing and
// returns a nil history. A nil h is ErrNil; adding nothing returns h.
//
// Add copies none of h's storage: the new history shares h's inspections and
// holds its own only for the campuses it touches. It costs O(m log m) for m
// new inspections, plus for each touched campus a path of the trie (O(log
// campuses)) and its inspections' run: appended in place, amortized O(1) per
// inspection, when the new inspections all come after the campus's latest
// (inspections usually arrive in date order) and the run's spare room is not
// taken by another history added to the same h; otherwise copied, O(the
// campus's inspections). A history built by many Adds reads as fast as one
// from NewHistory, each campus's inspections one contiguous run.
//
// The inspections are copied; their Measurements share caller-defined
// observations read-only.
func (h *History) Add(inspections ...Inspection) (*History, error) {
	if h == nil || h.reg == nil {
		return nil, fmt.Errorf("%w: nil or zero *History (build one with NewHistory)", ErrNil)
	}
	if len(inspections) == 0 {
		return h, nil
	}
	var errs errbound.List
	ok := make([]campusInspection, 0, len(inspections))
	var seen map[uuid.UUID]int
	if len(inspections) > 1 {
		seen = make(map[uuid.UUID]int, len(inspections))
	}
	earlier := func(id uuid.UUID) (int, bool) { n, dup := seen[id]; return n, dup }
	for n := range inspections {
		in := &inspections[n]
		i, accepted := h.checkNew(n, in, earlier, &errs)
		if !accepted {
			continue
		}
		if seen != nil {
			seen[in.ID] = n
		}
		ok = append(ok, campusInspection{campus: int32(i), input: int32(n), in: *in})
	}
	sortByCampusDate(ok)
	for k := range ok {
		e := &ok[k]
		if k > 0 && ok[k-1].campus == e.campus && ok[k-1].in.Date == e.in.Date {
			errs.Add(fmt.Errorf("%w: inspections %s and %s of campus %s both on %s",
				ErrInspectionConflict, ok[k-1].in.ID, e.in.ID, e.in.Campus, e.in.Date))
		}
		if old, clash := h.onDate(int(e.campus), e.in.Date); clash {
			errs.Add(fmt.Errorf("%w: inspections %s and %s of campus %s both on %s",
				ErrInspectionConflict, old.ID, e.in.ID, e.in.Campus, e.in.Date))
		}
	}
	if errs.Len() > 0 {
		return nil, errs.Err()
	}
	return h.addSorted(ok), nil
}

// campusInspection is an inspection with its campus's dense index and, while
// a call of History.Add or Live.Apply checks it, its index in the call's input.
type campusInspection struct {
	campus int32
	input  int32
	in     Inspection
}

// checkNew checks inspection n of a call that adds inspections to h — the
// checks History.Add and Live.Apply share, so both refuse alike — and returns
// the dense index of its campus and whether it passed: it is valid
// (ErrInvalidInspection), its ID is not that of an inspection accepted earlier
// in the call or, for a Live, applied before (ErrInspectionConflict), nor held
// by h (ErrInspectionConflict), and its campus is in h's register
// (ErrUnknownCampus). Each problem is added to errs. earlier(id) reports the
// input index of the inspection with that ID accepted earlier in the call, or
// -1 for one applied to a Live before the call; an inspection refused by these
// checks is never "accepted", so a repeated ID names the pair of inspections
// that would both have been added. Two inspections of one campus on one date
// are left to the caller.
func (h *History) checkNew(n int, in *Inspection, earlier func(uuid.UUID) (int, bool), errs *errbound.List) (int, bool) {
	if !in.valid() {
		errs.Add(fmt.Errorf("%w: inspection %d (%s): %v", ErrInvalidInspection, n, in.ID, in.problems()))
		return 0, false
	}
	if first, dup := earlier(in.ID); dup {
		if first >= 0 {
			errs.Add(fmt.Errorf("%w: %s (inspections %d and %d)", ErrInspectionConflict, in.ID, first, n))
		} else {
			errs.Add(fmt.Errorf("%w: inspection %d (%s): an inspection applied before has this ID",
				ErrInspectionConflict, n, in.ID))
		}
		return 0, false
	}
	if h.hasID(in.ID) {
		errs.Add(fmt.Errorf("%w: inspection %d (%s): the history already holds an inspection with this ID",
			ErrInspectionConflict, n, in.ID))
		return 0, false
	}
	i, found := h.reg.IndexOf(in.Campus)
	if !found {
		errs.Add(fmt.Errorf("%w: inspection %s of campus %s", ErrUnknownCampus, in.ID, in.Campus))
		return 0, false
	}
	return i, true
}

// sortByCampusDate sorts ins by campus index, then date, then ID.
func sortByCampusDate(ins []campusInspection) {
	slices.SortFunc(ins, func(a, b campusInspection) int {
		if a.campus != b.campus {
			return cmp.Compare(a.campus, b.campus)
		}
		if c := a.in.Date.Compare(b.in.Date); c != 0 {
			return c
		}
		return bytes.Compare(a.in.ID[:], b.in.ID[:])
	})
}

// onDate returns the inspection of campus i (in range) on date d, if any.
func (h *History) onDate(i int, d civil.Date) (*Inspection, bool) {
	of := h.of(i)
	if k := onOrBefore(of, d); k >= 0 && of[k].Date == d {
		return &of[k], true
	}
	return nil, false
}

// addSorted returns h with the inspections ins added, which are checked (no
// problem Add reports) and sorted by sortByCampusDate.
func (h *History) addSorted(ins []campusInspection) *History {
	nh := *h
	nh.n += len(ins)
	tok := new(runToken)
	for lo := 0; lo < len(ins); {
		i := ins[lo].campus
		hi := lo + 1
		for hi < len(ins) && ins[hi].campus == i {
			hi++
		}
		var old campusRun
		if h.runs != nil {
			if r := h.runs.get(int(i), h.depth); r != nil {
				old = *r
			}
		}
		if old.ins == nil {
			b, e := h.baseStart[i], h.baseStart[i+1]
			old.ins = h.base[b:e:e]
		}
		nh.runs = nh.runs.with(int(i), nh.depth, old.extend(ins[lo:hi]), tok)
		lo = hi
	}
	for k := range ins {
		nh.added = nh.added.with(ins[k].in.ID)
	}
	return &nh
}

// campusRun is one campus's inspections, date ascending. ins's backing array
// may hold, past len(ins), inspections another history appended: claimed
// counts the elements of the backing array some history owns, so that only
// one history extends a run in place from a given length (nil for a run in
// the base, which is never extended in place).
type campusRun struct {
	ins     []Inspection
	claimed *atomic.Int64
}

// extend returns r with the inspections add (sorted by date, none on a date
// of r's) merged in: appended in place when they all come after r's last and
// r's spare room is still unclaimed, else in a new backing array with room
// to grow.
func (r campusRun) extend(add []campusInspection) campusRun {
	n, m := len(r.ins), len(add)
	if r.claimed != nil && cap(r.ins)-n >= m && (n == 0 || r.ins[n-1].Date.Before(add[0].in.Date)) &&
		r.claimed.CompareAndSwap(int64(n), int64(n+m)) {
		out := r.ins[:n+m]
		for k := range add {
			out[n+k] = add[k].in
		}
		return campusRun{ins: out, claimed: r.claimed}
	}
	out := make([]Inspection, n+m, max(2*(n+m), 4))
	j, k := 0, 0
	for o := range out { // merge by date (no date is in both)
		if k == m || j < n && r.ins[j].Date.Before(add[k].in.Date) {
			out[o] = r.ins[j]
			j++
		} else {
			out[o] = add[k].in
			k++
		}
	}
	claimed := new(atomic.Int64)
	claimed.Store(int64(n + m))
	return campusRun{ins: out, claimed: claimed}
}

// runBits is the number of campus-index bits one level of the runs trie
// takes: 32 children per node.
const (
	runBits = 5
	runFan  = 1 << runBits
)

// runDepth returns the number of levels of a runs trie over n campuses.
func runDepth(n int) int {
	d := 1
	for span := runFan; span < n; span *= runFan {
		d++
	}
	return d
}

// runNode is a node of the persistent runs trie: interior nodes use kids,
// the last level runs. A node whose owner is the token of the Add under way
// was made by it and may be written in place; any other node is copied.
type runNode struct {
	kids  [runFan]*runNode
	runs  [runFan]campusRun
	owner *runToken
}

// runToken marks the nodes one addSorted made.
type runToken struct{ _ byte }

// get returns campus i's run, or nil when the trie has none.
func (t *runNode) get(i, depth int) *campusRun {
	for d := depth - 1; d > 0; d-- {
		if t = t.kids[i>>(d*runBits)&(runFan-1)]; t == nil {
			return nil
		}
	}
	if r := &t.runs[i&(runFan-1)]; r.ins != nil {
		return r
	}
	return nil
}

// with returns the trie t (nil: empty) with campus i's run set to r, copying
// the nodes on i's path that tok does not own.
func (t *runNode) with(i, depth int, r campusRun, tok *runToken) *runNode {
	root := t.own(tok)
	n := root
	for d := depth - 1; d > 0; d-- {
		k := i >> (d * runBits) & (runFan - 1)
		n.kids[k] = n.kids[k].own(tok)
		n = n.kids[k]
	}
	n.runs[i&(runFan-1)] = r
	return root
}

// own returns t if tok owns it, else a copy of t (a new node for nil) that
// tok owns.
func (t *runNode) own(tok *runToken) *runNode {
	if t != nil && t.owner == tok {
		return t
	}
	c := &runNode{owner: tok}
	if t != nil {
		c.kids, c.runs = t.kids, t.runs
	}
	return c
}

// idTree is a persistent AVL tree of inspection IDs (nil: empty), ordered by
// the ID's bytes: the IDs Add added to a history, so that a later Add or a
// Live refuses an ID used twice in O(log) without copying.
type idTree struct {
	hi, lo      uint64
	left, right *idTree
	height      int8
}

// idKey returns the two big-endian halves of id, whose order is bytes.Compare's.
func idKey(id uuid.UUID) (uint64, uint64) {
	return binary.BigEndian.Uint64(id[:8]), binary.BigEndian.Uint64(id[8:])
}

func compareKey(ahi, alo, bhi, blo uint64) int {
	if c := cmp.Compare(ahi, bhi); c != 0 {
		return c
	}
	return cmp.Compare(alo, blo)
}

// has reports whether t holds id. It does not allocate.
func (t *idTree) has(id uuid.UUID) bool {
	hi, lo := idKey(id)
	for t != nil {
		switch compareKey(hi, lo, t.hi, t.lo) {
		case -1:
			t = t.left
		case 1:
			t = t.right
		default:
			return true
		}
	}
	return false
}

// with returns t with id added (t must not hold it), copying the path.
func (t *idTree) with(id uuid.UUID) *idTree {
	hi, lo := idKey(id)
	return t.insert(hi, lo)
}

func (t *idTree) h() int8 {
	if t == nil {
		return 0
	}
	return t.height
}

func (t *idTree) insert(hi, lo uint64) *idTree {
	if t == nil {
		return &idTree{hi: hi, lo: lo, height: 1}
	}
	c := *t
	if compareKey(hi, lo, t.hi, t.lo) < 0 {
		c.left = t.left.insert(hi, lo)
	} else {
		c.right = t.right.insert(hi, lo)
	}
	return c.balance()
}

// balance returns the node t (a copy this insertion owns) with its height
// fixed and, when its children's heights differ by two, rotated.
func (t *idTree) balance() *idTree {
	t.fix()
	switch b := t.left.h() - t.right.h(); {
	case b > 1:
		if t.left.left.h() < t.left.right.h() {
			l := *t.left
			t.left = l.rotateLeft()
		}
		return t.rotateRight()
	case b < -1:
		if t.right.right.h() < t.right.left.h() {
			r := *t.right
			t.right = r.rotateRight()
		}
		return t.rotateLeft()
	}
	return t
}

func (t *idTree) fix() { t.height = max(t.left.h(), t.right.h()) + 1 }

// rotateRight and rotateLeft rotate t, which this insertion owns, copying the
// child that moves up.
func (t *idTree) rotateRight() *idTree {
	l := *t.left
	t.left = l.right
	t.fix()
	l.right = t
	l.fix()
	return &l
}

func (t *idTree) rotateLeft() *idTree {
	r := *t.right
	t.right = r.left
	t.fix()
	r.left = t
	r.fix()
	return &r
}
