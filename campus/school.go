package campus

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// School is a school (学校) or kindergarten as an institution: the unit that holds a 学校标识码 and may have
// several campuses (校区). Its campuses carry the kind, license, location and jurisdiction; a school is
// classified by its main campus (see SchoolCounts).
//
// In JSON a School is {"id": …, "name": …, "code": …, "ownership": …, "designation": …}; "code",
// "ownership" and "designation" are omitted when zero.
type School struct {
	// ID identifies the school; required, unique among the register's schools.
	ID uuid.UUID `json:"id"`
	// Name is the school's name; required (not empty or all white space), valid UTF-8.
	Name string `json:"name"`
	// Code is the school's 学校标识码; zero when it has none (e.g. an unlicensed kindergarten).
	Code SchoolCode `json:"code,omitzero"`
	// Ownership is whether the school is 公办 (public) or 民办 (private); zero when not recorded. Its campuses
	// inherit it.
	Ownership Ownership `json:"ownership,omitzero"`
	// Designation says whether the school is its township's central school (中心校); zero when not recorded.
	// Its campuses inherit it.
	Designation Designation `json:"designation,omitzero"`
	// Ref is the caller's own key for the school (its record key in the platform's database, or the
	// 学校标识码 as text); optional: at most MaxRefLen bytes of valid UTF-8 without control characters
	// (CheckRef). Errors that name the school name its ref too. Omitted from JSON when empty. SchoolID
	// derives an ID from it.
	Ref string `json:"ref,omitempty"`
}

// Validate checks the school on its own: a non-nil ID, a non-empty name of valid UTF-8, and a zero or valid
// ownership and designation. (A zero or valid Code is guaranteed by the type.) It returns errors.Join of every
// problem, each wrapping ErrNilID, ErrEmptyName, ErrInvalidText, ErrInvalidOwnership, ErrInvalidDesignation or ErrInvalidRef
// and naming the school; nil when the school is valid. Checks that need the other schools and campuses are
// NewRegister's.
func (s School) Validate() error { return errors.Join(s.problems()...) }

// problems returns Validate's problems.
func (s School) problems() []error {
	var errs []error
	if s.ID == uuid.Nil {
		errs = append(errs, fmt.Errorf("%w: %s", ErrNilID, s.describe()))
	}
	switch {
	case strings.TrimSpace(s.Name) == "":
		errs = append(errs, fmt.Errorf("%w: %s", ErrEmptyName, s.describe()))
	case !utf8.ValidString(s.Name):
		errs = append(errs, fmt.Errorf("%w: %s: name is not valid UTF-8", ErrInvalidText, s.describe()))
	}
	if s.Ownership != 0 && !s.Ownership.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidOwnership, uint8(s.Ownership), s.describe()))
	}
	if s.Designation != 0 && !s.Designation.IsValid() {
		errs = append(errs, fmt.Errorf("%w %d: %s", ErrInvalidDesignation, uint8(s.Designation), s.describe()))
	}
	if p := refProblem(s.Ref); p != "" {
		errs = append(errs, refError(s.describe()+": ref "+p, s.Ref))
	}
	return errs
}

// describe names the school in error messages: `school <id> "<name>"`, then ` (ref "<ref>")` when it has a
// Ref, the name and ref quoted by errbound.Quote.
func (s School) describe() string { return s.Describe() }

// Describe names the school as every error message of the library does: `school <id> "<name>"`, then
// ` (ref "<ref>")` when it has a Ref, the name and ref quoted short by errbound.Quote (at most 64 bytes,
// elided). Packages above campus use it so that a school is named the same way everywhere.
func (s School) Describe() string {
	return "school " + s.ID.String() + " " + errbound.Quote(s.Name) + DescribeRef(s.Ref)
}
