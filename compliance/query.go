package compliance

import (
	"fmt"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/prevention"
)

// QuerySpec is the question every figure answers, as data: measured against
// which standard, as of which date (the latest inspection on or before it
// counts), at which prevention level, and how recent an inspection must be.
// NewQuery checks and compiles it into a Query.
//
// In JSON a QuerySpec is {"standard": <the standard's JSON, see LoadStandard>,
// "as_of": "2012-02-14", "level": "normal", "window": 0}; decode it strictly
// as a Query (Query.UnmarshalJSON), which also checks it.
type QuerySpec struct {
	// Standard is what campuses are measured against; it must be valid
	// (Standard.Validate).
	Standard Standard `json:"standard"`
	// AsOf is the date every status is taken on; required.
	AsOf civil.Date `json:"as_of"`
	// PreventionLevel is the prevention level (防范等级) the standard is applied
	// at; required: the zero level is invalid here as everywhere.
	PreventionLevel prevention.Level `json:"level"`
	// Window is the validity window in days: 0 means any inspection on or
	// before AsOf counts; N > 0 means only inspections at most N days before
	// AsOf count (both ends inclusive). Negative is invalid.
	Window int `json:"window"`
}

// Query is a checked, compiled QuerySpec: the one value the main path carries
// from NewQuery to Summarize, finding.Derive and every
// figure, so that a summary, its drill-down and its findings always answer
// the same question. It holds its own copy of the standard, compiled once for
// evaluation.
//
// A Query is immutable and safe for concurrent use. The zero Query is not a
// question: Summarize and the other entry points refuse it with
// ErrInvalidQuery, Spec returns the zero QuerySpec and Evaluate an empty
// Result.
type Query struct {
	q *query
}

type query struct {
	spec QuerySpec
	plan *plan
}

// NewQuery checks spec and compiles its standard. It returns errors.Join of
// every problem: the spec's own (a zero AsOf, an invalid PreventionLevel, a
// negative Window, each wrapping ErrInvalidQuery) first, then the standard's
// (see Standard.Validate), so that a standard with many problems cannot push
// the spec's out of the bounded list. The standard is deep-copied: later
// writes into the caller's slices do not change the query.
func NewQuery(spec QuerySpec) (Query, error) {
	var errs errbound.List
	if spec.AsOf.IsZero() {
		errs.Add(fmt.Errorf("%w: no as-of date", ErrInvalidQuery))
	}
	if !spec.PreventionLevel.IsValid() {
		errs.Add(fmt.Errorf("%w: prevention level %v: %w", ErrInvalidQuery, spec.PreventionLevel, prevention.ErrInvalidLevel))
	}
	if spec.Window < 0 {
		errs.Add(fmt.Errorf("%w: negative window %d", ErrInvalidQuery, spec.Window))
	}
	spec.Standard.addProblems(&errs, nil)
	if err := errs.Err(); err != nil {
		return Query{}, err
	}
	spec.Standard = spec.Standard.clone()
	return Query{&query{spec: spec, plan: compile(&spec.Standard)}}, nil
}

// MustQuery is NewQuery that panics on error, for queries written in code
// (examples, tests, a program's fixed question).
func MustQuery(spec QuerySpec) Query {
	q, err := NewQuery(spec)
	if err != nil {
		panic(err)
	}
	return q
}

// IsZero reports whether q is the zero Query (not built by NewQuery).
func (q Query) IsZero() bool { return q.q == nil }

// Spec returns the spec q was built from. Its Standard shares q's slices:
// treat it as read-only.
func (q Query) Spec() QuerySpec {
	if q.q == nil {
		return QuerySpec{}
	}
	return q.q.spec
}

// Evaluate measures campus c against every requirement of q's standard at q's
// prevention level, from the observations m of one inspection. (q's as-of
// date and window choose which inspection counts; they do not enter here.)
// The Result lists every requirement in the standard's order with its
// outcome:
//
//   - NotApplicable when the requirement's scope excludes the campus or the
//     level, or the campus falls in an exempt band;
//   - Undetermined when the rule's threshold is unknown for the campus (an
//     undetermined band, or a basis the register cannot supply);
//   - NotObserved when the inspection did not observe the indicator;
//   - Met or Unmet by comparing the observation with the rule.
//
// The campus status follows an explicit precedence: any Unmet → NonCompliant
// (未达标); else any NotObserved or Undetermined → Incomplete; else Compliant
// (全达标: every applicable requirement met). A pass is never inferred from a
// missing observation. A campus that no requirement's Scope includes at the
// level (a 托儿所 under a standard for 中小学 and 幼儿园) is OutOfScope (不适用):
// outside the standard's population, never Compliant, and out of every
// compliance rate's denominator. A campus in a requirement's scope but in
// its exempt band is in the population (and Compliant if nothing else is
// unmet or unobserved).
//
// The zero Query evaluates nothing: an empty Result with no status.
func (q Query) Evaluate(c campus.Campus, m Measurements) Result {
	if q.q == nil || q.q.plan == nil {
		return Result{}
	}
	std, p, level := &q.q.spec.Standard, q.q.plan, q.levelFor(&c)
	res := Result{Standard: std.ID, Version: std.Version, Campus: c.ID, PreventionLevel: level,
		Parts: slices.Clone(std.Parts), Requirements: make([]RequirementResult, len(std.Requirements))}
	var f statusFold
	for i := range std.Requirements {
		r := &std.Requirements[i]
		o, obs, req := p.reqs[i].outcome(&c, &m, level)
		f.add(o)
		if o == NotApplicable && !f.inScope {
			f.inScope = p.reqs[i].scope.applies(&c, level)
		}
		res.Requirements[i] = RequirementResult{Requirement: r.ID, Title: r.Title, Outcome: o, Observed: obs, Required: req,
			Origin: r.Origin}
	}
	res.Status = f.status()
	return res
}

// status returns Evaluate(c, m).Status without allocating and without building
// the result; it stops at the first Unmet requirement. q is not zero.
func (q Query) status(c *campus.Campus, m *Measurements) Status {
	return q.q.plan.status(c, m, q.levelFor(c))
}

// inScope reports whether some requirement of q's standard includes campus c
// at q's level: whether c is in the standard's population. q is not zero.
func (q Query) inScope(c *campus.Campus) bool {
	p, level := q.q.plan, q.levelFor(c)
	if p.universal {
		return true
	}
	for i := range p.reqs {
		if p.reqs[i].scope.applies(c, level) {
			return true
		}
	}
	return false
}

// levelFor returns the prevention level q applies to campus c: the one level
// of the spec. Every evaluation reads the level through here. q is not zero.
func (q Query) levelFor(c *campus.Campus) prevention.Level {
	_ = c
	return q.q.spec.PreventionLevel
}
