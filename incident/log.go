package incident

import (
	"bytes"
	"cmp"
	"fmt"
	"iter"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// Log is a validated, indexed set of incidents over a campus register: the input of Summarize. Build it
// with NewLog.
//
// A Log is immutable and safe for concurrent readers. Its incidents are sorted by (date, ID bytes), and
// each carries the jurisdiction where it counts (Where). The zero Log, and a nil *Log, hold no incidents and
// no register: Summarize refuses them.
//
// A Log has no JSON form: json.Marshal refuses it (ErrInvalidJSON). Write its incidents (Incident's JSON)
// and build it again with NewLog.
type Log struct {
	reg       *campus.Register
	incidents []Incident // sorted by (Date, ID bytes)
	nodes     []int32    // nodes[i]: tree index of where incidents[i] counts
	byID      []int32    // indexes into incidents, sorted by ID bytes
	pupils    []int64    // pupils of every node's campuses and its descendants', by tree index
	totalPup  int64      // pupils of the whole register
}

// NewLog validates incidents against reg and returns the log.
//
// It checks everything and returns errors.Join of every problem, in input order; each names the incident
// by its position in incidents (from 0), ID and Ref ("input #3: incident <ID> (ref …)"), wraps one
// sentinel, and is an *IncidentError whose parts a caller can read with errors.As. At most errbound.MaxPerItem problems are listed about one incident
// and errbound.MaxPerCall in all, the rest counted, so the error stays small whatever the input:
//
//   - ErrNil: reg is nil;
//   - the incident's own problems (Incident.Validate): ErrNilID, ErrNoDate, ErrNoPlace,
//     ErrInvalidCategory, ErrInvalidSeverity, ErrInvalidText;
//   - ErrDuplicateID: an ID given twice (each repeat names the first);
//   - ErrUnknownCampus: a campus that is not in reg;
//   - ErrUnknownJurisdiction: a jurisdiction that is not in reg's tree;
//   - ErrPlaceMismatch: a campus and a jurisdiction that are both set and differ.
//
// An incident counts at its campus's jurisdiction, or at its Jurisdiction when no campus is involved. The
// input is copied; on error the log is nil.
func NewLog(reg *campus.Register, incidents []Incident) (*Log, error) {
	if reg == nil {
		return nil, fmt.Errorf("%w: NewLog needs a campus register", ErrNil)
	}
	tree := reg.Tree()
	var errs errbound.List
	first := make(map[uuid.UUID]int, len(incidents))
	nodes := make([]int32, len(incidents))
	for k := range incidents {
		in := &incidents[k]
		it := errs.Item()
		in.check(&it, k)
		if in.ID != uuid.Nil {
			if j, dup := first[in.ID]; dup {
				if it.Want() {
					in.keep(&it, k, fmt.Errorf("%w: %s repeats the ID of input #%d", ErrDuplicateID, in.describeAt(k), j))
				}
			} else {
				first[in.ID] = k
			}
		}
		node, ok := place(reg, tree, in, k, &it)
		if ok {
			nodes[k] = int32(node)
		}
		if it.Len() > 0 {
			errs.AddItem(&it, in.describeAt(k), false)
		}
	}
	if errs.Len() > 0 {
		return nil, errs.Err()
	}
	l := &Log{reg: reg, incidents: make([]Incident, len(incidents)), nodes: make([]int32, len(incidents))}
	order := make([]int, len(incidents))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return compareIncidents(&incidents[a], &incidents[b])
	})
	for i, k := range order {
		l.incidents[i], l.nodes[i] = incidents[k], nodes[k]
	}
	l.byID = make([]int32, len(incidents))
	for i := range l.byID {
		l.byID[i] = int32(i)
	}
	slices.SortFunc(l.byID, func(a, b int32) int {
		return bytes.Compare(l.incidents[a].ID[:], l.incidents[b].ID[:])
	})
	// Pupils by place, rolled up once: they do not depend on the period or the policy of a summary.
	tree = reg.Tree()
	own := make([]int64, tree.Len())
	for i, c := range reg.Campuses() {
		own[reg.Node(i)] += int64(c.Students) // at most MaxPeople per campus: no int64 overflow
	}
	var err error
	if l.pupils, err = hierarchy.RollUpIndexed(tree, own, func(a, b int64) int64 { return a + b }); err != nil {
		return nil, err
	}
	for _, r := range tree.Roots() {
		i, _ := tree.Index(r.Code)
		l.totalPup += l.pupils[i]
	}
	return l, nil
}

