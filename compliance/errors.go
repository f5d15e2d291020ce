package compliance

import "errors"

// The sentinels of package compliance. Every error the package returns wraps one of them (errors.Is), or is a
// *StandardError (errors.As) for a problem with a standard; each message names the offending item.

// ErrNil reports a nil *campus.Register, *History or *Summary given where one
// is needed; the message says which.
var ErrNil = errors.New("compliance: nil argument")

// ErrInspectionConflict reports two inspections that cannot both stand: one
// ID given twice, or two inspections of one campus on one date (which one
// counts is never decided silently).
var ErrInspectionConflict = errors.New("compliance: conflicting inspections")

// ErrInvalidBasis reports a basis that is not one of the defined ones, or text
// that names none of them.
var ErrInvalidBasis = errors.New("compliance: invalid basis")

// ErrInvalidBoardingScope reports a boarding scope that is neither BoardingOnly
// nor DayOnly, or text that names neither.
var ErrInvalidBoardingScope = errors.New("compliance: invalid boarding scope")

// ErrInvalidCell reports a Cell that names a jurisdiction not in the tree, or
// narrows by an invalid group, license or kind.
var ErrInvalidCell = errors.New("compliance: invalid cell")

// ErrInvalidFigure reports a figure whose definition is incomplete or
// inconsistent (see Figure.Validate), or JSON whose stated value does not
// follow from its counts.
var ErrInvalidFigure = errors.New("compliance: invalid figure")

// ErrInvalidIndicator reports an indicator definition (NewIndicator) with a
// malformed id, an id a well-known indicator already has, an empty label or
// an invalid value kind.
var ErrInvalidIndicator = errors.New("compliance: invalid indicator")

// ErrInvalidInspection reports an inspection with a nil ID, a zero date, or
// an empty or over-long team, or a team name that is not valid UTF-8.
var ErrInvalidInspection = errors.New("compliance: invalid inspection")

// ErrInvalidJSON reports JSON that is not in the documented form of what
// is decoded — a standard (LoadStandard), a Result or RequirementResult
// (packages finding and source have their own ErrInvalidJSON): a syntax error, an unknown, duplicate,
// case-variant or missing key, null where the form has none, a wrong type, a
// number that is not a canonical integer or is out of range for its field,
// trailing data, a list over its limit; for a standard also a missing or
// unsupported "format", or text over MaxStandardBytes.
var ErrInvalidJSON = errors.New("compliance: invalid JSON")

// ErrInvalidMeasure reports a measure that is not one of the defined ones, or
// text that names none of them.
var ErrInvalidMeasure = errors.New("compliance: invalid measure")

// ErrInvalidObservation reports an observation of the zero indicator, a fact
// value other than 0 or 1, a count that is negative or above the largest
// count (2147483647), or two observations of one indicator in one set of
// measurements.
var ErrInvalidObservation = errors.New("compliance: invalid observation")

// ErrInvalidOutcome reports an outcome that is not one of the defined ones, or
// text that names none of them.
var ErrInvalidOutcome = errors.New("compliance: invalid outcome")

// ErrInvalidQuery reports a query spec with no as-of date, an invalid
// prevention level, a negative window, an invalid standard, both or neither
// of a standard and versions, or an as-of date on which no version is in
// force; a series date that is zero, repeated or out of order; or a zero
// Query where a built one is needed.
var ErrInvalidQuery = errors.New("compliance: invalid query")

// ErrInvalidRuleKind reports a rule kind that is not one of the defined ones,
// or text that names none of them.
var ErrInvalidRuleKind = errors.New("compliance: invalid rule kind")

// ErrInvalidStandard is wrapped by every problem with a standard or a
// requirement: every *StandardError is ErrInvalidStandard (see
// StandardError for the causes it wraps).
var ErrInvalidStandard = errors.New("compliance: invalid standard")

// ErrInvalidStatus reports a status that is not one of the five defined values,
// or text that names none of them.
var ErrInvalidStatus = errors.New("compliance: invalid status")

// ErrInvalidStepRounding reports a step rounding that is neither StepCeil nor
// StepFloor, or text that names neither.
var ErrInvalidStepRounding = errors.New("compliance: invalid step rounding")

// ErrInvalidTally reports tally counts that are negative or do not add up.
var ErrInvalidTally = errors.New("compliance: invalid tally")

// ErrInvalidUnit reports a counting unit that is not one of the defined ones,
// or text that names none of them.
var ErrInvalidUnit = errors.New("compliance: invalid counting unit")

// ErrInvalidValueKind reports a value kind that is neither fact nor count.
var ErrInvalidValueKind = errors.New("compliance: invalid value kind")

// ErrLoosening reports a tailoring parameter that would make a requirement
// easier to meet or apply to fewer campuses or levels: a tailoring may only
// tighten.
var ErrLoosening = errors.New("compliance: tailoring loosens a requirement")

// ErrUnknownCampus reports an inspection of a campus that is not in the
// register.
var ErrUnknownCampus = errors.New("compliance: unknown campus")

// ErrUnknownIndicator reports an indicator id that is neither well known nor
// declared.
var ErrUnknownIndicator = errors.New("compliance: unknown indicator")

// ErrUnknownRequirement reports a tailoring that names a requirement the base
// standard does not have (or that the tailoring excluded).
var ErrUnknownRequirement = errors.New("compliance: unknown requirement")

// ErrVersionConflict reports versions of different standards in one set, or
// two versions with one version name or one effective date.
var ErrVersionConflict = errors.New("compliance: conflicting standard versions")
