package compliance

import (
	"bytes"
	"cmp"
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
//
// A History is persistent: Add returns a new History holding more
// inspections and leaves the old one valid and unchanged, sharing its storage
// rather than copying it. The inspections NewHistory indexed stay in one flat
// array (the base); a campus that Add touched has its own run of
// inspections, found through a 32-way trie over the campus's dense index that
// Add copies along the changed paths only.
type History struct {
	reg       *campus.Register
	base      []Inspection  // NewHistory's inspections, by (campus index, date)
	baseStart []int32       // campus i's base inspections are base[baseStart[i]:baseStart[i+1]]
	baseDates []civil.Date  // base[k].Date: what latest bisects, 4 bytes an inspection
	ids       []radix.Keyed // base IDs: fingerprint and position in base, by fingerprint
	idStart   []int32       // ids[idStart[p]:idStart[p+1]] have the fingerprints whose top bits are p
	idShift   uint8         // 64 - the number of top bits idStart indexes
	runs      *runNode      // the campuses Add touched (nil when none): their whole runs
	depth     int           // levels of the runs trie
	added     *idTree       // the IDs Add added
	n         int           // inspections in all
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
// observations read-only. NewHistory uses up to GOMAXPROCS goroutines for
// large inputs (at least 32,768 inspections each) and gives the same history
// at every GOMAXPROCS.
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
// campus's inspections by date (sortCampus; two on one date are a conflict),
// and finds repeated IDs by radix-sorting their fingerprints (repeatedID).
//
// It uses up to GOMAXPROCS goroutines (workersFor): the checks and look-ups
// split the input into contiguous ranges; the placing and date sorting split
// the campuses into contiguous ranges, each worker scanning the campus
// indexes and copying only its campuses' inspections, so each writes its own
// part of the result. The result does not depend on the number of workers:
// each campus's inspections are placed in input order and then sorted.
func newHistoryFast(reg *campus.Register, inspections []Inspection) *History {
	n := len(inspections)
	if n > math.MaxInt32 {
		return nil
	}
	workers := workersFor(n)
	campusOf := make([]int32, n)
	failed := make([]bool, workers)
	// Each worker checks and places a contiguous range of the inspections.
	split(n, workers, func(w, lo, hi int) {
		last, at := uuid.Nil, int32(0)
		for k := lo; k < hi; k++ {
			in := &inspections[k]
			if !in.valid() {
				failed[w] = true
				return
			}
			if in.Campus != last {
				i, ok := reg.IndexOf(in.Campus)
				if !ok {
					failed[w] = true
					return
				}
				last, at = in.Campus, int32(i)
			}
			campusOf[k] = at
		}
	})
	if slices.Contains(failed, true) {
		return nil
	}
	// start[i+1] counts campus i's inspections; after the prefix sum start[i]
	// is where campus i's inspections begin.
	start := make([]int32, reg.Len()+1)
	for _, c := range campusOf {
		start[c+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	// Each worker gathers, in input order, the inspections of a contiguous
	// range of campuses (so the ranges of insp they write are disjoint) and
	// sorts each campus's by date.
	insp := make([]Inspection, n)
	campuses := reg.Len()
	failed = make([]bool, workersFor(max(n, campuses)))
	split(campuses, len(failed), func(w, lo, hi int) {
		if lo >= hi {
			return
		}
		next := slices.Clone(start[lo:hi]) // next[i-lo]: where campus i's next inspection goes
		for k, c := range campusOf {
			if int(c) >= lo && int(c) < hi {
				insp[next[int(c)-lo]] = inspections[k]
				next[int(c)-lo]++
			}
		}
		for i := lo; i < hi; i++ {
			if !sortCampus(insp[start[i]:start[i+1]]) {
				failed[w] = true
				return
			}
		}
	})
	if slices.Contains(failed, true) {
		return nil
	}
	ids := idIndex(insp)
	if repeatedID(insp, ids) {
		return nil
	}
	return newBase(reg, insp, start, ids)
}

// sortCampus sorts one campus's inspections by date (an insertion sort for a
// few, a comparison sort for many) and reports false when two are on one
// date (a conflict).
func sortCampus(of []Inspection) bool {
	if len(of) > 24 { // many inspections of one campus: no quadratic insertion sort
		slices.SortStableFunc(of, func(a, b Inspection) int { return a.Date.Compare(b.Date) })
		for k := 1; k < len(of); k++ {
			if of[k-1].Date == of[k].Date {
				return false
			}
		}
		return true
	}
	for k := 1; k < len(of); k++ {
		for j := k; j > 0 && !of[j-1].Date.Before(of[j].Date); j-- {
			if of[j-1].Date == of[j].Date {
				return false
			}
			of[j-1], of[j] = of[j], of[j-1]
		}
	}
	return true
}

// newBase returns the history of the inspections insp indexed by start, with
// their IDs indexed by ids.
func newBase(reg *campus.Register, insp []Inspection, start []int32, ids []radix.Keyed) *History {
	h := &History{reg: reg, base: insp, baseStart: start, ids: ids, depth: runDepth(reg.Len()), n: len(insp)}
	h.baseDates = make([]civil.Date, len(insp))
	split(len(insp), workersFor(len(insp)), func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			h.baseDates[k] = insp[k].Date
		}
	})
	// About eight IDs per bucket, at most 2^16 buckets: hasID reads one bucket.
	bits := 0
	for bits < 16 && 8<<bits < len(ids) {
		bits++
	}
	h.idShift = uint8(64 - bits)
	h.idStart = make([]int32, 1<<bits+1)
	for _, e := range ids {
		h.idStart[e.Key>>h.idShift+1]++ // (a shift by 64 gives 0: one bucket)
	}
	for p := 1; p < len(h.idStart); p++ {
		h.idStart[p] += h.idStart[p-1]
	}
	return h
}

// idIndex returns the fingerprints of the IDs of insp with their positions,
// sorted by fingerprint (radix.Keyeds: linear time) and, among equal
// fingerprints, by ID, so that a lookup bisects even IDs chosen to share a
// fingerprint.
func idIndex(insp []Inspection) []radix.Keyed {
	ids := make([]radix.Keyed, len(insp))
	split(len(insp), workersFor(len(insp)), func(_, lo, hi int) {
		for k := lo; k < hi; k++ {
			ids[k] = radix.Keyed{Key: fingerprint(insp[k].ID), Val: uint32(k)}
		}
	})
	ids = radix.Keyeds(ids, nil)
	for lo := 0; lo < len(ids); {
		hi := lo + 1
		for hi < len(ids) && ids[hi].Key == ids[lo].Key {
			hi++
		}
		if hi-lo > 1 {
			slices.SortFunc(ids[lo:hi], func(a, b radix.Keyed) int {
				x, y := insp[a.Val].ID, insp[b.Val].ID
				return bytes.Compare(x[:], y[:])
			})
		}
		lo = hi
	}
	return ids
}

// fingerprint folds a 16-byte ID into 64 bits such that IDs differing only in
// their first or only in their last 8 bytes never collide. Other IDs can: the
// function is fixed and public, so IDs can be chosen to share one fingerprint.
func fingerprint(id uuid.UUID) uint64 {
	return binary.BigEndian.Uint64(id[:8]) ^ binary.BigEndian.Uint64(id[8:])*0x9e3779b97f4a7c15
}

// repeatedID reports whether two inspections of insp have one ID, given
// idIndex(insp), where equal IDs are neighbours.
func repeatedID(insp []Inspection, ids []radix.Keyed) bool {
	for k := 1; k < len(ids); k++ {
		if ids[k].Key == ids[k-1].Key && insp[ids[k].Val].ID == insp[ids[k-1].Val].ID {
			return true
		}
	}
	return false
}

// hasID reports whether the history holds an inspection with the given ID.
// It does not allocate: a binary search of one bucket of the base's IDs (by
// fingerprint, then ID: O(log n) whatever the IDs) and a walk of the balanced
// tree of added IDs.
func (h *History) hasID(id uuid.UUID) bool {
	if len(h.idStart) == 0 { // the zero History: no inspection of its own
		return h.added.has(id)
	}
	f := fingerprint(id)
	p := f >> h.idShift
	bucket := h.ids[h.idStart[p]:h.idStart[p+1]]
	_, found := slices.BinarySearchFunc(bucket, id, func(e radix.Keyed, id uuid.UUID) int {
		if c := cmp.Compare(e.Key, f); c != 0 {
			return c
		}
		x := h.base[e.Val].ID
		return bytes.Compare(x[:], id[:])
	})
	return found || h.added.has(id)
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
	insp, start := make([]Inspection, len(ok)), make([]int32, reg.Len()+1)
	for k, e := range ok {
		insp[k] = e.in
		start[e.campus+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	return newBase(reg, insp, start, idIndex(insp)), nil
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
	return h.n
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

// of returns the inspections of the campus at dense index i (in range), date
// ascending; the slice is shared and read-only, its capacity its length. It
// does not allocate.
func (h *History) of(i int) []Inspection {
	if h.runs != nil {
		if r := h.runs.get(i, h.depth); r != nil {
			return r.ins[:len(r.ins):len(r.ins)]
		}
	}
	lo, hi := h.baseStart[i], h.baseStart[i+1]
	return h.base[lo:hi:hi]
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
	of := h.of(i)
	k := latestIn(of, q.q.spec.AsOf, q.q.spec.Window)
	switch {
	case k < 0 && !q.inScope(&a.Campus):
		a.Status = OutOfScope
	case k < 0:
		a.Status = Unassessed
	default:
		a.Inspection = of[k]
		a.Result = q.Evaluate(a.Campus, a.Inspection.Measurements)
		a.Status = a.Result.Status
	}
	return a
}

// latest returns the position in h.of(i) of the latest inspection of campus
// i on or before asOf — an inspection on asOf itself counts — or -1. With
// window > 0 it must also be at most window days old: an inspection exactly
// window days before asOf counts, one window+1 days before does not. It does
// not allocate.
func (h *History) latest(i int, asOf civil.Date, window int) int {
	return latestIn(h.of(i), asOf, window)
}

// latestIn is latest on one campus's inspections of, date ascending.
func latestIn(of []Inspection, asOf civil.Date, window int) int {
	k := onOrBefore(of, asOf)
	if k < 0 || window > 0 && of[k].Date.DaysUntil(asOf) > window {
		return -1
	}
	return k
}

// latestOf returns the latest inspection of campus i (in range) on or
// before asOf within window, as latest chooses it, or nil. For a campus whose
// inspections are in the base it bisects the base's dense dates rather than
// the inspections, reading the one inspection it returns: what Summarize
// does for every campus.
func (h *History) latestOf(i int, asOf civil.Date, window int) *Inspection {
	if h.runs != nil {
		if r := h.runs.get(i, h.depth); r != nil {
			if k := latestIn(r.ins, asOf, window); k >= 0 {
				return &r.ins[k]
			}
			return nil
		}
	}
	lo, hi := int(h.baseStart[i]), int(h.baseStart[i+1])
	ds := h.baseDates[lo:hi]
	a, b := 0, len(ds)
	for a < b { // first date after asOf
		mid := int(uint(a+b) >> 1)
		if ds[mid].After(asOf) {
			b = mid
		} else {
			a = mid + 1
		}
	}
	k := a - 1
	if k < 0 || window > 0 && ds[k].DaysUntil(asOf) > window {
		return nil
	}
	return &h.base[lo+k]
}

// onOrBefore returns the position of the last inspection of of (date
// ascending) on or before d, or -1.
func onOrBefore(of []Inspection, d civil.Date) int {
	lo, hi := 0, len(of)
	for lo < hi { // first inspection after d
		mid := int(uint(lo+hi) >> 1)
		if of[mid].Date.After(d) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo - 1
}

// status returns the status of campus i (in range) under q (not zero):
// OutOfScope (不适用) when no requirement of q's standard includes the campus
// at q's level, whether or not it was inspected; else Unassessed (未检查) when
// no inspection qualifies; otherwise the status of the latest one's
// measurements. Unassessed and OutOfScope are never folded into another
// status. It does not allocate.
func (h *History) status(i int, q Query) Status {
	of := h.of(i)
	k := latestIn(of, q.q.spec.AsOf, q.q.spec.Window)
	c := h.reg.At(i)
	if k < 0 {
		if !q.inScope(&c) {
			return OutOfScope
		}
		return Unassessed
	}
	return q.status(&c, &of[k].Measurements)
}
