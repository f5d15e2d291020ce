package campus

import (
	"errors"
	"fmt"
	"strings"

	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// Campus is one campus (校区/校园) of a school: the unit the report counts ("有证校园, branch campuses counted"),
// inspects and rolls up by jurisdiction. A school with two campuses is two campuses in every campus count.
//
// In JSON a Campus is an object with the fields' lower-snake names; enums marshal as their stable English ids
// ("kind": "nine_year", "licence": "licensed", "locale": "village") and the jurisdiction as its code
// ("320102001").
type Campus struct {
	// ID identifies the campus; required, unique among the register's campuses.
	ID uuid.UUID `json:"id"`
	// School is the ID of the school the campus belongs to; required.
	School uuid.UUID `json:"school"`
	// Name is the campus's name; required (not empty or all white space).
	Name string `json:"name"`
	// Kind is the campus's school type; it decides the report group and the stages.
	Kind Kind `json:"kind"`
	// Licence says whether the campus is licensed (有证) or unlicensed (无证).
	Licence Licence `json:"licence"`
	// Locale is the urban–rural classification of the campus's location.
	Locale Locale `json:"locale"`
	// Jurisdiction is the code of the jurisdiction (usually a township or street, 镇/街道) answerable for the
	// campus under territorial management (属地管理); required, and it must be in the register's tree.
	Jurisdiction hierarchy.Code `json:"jurisdiction"`
	// Main marks the school's main campus (主校区); each school has exactly one.
	Main bool `json:"main"`
	// Boarding reports whether the campus boards pupils (寄宿).
	Boarding bool `json:"boarding"`
	// Students is the number of pupils (学生/幼儿) on the campus; not negative.
	Students int `json:"students"`
	// Staff is the number of staff (教职工) on the campus; not negative.
	Staff int `json:"staff"`
	// Ownership (公办/民办) is the school's: leave it zero and NewRegister copies the school's in; a non-zero
	// value must equal the school's (ErrSchoolAttribute). Omitted from JSON when zero.
	Ownership Ownership `json:"ownership,omitzero"`
	// Designation (中心校/非中心校) is the school's, inherited as Ownership is. Omitted from JSON when zero.
	Designation Designation `json:"designation,omitzero"`
}

// Group returns the campus's report group, from its kind.
func (c Campus) Group() Group { return c.Kind.Group() }

// Validate checks the campus on its own: non-nil ID and school ID, a non-empty name, valid kind, licence and
// locale, a non-zero jurisdiction, non-negative students and staff, and a zero or valid ownership and
// designation. It returns errors.Join of every problem, each naming the campus and wrapping one sentinel
// (ErrNilID, ErrUnknownSchool, ErrEmptyName, ErrInvalidKind, ErrInvalidLicence, ErrInvalidLocale,
// ErrUnknownJurisdiction, ErrNegativeCount, ErrInvalidOwnership, ErrInvalidDesignation); nil when
// the campus is valid. Checks that need the schools and the tree are NewRegister's.
func (c Campus) Validate() error {
	var errs []error
	if c.ID == uuid.Nil {
		errs = append(errs, fmt.Errorf("%w: %s", ErrNilID, c.describe()))
	}
	if c.School == uuid.Nil {
		errs = append(errs, fmt.Errorf("%w: %s has a nil school ID", ErrUnknownSchool, c.describe()))
	}
	if strings.TrimSpace(c.Name) == "" {
		errs = append(errs, fmt.Errorf("%w: %s", ErrEmptyName, c.describe()))
	}
	if !c.Kind.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidKind, uint8(c.Kind), c.describe()))
	}
	if !c.Licence.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidLicence, uint8(c.Licence), c.describe()))
	}
	if !c.Locale.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidLocale, uint16(c.Locale), c.describe()))
	}
	if c.Jurisdiction.IsZero() {
		errs = append(errs, fmt.Errorf("%w: %s has no jurisdiction", ErrUnknownJurisdiction, c.describe()))
	}
	if c.Students < 0 {
		errs = append(errs, fmt.Errorf("%w: %s has %d students", ErrNegativeCount, c.describe(), c.Students))
	}
	if c.Staff < 0 {
		errs = append(errs, fmt.Errorf("%w: %s has %d staff", ErrNegativeCount, c.describe(), c.Staff))
	}
	if c.Ownership != 0 && !c.Ownership.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidOwnership, uint8(c.Ownership), c.describe()))
	}
	if c.Designation != 0 && !c.Designation.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidDesignation, uint8(c.Designation), c.describe()))
	}
	return errors.Join(errs...)
}

// valid reports whether Validate would return nil, without allocating.
func (c *Campus) valid() bool {
	return c.ID != uuid.Nil && c.School != uuid.Nil && c.Kind.IsValid() && c.Licence.IsValid() &&
		c.Locale.IsValid() && !c.Jurisdiction.IsZero() && c.Students >= 0 && c.Staff >= 0 &&
		(c.Ownership == 0 || c.Ownership.IsValid()) && (c.Designation == 0 || c.Designation.IsValid()) &&
		strings.TrimSpace(c.Name) != ""
}

// describe names the campus in error messages: `campus <id> "<name>"`.
func (c Campus) describe() string { return fmt.Sprintf("campus %s %q", c.ID, c.Name) }
