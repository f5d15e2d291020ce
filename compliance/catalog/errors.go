package catalog

import "errors"

// ErrInvalid is wrapped by every error about a malformed catalog value (a confidence, a population, a scope).
var ErrInvalid = errors.New("catalog: invalid value")

// ErrUnknown is wrapped when a standard, requirement or target the caller names is not in the catalog.
var ErrUnknown = errors.New("catalog: unknown")
