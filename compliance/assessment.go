package compliance

import "github.com/campussec/campussec/campus"

// Assessment is one campus's standing under a query: its status as of the
// query's date and, when an inspection counts, that inspection and its
// evaluation. The reasons for a status (Result's unmet and unobserved
// requirements) therefore always come from the inspection and the standard
// that gave the status: a drill-down never recomputes them under another
// question.
//
// For an Unassessed campus (no qualifying inspection) and an OutOfScope
// campus with none, Inspection and Result are zero. The zero Assessment has
// no campus and no status.
//
// In JSON an Assessment is {"campus": Campus, "status": "non_compliant",
// "inspection": Inspection, "result": Result}, "inspection" and "result"
// omitted when zero; the campus carries its "ref". json.Unmarshal knows the
// well-known indicators only, so an assessment whose inspection observed a
// caller-defined indicator is refused, never decoded without it.
type Assessment struct {
	// Campus is the campus assessed, as the register holds it.
	Campus campus.Campus `json:"campus"`
	// Status is the campus's status (Result.Status when inspected).
	Status Status `json:"status"`
	// Inspection is the latest inspection on or before the as-of date within
	// the query's window; zero when none qualifies.
	Inspection Inspection `json:"inspection,omitzero"`
	// Result is the inspection's evaluation under the query's standard and
	// prevention level, requirement by requirement; zero when none qualifies.
	Result Result `json:"result,omitzero"`
}
