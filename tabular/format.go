package tabular

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
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

var formatEnum = enum.MustNew(enum.Spec[Format]{
	Type: "Format", IDs: []string{"csv", "jsonl"}, Labels: []string{"CSV(逗号分隔值)", "JSON Lines(每行一个 JSON 对象)"},
	English: []string{"CSV", "JSON Lines"},
	Text:    enum.ErrorForm{Err: ErrInvalidFormat, Detail: " "},
})

// IsValid reports whether f is CSV or JSONLines.
func (f Format) IsValid() bool { return formatEnum.IsValid(f) }

// String returns the stable id, "csv" or "jsonl", or "Format(N)" for an invalid value.
func (f Format) String() string { return formatEnum.String(f) }

// Name returns the name of f for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (f Format) Name(lang rate.Lang) string { return formatEnum.Name(f, enum.Lang(lang)) }

// Ext returns the file name extension of the format, with its dot: ".csv" or ".jsonl"; "" when invalid.
func (f Format) Ext() string {
	if !f.IsValid() {
		return ""
	}
	return "." + f.String()
}

// ParseFormat parses the stable id, "csv" or "jsonl", and nothing else. The error wraps ErrInvalidFormat
// and quotes the text.
func ParseFormat(s string) (Format, error) { return formatEnum.Parse(s) }

// MarshalText returns the stable id; the zero value marshals as "", any other invalid value is an error
// wrapping ErrInvalidFormat.
func (f Format) MarshalText() ([]byte, error) { return formatEnum.MarshalText(f) }

// UnmarshalText accepts what ParseFormat accepts; "" gives the zero value. Other text is an error wrapping
// ErrInvalidFormat, and leaves the receiver unchanged.
func (f *Format) UnmarshalText(b []byte) error { return formatEnum.UnmarshalText(f, b) }

// Layout is the shape of an inspections file. The zero value is invalid.
type Layout uint8

// The inspection layouts.
const (
	// Wide is one record per inspection, one column per indicator (ReadInspectionsWide).
	Wide Layout = iota + 1
	// Long is one record per observation (ReadInspectionsLong).
	Long
)

var layoutEnum = enum.MustNew(enum.Spec[Layout]{
	Type: "Layout", IDs: []string{"wide", "long"}, Labels: []string{"宽表(每个检查项一列)", "长表(每个观测值一行)"},
	English: []string{"wide", "long"},
	Text:    enum.ErrorForm{Err: ErrInvalidLayout, Detail: " "},
})

// IsValid reports whether l is Wide or Long.
func (l Layout) IsValid() bool { return layoutEnum.IsValid(l) }

// String returns the stable id, "wide" or "long", or "Layout(N)" for an invalid value.
func (l Layout) String() string { return layoutEnum.String(l) }

// Name returns the name of l for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (l Layout) Name(lang rate.Lang) string { return layoutEnum.Name(l, enum.Lang(lang)) }

// ParseLayout parses the stable id, "wide" or "long", and nothing else. The error wraps ErrInvalidLayout
// and quotes the text.
func ParseLayout(s string) (Layout, error) { return layoutEnum.Parse(s) }

// MarshalText returns the stable id; the zero value marshals as "", any other invalid value is an error
// wrapping ErrInvalidLayout.
func (l Layout) MarshalText() ([]byte, error) { return layoutEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLayout accepts; "" gives the zero value. Other text is an error wrapping
// ErrInvalidLayout, and leaves the receiver unchanged.
func (l *Layout) UnmarshalText(b []byte) error { return layoutEnum.UnmarshalText(l, b) }

// Enum is the package's enums: Format and Layout.
type Enum interface{ Format | Layout }

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any
	switch any(*new(E)).(type) {
	case Format:
		t = formatEnum
	case Layout:
		t = layoutEnum
	}
	return t.(*enum.Table[E])
}

// Values returns every valid value of an enum in its declaration order, as a new slice.
func Values[E Enum]() []E { return table[E]().Values() }

// ParseLabel parses an enum's Chinese label (Name(rate.Chinese)), and nothing else: not its id.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }
