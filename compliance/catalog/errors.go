package catalog

import "errors"

// The sentinels of package catalog: one per enum and one per concept. Every error the package returns wraps one
// of them (errors.Is), or compliance.ErrNil for a nil history, and names the offending item, quoting the
// caller's text (at most 64 bytes of it).

// ErrInvalidTarget reports a Target that is not one of the four targets (TargetStandard, MarshalText), or text
// that names none of them (ParseTarget, UnmarshalText, ParseLabel[Target]).
var ErrInvalidTarget = errors.New("catalog: invalid target")

// ErrInvalidReach reports a Reach that is not one of the defined reaches (MarshalText), or text that names none
// of them (ParseReach, UnmarshalText, ParseLabel[Reach]).
var ErrInvalidReach = errors.New("catalog: invalid reach")

// ErrInvalidPopulation reports a Population that Validate refuses: an invalid reach, an invalid ownership or one
// on a part that includes no campus, or a population that includes no campus.
var ErrInvalidPopulation = errors.New("catalog: invalid population")

// ErrInvalidTargetScope reports a TargetScope that Validate refuses: a name over MaxScopeNameLen bytes or not
// UTF-8 text without control characters, a source text that is not valid UTF-8, or an invalid population (the
// error then wraps ErrInvalidPopulation too and names the target).
var ErrInvalidTargetScope = errors.New("catalog: invalid target scope")

// ErrInvalidRatesQuery reports a RatesQuery that FourHundredRates refuses: a zero as-of date, a negative window
// or an invalid scope (the error then wraps ErrInvalidTargetScope too).
var ErrInvalidRatesQuery = errors.New("catalog: invalid 4个100% rates query")

// ErrInvalidJSON reports JSON that is not in the documented form of a Population, a TargetScope, a
// RatesQuery, a TargetRate or a FourHundredResult: a syntax
// error, an unknown, duplicate, case-variant or missing key, null, a wrong type, trailing data. A value that
// does not parse also wraps its own sentinel (ErrInvalidReach for a reach, campus.ErrInvalidOwnership,
// source.ErrInvalidConfidence).
var ErrInvalidJSON = errors.New("catalog: invalid JSON")

// ErrUnknownStandard reports a standard key (Load, JSON) that is not one of Keys.
var ErrUnknownStandard = errors.New("catalog: unknown standard")
