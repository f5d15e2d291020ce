package compliance

import (
	"errors"

	"github.com/campussec/campussec/internal/enum"
)

// ErrInvalidLevel reports a prevention level that is not Normal, Heightened or
// High, or text that names none of them.
var ErrInvalidLevel = errors.New("compliance: invalid prevention level")

// PreventionLevel is the security prevention level (防范等级) in force. After an
// incident the authorities raise it (提升防范等级), and requirements whose
// scope starts at a higher level then apply as well. Levels are ordered:
// Normal < Heightened < High. The zero value is invalid (unset).
type PreventionLevel uint8

// The prevention levels, lowest first.
const (
	// Normal is the everyday level (常态).
	Normal PreventionLevel = iota + 1
	// Heightened is the raised level after an incident or at sensitive times (加强).
	Heightened
	// High is the highest level (高).
	High
)

var preventionLevelEnum = enum.MustNew(enum.Spec[PreventionLevel]{
	Type:   "PreventionLevel",
	IDs:    []string{"normal", "heightened", "high"},
	Labels: []string{"常态", "加强", "高"},
	Text:   enum.ErrorForm{Err: ErrInvalidLevel, Detail: ": "},
})

// PreventionLevels returns every valid level, lowest first.
func PreventionLevels() []PreventionLevel {
	return preventionLevelEnum.AppendValues(make([]PreventionLevel, 0, High))
}

// IsValid reports whether l is Normal, Heightened or High.
func (l PreventionLevel) IsValid() bool { return preventionLevelEnum.IsValid(l) }

// String returns the stable English id ("normal", "heightened", "high"), or
// "PreventionLevel(N)" for an invalid value.
func (l PreventionLevel) String() string { return preventionLevelEnum.String(l) }

// Label returns the Chinese label (常态, 加强, 高), or "" for an invalid value.
func (l PreventionLevel) Label() string { return preventionLevelEnum.Label(l) }

// ParsePreventionLevel parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParsePreventionLevelLabel reads that). The error wraps ErrInvalidLevel and quotes the text.
func ParsePreventionLevel(s string) (PreventionLevel, error) { return preventionLevelEnum.Parse(s) }

// ParsePreventionLevelLabel parses the Chinese label as Label returns it ("加强"): the one function that reads
// a label, for text written for people. The error wraps ErrInvalidLevel and quotes s.
func ParsePreventionLevelLabel(s string) (PreventionLevel, error) {
	return preventionLevelEnum.ParseLabel(s)
}

// MarshalText encodes the English id; an invalid level is an error.
func (l PreventionLevel) MarshalText() ([]byte, error) { return preventionLevelEnum.MarshalText(l) }

// UnmarshalText accepts what ParsePreventionLevel accepts, the stable id only. Other text is an error wrapping
// ErrInvalidLevel that quotes it, and leaves the receiver unchanged.
func (l *PreventionLevel) UnmarshalText(text []byte) error {
	return preventionLevelEnum.UnmarshalText(l, text)
}
