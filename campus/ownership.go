package campus

import (
	"database/sql/driver"
	"errors"

	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// ErrInvalidOwnership reports an ownership that is not one of Values[Ownership]().
var ErrInvalidOwnership = errors.New("campus: invalid ownership")

// ErrInvalidDesignation reports a designation that is not one of Values[Designation]().
var ErrInvalidDesignation = errors.New("campus: invalid designation")

// ErrSchoolAttribute reports a campus whose ownership or designation differs from its school's. Both are
// attributes of the school (the institution); a campus carries them only as copies of its school's.
var ErrSchoolAttribute = errors.New("campus: campus attribute differs from its school's")

// Ownership is who runs a school (办学性质, 举办者): public (公办, run by the state) or private (民办, run by
// a private party). Local targets select by it ("中小学和公办幼儿园专职保安员配备率"). It is an attribute of
// the School; its campuses inherit it (NewRegister copies it into every campus, so scopes and populations
// read it from the campus). The zero value means not recorded: valid, but a rule or population that selects
// by ownership cannot place such a campus (see compliance.Scope).
type Ownership uint8

// The ownerships, in their stable order.
const (
	Public  Ownership = iota + 1 // 公办
	Private                      // 民办
)

var ownershipEnum = enum.MustNew(enum.Spec[Ownership]{
	Type: "Ownership", IDs: []string{"public", "private"}, Labels: []string{"公办", "民办"},
	English: []string{"public", "private"},
	Text:    enum.ErrorForm{Err: ErrInvalidOwnership, Detail: " "},
})

// IsValid reports whether o is one of Values[Ownership]() (the zero value, not recorded, is not).
func (o Ownership) IsValid() bool { return ownershipEnum.IsValid(o) }

// String returns the stable English id ("public", "private"), or "Ownership(N)".
func (o Ownership) String() string { return ownershipEnum.String(o) }

// Name returns the name of o for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (o Ownership) Name(lang rate.Lang) string { return ownershipEnum.Name(o, enum.Lang(lang)) }

// ParseOwnership parses the stable English id as String returns it, and nothing else (ParseLabel
// reads the label). The error wraps ErrInvalidOwnership and quotes s.
func ParseOwnership(s string) (Ownership, error) { return ownershipEnum.Parse(s) }

// MustParseOwnership is ParseOwnership that panics on error; for tests and constants.
func MustParseOwnership(s string) Ownership { return ownershipEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (not recorded); any other invalid value
// is an error wrapping ErrInvalidOwnership.
func (o Ownership) MarshalText() ([]byte, error) { return ownershipEnum.MarshalText(o) }

// UnmarshalText accepts what the Parse function accepts, the stable id only; "" gives the zero value. Unknown text is an error
// wrapping ErrInvalidOwnership, and leaves o unchanged.
func (o *Ownership) UnmarshalText(b []byte) error { return ownershipEnum.UnmarshalText(o, b) }

// Designation says whether a school is its township's central school (中心校: the 乡镇中心学校 or 中心小学
// that the other schools of a rural township are grouped under). Documents scope requirements by it: the 2010
// Fujian notice asks for guards at "农村中心校以上" schools. Like Ownership it is an attribute of the School
// that its campuses inherit. The zero value means not recorded: valid, but a rule that selects by designation
// cannot place such a campus (see compliance.Scope).
type Designation uint8

// The designations, in their stable order.
const (
	Central    Designation = iota + 1 // 中心校
	NonCentral                        // 非中心校
)

var designationEnum = enum.MustNew(enum.Spec[Designation]{
	Type: "Designation", IDs: []string{"central", "non_central"}, Labels: []string{"中心校", "非中心校"},
	English: []string{"central school", "non-central school"},
	Text:    enum.ErrorForm{Err: ErrInvalidDesignation, Detail: " "},
})

// IsValid reports whether d is one of Values[Designation]() (the zero value, not recorded, is not).
func (d Designation) IsValid() bool { return designationEnum.IsValid(d) }

// String returns the stable English id ("central", "non_central"), or "Designation(N)".
func (d Designation) String() string { return designationEnum.String(d) }

// Name returns the name of d for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (d Designation) Name(lang rate.Lang) string { return designationEnum.Name(d, enum.Lang(lang)) }

// ParseDesignation parses the stable English id as String returns it, and nothing else
// (ParseLabel reads the label). The error wraps ErrInvalidDesignation and quotes s.
func ParseDesignation(s string) (Designation, error) { return designationEnum.Parse(s) }

// MustParseDesignation is ParseDesignation that panics on error; for tests and constants.
func MustParseDesignation(s string) Designation { return designationEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (not recorded); any other invalid value
// is an error wrapping ErrInvalidDesignation.
func (d Designation) MarshalText() ([]byte, error) { return designationEnum.MarshalText(d) }

// UnmarshalText accepts what the Parse function accepts, the stable id only; "" gives the zero value. Unknown text is an error
// wrapping ErrInvalidDesignation, and leaves d unchanged.
func (d *Designation) UnmarshalText(b []byte) error { return designationEnum.UnmarshalText(d, b) }

// inherits reports whether campus c's ownership and designation are zero or its school's.
func (c *Campus) inherits(s *School) bool {
	return (c.Ownership == 0 || c.Ownership == s.Ownership) && (c.Designation == 0 || c.Designation == s.Designation)
}

// inherit copies the school's ownership and designation into c.
func (c *Campus) inherit(s *School) { c.Ownership, c.Designation = s.Ownership, s.Designation }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (o Ownership) Value() (driver.Value, error) { return ownershipEnum.Value(o) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (o *Ownership) Scan(src any) error { return ownershipEnum.Scan(o, src) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (d Designation) Value() (driver.Value, error) { return designationEnum.Value(d) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (d *Designation) Scan(src any) error { return designationEnum.Scan(d, src) }
