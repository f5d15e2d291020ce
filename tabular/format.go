package tabular

import (
	"fmt"

	"github.com/campussec/campussec/internal/errbound"
)

// Format is a tabular interchange format. The zero value is invalid.
type Format uint8

// The formats.
const (
	// CSV is RFC 4180 comma-separated values: a header line of column names, then one record per row. A
	// reader accepts UTF-8 with or without a byte-order mark, LF or CRLF line ends; a writer writes UTF-8
	// without a BOM and LF line ends, quoting only where needed.
	CSV Format = iota + 1
	// JSONLines is JSON Lines (https://jsonlines.org): one flat JSON object per line, whose keys are the CSV
	// columns' names and whose values are strings, except integer columns (JSON numbers) and boolean columns
	// (true/false). A writer leaves out the keys of optional columns that are empty; a reader treats an
	// absent key as an empty cell and skips blank lines.
	JSONLines
)

// String returns "csv" or "jsonl", or "Format(N)" when f is invalid.
func (f Format) String() string {
	switch f {
	case CSV:
		return "csv"
	case JSONLines:
		return "jsonl"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// IsValid reports whether f is CSV or JSONLines.
func (f Format) IsValid() bool { return f == CSV || f == JSONLines }

// Ext returns the file name extension of the format, with its dot: ".csv" or ".jsonl"; "" when invalid.
func (f Format) Ext() string {
	if !f.IsValid() {
		return ""
	}
	return "." + f.String()
}

// ParseFormat parses "csv" or "jsonl", as String returns them. Other text is an error wrapping ErrValue.
func ParseFormat(s string) (Format, error) {
	switch s {
	case "csv":
		return CSV, nil
	case "jsonl":
		return JSONLines, nil
	}
	return 0, fmt.Errorf("%w: format %s: want csv or jsonl", ErrValue, errbound.Quote(s))
}
