package campus

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// Campus is one campus (校区/校园) of a school: the unit the report counts ("有证校园, branch campuses counted"),
// inspects and rolls up by jurisdiction. A school with two campuses is two campuses in every campus count.
//
// In JSON a Campus is an object with the fields' lower-snake names; enums marshal as their stable English ids
// ("kind": "nine_year", "license": "licensed", "locale": "village") and the jurisdiction as its code
// ("320102001").
type Campus struct {
	// ID identifies the campus; required, unique among the register's campuses.
	ID uuid.UUID `json:"id"`
	// School is the ID of the school the campus belongs to; required.
	School uuid.UUID `json:"school"`
	// Name is the campus's name; required (not empty or all white space), valid UTF-8.
	Name string `json:"name"`
	// Kind is the campus's school type; it decides the report group and the stages.
	Kind Kind `json:"kind"`
	// License says whether the campus is licensed (有证) or unlicensed (无证).
	License License `json:"license"`
	// Locale is the urban–rural classification of the campus's location.
	Locale Locale `json:"locale"`
	// Jurisdiction is the code of the jurisdiction (usually a township or street, 镇/街道) answerable for the
	// campus under territorial management (属地管理); required, and it must be in the register's tree.
	Jurisdiction hierarchy.Code `json:"jurisdiction"`
	// Main marks the school's main campus (主校区); each school has exactly one.
	Main bool `json:"main"`
	// Boarding reports whether the campus boards pupils (寄宿).
	Boarding bool `json:"boarding"`
	// Students is the number of pupils (学生/幼儿) on the campus: 0..MaxPeople.
	Students int `json:"students"`
	// Staff is the number of staff (教职工) on the campus: 0..MaxPeople.
	Staff int `json:"staff"`
	// Ownership (公办/民办) is the school's: leave it zero and NewRegister copies the school's in; a non-zero
	// value must equal the school's (ErrSchoolAttribute). Omitted from JSON when zero.
	Ownership Ownership `json:"ownership,omitzero"`
	// Designation (中心校/非中心校) is the school's, inherited as Ownership is. Omitted from JSON when zero.
	Designation Designation `json:"designation,omitzero"`
	// Ref is the caller's own key for the campus (its record key in the platform's database); optional:
	// at most MaxRefLen bytes of valid UTF-8 without control characters (CheckRef). Errors that name the
	// campus name its ref too. Omitted from JSON when empty. CampusID derives an ID from it.
	Ref string `json:"ref,omitempty"`
}

// MaxPeople bounds a campus's Students and, separately, its Staff. The largest Chinese campuses teach some
// tens of thousands of pupils, so a million is far above any real campus; the bound exists so that a
// headcount (Students + Staff) and any sum a rule takes of them cannot overflow, whatever a caller passes.
const MaxPeople = 1_000_000

// Group returns the campus's report group, from its kind.
func (c Campus) Group() Group { return c.Kind.Group() }

// Validate checks the campus on its own: non-nil ID and school ID, a non-empty name of valid UTF-8, valid
// kind, license and locale, a non-zero jurisdiction, students and staff each in 0..MaxPeople, and a zero or
// valid ownership and designation. It returns errors.Join of every problem, each naming the campus and
// wrapping one sentinel (ErrNilID, ErrUnknownSchool, ErrEmptyName, ErrInvalidText, ErrInvalidKind,
// ErrInvalidLicense, ErrInvalidLocale, ErrUnknownJurisdiction, ErrNegativeCount, ErrCountTooLarge,
// ErrInvalidOwnership, ErrInvalidDesignation, ErrInvalidRef); nil when the campus is valid. Checks that need the schools and
// the tree are NewRegister's.
func (c Campus) Validate() error { return errors.Join(c.problems()...) }

// problems returns Validate's problems.
func (c Campus) problems() []error {
	var errs []error
	if c.ID == uuid.Nil {
		errs = append(errs, fmt.Errorf("%w: %s", ErrNilID, c.describe()))
	}
	if c.School == uuid.Nil {
		errs = append(errs, fmt.Errorf("%w: %s has a nil school ID", ErrUnknownSchool, c.describe()))
	}
	switch {
	case strings.TrimSpace(c.Name) == "":
		errs = append(errs, fmt.Errorf("%w: %s", ErrEmptyName, c.describe()))
	case !utf8.ValidString(c.Name):
		errs = append(errs, fmt.Errorf("%w: %s: name is not valid UTF-8", ErrInvalidText, c.describe()))
	}
	if !c.Kind.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidKind, uint8(c.Kind), c.describe()))
	}
	if !c.License.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidLicense, uint8(c.License), c.describe()))
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
	if c.Students > MaxPeople {
		errs = append(errs, fmt.Errorf("%w: %s has %d students, at most %d", ErrCountTooLarge, c.describe(), c.Students, MaxPeople))
	}
	if c.Staff > MaxPeople {
		errs = append(errs, fmt.Errorf("%w: %s has %d staff, at most %d", ErrCountTooLarge, c.describe(), c.Staff, MaxPeople))
	}
	if c.Ownership != 0 && !c.Ownership.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidOwnership, uint8(c.Ownership), c.describe()))
	}
	if c.Designation != 0 && !c.Designation.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidDesignation, uint8(c.Designation), c.describe()))
	}
	if p := refProblem(c.Ref); p != "" {
		errs = append(errs, refError(c.describe()+": ref "+p, c.Ref))
	}
	return errs
}

// valid reports whether Validate would return nil, without allocating.
func (c *Campus) valid() bool {
	return c.ID != uuid.Nil && c.School != uuid.Nil && c.Kind.IsValid() && c.License.IsValid() &&
		c.Locale.IsValid() && !c.Jurisdiction.IsZero() && uint(c.Students) <= MaxPeople && uint(c.Staff) <= MaxPeople &&
		(c.Ownership == 0 || c.Ownership.IsValid()) && (c.Designation == 0 || c.Designation.IsValid()) &&
		strings.TrimSpace(c.Name) != "" && utf8.ValidString(c.Name) && (c.Ref == "" || refProblem(c.Ref) == "")
}

// describe names the campus in error messages: `campus <id> "<name>"`, then ` (ref "<ref>")` when it has a
// Ref, the name and ref quoted by errbound.Quote.
func (c Campus) describe() string { return c.Describe() }

// Describe names the campus as every error message of the library does: `campus <id> "<name>"`, then
// ` (ref "<ref>")` when it has a Ref, the name and ref quoted short by errbound.Quote (at most 64 bytes,
// elided). Packages above campus use it so that a campus is named the same way everywhere.
func (c Campus) Describe() string {
	return "campus " + c.ID.String() + " " + errbound.Quote(c.Name) + DescribeRef(c.Ref)
}
