package campus

import "fmt"

// MarshalJSON refuses: a Register is an index over a tree, schools and campuses, not a record. Write its tree
// (hierarchy.Tree has a JSON form), Schools and Campuses (each has one) and build it again with NewRegister.
// The error wraps ErrInvalidJSON.
func (r *Register) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Register has no JSON form: write its tree, schools and campuses", ErrInvalidJSON)
}

// MarshalJSON refuses: JurisdictionCounts is an index of counts over a tree, not a record. Write, for each
// jurisdiction, the Counts Get returns (Counts has a JSON form). The error wraps ErrInvalidJSON.
func (j JurisdictionCounts[N]) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: JurisdictionCounts has no JSON form: write each jurisdiction's Counts", ErrInvalidJSON)
}
