package tabular

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Writer writes records of one type as CSV or JSON Lines, as it goes: the header (CSV) on the first Write or
// Flush, then one row per Write, buffered. Call Flush at the end. A value the format cannot carry without
// loss is refused with an *Error wrapping ErrUnwritable and nothing of it is written; the writer stays
// usable. An error of the underlying io.Writer is returned by Write or Flush and sticks. A Writer is not
// safe for concurrent use. It has no JSON form: json.Marshal refuses it (ErrUnwritable).
type Writer[T any] struct {
	lay    *layout
	format Format
	encode func(v *T, cells []string) (key string, err error)
	cells  []string
	cw     *csv.Writer
	bw     *bufio.Writer
	line   []byte
	header bool
	err    error
}

func newWriter[T any](w io.Writer, f Format, lay *layout, encode func(v *T, cells []string) (string, error)) *Writer[T] {
	wr := &Writer[T]{lay: lay, format: f, encode: encode, cells: make([]string, len(lay.cols))}
	switch {
	case w == nil:
		wr.err = fmt.Errorf("%w: nil io.Writer", ErrUnwritable)
	case f == CSV:
		wr.cw = csv.NewWriter(w)
	case f == JSONLines:
		wr.bw = bufio.NewWriterSize(w, 64<<10)
	default:
		wr.err = fmt.Errorf("%w: %w: %v", ErrUnwritable, ErrInvalidFormat, f)
	}
	return wr
}

// errZeroWriter is the error of the zero Writer, which writes nothing.
var errZeroWriter = fmt.Errorf("%w: the zero Writer writes nothing (build one with a New…Writer function)", ErrUnwritable)

// Write writes one record.
func (w *Writer[T]) Write(v T) error {
	if w == nil || w.encode == nil {
		return errZeroWriter
	}
	if w.err != nil {
		return w.err
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	clear(w.cells)
	key, err := w.encode(&v, w.cells)
	if err != nil {
		return err
	}
	if err := w.check(key); err != nil {
		return err
	}
	return w.writeRow()
}

// writeRow writes the cells, checked, as one row.
func (w *Writer[T]) writeRow() error {
	if w.cw != nil {
		if err := w.cw.Write(w.cells); err != nil {
			w.err = err
			return err
		}
		return nil
	}
	w.line = w.appendObject(w.line[:0])
	if _, err := w.bw.Write(w.line); err != nil {
		w.err = err
		return err
	}
	return nil
}

// check refuses cells a reader would not read back as written.
func (w *Writer[T]) check(key string) error {
	var errs []error
	for c, s := range w.cells {
		col := w.lay.cols[c]
		switch {
		case !utf8.ValidString(s):
			errs = append(errs, &Error{Column: col.name, Key: key, Err: fmt.Errorf("%w: not valid UTF-8", ErrUnwritable)})
		case len(s) > MaxFieldBytes:
			errs = append(errs, &Error{Column: col.name, Key: key, Err: fmt.Errorf("%w: %w: %d bytes, at most %d", ErrUnwritable, ErrTooLong, len(s), MaxFieldBytes)})
		case w.cw != nil && strings.ContainsRune(s, '\r'):
			// encoding/csv reads a quoted "\r\n" back as "\n".
			errs = append(errs, &Error{Column: col.name, Key: key, Err: fmt.Errorf("%w: a carriage return does not survive CSV", ErrUnwritable)})
		case s == "" && col.required:
			errs = append(errs, &Error{Column: col.name, Key: key, Err: fmt.Errorf("%w: %w", ErrUnwritable, ErrRequired)})
		}
	}
	return errors.Join(errs...)
}

func (w *Writer[T]) writeHeader() error {
	if w.header || w.err != nil {
		return w.err
	}
	w.header = true
	if w.cw != nil {
		if err := w.cw.Write(w.lay.names()); err != nil {
			w.err = err
		}
	}
	return w.err
}

// Flush writes the header if nothing was written yet, and any buffered rows, to the underlying writer.
func (w *Writer[T]) Flush() error {
	if w == nil || w.encode == nil {
		return errZeroWriter
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	if w.cw != nil {
		w.cw.Flush()
		w.err = w.cw.Error()
	} else {
		w.err = w.bw.Flush()
	}
	return w.err
}

// appendObject appends the cells as one JSON object and a line feed: empty optional cells left out,
// integer and boolean columns as JSON numbers and booleans.
func (w *Writer[T]) appendObject(b []byte) []byte {
	b = append(b, '{')
	first := true
	for c, s := range w.cells {
		col := w.lay.cols[c]
		if s == "" && !col.required {
			continue
		}
		if !first {
			b = append(b, ',')
		}
		first = false
		b = appendJSONString(b, col.name)
		b = append(b, ':')
		if col.kind == jsString {
			b = appendJSONString(b, s)
		} else {
			b = append(b, s...)
		}
	}
	return append(b, '}', '\n')
}

// appendJSONString appends s (valid UTF-8) as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// Cell formatting helpers.

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func btoa(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// textOf returns the MarshalText form of v, "" for a zero value the caller leaves empty.
func textOf(v interface{ MarshalText() ([]byte, error) }, col, key string) (string, error) {
	b, err := v.MarshalText()
	if err != nil {
		return "", &Error{Column: col, Key: key, Err: fmt.Errorf("%w: %w", ErrUnwritable, err)}
	}
	return string(b), nil
}
