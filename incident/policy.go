package incident

import (
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// Policy is the caller's definition of a major incident (重大案事件), which no source the library knows
// defines for campus reports: an incident is major when its Severity is at or above MajorFrom.
//
// The zero Policy is invalid (it names no threshold): a caller always says what it counts as major, or
// takes DefaultPolicy knowingly. In JSON a Policy is {"major_from": "major"}.
type Policy struct {
	// MajorFrom is the least severe grade that counts as major.
	MajorFrom Severity `json:"major_from"`
}

// DefaultPolicy returns the library's own default — not an official definition: major from the 重大 grade
// (Major and EspeciallyMajor count as major), matching the word 重大 of the 条例's grading.
func DefaultPolicy() Policy { return Policy{MajorFrom: Major} }

// Validate returns nil when MajorFrom is a valid severity, and otherwise an error wrapping ErrInvalidPolicy
// (and ErrInvalidSeverity).
func (p Policy) Validate() error {
	if !p.MajorFrom.IsValid() {
		return fmt.Errorf("%w: major_from %w", ErrInvalidPolicy, &badSeverity{p.MajorFrom})
	}
	return nil
}

// IsMajor reports whether an incident of severity s is major under p: s is valid and at least MajorFrom.
// An invalid policy counts nothing as major.
func (p Policy) IsMajor(s Severity) bool {
	return p.MajorFrom.IsValid() && s.IsValid() && s >= p.MajorFrom
}

// badSeverity is the error of an invalid severity value: it wraps ErrInvalidSeverity.
type badSeverity struct{ s Severity }

func (e *badSeverity) Error() string { return fmt.Sprintf("%v %d", ErrInvalidSeverity, uint8(e.s)) }
func (e *badSeverity) Unwrap() error { return ErrInvalidSeverity }

var (
	jsonString   = &jsonstrict.Schema{Type: jsonstrict.String}
	jsonInt      = &jsonstrict.Schema{Type: jsonstrict.Int}
	policySchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "major_from", Required: true, Value: jsonString},
	}}
)

// UnmarshalJSON decodes {"major_from": "<severity id>"}, the key required and spelt exactly, once; anything
// else is an error wrapping ErrInvalidJSON (and ErrInvalidSeverity for an unknown id). The policy is not
// validated beyond that: "" decodes as the zero (invalid) severity, which Validate and Summarize refuse.
// p is unchanged on error.
func (p *Policy) UnmarshalJSON(b []byte) error {
	type plain Policy
	var v plain
	if err := decodeStrict(b, policySchema, &v); err != nil {
		return err
	}
	*p = Policy(v)
	return nil
}

// decodeStrict decodes b into v after checking it against s; every error wraps ErrInvalidJSON (and, for a
// value a field rejects, that field's sentinel).
func decodeStrict(b []byte, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	return nil
}
