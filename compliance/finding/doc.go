// Package finding keeps the rectification ledger (整改台账) of an inspection
// history: every requirement an inspection found unmet at a campus becomes a
// Finding with a deadline (整改期限), and a later inspection that finds it met
// rectifies it. It answers, as of a date, which findings are open, overdue,
// rectified on time or late, and how the rectification rate (整改率) and the
// on-time rate (按期整改率) stand in every jurisdiction.
//
// # One question
//
// Derive takes the same compliance.Query a Summary answers: its standard and
// prevention level decide what is unmet, its as-of date and window decide
// which inspections count (none after the date, none older than the window),
// and its date is the one every state is taken on. A drill-down of the
// summary and the ledger of findings therefore never disagree about which
// inspection counted.
//
//	q, _ := compliance.NewQuery(compliance.QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: prevention.Normal})
//	ledger, _ := finding.Derive(history, q, finding.Policy{Days: 120})
//	fig, _ := ledger.Rectification().Figure(compliance.RectificationMeasure, city, precision)
//
// # Rules
//
// An inspection that finds a requirement Unmet opens a finding unless one is
// already open for that requirement at that campus (a repeat finding of an
// unrectified problem is the same finding, keeping its first deadline); a
// later inspection that finds it Met rectifies it on that date. NotObserved,
// NotApplicable and Undetermined change nothing: a rectification is never
// inferred from a missing observation. The deadline is Policy.Days calendar
// days after the inspection that found it; the policy is the caller's (no
// national rule fixes one).
//
// # Tallies and figures
//
// A Tally counts findings by State. Like compliance.Tally it is a commutative
// monoid, so Rectification rolls it up the jurisdiction tree by summing
// counts, never averaging rates, and it has the same overflow bound
// (compliance.MaxTally; beyond it the overflowed tally counts nothing and
// refuses to marshal). Rectification.Figure gives the rates as self-describing
// compliance.Figures, counted in findings (compliance.UnitFinding).
//
// # JSON and errors
//
// Finding, Policy and Tally have documented JSON forms, decoded strictly
// (exact keys, each once, no null, integers in canonical form): errors wrap
// ErrInvalidJSON or ErrInvalidTally. State reads its stable id through
// ParseState and UnmarshalText and its Chinese label through ParseLabel only;
// its zero value is unset and marshals as "". Derive's errors about its
// inputs are compliance's (compliance.ErrNil, ErrInvalidQuery); an
// invalid policy is ErrInvalidPolicy.
//
// The package is pure: no I/O, no clock, no global state. Every value it
// returns is immutable and safe for concurrent use.
package finding
