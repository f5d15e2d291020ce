package prevention

import (
	"fmt"

	"github.com/campussec/campussec/hierarchy"
)

// ChangeError is the problem of one change of a schedule, as NewSchedule and LoadSchedule report it: the
// parts a caller needs to point at the row, and the cause. Get it with errors.As:
//
//	var ce *prevention.ChangeError
//	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
//		if errors.As(e, &ce) {
//			fmt.Println(ce.Index, ce.Jurisdiction, ce.Err)
//		}
//	}
//
// errors.Is(err, ErrInvalidSchedule) is true for every ChangeError, and errors.Is(err, X) for its cause X
// (ErrInvalidLevel, ErrInvalidNotice, ErrDuplicateChange, hierarchy.ErrUnknownCode,
// hierarchy.ErrInvalidCode, civil.ErrInvalidDate); a zero effective date is described by the message alone.
type ChangeError struct {
	// Index is the change's position in the input (NewSchedule's changes, LoadSchedule's "changes"), from 0.
	Index int
	// Jurisdiction is the change's jurisdiction; the zero code for the whole tree, and for LoadSchedule's
	// jurisdiction text that does not parse (the message quotes the text).
	Jurisdiction hierarchy.Code
	// Err is the cause; never nil in the errors the package returns.
	Err error

	where string // the jurisdiction as the message names it, when it is not Jurisdiction's own form
}

// Error names the change by position and jurisdiction, then the cause:
//
//	prevention: invalid schedule: changes[1] (jurisdiction 350702): prevention: invalid level: Level(7)
func (e *ChangeError) Error() string {
	where := e.where
	if where == "" {
		where = Change{Jurisdiction: e.Jurisdiction}.where()
	}
	return fmt.Sprintf("%v: changes[%d] (%s): %v", ErrInvalidSchedule, e.Index, where, e.Err)
}

// Unwrap returns ErrInvalidSchedule and the cause.
func (e *ChangeError) Unwrap() []error { return []error{ErrInvalidSchedule, e.Err} }

// MarshalJSON refuses: a ChangeError is a problem report whose cause (Err) has no JSON form; write its
// Error() text, or Index and Jurisdiction in a form of your own. The error wraps ErrInvalidSchedule.
func (e ChangeError) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a ChangeError has no JSON form: write its Error() text", ErrInvalidSchedule)
}
