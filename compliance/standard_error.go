package compliance

import (
	"strings"

	"github.com/campussec/campussec/internal/errbound"
)

// StandardError is one problem with a standard or with one of its
// requirements. NewStandard, Standard.Validate, LoadStandard, Tailor,
// Combine, NewVersions and NewQuery (for the spec's standard) report every
// problem they find with a standard as a
// *StandardError (joined with errors.Join, bounded as Standard.Validate
// says), so a caller reads which requirement and which field are at fault
// with errors.As:
//
//	var se *compliance.StandardError
//	if errors.As(err, &se) {
//		fmt.Println(se.Requirement, se.Field)
//	}
//
// errors.Is(err, ErrInvalidStandard) is true for every StandardError, and
// errors.Is(err, X) for its cause X. The causes a caller may branch on are
// sentinels: ErrLoosening (a tailoring that loosens), ErrUnknownIndicator,
// ErrUnknownRequirement (a tailoring naming a requirement the base lacks),
// ErrVersionConflict (NewVersions), ErrInvalidJSON (LoadStandard's text is
// not a standard's JSON form) and the sentinel of an enum whose value is
// invalid (ErrInvalidRuleKind, ErrInvalidBasis, prevention.ErrInvalidLevel, campus.ErrInvalidKind, …);
// any other cause (an empty title, bands out of order, a negative minimum,
// a requirement ID used twice …) is described by Err's message alone.
type StandardError struct {
	// Standard is the ID of the standard at fault: the standard validated,
	// the tailored or combined one being built, or the base, part or version
	// whose own problem it is. It is empty when the standard has no ID or
	// LoadStandard could not read one.
	Standard string
	// Requirement is the ID of the requirement at fault, or "" for a problem
	// with the standard itself. A requirement without an ID is named by its
	// position in Field ("requirements[3].id").
	Requirement string
	// Field names the field at fault as the JSON format of a standard does
	// (see LoadStandard), relative to the requirement when there is one:
	// "title", "effective", "indicators[2]", "rule.min", "scope.kinds",
	// "rule.bands[2].from", "rule.step.round"; for LoadStandard's structural
	// errors, the path in the document. Empty when the problem is the whole
	// standard or requirement.
	Field string
	// Err is the cause (see above); never nil in the errors the package
	// returns.
	Err error
}

// Error names the standard, the requirement and the field, then the cause:
//
//	compliance: standard "js-2010": requirement "guards": rule.bands[1].from: 100 is not above band 0's 100
//
// A standard without an ID is "standard" alone. Every caller text (the IDs)
// is quoted with at most 64 bytes shown, so the message stays short whatever
// the input.
func (e *StandardError) Error() string {
	var b strings.Builder
	b.WriteString("compliance: standard")
	if e.Standard != "" {
		b.WriteString(" ")
		b.WriteString(errbound.Quote(e.Standard))
	}
	if e.Requirement != "" {
		b.WriteString(": requirement ")
		b.WriteString(errbound.Quote(e.Requirement))
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	if e.Err == nil {
		b.WriteString("invalid")
	} else {
		// The package's sentinels start "compliance: "; say it once.
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "compliance: "))
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *StandardError) Unwrap() error { return e.Err }

// Is reports whether target is ErrInvalidStandard, which every StandardError
// is (errors.Is then tries the cause).
func (e *StandardError) Is(target error) bool { return target == ErrInvalidStandard }

// standardError returns the StandardError of a problem with the standard
// std's own field.
func standardError(std, field string, err error) *StandardError {
	return &StandardError{Standard: std, Field: field, Err: err}
}
