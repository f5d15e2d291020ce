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
// counts), at which prevention level — one level everywhere, or the levels a
// schedule puts in force by place — and how recent an inspection must be.
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
	// at, one level for every campus. Exactly one of PreventionLevel and
	// Schedule is set: the zero level means "see Schedule".
	PreventionLevel prevention.Level `json:"level,omitzero"`
	// Schedule, when set instead of PreventionLevel, gives each campus the
	// level in force at its jurisdiction on AsOf (prevention.Schedule.At):
	// a city-wide raise from one date, a district's own raise after a local
	// incident. It must set a level everywhere on AsOf (a whole-tree change on
	// or before it; see prevention.Schedule.On). A one-entry schedule (the
	// whole tree, one level) gives exactly the results of that PreventionLevel.
	Schedule prevention.Schedule `json:"schedule,omitzero"`
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
	spec   QuerySpec
	plan   *plan
	levels prevention.InForce // the level at every place on spec.AsOf, resolved once
}

// NewQuery checks spec and compiles its standard. It returns errors.Join of
// every problem: the spec's own (a zero AsOf; neither or both of
// PreventionLevel and Schedule, an invalid PreventionLevel, a schedule that
// sets no level everywhere on AsOf (wrapping prevention.ErrNoLevel); a
// negative Window; each wrapping ErrInvalidQuery) first, then the standard's
// (see Standard.Validate), so that a standard with many problems cannot push
// the spec's out of the bounded list. The standard is deep-copied: later
// writes into the caller's slices do not change the query.
func NewQuery(spec QuerySpec) (Query, error) {
	var errs errbound.List
	if spec.AsOf.IsZero() {
		errs.Add(fmt.Errorf("%w: no as-of date", ErrInvalidQuery))
	}
	var levels prevention.InForce
	switch {
	case !spec.Schedule.IsZero() && spec.PreventionLevel != 0:
		errs.Add(fmt.Errorf("%w: both prevention level %v and a schedule: set one", ErrInvalidQuery, spec.PreventionLevel))
	case !spec.Schedule.IsZero():
		if !spec.AsOf.IsZero() {
			var err error
			if levels, err = spec.Schedule.On(spec.AsOf); err != nil {
				errs.Add(fmt.Errorf("%w: schedule: %w", ErrInvalidQuery, err))
			}
		}
	case !spec.PreventionLevel.IsValid():
		errs.Add(fmt.Errorf("%w: prevention level %v (and no schedule): %w", ErrInvalidQuery, spec.PreventionLevel, prevention.ErrInvalidLevel))
	default:
		levels = prevention.Everywhere(spec.PreventionLevel)
	}
	if spec.Window < 0 {
		errs.Add(fmt.Errorf("%w: negative window %d", ErrInvalidQuery, spec.Window))
	}
	spec.Standard.addProblems(&errs, nil)
	if err := errs.Err(); err != nil {
		return Query{}, err
	}
	spec.Standard = spec.Standard.clone()
	return Query{&query{spec: spec, plan: compile(&spec.Standard), levels: levels}}, nil
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

// Evaluate measures campus c against every requirement of q's standard at the
// prevention level q puts in force at c's jurisdiction (Levels), from the
// observations m of one inspection. (q's as-of date and window choose which
// inspection counts and, under a schedule, the level; nothing else of them
// enters here.)
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
	return q.evaluate(&c, &m, q.levelFor(&c))
}

// EvaluateOn is Evaluate at the level in force at c's jurisdiction on date d
// rather than on q's as-of date: an inspection measured at the level of its
// own day (finding.Derive). Under a single PreventionLevel it is Evaluate.
// Under a schedule, a date on which no change covers c's jurisdiction (before
// the schedule starts there) is an error wrapping prevention.ErrNoLevel that
// names the campus and the date: no level is assumed. The zero Query
// evaluates nothing (an empty Result, no error).
func (q Query) EvaluateOn(d civil.Date, c campus.Campus, m Measurements) (Result, error) {
	if q.q == nil || q.q.plan == nil {
		return Result{}, nil
	}
	level := q.q.spec.PreventionLevel
	if !q.q.spec.Schedule.IsZero() {
		ch, ok := q.q.spec.Schedule.At(c.Jurisdiction, d)
		if !ok {
			return Result{}, fmt.Errorf("%w: campus %s (jurisdiction %s) on %s", prevention.ErrNoLevel, c.ID, c.Jurisdiction, d)
		}
		level = ch.Level
	}
	return q.evaluate(&c, &m, level), nil
}

// evaluate is Evaluate at the given level; q is not zero.
func (q Query) evaluate(c *campus.Campus, m *Measurements, level prevention.Level) Result {
	std, p := &q.q.spec.Standard, q.q.plan
	res := Result{Standard: std.ID, Version: std.Version, Campus: c.ID, PreventionLevel: level,
		Parts: slices.Clone(std.Parts), Requirements: make([]RequirementResult, len(std.Requirements))}
	var f statusFold
	for i := range std.Requirements {
		r := &std.Requirements[i]
		o, obs, req := p.reqs[i].outcome(c, m, level)
		f.add(o)
		if o == NotApplicable && !f.inScope {
			f.inScope = p.reqs[i].scope.applies(c, level)
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

// levelFor returns the prevention level q applies to campus c: the level in
// force at c's jurisdiction on q's as-of date, resolved once by NewQuery
// (the spec's one level, or its schedule's). Every evaluation on q's date
// reads the level through here; it allocates nothing. q is not zero.
func (q Query) levelFor(c *campus.Campus) prevention.Level {
	return q.q.levels.Level(c.Jurisdiction)
}

// Levels returns the prevention levels q measures at: the level in force at
// every place on q's as-of date (prevention.Everywhere of the spec's one
// level, or its schedule resolved on AsOf). InForce.In gives the levels of a
// figure's jurisdiction. The zero Query gives the zero InForce.
func (q Query) Levels() prevention.InForce {
	if q.q == nil {
		return prevention.InForce{}
	}
	return q.q.levels
}
