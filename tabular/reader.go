package tabular

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
)

// colKind is the JSON type of a column's values.
type colKind uint8

const (
	jsString colKind = iota
	jsInt
	jsBool
)

// column is one column of a layout.
type column struct {
	name     string
	required bool // the header must have it and its cell must not be empty
	kind     colKind
	// optionalHeader marks a required-looking column that a CSV header may leave out (derived columns such
	// as a jurisdiction's level): its cell is checked only when present.
	optionalHeader bool
	// headerRequired marks an optional column that a CSV header must still have (an indicator of the wide
	// inspection layout: an empty cell is "not observed").
	headerRequired bool
	// orRef marks a record's id column, which the layout's "ref" column can stand in for: the header must
	// have one of them (or both), and a row an id or a ref (recordID derives the id from the ref).
	orRef bool
}

// layout is the columns of one format, in the order a writer writes them.
type layout struct {
	cols  []column
	index map[string]int
}

func newLayout(cols []column) *layout {
	l := &layout{cols: cols, index: make(map[string]int, len(cols))}
	for i, c := range cols {
		l.index[c.name] = i
	}
	return l
}

// names returns the column names of l in the order a writer writes them.
func (l *layout) names() []string {
	out := make([]string, len(l.cols))
	for i, c := range l.cols {
		out[i] = c.name
	}
	return out
}

// Reader reads records of one type, one at a time, from a CSV or JSON Lines input, in the input's order.
// It is like bufio.Scanner:
//
//	r := tabular.ReadCampuses(f, tabular.CSV)
//	for r.Next() {
//		campuses = append(campuses, r.Value())
//	}
//	if err := r.Err(); err != nil { … } // the input is rejected: do not use what was read
//
// A record with a problem is never yielded and never silently skipped: its problems are recorded and Next
// goes on to the next good record, so that one pass reports every problem of the input (the first
// MaxErrors in full, the rest counted). Err returns them, each an *Error with its line, column and key,
// joined with errors.Join; when Err is non-nil the records yielded are not the whole input and must not be
// used as if they were. Some problems stop the reader at once (Next returns false): a bad header, input
// that is not UTF-8, a line longer than MaxLineBytes, and an error of the underlying io.Reader.
//
// A Reader holds one record (and for the long inspection layout, one inspection) at a time, plus the keys
// read so far to find duplicates. It is not safe for concurrent use. It has no JSON form: json.Marshal
// refuses it (ErrUnwritable). The zero Reader (not built by a Read function) reads nothing: Next reports
// false and Err says so (ErrInvalidFormat).
type Reader[T any] struct {
	rr   *rowReader
	next func() (T, bool)
	cur  T
}

// Next advances to the next good record and reports whether there is one.
func (r *Reader[T]) Next() bool {
	if r == nil || r.next == nil {
		return false
	}
	v, ok := r.next()
	if ok {
		r.cur = v
	} else {
		var zero T
		r.cur = zero
	}
	return ok
}

// Value returns the record Next advanced to.
func (r *Reader[T]) Value() T { return r.cur }

// Err returns every problem found so far (after Next has returned false: in the whole input), joined, or nil.
func (r *Reader[T]) Err() error {
	if r == nil || r.rr == nil {
		return fmt.Errorf("%w: the zero Reader reads nothing (build one with a Read function, such as ReadCampuses)", ErrInvalidFormat)
	}
	return r.rr.errs.Err()
}

// All iterates over the remaining good records (Next and Value); check Err afterwards.
func (r *Reader[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for r.Next() {
			if !yield(r.Value()) {
				return
			}
		}
	}
}

// Line returns the line of the record Value returns (its first line).
func (r *Reader[T]) Line() int {
	if r == nil || r.rr == nil {
		return 0
	}
	return r.rr.recLine
}

// rowReader reads the rows of one input into cells by column and collects the problems.
type rowReader struct {
	lay  *layout
	errs errbound.List
	done bool

	// CSV
	cs  *csvScanner
	pos []int // header position → column index
	// JSON Lines
	sc     *bufio.Scanner
	lineNo int

	cells   []string // by column index
	present []bool   // by column index: in the header (CSV) or the object (JSON Lines)
	bad     []bool   // by column index: a problem was reported for the cell already
	line    int      // line of the row
	recLine int      // line of the record last yielded
	probs   []*Error // the row's problems, Key not yet set
	rowBad  bool     // the row could not be split into cells
	scan    lineScanner
	last    string // the text interned last
	intern  map[string]string
}

// newRowReader starts reading r in format f with layout lay; a bad format or header is recorded and ends
// the input.
func newRowReader(r io.Reader, f Format, lay *layout) *rowReader {
	rr := &rowReader{lay: lay, cells: make([]string, len(lay.cols)), present: make([]bool, len(lay.cols)),
		bad: make([]bool, len(lay.cols))}
	if r == nil {
		rr.fatal(0, "", fmt.Errorf("%w: nil io.Reader", ErrSyntax))
		return rr
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		_, _ = br.Discard(3)
	}
	switch f {
	case CSV:
		rr.cs = &csvScanner{br: br}
		rr.readHeader()
	case JSONLines:
		rr.sc = bufio.NewScanner(br)
		rr.sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
		for i := range rr.present {
			rr.present[i] = true // checked per object
		}
	default:
		rr.fatal(0, "", fmt.Errorf("%w: %v", ErrInvalidFormat, f))
	}
	return rr
}

// fatal records a problem that ends the input.
func (rr *rowReader) fatal(line int, col string, err error) {
	rr.errs.Add(&Error{Line: line, Column: col, Err: err})
	rr.done = true
}

// notUTF8 records that line is not UTF-8 and ends the input.
func (rr *rowReader) notUTF8(line int) {
	rr.fatal(line, "", fmt.Errorf("%w: %s", ErrNotUTF8, notUTF8Help))
}

// readErr records an error of the CSV reader or the underlying reader.
func (rr *rowReader) readErr(err error) {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, errLineTooLong):
		rr.fatal(rr.cs.numLine+1, "", fmt.Errorf("%w: a line is longer than %d bytes", ErrTooLong, MaxLineBytes))
	case errors.As(err, &pe):
		rr.probs = append(rr.probs, &Error{Line: pe.StartLine, Err: fmt.Errorf("%w: %w", ErrSyntax, pe.Err)})
		rr.rowBad = true
	default:
		rr.fatal(rr.line, "", fmt.Errorf("reading: %w", err))
	}
}

// readHeader reads and checks the CSV header: every problem at once, and any ends the input.
func (rr *rowReader) readHeader() {
	err := rr.cs.read()
	if err == io.EOF {
		rr.fatal(1, "", fmt.Errorf("%w: empty input: want a header line of %s", ErrHeader, strings.Join(rr.lay.names(), ",")))
		return
	}
	if err != nil {
		rr.readErr(err)
		if len(rr.probs) > 0 {
			rr.fatal(rr.probs[0].Line, "", rr.probs[0].Err)
		}
		return
	}
	if !rr.cs.validUTF8() {
		rr.notUTF8(1)
		return
	}
	rec := make([]string, len(rr.cs.ends))
	for i := range rec {
		rec[i] = string(rr.cs.field(i))
	}
	rr.pos = make([]int, len(rec))
	var errs []error
	for i, h := range rec {
		c, ok := rr.lay.index[h]
		rr.pos[i] = c
		switch {
		case !ok:
			errs = append(errs, &Error{Line: 1, Column: h, Err: fmt.Errorf("%w: unknown column (want %s)", ErrHeader, strings.Join(rr.lay.names(), ","))})
			rr.pos[i] = -1
		case rr.present[c]:
			errs = append(errs, &Error{Line: 1, Column: h, Err: fmt.Errorf("%w: repeated column", ErrHeader)})
			rr.pos[i] = -1
		default:
			rr.present[c] = true
		}
	}
	for c, col := range rr.lay.cols {
		if ((col.required && !col.optionalHeader) || col.headerRequired) && !rr.present[c] {
			errs = append(errs, &Error{Line: 1, Column: col.name, Err: fmt.Errorf("%w: missing column", ErrHeader)})
		}
		if col.orRef && !rr.present[c] && !rr.present[rr.lay.index["ref"]] {
			errs = append(errs, &Error{Line: 1, Column: col.name, Err: fmt.Errorf("%w: missing column: want id, ref or both", ErrHeader)})
		}
	}
	if len(errs) > 0 {
		rr.errs.Add(errs...)
		rr.done = true
	}
}

// read reads the next row into cells; false at the end of the input. A row that could not be split into
// cells has rowBad set and its problems in probs.
func (rr *rowReader) read() bool {
	rr.probs = rr.probs[:0]
	rr.rowBad = false
	clear(rr.bad)
	if rr.done {
		return false
	}
	if rr.cs != nil {
		return rr.readCSV()
	}
	return rr.readJSON()
}

