package compliance

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

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
	Type:    "PreventionLevel",
	IDs:     []string{"normal", "heightened", "high"},
	Labels:  []string{"常态", "加强", "高"},
	English: []string{"normal", "heightened", "high"},
	Text:    enum.ErrorForm{Err: ErrInvalidPreventionLevel, Detail: ": "},
})

// IsValid reports whether l is Normal, Heightened or High.
func (l PreventionLevel) IsValid() bool { return preventionLevelEnum.IsValid(l) }

// String returns the stable English id ("normal", "heightened", "high"), or
// "PreventionLevel(N)" for an invalid value.
func (l PreventionLevel) String() string { return preventionLevelEnum.String(l) }

// Name returns the name of l for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (l PreventionLevel) Name(lang rate.Lang) string {
	return preventionLevelEnum.Name(l, enum.Lang(lang))
}

// ParsePreventionLevel parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidPreventionLevel and quotes the text.
func ParsePreventionLevel(s string) (PreventionLevel, error) { return preventionLevelEnum.Parse(s) }

// MarshalText encodes the English id, or "" for the zero value (unset); any other invalid value is an error.
func (l PreventionLevel) MarshalText() ([]byte, error) { return preventionLevelEnum.MarshalText(l) }

// UnmarshalText accepts what ParsePreventionLevel accepts, the stable id only; "" gives the zero value. Other
// text is an error wrapping ErrInvalidPreventionLevel that quotes it, and leaves the receiver unchanged.
func (l *PreventionLevel) UnmarshalText(text []byte) error {
	return preventionLevelEnum.UnmarshalText(l, text)
}
