package tabular

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/google/uuid"
)

// The columns every inspection layout starts with.
const (
	iID = iota
	iCampus
	iDate
	iTeam
	iRef
	iFirstIndicator // wide: the first indicator column; long: the indicator column
	iValue          = iFirstIndicator + 1
)

var inspectionHead = []column{
	{name: "id", orRef: true},
	{name: "campus", required: true},
	{name: "date", required: true},
	{name: "team", required: true},
	{name: "ref"},
}

// maxObservedCount is the largest count an observation holds (compliance's bound).
const maxObservedCount = math.MaxInt32

// Indicators returns the indicators of the standards in the order of the wide layout's columns: for each
// standard in turn, those its requirements' rules observe, in the order of first use, then those it
// declares and no rule uses, in declaration order; an indicator already listed is not listed again.
func Indicators(stds ...compliance.Standard) []compliance.Indicator {
	var out []compliance.Indicator
	seen := map[compliance.Indicator]bool{}
	add := func(ind compliance.Indicator) {
		if !ind.IsZero() && !seen[ind] {
			seen[ind] = true
			out = append(out, ind)
		}
	}
	for _, std := range stds {
		for _, r := range std.Requirements {
			add(r.Rule.Indicator)
		}
		for _, ind := range std.Indicators {
			add(ind)
		}
	}
	return out
}

// indicatorSet is the indicators of an inspections file, by id.
type indicatorSet struct {
	list []compliance.Indicator
	byID map[string]int
}

// newIndicatorSet checks the indicators of a file: at least one, none zero, no id twice (two caller-defined
// indicators of one id and different labels would be one column), none named like a fixed column.
func newIndicatorSet(inds []compliance.Indicator) (*indicatorSet, error) {
	s := &indicatorSet{list: inds, byID: map[string]int{}}
	if len(inds) == 0 {
		return nil, fmt.Errorf("%w: no indicators: an inspections file needs at least one (tabular.Indicators(std))", ErrHeader)
	}
	for i, ind := range inds {
		if ind.IsZero() {
			return nil, fmt.Errorf("%w: indicator %d is the zero Indicator", ErrHeader, i)
		}
		if _, dup := s.byID[ind.ID()]; dup {
			return nil, fmt.Errorf("%w: indicator %s given twice", ErrHeader, quote(ind.ID()))
		}
		for _, h := range inspectionHead {
			if h.name == ind.ID() || ind.ID() == "indicator" || ind.ID() == "value" {
				return nil, fmt.Errorf("%w: indicator %s has the name of a column", ErrHeader, quote(ind.ID()))
			}
		}
		s.byID[ind.ID()] = i
	}
	return s, nil
}

// observation parses the value text of ind.
func (rr *rowReader) observation(c int, ind compliance.Indicator) (compliance.Observation, bool) {
	hi := int64(maxObservedCount)
	if ind.ValueKind() == compliance.FactValue {
		hi = 1
	}
	n, ok := rr.integer(c, 0, hi)
	return compliance.Observation{Indicator: ind, Value: int(n)}, ok
}

// inspectionHeadOf decodes the columns every inspection layout starts with.
func (rr *rowReader) inspectionHead() compliance.Inspection {
	ref := rr.ref(iRef, campus.CheckRef)
	return compliance.Inspection{ID: rr.recordID(iID, iRef, campus.InspectionID), Campus: rr.refID(iCampus, campus.CampusID),
		Date: rr.date(iDate), Team: rr.interned(rr.text(iTeam)), Ref: ref}
}

// wideLayout is the wide layout of a standard's indicators.
func wideLayout(set *indicatorSet) *layout {
	cols := append([]column(nil), inspectionHead...)
	for _, ind := range set.list {
		cols = append(cols, column{name: ind.ID(), kind: jsInt, headerRequired: true})
	}
	return newLayout(cols)
}

// longLayout is the long layout.
var longLayout = newLayout(append(append([]column(nil), inspectionHead...),
	column{name: "indicator"}, column{name: "value", kind: jsInt}))

