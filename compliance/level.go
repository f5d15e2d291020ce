package compliance

import (
	"errors"
	"fmt"
	"strconv"
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

var levelIDs = [...]string{"", "normal", "heightened", "high"}

var levelLabels = [...]string{"", "常态", "加强", "高"}

// PreventionLevels returns every valid level, lowest first.
func PreventionLevels() []PreventionLevel { return []PreventionLevel{Normal, Heightened, High} }

// IsValid reports whether l is Normal, Heightened or High.
func (l PreventionLevel) IsValid() bool { return l >= Normal && l <= High }

// String returns the stable English id ("normal", "heightened", "high"), or
// "PreventionLevel(N)" for an invalid value.
func (l PreventionLevel) String() string {
	if !l.IsValid() {
		return "PreventionLevel(" + strconv.Itoa(int(l)) + ")"
	}
	return levelIDs[l]
}

// Label returns the Chinese label (常态, 加强, 高), or "" for an invalid value.
func (l PreventionLevel) Label() string {
	if !l.IsValid() {
		return ""
	}
	return levelLabels[l]
}

// ParsePreventionLevel parses an English id or a Chinese label.
func ParsePreventionLevel(s string) (PreventionLevel, error) {
	for l := Normal; l <= High; l++ {
		if s == levelIDs[l] || s == levelLabels[l] {
			return l, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidLevel, s)
}

// MarshalText encodes the English id; an invalid level is an error.
func (l PreventionLevel) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(l))
	}
	return []byte(levelIDs[l]), nil
}

// UnmarshalText decodes an English id or a Chinese label.
func (l *PreventionLevel) UnmarshalText(text []byte) error {
	v, err := ParsePreventionLevel(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
