package compliance

import (
	"errors"
	"fmt"
	"iter"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// ErrSummary reports a summary that cannot be built or queried as asked: a
// nil register or history, a history of another register, a nil summary.
var ErrSummary = errors.New("compliance: summary")

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

// Summary holds the status of every campus of a register as of one date,
// under one standard and prevention level, and the tallies the report
// publishes: for every jurisdiction of the tree (its own campuses and its
// descendants'), crossed with report group (中小学/幼托) and license
// (有证/无证); by kind; and for the whole register.
//
// Rolled-up tallies are sums of counts: a county's rate is its campuses'
// compliant count over its campuses' count, never an average of its
// townships' rates. A Summary is immutable and safe for concurrent use. The
// zero Summary is empty, and a nil *Summary answers like it; build one with
// Summarize.
type Summary struct {
	reg    *campus.Register
	meta   figureMeta
	status []Status // by campus dense index: what drill-down reads
	cells  []cells  // by tree dense index, rolled up
	kinds  []Tally  // by campus.Kind, whole register
	total  cells    // whole register, by group × license
}

// figureMeta is what every figure of a summary is measured against.
type figureMeta struct {
	asOf            civil.Date
	standardID      string
	standardVersion string
	level           PreventionLevel
}

// newSummary tallies every campus of reg once, by the status statusOf gives
// it, and rolls the jurisdiction tallies up the tree. It allocates O(nodes +
// kinds) values plus one byte per campus for the status slice.
//
// The roll-up is hierarchy.RollUpIndexed's, done in place on the cells
// newSummary owns: one pass in descending dense index (children have larger
// indexes than their parents) adds each non-empty node into its parent, so a
// sparsely filled tree costs one comparison per empty node and nothing is
// copied.
func newSummary(reg *campus.Register, meta figureMeta, statusOf func(i int) Status) (*Summary, error) {
	tree := reg.Tree()
	n := reg.Len()
	s := &Summary{
		reg:    reg,
		meta:   meta,
		status: make([]Status, n),
		kinds:  make([]Tally, int(campus.Nursery)+1), // indexed by kind; Nursery is the last kind
	}
	var nodes []cells
	if tree != nil {
		nodes = make([]cells, tree.Len())
	}
	for i := range n {
		st := statusOf(i)
		if !st.IsValid() {
			// Not a status a History gives; refuse rather than drop a campus.
			return nil, fmt.Errorf("%w: campus #%d has invalid status %d", ErrSummary, i, uint8(st))
		}
		s.status[i] = st
		c := reg.At(i)
		k := cellIndex(c.Kind.Group(), c.License)
		nodes[reg.Node(i)][k].n[st]++
		s.total[k].n[st]++
		s.kinds[c.Kind].n[st]++
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

// Register returns the register the summary counts.
func (s *Summary) Register() *campus.Register {
	if s == nil {
		return nil
	}
	return s.reg
}

// AsOf returns the date the statuses are taken on.
func (s *Summary) AsOf() civil.Date {
	if s == nil {
		return civil.Date{}
	}
	return s.meta.asOf
}

// Total returns the tally of every campus in the register.
func (s *Summary) Total() Tally {
	if s == nil {
		return Tally{}
	}
	return s.total.sum(0, 0)
}

// Cell returns the tally of the campuses in the jurisdiction with the given
// code and its descendants, in report group g and with license l. A zero code
// means the whole register, a zero group both groups, a zero license both
// licenses: Cell(hierarchy.Code{}, 0, campus.Licensed) is the report's
// licensed campuses. false when the code is not in the tree or g or l is
// neither zero nor valid.
func (s *Summary) Cell(code hierarchy.Code, g campus.Group, l campus.License) (Tally, bool) {
	if s == nil {
		return Tally{}, false
	}
	if (g != 0 && !g.IsValid()) || (l != 0 && !l.IsValid()) || s.reg == nil {
		return Tally{}, false
	}
	if code.IsZero() {
		return s.total.sum(g, l), true
	}
	i, ok := s.index(code)
	if !ok {
		return Tally{}, false
	}
	return s.cells[i].sum(g, l), true
}

// Jurisdiction returns the tally of every campus in the jurisdiction with the
// given code and its descendants; false when the code is not in the tree.
func (s *Summary) Jurisdiction(code hierarchy.Code) (Tally, bool) {
	if code.IsZero() {
		return Tally{}, false
	}
	return s.Cell(code, 0, 0)
}

func (s *Summary) index(code hierarchy.Code) (int, bool) {
	if s == nil {
		return 0, false
	}
	if s.reg == nil || s.reg.Tree() == nil {
		return 0, false
	}
	return s.reg.Tree().Index(code)
}

// All iterates over every jurisdiction of the tree in ascending code order
// (parents before children) with its rolled-up tally.
func (s *Summary) All() iter.Seq2[hierarchy.Jurisdiction, Tally] {
	if s == nil {
		return func(func(hierarchy.Jurisdiction, Tally) bool) {}
	}
	return func(yield func(hierarchy.Jurisdiction, Tally) bool) {
		if s.reg == nil || s.reg.Tree() == nil {
			return
		}
		tree := s.reg.Tree()
		for i := range s.cells {
			if !yield(tree.At(i), s.cells[i].sum(0, 0)) {
				return
			}
		}
	}
}

// Kind returns the tally of the whole register's campuses of kind k (empty
// for an invalid kind).
func (s *Summary) Kind(k campus.Kind) Tally {
	if s == nil {
		return Tally{}
	}
	if !k.IsValid() || int(k) >= len(s.kinds) {
		return Tally{}
	}
	return s.kinds[k]
}

// ByKind iterates over the kinds in campus.Values[campus.Kind] order with the whole
// register's tally of each, skipping kinds with no campus.
func (s *Summary) ByKind() iter.Seq2[campus.Kind, Tally] {
	return func(yield func(campus.Kind, Tally) bool) {
		for _, k := range campus.Values[campus.Kind]() {
			if t := s.Kind(k); !t.IsZero() && !yield(k, t) {
				return
			}
		}
	}
}

// KindIn returns the tally of the campuses of kind k in the jurisdiction with
// the given code and its descendants (zero code: the whole register),
// counted from the stored statuses in O(campuses in the jurisdiction). false
// when the code is not in the tree or k is invalid.
func (s *Summary) KindIn(code hierarchy.Code, k campus.Kind) (Tally, bool) {
	if !k.IsValid() {
		return Tally{}, false
	}
	lo, hi, ok := s.span(code)
	if !ok {
		return Tally{}, false
	}
	var t Tally
	for i := lo; i < hi; i++ {
		if s.reg.At(i).Kind == k {
			t.n[s.status[i]]++
		}
	}
	return t, true
}

// span returns the dense campus indexes [lo, hi) of the jurisdiction with the
// given code and its descendants; a zero code spans the whole register.
func (s *Summary) span(code hierarchy.Code) (lo, hi int, ok bool) {
	if s == nil {
		return 0, 0, false
	}
	if s.reg == nil {
		return 0, 0, false
	}
	if code.IsZero() {
		return 0, len(s.status), true
	}
	if _, ok := s.index(code); !ok {
		return 0, 0, false
	}
	lo, hi = s.reg.Range(code)
	return lo, hi, true
}

// Status returns the status of the campus with dense index i (see
// campus.Register.At); like a slice, it panics when i is out of range.
func (s *Summary) Status(i int) Status { return s.status[i] }

// StatusOf returns the status of the campus with the given ID; false when the
// register has no such campus.
func (s *Summary) StatusOf(id uuid.UUID) (Status, bool) {
	if s == nil {
		return 0, false
	}
	if s.reg == nil {
		return 0, false
	}
	i, ok := s.reg.IndexOf(id)
	if !ok {
		return 0, false
	}
	return s.status[i], true
}

// Figure returns the self-describing figure of a campus measure
// (ComplianceMeasure, AssessedComplianceMeasure or CoverageMeasure) for a
// cell (code, group, license, zero meaning all, as in Cell), rounded to places
// under mode, carrying the summary's date, standard and level. Errors: a cell
// not in the summary (ErrSummary), another measure (ErrInvalidMeasure), an
// invalid places or mode (ErrInvalidFigure).
func (s *Summary) Figure(m Measure, code hierarchy.Code, g campus.Group, l campus.License, p rate.Precision) (Figure, error) {
	t, ok := s.Cell(code, g, l)
	if !ok {
		return Figure{}, fmt.Errorf("%w: no cell %q × %s × %s", ErrSummary, code, g, l)
	}
	r, ok := tallyRate(t, m)
	if !ok {
		return Figure{}, fmt.Errorf("%w: %s is not a campus measure", ErrInvalidMeasure, m)
	}
	f := s.meta.figure(m, r, p)
	f.Jurisdiction, f.Group, f.License = code, g, l
	return f, f.Validate()
}

func (m figureMeta) figure(measure Measure, r rate.Rate, p rate.Precision) Figure {
	return Figure{
		Measure: measure, Rate: r, Precision: p, AsOf: m.asOf,
		StandardID: m.standardID, StandardVersion: m.standardVersion, Level: m.level,
	}
}