// compareIncidents orders incidents by date, then ID bytes.
func compareIncidents(a, b *Incident) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return bytes.Compare(a.ID[:], b.ID[:])
}

// place returns the tree index where in counts, adding its place problems to it; false when it has none.
func place(reg *campus.Register, tree *hierarchy.Tree, in *Incident, k int, it *errbound.Item) (int, bool) {
	code := in.Jurisdiction
	if in.Campus != uuid.Nil {
		c, ok := reg.Campus(in.Campus)
		if !ok {
			if it.Want() {
				in.keep(it, k, fmt.Errorf("%w: %s names campus %s, which is not in the register", ErrUnknownCampus, in.describeAt(k), in.Campus))
			}
			return 0, false
		}
		if !code.IsZero() && code != c.Jurisdiction {
			if it.Want() {
				in.keep(it, k, fmt.Errorf("%w: %s is at campus %s in %s but names jurisdiction %s", ErrPlaceMismatch,
					in.describeAt(k), in.Campus, c.Jurisdiction, code))
			}
			return 0, false
		}
		code = c.Jurisdiction
	}
	if code.IsZero() {
		return 0, false // ErrNoPlace, reported by check
	}
	i, ok := tree.Index(code)
	if !ok {
		if it.Want() {
			in.keep(it, k, fmt.Errorf("%w %q (%w): %s", ErrUnknownJurisdiction, code, hierarchy.ErrUnknownCode, in.describeAt(k)))
		}
		return 0, false
	}
	return i, true
}

// Register returns the register the log was validated against; nil for the zero Log.
func (l *Log) Register() *campus.Register {
	if l == nil {
		return nil
	}
	return l.reg
}

// Len returns the number of incidents.
func (l *Log) Len() int {
	if l == nil {
		return 0
	}
	return len(l.incidents)
}

// All yields every incident in (date, ID) order.
func (l *Log) All() iter.Seq[Incident] {
	return func(yield func(Incident) bool) {
		if l == nil {
			return
		}
		for _, in := range l.incidents {
			if !yield(in) {
				return
			}
		}
	}
}

// Incident returns the incident with the given ID, and false when the log holds none. It takes O(log n).
func (l *Log) Incident(id uuid.UUID) (Incident, bool) {
	i, ok := l.find(id)
	if !ok {
		return Incident{}, false
	}
	return l.incidents[i], true
}

// Where returns the jurisdiction where the incident with the given ID counts (its campus's, or its own),
// and false when the log holds no such incident. It takes O(log n).
func (l *Log) Where(id uuid.UUID) (hierarchy.Code, bool) {
	i, ok := l.find(id)
	if !ok {
		return hierarchy.Code{}, false
	}
	return l.reg.Tree().At(int(l.nodes[i])).Code, true
}

// find returns the index in incidents of the incident with the given ID.
func (l *Log) find(id uuid.UUID) (int, bool) {
	if l == nil {
		return 0, false
	}
	k, ok := slices.BinarySearchFunc(l.byID, id, func(i int32, id uuid.UUID) int {
		return bytes.Compare(l.incidents[i].ID[:], id[:])
	})
	if !ok {
		return 0, false
	}
	return int(l.byID[k]), true
}

// span returns the indexes [lo, hi) of the incidents dated within p.
func (l *Log) span(p Period) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(l.incidents, p.from, func(in Incident, d civil.Date) int { return cmp.Compare(in.Date.Compare(d), 0) })
	hi, _ = slices.BinarySearchFunc(l.incidents, p.to.AddDays(1), func(in Incident, d civil.Date) int { return cmp.Compare(in.Date.Compare(d), 0) })
	if p.to.AddDays(1) == p.to { // 9999-12-31: nothing after it
		hi = len(l.incidents)
	}
	return lo, hi
}
