package compliance

import (
	"fmt"
	"iter"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// cells is one jurisdiction's tallies crossed by report group and license:
// index (group-1)*2 + (license-1). Both enums have exactly two valid values.
type cells [4]Tally

func cellIndex(g campus.Group, l campus.License) int { return (int(g)-1)*2 + int(l) - 1 }

// addCells adds b's counts into a, in place.
func addCells(a, b *cells) {
	for i := range a {
		for s := range a[i].n {
			a[i].n[s] += b[i].n[s]
		}
	}
}

// sum returns the tally over the groups and licenses selected (zero = all).
func (c *cells) sum(g campus.Group, l campus.License) Tally {
	var t Tally
	for _, gg := range [2]campus.Group{campus.GroupSchool, campus.GroupPreschool} {
		if g != 0 && g != gg {
			continue
		}
		for _, ll := range [2]campus.License{campus.Licensed, campus.Unlicensed} {
			if l != 0 && l != ll {
				continue
			}
			t = t.Merge(c[cellIndex(gg, ll)])
		}
	}
	return t
}

// Summary holds the status of every campus of a history's register under one
// Query (a standard, an as-of date, a prevention level, a window), and the
// tallies the report publishes: for every jurisdiction of the tree (its own
// campuses and its descendants'), crossed with report group (中小学/幼托) and
// license (有证/无证); by kind; and for the whole register. It remembers its
// query and history, so its figures name what they measured and its
// drill-down (Campuses) gives each campus's status with the inspection and the
// requirements behind it.
//
// Rolled-up tallies are sums of counts: a county's rate is its campuses'
// compliant count over its campuses' count, never an average of its
// townships' rates. A Summary is immutable and safe for concurrent use. A nil
// *Summary answers like an empty one; build one with Summarize.
type Summary struct {
	h      *History
	q      Query
	status []Status // by campus dense index: what drill-down reads
	cells  []cells  // by tree dense index, rolled up
	kinds  []Tally  // by campus.Kind, whole register
	total  cells    // whole register, by group × license
}

// Summarize evaluates every campus of h's register once under q, from the
// inspections in h, and returns the summary: tallies for every jurisdiction
// of the tree crossed with report group and license, by kind, and for the
// whole register, rolled up the tree as hierarchy.RollUpIndexed would (counts
// are summed, rates never averaged).
//
// Each campus's status is its Assessment's (History.Assess): the latest
// qualifying inspection's evaluation, Unassessed (未检查) when none
// qualifies — counted on its own line, never folded into another status — or
// OutOfScope when no requirement includes it.
//
// The work is O(campuses × requirements + jurisdictions), and the
// requirements' scopes are decided once per class of campuses (kind, license,
// locale, boarding, ownership, designation and level) rather than once per
// campus. It is split over up to GOMAXPROCS goroutines, each taking a
// contiguous range of at least 32,768 campuses (a smaller register is
// summarized on the calling goroutine alone); the tallies are sums of
// counts, so the result is the same at every GOMAXPROCS. The allocations are
// O(jurisdictions): the per-jurisdiction cells, plus one slice of one byte per
// campus holding the statuses that drill-down reads, plus O(classes) per
// goroutine; nothing is allocated per campus. Summarize is deterministic and
// safe to call concurrently (the history and query are only read).
//
// Errors: a nil history (ErrNil), the zero Query (ErrInvalidQuery).
func Summarize(h *History, q Query) (*Summary, error) {
	switch {
	case h == nil:
		return nil, fmt.Errorf("%w: nil *History", ErrNil)
	case q.IsZero():
		return nil, fmt.Errorf("%w: the zero Query (build one with NewQuery)", ErrInvalidQuery)
	}
	return summarize(h, q, workersFor(h.reg.Len()), func() func(i int, c *campus.Campus) Status {
		if q.q.plan == nil {
			return func(i int, _ *campus.Campus) Status { return h.status(i, q) }
		}
		cl := newClassifier(q.q.plan)
		return func(i int, c *campus.Campus) Status { return h.classStatus(i, c, q, cl) }
	})
}

// newSummary tallies every campus of h's register once, by the status
// statusOf gives it, on the calling goroutine, and rolls the jurisdiction
// tallies up the tree: summarize with one worker.
func newSummary(h *History, q Query, statusOf func(i int) Status) (*Summary, error) {
	return summarize(h, q, 1, func() func(i int, _ *campus.Campus) Status {
		return func(i int, _ *campus.Campus) Status { return statusOf(i) }
	})
}

// summarize tallies every campus of h's register once, by the status a
// worker's statusOf gives it (called with the campus's index and the campus), and rolls the jurisdiction tallies up the tree.
// It splits the campuses into workers contiguous ranges (split), each worker
// calling newStatusOf once for its own statusOf (which need not be safe for
// concurrent use) and tallying its range into cells of its own; the workers'
// cells are then added in worker order. Tallies are sums of counts, so the
// result is the same for every number of workers.
//
// It allocates O(nodes + kinds) values plus one byte per campus for the
// status slice, and O(kinds) per worker.
//
// Campuses come in register order, by jurisdiction code, and the tree's dense
// indexes ascend with the code, so the nodes of a contiguous range of campuses
// are a contiguous range of nodes and two workers share at most a boundary
// node: a worker tallies the nodes strictly inside its range straight into
// the summary's cells and its first and last node into cells of its own,
// added in worker order afterwards.
//
// The roll-up is hierarchy.RollUpIndexed's, done in place on the cells
// summarize owns: one pass in descending dense index (children have larger
// indexes than their parents) adds each non-empty node into its parent, so a
// sparsely filled tree costs one comparison per empty node and nothing is
// copied.
func summarize(h *History, q Query, workers int, newStatusOf func() func(i int, c *campus.Campus) Status) (*Summary, error) {
	reg := h.reg
	tree := reg.Tree()
	n := reg.Len()
	s := &Summary{
		h:      h,
		q:      q,
		status: make([]Status, n),
		kinds:  make([]Tally, int(campus.Nursery)+1), // indexed by kind; Nursery is the last kind
	}
	var nodes []cells
	if tree != nil {
		nodes = make([]cells, tree.Len())
	}
	parts := make([]tallyPart, max(workers, 1))
	split(n, len(parts), func(w, lo, hi int) {
		parts[w] = tallyRange(reg, s.status, nodes, lo, hi, newStatusOf())
	})
	for w := range parts {
		p := &parts[w]
		if p.bad >= 0 {
			// Not a status a History gives; refuse rather than drop a campus.
			return nil, fmt.Errorf("%w: %s has invalid status %d", ErrInvalidStatus, reg.At(p.bad).Describe(), uint8(p.badStatus))
		}
		if p.firstNode >= 0 {
			addCells(&nodes[p.firstNode], &p.first)
			if p.lastNode != p.firstNode {
				addCells(&nodes[p.lastNode], &p.last)
			}
		}
		addCells(&s.total, &p.total)
		for k := range p.kinds {
			for st := range p.kinds[k].n {
				s.kinds[k].n[st] += p.kinds[k].n[st]
			}
		}
	}
	for i := len(nodes) - 1; i > 0; i-- {
		if nodes[i] == (cells{}) {
			continue
		}
		if p := tree.ParentIndex(i); p >= 0 {
			addCells(&nodes[p], &nodes[i])
		}
	}
	s.cells = nodes
	return s, nil
}

// statusAt returns the status of campus i (in range): the stored one, or for
// a summary of a Series (which stores none) the one History.status gives
// under the summary's query.
func (s *Summary) statusAt(i int) Status {
	if s.status == nil {
		return s.h.status(i, s.q)
	}
	return s.status[i]
}

// tallyPart is what one worker keeps of its range of campuses: the cells of
// its first and last node (-1 for an empty range), the whole range's cells
// and kinds, and the first campus with an invalid status (bad = -1 when
// none).
type tallyPart struct {
	firstNode int
	lastNode  int
	first     cells
	last      cells
	total     cells
	kinds     [int(campus.Nursery) + 1]Tally
	bad       int
	badStatus Status
}

// tallyRange evaluates campuses [lo, hi) of reg by statusOf, stores their
// statuses in status[lo:hi] and tallies them: into nodes for the nodes
// strictly between the range's first and last, into the part's own cells for
// those two. It stops at the first invalid status.
func tallyRange(reg *campus.Register, status []Status, nodes []cells, lo, hi int,
	statusOf func(i int, c *campus.Campus) Status) tallyPart {
	p := tallyPart{firstNode: -1, lastNode: -1, bad: -1}
	if lo >= hi {
		return p
	}
	p.firstNode, p.lastNode = reg.Node(lo), reg.Node(hi-1)
	c := new(campus.Campus) // one per worker: statusOf's argument escapes
	for i := lo; i < hi; i++ {
		*c = reg.At(i)
		st := statusOf(i, c)
		if !st.IsValid() {
			p.bad, p.badStatus = i, st
			return p
		}
		status[i] = st
		k := cellIndex(c.Kind.Group(), c.License)
		var cs *cells
		switch nd := reg.Node(i); nd {
		case p.firstNode:
			cs = &p.first
		case p.lastNode:
			cs = &p.last
		default:
			cs = &nodes[nd]
		}
		cs[k].n[st]++
		p.total[k].n[st]++
		p.kinds[c.Kind].n[st]++
	}
	return p
}

// Query returns the query the summary answers.
func (s *Summary) Query() Query {
	if s == nil {
		return Query{}
	}
	return s.q
}

// History returns the history the summary was computed from (and through
// History.Register, the register it counts).
func (s *Summary) History() *History {
	if s == nil {
		return nil
	}
	return s.h
}

// Tally returns the tally of the campuses cell c selects. false when c names
// a jurisdiction not in the tree or narrows by an invalid value (see Cell).
// Without a kind it reads the rolled-up cells in O(1); narrowed by kind it
// reads the whole register's kind tallies in O(1), or counts the stored
// statuses of the jurisdiction's campuses in O(campuses in it) (a summary of
// a Series stores none: it evaluates those campuses, allocating nothing).
func (s *Summary) Tally(c Cell) (Tally, bool) {
	lo, hi, ok := s.span(c)
	if !ok {
		return Tally{}, false
	}
	g, l := c.groupLicense()
	switch {
	case c.set&setKind == 0 && c.code.IsZero():
		return s.total.sum(g, l), true
	case c.set&setKind == 0:
		i, _ := s.h.reg.Tree().Index(c.code)
		return s.cells[i].sum(g, l), true
	case c.code.IsZero() && c.set&setLicense == 0:
		if c.set&setGroup != 0 && c.kind.Group() != c.group {
			return Tally{}, true
		}
		return s.kinds[c.kind], true
	}
	var t Tally
	for i := lo; i < hi; i++ {
		if x := s.h.reg.At(i); c.matches(&x) {
			t.n[s.statusAt(i)]++
		}
	}
	return t, true
}

// groupLicense returns the cell's group and license, zero meaning all, as
// cells.sum reads them.
func (c Cell) groupLicense() (campus.Group, campus.License) {
	var g campus.Group
	var l campus.License
	if c.set&setGroup != 0 {
		g = c.group
	}
	if c.set&setLicense != 0 {
		l = c.license
	}
	return g, l
}

// span returns the dense campus indexes [lo, hi) of c's jurisdiction and its
// descendants (the zero code spans the whole register); false when c is
// invalid or names a jurisdiction not in the tree.
func (s *Summary) span(c Cell) (lo, hi int, ok bool) {
	if s == nil || s.h == nil || !c.valid() {
		return 0, 0, false
	}
	if c.code.IsZero() {
		return 0, s.h.reg.Len(), true
	}
	if _, ok := s.h.reg.Tree().Index(c.code); !ok {
		return 0, 0, false
	}
	lo, hi = s.h.reg.Range(c.code)
	return lo, hi, true
}

// Jurisdictions iterates over every jurisdiction of the tree in ascending
// code order (parents before children) with its rolled-up tally.
func (s *Summary) Jurisdictions() iter.Seq2[hierarchy.Jurisdiction, Tally] {
	return func(yield func(hierarchy.Jurisdiction, Tally) bool) {
		if s == nil || s.h == nil || s.h.reg.Tree() == nil {
			return
		}
		tree := s.h.reg.Tree()
		for i := range s.cells {
			if !yield(tree.At(i), s.cells[i].sum(0, 0)) {
				return
			}
		}
	}
}

// Campuses iterates over the campuses behind a cell — officials always ask
// "which two?" — whose status is one of statuses (none given: any status),
// each as its Assessment: the status, and the inspection and requirement
// results it comes from, computed under the summary's own query. They come in
// register order (jurisdiction code, then campus name, ref and ID), so the answer is the
// same on every call. Nothing is yielded for an invalid cell or status.
//
// The number of campuses yielded for one status equals Tally(c).Count(status).
// Each yielded campus with an inspection costs one evaluation; the iteration
// itself allocates nothing per campus skipped.
func (s *Summary) Campuses(c Cell, statuses ...Status) iter.Seq[Assessment] {
	return func(yield func(Assessment) bool) {
		lo, hi, ok := s.span(c)
		if !ok {
			return
		}
		var want uint8 // bit per status
		for _, st := range statuses {
			if !st.IsValid() {
				return
			}
			want |= 1 << st
		}
		for i := lo; i < hi; i++ {
			if want != 0 && want&(1<<s.statusAt(i)) == 0 {
				continue
			}
			if x := s.h.reg.At(i); !c.matches(&x) {
				continue
			}
			if !yield(s.h.assess(s.q, i)) {
				return
			}
		}
	}
}

// Assessment returns the assessment of the campus with the given ID: its
// status in this summary, with the inspection and result behind it. false
// when the register has no such campus.
func (s *Summary) Assessment(id uuid.UUID) (Assessment, bool) {
	if s == nil || s.h == nil {
		return Assessment{}, false
	}
	i, ok := s.h.reg.IndexOf(id)
	if !ok {
		return Assessment{}, false
	}
	return s.h.assess(s.q, i), true
}

// Figure returns the self-describing figure of a campus measure
// (ComplianceMeasure, AssessedComplianceMeasure or AssessedMeasure) for the
// campuses cell c selects, rounded once to p, carrying the summary's date,
// standard and prevention level and the cell's jurisdiction, group, license
// and kind. Errors: a nil or zero summary (ErrNil); an invalid cell or one
// naming a jurisdiction not in the tree (ErrInvalidCell), another measure (ErrInvalidMeasure), an invalid p
// (ErrInvalidFigure).
func (s *Summary) Figure(m Measure, c Cell, p rate.Precision) (Figure, error) {
	if s == nil || s.h == nil {
		return Figure{}, fmt.Errorf("%w: nil or zero *Summary (build one with Summarize)", ErrNil)
	}
	t, ok := s.Tally(c)
	if !ok {
		return Figure{}, fmt.Errorf("%w: %s", ErrInvalidCell, c)
	}
	if m.Unit() != UnitCampus {
		return Figure{}, fmt.Errorf("%w: %s is not a campus measure", ErrInvalidMeasure, m)
	}
	r := t.Rate(m)
	f := s.q.figure(m, r, p)
	f.Jurisdiction = c.code
	f.PreventionLevel, f.Levels = figureLevels(s.q.Levels().In(c.code))
	f.Group, f.License = c.groupLicense()
	if c.set&setKind != 0 {
		f.Kind = c.kind
	}
	return f, f.Validate()
}

// figure returns a figure of measure m with rate r rounded to p, measured
// under q, with the levels in force across the whole tree (the caller narrows
// them with the figure's jurisdiction).
func (q Query) figure(m Measure, r rate.Rate, p rate.Precision) Figure {
	spec, std := q.Spec(), q.standard()
	f := Figure{
		Measure: m, Rate: r, Precision: p, AsOf: spec.AsOf,
		StandardID: std.ID, StandardVersion: std.Version, StandardEffective: std.Effective,
	}
	f.PreventionLevel, f.Levels = figureLevels(q.Levels().In(hierarchy.Code{}))
	return f
}
