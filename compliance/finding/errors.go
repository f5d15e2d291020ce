package finding

import "errors"

// ErrInvalidPolicy reports a deadline policy with a negative or absurd (over a
// century) number of days.
var ErrInvalidPolicy = errors.New("finding: invalid deadline policy")

// ErrInvalidState reports a finding state that is not one of the four
// defined ones, or text that names none of them.
var ErrInvalidState = errors.New("finding: invalid state")

// ErrInvalidTally reports a finding tally whose JSON is not its documented
// form, with negative counts, or counts that overflow or do not sum to its
// total, and the overflowed tally asked to marshal.
var ErrInvalidTally = errors.New("finding: invalid tally")

// ErrInvalidJSON reports JSON of a Finding or a Policy that is not in its
// documented form: a syntax error, an unknown, duplicate, case-variant or
// missing key, null, a wrong type, or a number that is not an integer.
var ErrInvalidJSON = errors.New("finding: invalid JSON")
