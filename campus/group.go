package campus

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Group is one of the two groups the 2012 report splits the register into: primary and secondary schools
// (中小学) and kindergartens and nurseries (幼托园所). Every valid Kind is in exactly one group (Kind.Group), so
// the two groups always add up to the total. The zero value is invalid.
type Group uint8

// The report groups, in their stable order.
const (
	GroupSchool    Group = iota + 1 // 中小学: every school kind, including special-education and reform schools
	GroupPreschool                  // 幼托: kindergarten, attached kindergarten class, nursery

	numGroups = int(GroupPreschool)
)

var groupEnum = enum.MustNew(enum.Spec[Group]{
	Type: "Group", IDs: []string{"school", "preschool"}, Labels: []string{"中小学", "幼托"},
	English: []string{"primary and secondary schools", "kindergartens and nurseries"},
	Text:    enum.ErrorForm{Err: ErrInvalidGroup, Detail: " "},
})

// IsValid reports whether g is one of Values[Group]().
func (g Group) IsValid() bool { return groupEnum.IsValid(g) }

// String returns the stable English id ("school", "preschool"), or "Group(N)" for an invalid group.
func (g Group) String() string { return groupEnum.String(g) }

// Name returns the group's name for a reader of lang: the Chinese label (中小学), or an English name ("primary
// and secondary schools"); "" for an invalid group or lang.
func (g Group) Name(lang rate.Lang) string { return groupEnum.Name(g, enum.Lang(lang)) }

// ParseGroup parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidGroup and quotes the text.
func ParseGroup(s string) (Group, error) { return groupEnum.Parse(s) }

// MustParseGroup is ParseGroup that panics on error; for tests and constants.
func MustParseGroup(s string) Group { return groupEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid group is an
// error wrapping ErrInvalidGroup.
func (g Group) MarshalText() ([]byte, error) { return groupEnum.MarshalText(g) }

// UnmarshalText accepts what ParseGroup accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidGroup that quotes it, and leaves the receiver unchanged.
func (g *Group) UnmarshalText(b []byte) error { return groupEnum.UnmarshalText(g, b) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (g Group) Value() (driver.Value, error) { return groupEnum.Value(g) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (g *Group) Scan(src any) error { return groupEnum.Scan(g, src) }
