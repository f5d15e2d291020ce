package hierarchy

import (
	"errors"

	"github.com/campussec/campussec/internal/errbound"
)

// Sentinel errors. Every error returned by this package wraps one of them, so callers can test with
// errors.Is; the wrapping error names the offending code, name or team.
var (
	// ErrInvalidJSON reports JSON of a Jurisdiction or a Tree that is not in its documented form: a syntax
	// error, an unknown, duplicate, case-variant or missing key, null, or a value of the wrong type.
	ErrInvalidJSON = errors.New("hierarchy: invalid JSON")
	// ErrInvalidCode reports a division code that cannot be parsed, or a jurisdiction without a code.
	ErrInvalidCode = errors.New("hierarchy: invalid code")
	// ErrInvalidLevel reports text that names no Level.
	ErrInvalidLevel = errors.New("hierarchy: invalid level")
	// ErrDuplicate reports a code given more than once to NewTree, or a team named more than once.
	ErrDuplicate = errors.New("hierarchy: duplicate")
	// ErrMissingParent reports a jurisdiction whose direct parent is absent from a tree that holds a
	// higher ancestor of it: a hole in the chain.
	ErrMissingParent = errors.New("hierarchy: missing parent")
	// ErrEmptyName reports a jurisdiction or team whose name is empty or blank.
	ErrEmptyName = errors.New("hierarchy: empty name")
	// ErrInvalidText reports a jurisdiction or team name that is not valid UTF-8: it could not be written
	// out (JSON, a report) and read back as the same name.
	ErrInvalidText = errors.New("hierarchy: invalid text")
	// ErrUnknownCode reports a code that is not in the tree it is used with.
	ErrUnknownCode = errors.New("hierarchy: unknown code")
	// ErrOutsideRoot reports a team's area that lies outside the jurisdiction whose coverage is checked.
	ErrOutsideRoot = errors.New("hierarchy: area outside the checked jurisdiction")
	// ErrNilTree reports a nil *Tree passed to RollUp, RollUpIndexed or CheckCoverage.
	ErrNilTree = errors.New("hierarchy: nil tree")
	// ErrInvalidArgument reports another unusable argument: a nil merge function, or a roll-up given a
	// number of values that differs from the number of jurisdictions.
	ErrInvalidArgument = errors.New("hierarchy: invalid argument")
)

// argError is an error with its own message that wraps a sentinel, so that a message predating the
// sentinel stays as it was.
type argError struct {
	msg      string
	sentinel error
}

func (e *argError) Error() string { return e.msg }
func (e *argError) Unwrap() error { return e.sentinel }

// rollUpArgs checks the tree and merge function of a roll-up.
func rollUpArgs(t *Tree, mergeIsNil bool) error {
	const msg = "hierarchy: roll-up needs a tree and a merge function"
	switch {
	case t == nil:
		return &argError{msg, ErrNilTree}
	case mergeIsNil:
		return &argError{msg, ErrInvalidArgument}
	}
	return nil
}

// joinErrors returns the problems of l (see errbound.List.Err), unwrapping a single error so its message
// stays short.
func joinErrors(l *errbound.List) error {
	err := l.Err()
	if j, ok := err.(interface{ Unwrap() []error }); ok && l.Len() == 1 {
		return j.Unwrap()[0]
	}
	return err
}
