package compliance

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/radix"
	"github.com/google/uuid"
)

// History is every inspection of a register's campuses, indexed by campus
// and, per campus, by date ascending. It answers each campus's status as of a
// date (Assess, Summarize): whatever its latest inspection on or before that
// date showed (以最近一次检查为准). It is immutable and safe for concurrent use.
// A nil *History answers like an empty one (no register, no inspections)
// instead of panicking.
type History struct {
	reg   *campus.Register
	insp  []Inspection // by (campus index, date)
	start []int32      // campus i's inspections are insp[start[i]:start[i+1]]
}

// NewHistory validates the inspections against the register and indexes
// them. It returns errors.Join of every problem, in input order and then
// campus order: an invalid inspection (ErrInvalidInspection: nil ID or campus,
// zero date, no team, a team name too long or not valid UTF-8), an ID used
// twice (ErrInspectionConflict), a campus not in the register
// (ErrUnknownCampus), and two inspections of one campus on one date
// (ErrInspectionConflict, naming both): the first 100, and a count of the rest.
// A nil register is ErrNil.
// The inspections are copied; their Measurements share caller-defined
// observations read-only.
func NewHistory(reg *campus.Register, inspections []Inspection) (*History, error) {
	if reg == nil {
		return nil, fmt.Errorf("%w: nil *campus.Register", ErrNil)
	}
	if h := newHistoryFast(reg, inspections); h != nil {
		return h, nil
	}
	return newHistoryExact(reg, inspections)
}

// newHistoryFast builds the history of valid inspections without a map or a
// comparison sort of all the inspections, and returns nil as soon as it meets
// anything newHistoryExact might report, leaving the exact path to say what
// is wrong. It never declines valid input, whatever the IDs.
//
// It looks a campus up only when the campus ID changes from the previous
// inspection (inputs usually come grouped by campus), counting-sorts the
// inspections by dense campus index straight into the final slice, sorts each
// campus's inspections by date (an insertion sort for a few, a comparison
// sort for many; two on one date are a conflict), and finds repeated IDs by
// radix-sorting their fingerprints (repeatedID).
func newHistoryFast(reg *campus.Register, inspections []Inspection) *History {
	n := len(inspections)
	if n > math.MaxInt32 {
		return nil
	}
	campusOf := make([]int32, n)
	fingerprints := make([]uint64, n)
	// start[i+2] counts campus i's inspections; after the prefix sum start[i+1]
	// is where campus i's inspections begin, and after the scatter below (which
	// advances it) where campus i+1's begin.
	start := make([]int32, reg.Len()+2)
	last, at := uuid.Nil, int32(0)
	for k := range inspections {
		in := &inspections[k]
		if !in.valid() {
			return nil
		}
		if in.Campus != last {
			i, ok := reg.IndexOf(in.Campus)
			if !ok {
				return nil
			}
			last, at = in.Campus, int32(i)
		}
		campusOf[k] = at
		start[at+2]++
		fingerprints[k] = fingerprint(in.ID)
	}
	if repeatedID(inspections, radix.Uint64s(fingerprints, nil)) {
		return nil
	}
	for i := 2; i < len(start); i++ {
		start[i] += start[i-1]
	}
	insp := make([]Inspection, n)
	for k := range inspections {
		c := campusOf[k] + 1
		insp[start[c]] = inspections[k]
		start[c]++
	}
	start = start[: reg.Len()+1 : reg.Len()+1]
	for i := 0; i+1 < len(start); i++ {
		of := insp[start[i]:start[i+1]]
		if len(of) > 24 { // many inspections of one campus: no quadratic insertion sort
			slices.SortStableFunc(of, func(a, b Inspection) int { return a.Date.Compare(b.Date) })
			for k := 1; k < len(of); k++ {
				if of[k-1].Date == of[k].Date {
					return nil // two inspections of one campus on one date
				}
			}
			continue
		}
		for k := 1; k < len(of); k++ {
			for j := k; j > 0 && !of[j-1].Date.Before(of[j].Date); j-- {
				if of[j-1].Date == of[j].Date {
					return nil // two inspections of one campus on one date
				}
				of[j-1], of[j] = of[j], of[j-1]
			}
		}
	}
	return &History{reg: reg, insp: insp, start: start}
}

