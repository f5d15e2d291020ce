package incident

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Severity is the grade of an incident, in the four grades of 《生产安全事故报告和调查处理条例》 (国务院令第493号,
// 第三条), from least to most severe. Severities are ordered: a larger value is more severe (Compare them
// with <). The 条例's criteria (deaths, serious injuries, direct economic loss) grade production-safety
// accidents only; for other incidents the grade is the caller's judgement (see the package documentation).
// The zero value is unset and invalid: NewLog refuses it.
type Severity uint8

const (
	// General is 一般 (条例: fewer than 3 deaths, fewer than 10 serious injuries, or less than 10 million
	// yuan of direct loss).
	General Severity = iota + 1
	// Larger is 较大 (条例: 3 to 10 deaths, 10 to 50 serious injuries, or 10 to 50 million yuan).
	Larger
	// Major is 重大 (条例: 10 to 30 deaths, 50 to 100 serious injuries, or 50 to 100 million yuan). It is
	// a grade, not the count: whether an incident counts as major (Policy.IsMajor, Tally.Major,
	// Summary.Major) is the caller's Policy, which under DefaultPolicy starts at this grade.
	Major
	// EspeciallyMajor is 特别重大 (条例: 30 or more deaths, 100 or more serious injuries, or 100 million
	// yuan or more).
	EspeciallyMajor
)

var severityEnum = enum.MustNew(enum.Spec[Severity]{
	Type:    "Severity",
	IDs:     []string{"general", "larger", "major", "especially_major"},
	Labels:  []string{"一般", "较大", "重大", "特别重大"},
	English: []string{"general", "larger", "major", "especially major"},
	Text:    enum.ErrorForm{Err: ErrInvalidSeverity, Detail: " "},
})

// IsValid reports whether s is one of Values[Severity]().
func (s Severity) IsValid() bool { return severityEnum.IsValid(s) }

// String returns the stable English id ("major"), or "Severity(N)" for an invalid value.
func (s Severity) String() string { return severityEnum.String(s) }

// Name returns the grade's name for a reader of lang: 重大 or "major"; "" for an invalid severity or
// language.
func (s Severity) Name(lang rate.Lang) string { return severityEnum.Name(s, enum.Lang(lang)) }

// ParseSeverity parses the stable English id as String returns it, and nothing else (ParseLabel reads the
// Chinese label). The error wraps ErrInvalidSeverity and quotes the text.
func ParseSeverity(text string) (Severity, error) { return severityEnum.Parse(text) }

// MarshalText encodes s as its id; the zero value as "" (unset); any other invalid value is an error
// wrapping ErrInvalidSeverity.
func (s Severity) MarshalText() ([]byte, error) { return severityEnum.MarshalText(s) }

// UnmarshalText accepts what ParseSeverity accepts; "" gives the zero value. On error s is unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severityEnum.UnmarshalText(s, text) }
