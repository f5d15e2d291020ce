package compliance

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Status is a campus's compliance status as of a date. The zero value is
// invalid: a status is always one of Compliant, NonCompliant, Incomplete,
// Unassessed or OutOfScope. Unassessed and OutOfScope are statuses of their
// own and are never folded into another one.
type Status uint8

// The statuses, in the order reports list them.
const (
	// Compliant (达标): the campus meets every requirement that applies to it.
	Compliant Status = iota + 1
	// NonCompliant (未达标): at least one applicable requirement is unmet.
	NonCompliant
	// Incomplete (检查不完整): nothing is unmet, but at least one applicable
	// requirement was not observed, so a pass cannot be inferred.
	Incomplete
	// Unassessed (未检查): no inspection counts as of the date.
	Unassessed
	// OutOfScope (不适用): no requirement of the standard applies to the
	// campus at the prevention level (every requirement's Scope excludes it:
	// a 托儿所 under a standard for 中小学 and 幼儿园), so the campus is outside
	// the standard's population. It is neither compliant nor non-compliant,
	// with or without an inspection, and compliance rates leave it out of
	// their denominators (see Tally.InScope). A campus that is in a
	// requirement's scope but falls in its exempt band is in the population.
	OutOfScope
)

// statusCount is the number of valid statuses plus one (index 0 = invalid);
// arrays indexed by Status use it so that a status is a direct index.
const statusCount = int(OutOfScope) + 1

var statusEnum = enum.MustNew(enum.Spec[Status]{
	Type:    "Status",
	IDs:     []string{"compliant", "non_compliant", "incomplete", "unassessed", "out_of_scope"},
	Labels:  []string{"达标", "未达标", "检查不完整", "未检查", "不适用"},
	English: []string{"compliant", "non-compliant", "inspection incomplete", "not inspected", "not applicable"},
	Text:    enum.ErrorForm{Err: ErrInvalidStatus, Detail: ": "},
})

// IsValid reports whether s is one of the five defined statuses.
func (s Status) IsValid() bool { return statusEnum.IsValid(s) }

// String returns the stable English id ("compliant", "non_compliant",
// "incomplete", "unassessed", "out_of_scope"), or "Status(N)" for an invalid
// value.
func (s Status) String() string { return statusEnum.String(s) }

// Name returns the name of s for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (s Status) Name(lang rate.Lang) string { return statusEnum.Name(s, enum.Lang(lang)) }

// ParseStatus parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidStatus and quotes the text.
func ParseStatus(text string) (Status, error) { return statusEnum.Parse(text) }

// MarshalText encodes s as its English id, or "" for the zero value (unset); any other invalid value is an
// error.
func (s Status) MarshalText() ([]byte, error) { return statusEnum.MarshalText(s) }

// UnmarshalText accepts what ParseStatus accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidStatus that quotes it, and leaves the receiver unchanged.
func (s *Status) UnmarshalText(text []byte) error { return statusEnum.UnmarshalText(s, text) }
