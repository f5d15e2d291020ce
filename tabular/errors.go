package tabular

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/campussec/campussec/internal/errbound"
)

// The sentinels every problem of a reader or writer wraps (errors.Is), each inside an *Error that says where.
// A value the library's own parser rejects wraps that parser's sentinel too (hierarchy.ErrInvalidCode,
// civil.ErrInvalidDate, campus.ErrInvalidKind, compliance.ErrUnknownIndicator, …) besides ErrValue.
var (
	// ErrInvalidFormat marks a Format that is not one of the package's (ParseFormat, or an invalid value given
	// to a reader or writer).
	ErrInvalidFormat = errors.New("tabular: invalid format")
	// ErrInvalidLayout marks a Layout that is not Wide or Long.
	ErrInvalidLayout = errors.New("tabular: invalid layout")
	// ErrNotUTF8 marks input that is not UTF-8: typically a CSV file saved from Excel as "CSV (逗号分隔)",
	// which writes GBK/GB18030 on a Chinese Windows. The message says how to save it as UTF-8.
	ErrNotUTF8 = errors.New("tabular: input is not UTF-8")
	// ErrHeader marks a header (the first CSV line, or the keys of a JSON Lines object) with an unknown,
	// missing or repeated column, or input with no header at all.
	ErrHeader = errors.New("tabular: bad header")
	// ErrSyntax marks text that is not CSV (a bare quote) or a line that is not one flat JSON object.
	ErrSyntax = errors.New("tabular: syntax error")
	// ErrFieldCount marks a CSV row with fewer or more fields than the header (a short row).
	ErrFieldCount = errors.New("tabular: wrong number of fields")
	// ErrRequired marks an empty cell (or absent JSON key) of a required column.
	ErrRequired = errors.New("tabular: required value missing")
	// ErrValue marks a cell that is not its column's text form (a code, a date, an enum id, an integer in
	// range), or a JSON value of the wrong type.
	ErrValue = errors.New("tabular: invalid value")
	// ErrDuplicateKey marks a second record with a key already read (an ID, a code, a summary cell): the
	// message names the line of the first.
	ErrDuplicateKey = errors.New("tabular: duplicate key")
	// ErrTooLong marks a field longer than MaxFieldBytes or a line longer than MaxLineBytes.
	ErrTooLong = errors.New("tabular: too long")
	// ErrInvalidJSON marks the JSON of a SummaryRow (its encoding/json form, not a tabular format) that is
	// not in its documented form: an unknown, misspelt, duplicate or case-variant key, a missing "tally",
	// "" for a breakdown (absent when unset), null, a wrong type, or a value that does not parse.
	ErrInvalidJSON = errors.New("tabular: invalid JSON")
	// ErrUnwritable marks a value a writer cannot write without losing data (an observation of an indicator
	// the format's standard does not declare, text that is not UTF-8, an invalid enum): the writer refuses it
	// and writes nothing of that record. json.Marshal of an Error, a Reader or a writer, which have no JSON
	// form, is refused with it too.
	ErrUnwritable = errors.New("tabular: value cannot be written")
)

// The limits of a reader.
const (
	// MaxErrors is how many problems a reader's Err reports in full; the rest are counted in one final
	// "… and N more problems" line. A reader reads on to the end to count them.
	MaxErrors = errbound.MaxPerCall
	// MaxFieldBytes is the longest field a reader accepts, in bytes.
	MaxFieldBytes = 4096
	// MaxLineBytes is the longest line a reader accepts, in bytes (a CSV field with line breaks spans lines;
	// each counts on its own). A longer line stops the reader with ErrTooLong.
	MaxLineBytes = 1 << 20
)

// Error is one problem of one record of a tabular input, or of one value given to a writer. Use errors.As
// to get it out of the errors.Join a reader's Err returns:
//
//	var pe *tabular.Error
//	if errors.As(err, &pe) { fmt.Println(pe.Line, pe.Column, pe.Key) }
//
// An Error has no JSON form (its cause has none): json.Marshal refuses it (ErrUnwritable); write Error().
type Error struct {
	// Line is the 1-based line of the input the problem is on: the line a CSV record starts on (the header
	// is line 1), or the line of a JSON Lines object. 0 for a writer's error.
	Line int
	// Column is the column (CSV header name, JSON key) of the problem; empty when it is the whole record.
	Column string
	// Key is the record's key as written: its ref when the record has one, otherwise its id (a code for a
	// jurisdiction, the cell for a summary row); empty when it could not be read.
	Key string
	// Err is the problem; it wraps one of the package's sentinels.
	Err error
}

// Error returns `tabular: line 12, column "kind", record "…": <problem>`, the parts that are known.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("tabular: ")
	sep := ""
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		sep = ", "
	}
	if e.Column != "" {
		b.WriteString(sep + "column " + errbound.Quote(e.Column))
		sep = ", "
	}
	if e.Key != "" {
		b.WriteString(sep + "record " + errbound.Quote(e.Key))
		sep = ", "
	}
	if sep != "" {
		b.WriteString(": ")
	}
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "tabular: "))
	return b.String()
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// notUTF8Help is the advice an ErrNotUTF8 error gives.
const notUTF8Help = "the file is probably GBK/GB18030 (Excel's \"CSV (逗号分隔)\" on a Chinese Windows); " +
	"save it as UTF-8: in Excel, File → Save As → \"CSV UTF-8 (逗号分隔) (*.csv)\"; in WPS or LibreOffice, " +
	"choose the UTF-8 character set when saving"

// valueErrf is an ErrValue error.
func valueErrf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrValue}, args...)...)
}

// unwritablef is an ErrUnwritable error.
func unwritablef(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUnwritable}, args...)...)
}

// quote quotes caller text for a message.
func quote(s string) string { return errbound.Quote(s) }
