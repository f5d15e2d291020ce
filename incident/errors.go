package incident

import "errors"

// The errors of this package. Each error it returns wraps one of these (errors.Is) and names the incident
// (by ID and, when set, Ref) or the value at fault.
var (
	// ErrNil reports a nil *campus.Register passed to NewLog, or a nil or zero *Summary passed to Compare.
	ErrNil = errors.New("incident: nil argument")
	// ErrNilID reports an incident whose ID is the nil UUID.
	ErrNilID = errors.New("incident: nil ID")
	// ErrDuplicateID reports two incidents with the same ID.
	ErrDuplicateID = errors.New("incident: duplicate ID")
	// ErrNoDate reports an incident without a date.
	ErrNoDate = errors.New("incident: no date")
	// ErrNoPlace reports an incident with neither a campus nor a jurisdiction.
	ErrNoPlace = errors.New("incident: no place")
	// ErrUnknownCampus reports an incident whose campus is not in the register.
	ErrUnknownCampus = errors.New("incident: unknown campus")
	// ErrUnknownJurisdiction reports an incident whose jurisdiction is not in the register's tree; the error
	// wraps hierarchy.ErrUnknownCode too.
	ErrUnknownJurisdiction = errors.New("incident: unknown jurisdiction")
	// ErrPlaceMismatch reports an incident whose campus and jurisdiction are both set and disagree: the
	// jurisdiction is not the campus's own.
	ErrPlaceMismatch = errors.New("incident: campus and jurisdiction disagree")
	// ErrInvalidCategory reports a category that is not one of Values[Category]().
	ErrInvalidCategory = errors.New("incident: invalid category")
	// ErrInvalidSeverity reports a severity that is not one of Values[Severity]().
	ErrInvalidSeverity = errors.New("incident: invalid severity")
	// ErrInvalidText reports a Ref or Summary that is not valid UTF-8 or is longer than its bound
	// (MaxRefBytes, MaxSummaryBytes).
	ErrInvalidText = errors.New("incident: invalid text")
	// ErrInvalidPeriod reports a period without both dates, one that ends before it begins, or text that is
	// not "YYYY-MM-DD/YYYY-MM-DD".
	ErrInvalidPeriod = errors.New("incident: invalid period")
	// ErrInvalidPolicy reports a policy whose MajorFrom is not a valid severity.
	ErrInvalidPolicy = errors.New("incident: invalid policy")
	// ErrInvalidTally reports counts that cannot form a Tally: a negative count, more major incidents than
	// incidents, a sum beyond MaxTally, or JSON whose total is not the sum of its counts.
	ErrInvalidTally = errors.New("incident: invalid tally")
	// ErrInvalidJSON reports JSON of an Incident or a Policy that is not in its documented form: a syntax
	// error, an unknown, duplicate, case-variant or missing key, null, or a wrong type; and a Log or a
	// Summary asked to marshal or unmarshal itself, which has no JSON form.
	ErrInvalidJSON = errors.New("incident: invalid JSON")
	// ErrIncomparable reports two summaries that Compare cannot set side by side: summaries under different
	// policies (a major incident must mean one thing in both), as change.ErrIncomparable (package compliance/change) reports two
	// compliance summaries that answer different questions. A code not in both trees is
	// hierarchy.ErrUnknownCode.
	ErrIncomparable = errors.New("incident: incomparable summaries")
)
