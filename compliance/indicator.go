package compliance

import (
	"fmt"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/rate"
)

// maxIndicatorIDLen is the maximum length in bytes of an indicator id.
const maxIndicatorIDLen = 64

// Indicator is something an inspection observes (检查项): whether the guardroom
// is staffed around the clock, how many full-time guards are on duty. It has a
// stable lower_snake id (used in JSON), a Chinese label and a value kind: a
// yes/no fact or a non-negative count.
//
// The package knows a well-known set (LookupIndicator; package
// compliance/catalog names each: catalog.FullTimeGuards,
// catalog.ClosedManagement, ...); callers define their own with NewIndicator. Indicator is a small comparable
// value; the zero value is invalid and matches nothing. Well-known indicators
// carry a pre-resolved slot, so looking them up in Measurements is a bit test,
// not a string compare.
type Indicator struct {
	id    string
	label string
	kind  ValueKind
	slot  uint8 // 1 + index in wellKnown; 0 for a caller-defined indicator
}

// NewIndicator defines a caller's own indicator. The id must be 1 to 64
// bytes of lower-case ASCII letters, digits and underscores, starting with a
// letter, and must not be a well-known id; the label must be non-empty valid
// UTF-8 and the kind must be valid. Errors wrap ErrInvalidIndicator. Two
// indicators defined with the same id, label and kind are equal.
func NewIndicator(id, label string, kind ValueKind) (Indicator, error) {
	if err := checkIndicatorID(id); err != nil {
		return Indicator{}, err
	}
	if _, ok := LookupIndicator(id); ok {
		return Indicator{}, fmt.Errorf("%w: %s is a well-known indicator", ErrInvalidIndicator, errbound.Quote(id))
	}
	if p := checkLabel(label); p != "" {
		return Indicator{}, fmt.Errorf("%w: %s: label %s", ErrInvalidIndicator, errbound.Quote(id), p)
	}
	if !kind.IsValid() {
		return Indicator{}, fmt.Errorf("%w: %s: value kind %v", ErrInvalidIndicator, errbound.Quote(id), kind)
	}
	return Indicator{id: id, label: label, kind: kind}, nil
}

// checkLabel says what is wrong with an indicator's label ("empty", "is not
// valid UTF-8"), or returns "".
func checkLabel(label string) string {
	switch {
	case label == "":
		return "empty"
	case !utf8.ValidString(label):
		return "is not valid UTF-8"
	}
	return ""
}

// checkIndicatorID validates the syntax of an indicator id.
func checkIndicatorID(id string) error {
	if id == "" || len(id) > maxIndicatorIDLen || id[0] < 'a' || id[0] > 'z' {
		return fmt.Errorf("%w: id %s: want 1-%d bytes of [a-z0-9_] starting with a letter",
			ErrInvalidIndicator, errbound.Quote(id), maxIndicatorIDLen)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return fmt.Errorf("%w: id %s: want 1-%d bytes of [a-z0-9_] starting with a letter",
				ErrInvalidIndicator, errbound.Quote(id), maxIndicatorIDLen)
		}
	}
	return nil
}

// ID returns the stable id ("" for the zero Indicator).
func (i Indicator) ID() string { return i.id }

// Label returns the Chinese label.
func (i Indicator) Label() string { return i.label }

// ValueKind returns whether the indicator is a yes/no fact or a count.
func (i Indicator) ValueKind() ValueKind { return i.kind }

// IsZero reports whether i is the zero (invalid) Indicator.
func (i Indicator) IsZero() bool { return i == Indicator{} }

// String returns the id, or "Indicator(zero)" for the zero value.
func (i Indicator) String() string {
	if i.id == "" {
		return "Indicator(zero)"
	}
	return i.id
}

// ValueKind is the type of value an indicator takes. The zero value is invalid.
type ValueKind uint8

// The value kinds.
const (
	// FactValue is a yes/no fact (是/否): present or absent.
	FactValue ValueKind = iota + 1
	// CountValue is a non-negative count (数量), at most 2,147,483,647.
	CountValue
)

var valueKindEnum = enum.MustNew(enum.Spec[ValueKind]{
	Type:    "ValueKind",
	IDs:     []string{"fact", "count"},
	Labels:  []string{"是否", "数量"},
	English: []string{"yes/no", "count"},
	Text:    enum.ErrorForm{Err: ErrInvalidValueKind, Detail: ": "},
})

// IsValid reports whether k is FactValue or CountValue.
func (k ValueKind) IsValid() bool { return valueKindEnum.IsValid(k) }

// String returns "fact" or "count", or "ValueKind(N)" when invalid.
func (k ValueKind) String() string { return valueKindEnum.String(k) }

// Name returns the name of k for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (k ValueKind) Name(lang rate.Lang) string { return valueKindEnum.Name(k, enum.Lang(lang)) }

// ParseValueKind parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidValueKind and quotes the text.
func ParseValueKind(s string) (ValueKind, error) { return valueKindEnum.Parse(s) }

// MarshalText encodes the English id, or "" for the zero value (unset); any other invalid value is an error.
func (k ValueKind) MarshalText() ([]byte, error) { return valueKindEnum.MarshalText(k) }

// UnmarshalText accepts what ParseValueKind accepts, the stable id only; "" gives the zero value. Other text
// is an error wrapping ErrInvalidValueKind that quotes it, and leaves the receiver unchanged.
func (k *ValueKind) UnmarshalText(text []byte) error { return valueKindEnum.UnmarshalText(k, text) }