// fingerprint folds a 16-byte ID into 64 bits such that IDs differing only in
// their first or only in their last 8 bytes never collide. Other IDs can: the
// function is fixed and public, so IDs can be chosen to share one fingerprint.
func fingerprint(id uuid.UUID) uint64 {
	return binary.BigEndian.Uint64(id[:8]) ^ binary.BigEndian.Uint64(id[8:])*0x9e3779b97f4a7c15
}

// repeatedID reports whether two inspections have one ID, given their
// fingerprints sorted. Equal fingerprints are only candidates: the IDs of the
// inspections with such a fingerprint are gathered, sorted and compared, so
// IDs chosen to share fingerprints cost O(n log n) and never a wrong answer.
// It allocates only when fingerprints collide.
func repeatedID(inspections []Inspection, sorted []uint64) bool {
	var clash []uint64 // the fingerprints held by more than one ID, ascending
	for k := 1; k < len(sorted); k++ {
		if sorted[k] == sorted[k-1] && (len(clash) == 0 || clash[len(clash)-1] != sorted[k]) {
			clash = append(clash, sorted[k])
		}
	}
	if len(clash) == 0 {
		return false
	}
	var ids []uuid.UUID
	for k := range inspections {
		if _, ok := slices.BinarySearch(clash, fingerprint(inspections[k].ID)); ok {
			ids = append(ids, inspections[k].ID)
		}
	}
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return bytes.Compare(a[:], b[:]) })
	for k := 1; k < len(ids); k++ {
		if ids[k] == ids[k-1] {
			return true
		}
	}
	return false
}

// newHistoryExact is NewHistory for any input: it reports every problem in
// the documented order, and builds the history when there is none.
func newHistoryExact(reg *campus.Register, inspections []Inspection) (*History, error) {
	type keyed struct {
		campus int
		in     Inspection
	}
	var errs errbound.List
	ok := make([]keyed, 0, len(inspections))
	seen := make(map[uuid.UUID]int, len(inspections))
	for n, in := range inspections {
		if p := in.problems(); len(p) > 0 {
			errs.Add(in.problemError(n, p))
			continue
		}
		if first, dup := seen[in.ID]; dup {
			errs.Add(fmt.Errorf("%w: %s%s (inspections %d and %d)", ErrInspectionConflict, in.ID, campus.DescribeRef(in.Ref), first, n))
			continue
		}
		seen[in.ID] = n
		i, found := reg.IndexOf(in.Campus)
		if !found {
			errs.Add(fmt.Errorf("%w: %s of campus %s", ErrUnknownCampus, in.describe(), in.Campus))
			continue
		}
		ok = append(ok, keyed{i, in})
	}
	slices.SortFunc(ok, func(a, b keyed) int {
		if a.campus != b.campus {
			return a.campus - b.campus
		}
		if c := a.in.Date.Compare(b.in.Date); c != 0 {
			return c
		}
		return bytes.Compare(a.in.ID[:], b.in.ID[:])
	})
	for k := 1; k < len(ok); k++ {
		a, b := ok[k-1], ok[k]
		if a.campus == b.campus && a.in.Date == b.in.Date {
			errs.Add(fmt.Errorf("%w: inspections %s%s and %s%s of %s both on %s", ErrInspectionConflict,
				a.in.ID, campus.DescribeRef(a.in.Ref), b.in.ID, campus.DescribeRef(b.in.Ref), reg.At(b.campus).Describe(), b.in.Date))
		}
	}
	if errs.Len() > 0 {
		return nil, errs.Err()
	}
	h := &History{reg: reg, insp: make([]Inspection, len(ok)), start: make([]int32, reg.Len()+1)}
	for k, e := range ok {
		h.insp[k] = e.in
		h.start[e.campus+1]++
	}
	for i := 1; i < len(h.start); i++ {
		h.start[i] += h.start[i-1]
	}
	return h, nil
}

// Register returns the register the history was built on.
func (h *History) Register() *campus.Register {
	if h == nil {
		return nil
	}
	return h.reg
}

// Len returns the number of inspections.
func (h *History) Len() int {
	if h == nil {
		return 0
	}
	return len(h.insp)
}

// Of returns the inspections of the campus with the given ID, date
// ascending; nil when the register has no such campus or it was never
// inspected. The slice is shared and read-only (appending to it copies).
func (h *History) Of(id uuid.UUID) []Inspection {
	if h == nil {
		return nil
	}
	i, ok := h.reg.IndexOf(id)
	if !ok {
		return nil
	}
	return h.of(i)
}

// of returns the inspections of the campus at dense index i (in range).
func (h *History) of(i int) []Inspection {
	lo, hi := h.start[i], h.start[i+1]
	return h.insp[lo:hi:hi]
}

// Assess returns the assessment of the campus with the given ID under q: its
// status as of q's date, and the inspection and result it comes from (see
// Assessment). false when the register has no such campus or q is the zero
// Query. It is what Summary.Assessment answers for one campus, computed alone
// in O(log inspections of the campus + requirements).
func (h *History) Assess(q Query, id uuid.UUID) (Assessment, bool) {
	i, ok := h.campusUnder(q, id)
	if !ok {
		return Assessment{}, false
	}
	return h.assess(q, i), true
}

// Status returns the status of the campus with the given ID under q — what
// Assess's Assessment.Status says — without evaluating the campus's
// requirements into a Result: it allocates nothing, for a caller that folds
// many campuses into its own tallies (as package catalog's 4个100% rates do).
// false when the register has no such campus or q is the zero Query.
func (h *History) Status(q Query, id uuid.UUID) (Status, bool) {
	i, ok := h.campusUnder(q, id)
	if !ok {
		return 0, false
	}
	return h.status(i, q), true
}

// campusUnder returns the dense index of the campus with the given ID, for
// Assess and Status; false for a nil history, the zero Query or an unknown
// campus.
func (h *History) campusUnder(q Query, id uuid.UUID) (int, bool) {
	if h == nil || q.IsZero() {
		return 0, false
	}
	return h.reg.IndexOf(id)
}

// assess builds the assessment of the campus at dense index i (in range).
func (h *History) assess(q Query, i int) Assessment {
	a := Assessment{Campus: h.reg.At(i)}
	k := h.latest(i, q.q.spec.AsOf, q.q.spec.Window)
	switch {
	case k < 0 && !q.inScope(&a.Campus):
		a.Status = OutOfScope
	case k < 0:
		a.Status = Unassessed
	default:
		a.Inspection = h.insp[k]
		a.Result = q.Evaluate(a.Campus, a.Inspection.Measurements)
		a.Status = a.Result.Status
	}
	return a
}

// latest returns the index in h.insp of the latest inspection of campus i on
// or before asOf — an inspection on asOf itself counts — or -1. With window >
// 0 it must also be at most window days old: an inspection exactly window
// days before asOf counts, one window+1 days before does not. It does not
// allocate.
func (h *History) latest(i int, asOf civil.Date, window int) int {
	lo, hi := int(h.start[i]), int(h.start[i+1])
	for lo < hi { // first inspection after asOf
		mid := int(uint(lo+hi) >> 1)
		if h.insp[mid].Date.After(asOf) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	k := lo - 1
	if k < int(h.start[i]) {
		return -1
	}
	if window > 0 && h.insp[k].Date.DaysUntil(asOf) > window {
		return -1
	}
	return k
}

// status returns the status of campus i (in range) under q (not zero):
// OutOfScope (不适用) when no requirement of q's standard includes the campus
// at q's level, whether or not it was inspected; else Unassessed (未检查) when
// no inspection qualifies; otherwise the status of the latest one's
// measurements. Unassessed and OutOfScope are never folded into another
// status. It does not allocate.
func (h *History) status(i int, q Query) Status {
	k := h.latest(i, q.q.spec.AsOf, q.q.spec.Window)
	c := h.reg.At(i)
	if k < 0 {
		if !q.inScope(&c) {
			return OutOfScope
		}
		return Unassessed
	}
	return q.status(&c, &h.insp[k].Measurements)
}