// ReadInspectionsWide reads inspections (collect them for compliance.NewHistory) in the wide layout: one
// record per inspection, one column per indicator of inds — usually Indicators(std), the indicators of the
// standard the inspections are measured against, decoded as that standard declares them; the header must
// have every one of them, in any order, and no other:
//
//	id        key       the inspection's UUID; empty or absent: derived from ref (campus.InspectionID)
//	campus    required  the campus's UUID, or its ref (not a UUID: campus.CampusID(campus))
//	date      required  YYYY-MM-DD
//	team      required  the inspecting team
//	ref       key       the platform's own key for the inspection record; errors name it; campus.CheckRef
//	<indicator id> …    the observed value: 0 or 1 for a fact (absent/present), an integer 0..2147483647
//	                    for a count; EMPTY: not observed (never a pass)
//
// A record needs an id, a ref or both (the package doc: The platform's own keys). Duplicate ids, given or
// derived, are errors (ErrDuplicateKey).
func ReadInspectionsWide(r io.Reader, f Format, inds []compliance.Indicator) *Reader[compliance.Inspection] {
	set, err := newIndicatorSet(inds)
	if err != nil {
		rr := &rowReader{lay: longLayout, done: true}
		rr.errs.Add(&Error{Err: err})
		return &Reader[compliance.Inspection]{rr: rr, next: func() (compliance.Inspection, bool) { return compliance.Inspection{}, false }}
	}
	rr := newRowReader(r, f, wideLayout(set))
	obs := make([]compliance.Observation, 0, len(set.list))
	var mc measurementsCache
	return &Reader[compliance.Inspection]{rr: rr, next: simple(rr, iID, iRef, func(rr *rowReader) (compliance.Inspection, uuid.UUID, bool) {
		in := rr.inspectionHead()
		key := mc.key(rr.cells[iFirstIndicator : iFirstIndicator+len(set.list)])
		if m, ok := mc.m[string(key)]; ok {
			in.Measurements = m
			return in, in.ID, in.ID != uuid.Nil
		}
		obs = obs[:0]
		for k, ind := range set.list {
			if o, ok := rr.observation(iFirstIndicator+k, ind); ok {
				obs = append(obs, o)
			}
		}
		if len(rr.probs) == 0 {
			m, err := compliance.NewMeasurements(obs...)
			if err != nil {
				rr.rowProblem(fmt.Errorf("%w: %w", ErrValue, err))
			} else {
				mc.add(key, m)
			}
			in.Measurements = m
		}
		return in, in.ID, in.ID != uuid.Nil
	})}
}

// measurementsCache remembers the measurements of the indicator cells' texts a wide reader has read, so
// that the many inspections with the same values (facts are 0 or 1, counts few) share one Measurements
// (immutable: copies share their observations read-only) and are parsed once. Only measurements read without
// any problem in their row are remembered: a text found in it is good and reads as it did the first time.
// The table is bounded (maxCachedMeasurements); past it, texts are parsed every time.
type measurementsCache struct {
	m   map[string]compliance.Measurements
	buf []byte
}

// maxCachedMeasurements bounds a wide reader's table of measurements by text.
const maxCachedMeasurements = 1 << 12

