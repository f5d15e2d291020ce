package compliance

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/civil"
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
	AsOf     civil.Date
	Level    PreventionLevel
	Window   int
}

// Validate returns errors.Join of every problem: a zero AsOf, an invalid
// Level and a negative Window (ErrInvalidQuery), then the standard's (see
// Standard.Validate; the query's own come first so that a standard with
// many problems cannot push them out of the bounded list).
func (q Query) Validate() error {
	var errs errbound.List
	if q.AsOf.IsZero() {
		errs.Add(fmt.Errorf("%w: no as-of date", ErrInvalidQuery))
	}
	if !q.Level.IsValid() {
		errs.Add(fmt.Errorf("%w: prevention level %v: %w", ErrInvalidQuery, q.Level, ErrInvalidLevel))
	}
	if q.Window < 0 {
		errs.Add(fmt.Errorf("%w: negative window %d", ErrInvalidQuery, q.Window))
	}
	q.Standard.addProblems(&errs, nil)
	return errs.Err()
}
