package compliance

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/errbound"
)

// ErrInvalidQuery reports a query with no as-of date, an invalid prevention
// level or a negative window.
var ErrInvalidQuery = errors.New("compliance: invalid query")

// Query says what a status is measured against: a standard, an as-of date
// (every figure is as of a date: the latest inspection on or before it
// counts), a prevention level, and an optional validity window in days (0:
// any inspection on or before AsOf counts; N > 0: only inspections at most N
// days before AsOf, both ends inclusive).
type Query struct {
	Standard Standard
	AsOf     Date
	Level    PreventionLevel
	Window   int
}

// Validate returns errors.Join of every problem: the standard's (see
// Standard.Validate), a zero AsOf, an invalid Level and a negative Window
// (ErrInvalidQuery).
func (q Query) Validate() error {
	var errs errbound.List
	q.Standard.addProblems(&errs, nil)
	if q.AsOf.IsZero() {
		errs.Add(fmt.Errorf("%w: no as-of date", ErrInvalidQuery))
	}
	if !q.Level.IsValid() {
		errs.Add(fmt.Errorf("%w: prevention level %v: %w", ErrInvalidQuery, q.Level, ErrInvalidLevel))
	}
	if q.Window < 0 {
		errs.Add(fmt.Errorf("%w: negative window %d", ErrInvalidQuery, q.Window))
	}
	return errs.Err()
}
