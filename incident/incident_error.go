package incident

import (
	"fmt"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// IncidentError is one problem of one incident, as NewLog and Incident.Validate report it: the parts a
// caller needs to point at the record, and the cause. Get it with errors.As; its message is the cause's,
// which names the incident. errors.Is(err, X) holds for the cause's sentinel X (ErrNilID, ErrNoDate, …).
type IncidentError struct {
	// Index is the incident's position in NewLog's input, from 0; -1 from Incident.Validate.
	Index int
	// ID and Ref are the incident's, as given (ID may be the nil UUID, Ref empty or not valid UTF-8).
	ID  uuid.UUID
	Ref string
	// Err is the cause; never nil in the errors the package returns.
	Err error
}

// Error returns the cause's message, which names the incident by position (from NewLog), ID and Ref.
func (e *IncidentError) Error() string { return e.Err.Error() }

// Unwrap returns the cause.
func (e *IncidentError) Unwrap() error { return e.Err }

// keep adds err, a problem of the incident at position k (-1 for Validate), to it as an *IncidentError.
func (in *Incident) keep(it *errbound.Item, k int, err error) {
	it.Keep(&IncidentError{Index: k, ID: in.ID, Ref: in.Ref, Err: err})
}

// MarshalJSON refuses: an IncidentError is a problem report whose cause (Err) has no JSON form; write its
// Error() text, or Index, ID and Ref in a form of your own. The error wraps ErrInvalidJSON.
func (e IncidentError) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: an IncidentError has no JSON form: write its Error() text", ErrInvalidJSON)
}