func (rr *rowReader) readCSV() bool {
	cs := rr.cs
	err := cs.read()
	if err == io.EOF {
		rr.done = true
		return false
	}
	if err != nil {
		rr.readErr(err)
		return !rr.done
	}
	rr.line = cs.recLine
	if !cs.validUTF8() {
		rr.notUTF8(rr.line)
		return false
	}
	if len(cs.ends) != len(rr.pos) {
		rr.probs = append(rr.probs, &Error{Line: rr.line, Err: fmt.Errorf("%w: %d fields, the header has %d", ErrFieldCount, len(cs.ends), len(rr.pos))})
		rr.rowBad = true
		return true
	}
	// One string per record holds every cell (as encoding/csv does); a cell the caller keeps is cloned.
	text := string(cs.buf)
	clear(rr.cells)
	start := 0
	for i, end := range cs.ends {
		if c := rr.pos[i]; c >= 0 {
			rr.cells[c] = text[start:end]
			rr.checkLen(c)
		}
		start = end
	}
	return true
}

// checkLen reports a cell longer than MaxFieldBytes.
func (rr *rowReader) checkLen(c int) {
	if len(rr.cells[c]) > MaxFieldBytes {
		rr.problem(c, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLong, len(rr.cells[c]), MaxFieldBytes))
	}
}

func (rr *rowReader) readJSON() bool {
	for {
		if !rr.sc.Scan() {
			rr.done = true
			if err := rr.sc.Err(); err != nil {
				if errors.Is(err, bufio.ErrTooLong) {
					rr.fatal(rr.lineNo+1, "", fmt.Errorf("%w: a line is longer than %d bytes", ErrTooLong, MaxLineBytes))
				} else {
					rr.fatal(rr.lineNo+1, "", fmt.Errorf("reading: %w", err))
				}
			}
			return false
		}
		rr.lineNo++
		b := rr.sc.Bytes()
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		rr.line = rr.lineNo
		if !utf8.Valid(b) {
			rr.notUTF8(rr.line)
			return false
		}
		rr.parseObject(b)
		return true
	}
}

// parseObject splits one JSON Lines object into cells.
func (rr *rowReader) parseObject(b []byte) {
	clear(rr.cells)
	clear(rr.present)
	rr.scan.s, rr.scan.i = string(b), 0
	err := rr.scan.object(func(key string, v jsonValue) {
		c, ok := rr.lay.index[key]
		switch {
		case !ok:
			rr.probs = append(rr.probs, &Error{Line: rr.line, Column: key, Err: fmt.Errorf("%w: unknown key in this record (JSON Lines records take the columns' keys: %s)", ErrHeader, strings.Join(rr.lay.names(), ","))})
			return
		case rr.present[c]:
			rr.problem(c, fmt.Errorf("%w: repeated key", ErrHeader))
			return
		}
		rr.present[c] = true
		want := rr.lay.cols[c].kind
		switch {
		case v.null:
			rr.problem(c, fmt.Errorf("%w: null, want a %s", ErrValue, kindName(want)))
			return
		case v.kind != want:
			rr.problem(c, fmt.Errorf("%w: a %s, want a %s", ErrValue, kindName(v.kind), kindName(want)))
		}
		rr.cells[c] = v.text
		rr.checkLen(c)
	})
	if err != nil {
		rr.probs = append(rr.probs, &Error{Line: rr.line, Err: fmt.Errorf("%w: %w", ErrSyntax, err)})
		rr.rowBad = true
	}
}

func kindName(k colKind) string {
	switch k {
	case jsInt:
		return "JSON number"
	case jsBool:
		return "JSON boolean (true or false)"
	}
	return "JSON string"
}

// problem records a problem with cell c of the current row (once per cell).
func (rr *rowReader) problem(c int, err error) {
	if rr.bad[c] {
		return
	}
	rr.bad[c] = true
	rr.probs = append(rr.probs, &Error{Line: rr.line, Column: rr.lay.cols[c].name, Err: err})
}

// rowProblem records a problem with the current row as a whole.
func (rr *rowReader) rowProblem(err error) {
	rr.probs = append(rr.probs, &Error{Line: rr.line, Err: err})
}

// finish adds the row's problems to the list with the record's key, and reports whether the row was good.
func (rr *rowReader) finish(key string) bool {
	if len(rr.probs) == 0 {
		return true
	}
	errs := make([]error, len(rr.probs))
	for i, p := range rr.probs {
		p.Key = key
		errs[i] = p
	}
	rr.errs.Add(errbound.Cap(errs, "line "+fmt.Sprint(rr.line))...)
	return false
}
