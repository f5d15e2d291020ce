package compliance

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// Outcome is the result of one requirement for one campus. The zero value is
// invalid.
type Outcome uint8

// The outcomes.
const (
	// Met (符合): the observation satisfies the rule.
	Met Outcome = iota + 1
	// Unmet (不符合): the observation falls short of the rule.
	Unmet
	// NotObserved (未检查): the requirement applies but the inspection did
	// not observe its indicator; a pass is never inferred from this.
	NotObserved
	// NotApplicable (不适用): the requirement's scope excludes the campus, or
	// the campus falls in an exempt band.
	NotApplicable
	// Undetermined (要求不明确): the requirement applies but its threshold is
	// unknown for the campus (an undetermined band, or a basis the register
	// cannot supply); like NotObserved it makes the campus Incomplete.
	Undetermined
)

var outcomeEnum = enum.MustNew(enum.Spec[Outcome]{
	Type:    "Outcome",
	IDs:     []string{"met", "unmet", "not_observed", "not_applicable", "undetermined"},
	Labels:  []string{"符合", "不符合", "未检查", "不适用", "要求不明确"},
	English: []string{"met", "unmet", "not observed", "not applicable", "requirement undetermined"},
	Text:    enum.ErrorForm{Err: ErrInvalidOutcome, Detail: ": "},
})

// IsValid reports whether o is a defined outcome.
func (o Outcome) IsValid() bool { return outcomeEnum.IsValid(o) }

// String returns the stable id ("met", "unmet", "not_observed",
// "not_applicable", "undetermined"), or "Outcome(N)".
func (o Outcome) String() string { return outcomeEnum.String(o) }

// Name returns the name of o for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (o Outcome) Name(lang rate.Lang) string { return outcomeEnum.Name(o, enum.Lang(lang)) }

// ParseOutcome parses the stable English id as String returns it, and nothing else. The error wraps
// ErrInvalidOutcome and quotes s.
func ParseOutcome(s string) (Outcome, error) { return outcomeEnum.Parse(s) }

// MarshalText encodes the stable id, or "" for the zero value (unset); any other invalid value is an error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeEnum.MarshalText(o) }

// UnmarshalText accepts what ParseOutcome accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidOutcome that quotes it, and leaves the receiver unchanged.
func (o *Outcome) UnmarshalText(b []byte) error { return outcomeEnum.UnmarshalText(o, b) }

// RequirementResult is the outcome of one requirement for one campus. For
// Met and Unmet, Observed is the value seen (a count, or 1/0 for a present or
// absent fact) and Required what the rule demanded (a count, or 1 for a
// fact); for NotObserved only Required is meaningful; otherwise both are 0.
//
// Origin is the requirement's Origin: in a combined standard, the standard
// and requirement it was taken from (omitted from JSON when zero).
type RequirementResult struct {
	Requirement string  `json:"requirement"`
	Title       string  `json:"title"`
	Outcome     Outcome `json:"outcome"`
	Observed    int     `json:"observed"`
	Required    int     `json:"required"`
	Origin      Origin  `json:"origin,omitzero"`
}

// Result is a campus evaluated against a standard at a prevention level: one
// RequirementResult per requirement of the standard, in the standard's
// order, and the campus status by the precedence documented on Evaluate.
// For a combined standard (Combine), Parts lists every standard it combines
// (omitted from JSON when empty) and each requirement result its Origin.
type Result struct {
	Standard        string              `json:"standard"`
	Version         string              `json:"version"`
	Parts           []Reference         `json:"parts,omitempty"`
	Campus          uuid.UUID           `json:"campus"`
	PreventionLevel prevention.Level    `json:"level"`
	Status          Status              `json:"status"`
	Requirements    []RequirementResult `json:"requirements"`
}

// count returns how many requirements had outcome o.
func (r Result) count(o Outcome) int {
	n := 0
	for i := range r.Requirements {
		if r.Requirements[i].Outcome == o {
			n++
		}
	}
	return n
}

// With returns the requirement results with outcome o, in the standard's
// order (a new slice; nil if none). With(Unmet) is what must be rectified.
func (r Result) With(o Outcome) []RequirementResult {
	var out []RequirementResult
	for _, rr := range r.Requirements {
		if rr.Outcome == o {
			out = append(out, rr)
		}
	}
	return out
}

// statusFold folds outcomes by the precedence: any Unmet → NonCompliant; else
// any NotObserved or Undetermined → Incomplete; else, when some requirement's
// scope included the campus, Compliant; else OutOfScope. The folding code sets
// inScope for a NotApplicable outcome whose scope included the campus (an
// exempt band); add sets it for every other outcome.
type statusFold struct{ unmet, incomplete, inScope bool }

func (f *statusFold) add(o Outcome) {
	if o != NotApplicable {
		f.inScope = true
	}
	switch o {
	case Unmet:
		f.unmet = true
	case NotObserved, Undetermined:
		f.incomplete = true
	}
}

func (f statusFold) status() Status {
	switch {
	case f.unmet:
		return NonCompliant
	case f.incomplete:
		return Incomplete
	case !f.inScope:
		return OutOfScope
	}
	return Compliant
}