// key returns the cells' texts as one key, each prefixed with its length (a cell may hold any text).
func (mc *measurementsCache) key(cells []string) []byte {
	b := mc.buf[:0]
	for _, c := range cells {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	mc.buf = b
	return b
}

// add remembers m as the measurements of key while the table has room.
func (mc *measurementsCache) add(key []byte, m compliance.Measurements) {
	if mc.m == nil {
		mc.m = make(map[string]compliance.Measurements)
	}
	if len(mc.m) < maxCachedMeasurements {
		mc.m[string(key)] = m
	}
}

// ReadInspectionsLong reads inspections in the long layout: one record per observation, the records of one
// inspection on consecutive lines:
//
//	id, campus, date, team, ref   as in the wide layout, the same inspection on every line of one inspection
//	                              (the same ID, given or derived from the ref)
//	indicator   the indicator's id: one of inds (usually Indicators(std))
//	value       its value, as in the wide layout
//
// An inspection that observed nothing is one line with indicator and value empty. An inspection id that
// comes back after another inspection's lines is an error (ErrDuplicateKey), as is an indicator given
// twice for one inspection (ErrValue wrapping compliance.ErrInvalidObservation); an unknown indicator is an
// error wrapping ErrValue and compliance.ErrUnknownIndicator.
func ReadInspectionsLong(r io.Reader, f Format, inds []compliance.Indicator) *Reader[compliance.Inspection] {
	set, err := newIndicatorSet(inds)
	if err != nil {
		rr := &rowReader{lay: longLayout, done: true}
		rr.errs.Add(&Error{Err: err})
		return &Reader[compliance.Inspection]{rr: rr, next: func() (compliance.Inspection, bool) { return compliance.Inspection{}, false }}
	}
	lr := &longReader{rr: newRowReader(r, f, longLayout), set: set}
	return &Reader[compliance.Inspection]{rr: lr.rr, next: lr.next}
}

// longReader groups the lines of the long layout into inspections.
type longReader struct {
	rr   *rowReader
	set  *indicatorSet
	seen idSet
	// the inspection being gathered
	cur     compliance.Inspection
	curLine int
	curKey  string
	curBad  bool
	active  bool
	obs     []compliance.Observation
}

// next returns the next complete, good inspection.
func (lr *longReader) next() (compliance.Inspection, bool) {
	rr := lr.rr
	for rr.read() {
		if rr.rowBad {
			rr.finish("")
			lr.curBad = true // the line may have belonged to the current inspection
			continue
		}
		head := rr.inspectionHead()
		var o compliance.Observation
		hasObs := false
		indText, valText := rr.cells[iFirstIndicator], rr.cells[iValue]
		switch {
		case indText == "" && valText == "":
		case indText == "":
			rr.problem(iFirstIndicator, ErrRequired)
		case valText == "":
			rr.problem(iValue, ErrRequired)
		default:
			if k, ok := lr.set.byID[indText]; ok {
				o, hasObs = rr.observation(iValue, lr.set.list[k])
			} else {
				rr.problem(iFirstIndicator, fmt.Errorf("%w: %w: %s is not an indicator of the standard", ErrValue, compliance.ErrUnknownIndicator, quote(indText)))
			}
		}
		key := rr.keyOf(iID, iRef)
		if lr.active && head.ID == lr.cur.ID && head.ID != uuid.Nil {
			if head.Campus != lr.cur.Campus || head.Date != lr.cur.Date || head.Team != lr.cur.Team || head.Ref != lr.cur.Ref {
				rr.rowProblem(valueErrf("campus, date, team or ref differ from line %d of the same inspection", lr.curLine))
			}
			if hasObs {
				lr.obs = append(lr.obs, o)
			}
			if !rr.finish(key) {
				lr.curBad = true
			}
			continue
		}
		// A new inspection begins: the one gathered so far is complete.
		done, doneOK := lr.complete()
		lr.start(head, rr.line, key)
		if head.ID != uuid.Nil && len(rr.probs) == 0 {
			if first := lr.seen.add(head.ID, rr.line); first != 0 {
				rr.problem(rr.keyColumn(iID, iRef), fmt.Errorf("%w: inspection also on line %d, not next to this one", ErrDuplicateKey, first))
			}
		}
		if hasObs {
			lr.obs = append(lr.obs, o)
		}
		if !rr.finish(key) {
			lr.curBad = true
		}
		if doneOK {
			return done, true
		}
	}
	return lr.complete()
}

// start begins gathering an inspection.
func (lr *longReader) start(head compliance.Inspection, line int, key string) {
	lr.cur, lr.curLine, lr.curKey, lr.curBad, lr.active = head, line, key, false, true
	lr.obs = lr.obs[:0]
}

// complete ends the inspection being gathered and returns it when it is good.
func (lr *longReader) complete() (compliance.Inspection, bool) {
	if !lr.active {
		return compliance.Inspection{}, false
	}
	lr.active = false
	if lr.curBad {
		return compliance.Inspection{}, false
	}
	m, err := compliance.NewMeasurements(lr.obs...)
	if err != nil {
		lr.rr.errs.Add(&Error{Line: lr.curLine, Column: "indicator", Key: lr.curKey, Err: fmt.Errorf("%w: %w", ErrValue, err)})
		return compliance.Inspection{}, false
	}
	in := lr.cur
	in.Measurements = m
	lr.rr.recLine = lr.curLine
	return in, true
}

// ReadInspections reads inspections in layout l (ReadInspectionsWide or ReadInspectionsLong).
func ReadInspections(r io.Reader, f Format, l Layout, inds []compliance.Indicator) *Reader[compliance.Inspection] {
	if l == Long {
		return ReadInspectionsLong(r, f, inds)
	}
	if l != Wide {
		rr := &rowReader{lay: longLayout, done: true}
		rr.errs.Add(&Error{Err: fmt.Errorf("%w: %v", ErrInvalidLayout, l)})
		return &Reader[compliance.Inspection]{rr: rr, next: func() (compliance.Inspection, bool) { return compliance.Inspection{}, false }}
	}
	return ReadInspectionsWide(r, f, inds)
}

// InspectionWriter writes inspections in one layout; in the long layout one Write writes one line per
// observation (one line with indicator and value empty when there is none). It has no JSON form:
// json.Marshal refuses it (ErrUnwritable).
type InspectionWriter struct {
	w      *Writer[compliance.Inspection]
	layout Layout
	set    *indicatorSet
	rows   [][]string // long layout: the rows of one inspection, checked before any is written
}

// NewInspectionWriter writes inspections in layout l with the indicators inds (the columns of
// ReadInspectionsWide and ReadInspectionsLong; usually Indicators(std)). An inspection that observed an
// indicator not in inds is refused (ErrUnwritable): it would not read back. Errors in inds (none, a zero
// indicator, an id twice) are returned by every Write and Flush.
func NewInspectionWriter(w io.Writer, f Format, l Layout, inds []compliance.Indicator) *InspectionWriter {
	set, err := newIndicatorSet(inds)
	if err == nil && l != Wide && l != Long {
		err = fmt.Errorf("%w: %w: %v", ErrUnwritable, ErrInvalidLayout, l)
	}
	iw := &InspectionWriter{layout: l, set: set}
	lay := longLayout
	if err == nil && l == Wide {
		lay = wideLayout(set)
	}
	iw.w = newWriter(w, f, lay, iw.encodeWide)
	if err != nil && iw.w.err == nil {
		iw.w.err = &Error{Err: err}
	}
	return iw
}

// column returns the position of ind among the standard's indicators, or an error.
func (iw *InspectionWriter) column(ind compliance.Indicator, key string) (int, error) {
	k, ok := iw.set.byID[ind.ID()]
	if !ok || iw.set.list[k] != ind {
		return 0, &Error{Column: ind.ID(), Key: key, Err: unwritablef("%w: indicator %s is not one of the file's columns", compliance.ErrUnknownIndicator, quote(ind.ID()))}
	}
	return k, nil
}

func (iw *InspectionWriter) encodeWide(in *compliance.Inspection, cells []string) (string, error) {
	key, err := writeHead(in, cells)
	if err != nil {
		return key, err
	}
	for o := range in.Measurements.All() {
		k, err := iw.column(o.Indicator, key)
		if err != nil {
			return key, err
		}
		cells[iFirstIndicator+k] = itoa(int64(o.Value))
	}
	return key, nil
}

// Write writes one inspection: one row (wide), or one row per observation (long).
func (iw *InspectionWriter) Write(in compliance.Inspection) error {
	if iw == nil || iw.w == nil {
		return errZeroWriter
	}
	w := iw.w
	if iw.layout == Wide || w.err != nil {
		return w.Write(in)
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	clear(w.cells)
	key, err := writeHead(&in, w.cells)
	if err != nil {
		return err
	}
	iw.rows = iw.rows[:0]
	for o := range in.Measurements.All() {
		if _, err := iw.column(o.Indicator, key); err != nil {
			return err
		}
		w.cells[iFirstIndicator], w.cells[iValue] = o.Indicator.ID(), itoa(int64(o.Value))
		iw.rows = append(iw.rows, append([]string(nil), w.cells...))
	}
	if len(iw.rows) == 0 {
		iw.rows = append(iw.rows, append([]string(nil), w.cells...))
	}
	if err := w.check(key); err != nil {
		return err
	}
	for _, row := range iw.rows {
		copy(w.cells, row)
		if err := w.writeRow(); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes the header if nothing was written yet, and any buffered rows.
func (iw *InspectionWriter) Flush() error {
	if iw == nil || iw.w == nil {
		return errZeroWriter
	}
	return iw.w.Flush()
}

// WriteInspections writes the inspections of every campus of h's register, in register order, each
// campus's by date (compliance.History.Of), in layout l with the indicators inds, and flushes.
func WriteInspections(w io.Writer, f Format, l Layout, inds []compliance.Indicator, h *compliance.History) error {
	if h == nil {
		return fmt.Errorf("%w: nil *compliance.History: nothing to write (an empty file would read back as an empty history)", ErrUnwritable)
	}
	iw := NewInspectionWriter(w, f, l, inds)
	if h != nil {
		for _, c := range h.Register().Campuses() {
			for _, in := range h.Of(c.ID) {
				if err := iw.Write(in); err != nil {
					return err
				}
			}
		}
	}
	return iw.Flush()
}

// writeHead fills the columns every layout starts with.
func writeHead(in *compliance.Inspection, cells []string) (string, error) {
	key := keyText(in.Ref, in.ID)
	cells[iID], cells[iCampus], cells[iTeam], cells[iRef] = in.ID.String(), in.Campus.String(), in.Team, in.Ref
	if err := refWritable(in.Ref, key); err != nil {
		return key, err
	}
	if in.Date.IsZero() {
		return key, &Error{Column: "date", Key: key, Err: unwritablef("no date")}
	}
	cells[iDate] = in.Date.String()
	return key, nil
}
