package prevention

import (
	"database/sql/driver"
	"errors"

	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Level is the security prevention level (防范等级) in force. After an
// incident the authorities raise it (提升防范等级), and requirements whose
// scope starts at a higher level then apply as well. Levels are ordered:
// Normal < Heightened < High. The zero value is invalid (unset).
type Level uint8

// The prevention levels, lowest first.
const (
	// Normal is the everyday level (常态).
	Normal Level = iota + 1
	// Heightened is the raised level after an incident or at sensitive times (加强).
	Heightened
	// High is the highest level (高).
	High
)

var levelEnum = enum.MustNew(enum.Spec[Level]{
	Type:    "Level",
	IDs:     []string{"normal", "heightened", "high"},
	Labels:  []string{"常态", "加强", "高"},
	English: []string{"normal", "heightened", "high"},
	Text:    enum.ErrorForm{Err: ErrInvalidLevel, Detail: ": "},
})

// IsValid reports whether l is Normal, Heightened or High.
func (l Level) IsValid() bool { return levelEnum.IsValid(l) }

// String returns the stable English id ("normal", "heightened", "high"), or
// "Level(N)" for an invalid value.
func (l Level) String() string { return levelEnum.String(l) }

// Name returns the name of l for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (l Level) Name(lang rate.Lang) string {
	return levelEnum.Name(l, enum.Lang(lang))
}

// ParseLevel parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidLevel and quotes the text.
func ParseLevel(s string) (Level, error) { return levelEnum.Parse(s) }

// MarshalText encodes the English id, or "" for the zero value (unset); any other invalid value is an error.
func (l Level) MarshalText() ([]byte, error) { return levelEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLevel accepts, the stable id only; "" gives the zero value. Other
// text is an error wrapping ErrInvalidLevel that quotes it, and leaves the receiver unchanged.
func (l *Level) UnmarshalText(text []byte) error {
	return levelEnum.UnmarshalText(l, text)
}

// ErrInvalidLevel reports a prevention level that is not Normal, Heightened or
// High, or text that names none of them.
var ErrInvalidLevel = errors.New("prevention: invalid level")

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (l Level) Value() (driver.Value, error) { return levelEnum.Value(l) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (l *Level) Scan(src any) error { return levelEnum.Scan(l, src) }
