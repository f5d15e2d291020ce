package incident

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// IDFromRef derives an incident's ID from the platform's key for it (its record number, Incident.Ref): the
// version 5 UUID uuid.NewSHA1(campus.IDNamespace(), []byte("incident:" + ref)), in the namespace and scheme
// of campus.SchoolID, campus.CampusID and campus.InspectionID (the "incident:" prefix keeps an incident's
// key from colliding with a school's, campus's or inspection's equal key). Any two systems derive the same
// ID from the same key; the key is taken byte for byte.
//
// The ref must be one an Incident may hold and non-empty: valid UTF-8 of at most MaxRefBytes bytes (the
// bound of Incident.Ref, which is larger than campus.MaxRefLen; control characters are allowed, as in
// Incident.Ref). Otherwise the error wraps ErrInvalidText and quotes the ref short.
func IDFromRef(ref string) (uuid.UUID, error) {
	if ref == "" {
		return uuid.Nil, fmt.Errorf("%w: an empty ref derives no incident ID", ErrInvalidText)
	}
	if msg := textProblem(ref, MaxRefBytes); msg != "" {
		return uuid.Nil, fmt.Errorf("%w: incident ID: ref %s %s", ErrInvalidText, errbound.Quote(ref), msg)
	}
	return uuid.NewSHA1(campus.IDNamespace(), []byte("incident:"+ref)), nil
}
