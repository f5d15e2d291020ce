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
// which standard — one version, or the versions of a standard, each date
// measured against the version in force on it — as of which date (the latest
// inspection on or before it counts), at which prevention level, and how
// recent an inspection must be. NewQuery checks and compiles it into a Query.
//
// In JSON a QuerySpec is {"standard": <the standard's JSON, see LoadStandard>,
// "as_of": "2012-02-14", "level": "normal", "window": 0}; decode it strictly
// as a Query (Query.UnmarshalJSON), which also checks it. A spec of Versions
// or under a Schedule has no JSON form of its own (see Query.MarshalJSON).
type QuerySpec struct {
	// Standard is what campuses are measured against; it must be valid
	// (Standard.Validate) and in force on AsOf (Effective on or before it).
	// Give either Standard or Versions, not both.
	Standard Standard `json:"standard"`
	// Versions are the versions of one standard (NewVersions): each as-of
	// date — AsOf, or each date of a series (SummarizeSeries) — is measured
	// against the version in force on it (Versions.InForce), and AsOf must not
	// be before the earliest version. Give either Versions or Standard, not
	// both.
	Versions Versions `json:"-"`
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
	// or before it; see prevention.Schedule.On), and on each date a series
	// asks. A one-entry schedule (the whole tree, one level) gives exactly the
	// results of that PreventionLevel.
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
	spec QuerySpec
	std  *Standard // the version in force on spec.AsOf: vers.list[k]
	plan *plan     // std compiled: vers.plans[k]
	vers *compiled // every version, compiled once, shared by the queries on (derived) from this one
	// levels is the level at every place on spec.AsOf, resolved once per date.
	levels prevention.InForce
}

// compiled is the versions a query may measure against, effective date
// ascending (one for a spec with a single Standard), each compiled once.
type compiled struct {
	list  []Standard
	plans []*plan
}

// inForce returns the index of the version in force on d: the latest
// effective on or before d; -1 before the earliest.
func (v *compiled) inForce(d civil.Date) int {
	k := -1
	for i := range v.list {
		if v.list[i].Effective.After(d) {
			break
		}
		k = i
	}
	return k
}

// NewQuery checks spec and compiles its standard, or each of its versions
// once. It returns errors.Join of every problem: the spec's own (a zero AsOf;
// neither or both of PreventionLevel and Schedule, an invalid PreventionLevel,
// a schedule that sets no level everywhere on AsOf (wrapping
// prevention.ErrNoLevel); a negative Window; both or neither of Standard and
// Versions; each wrapping ErrInvalidQuery) first, then the standard's
// (see Standard.Validate), so that a standard with many problems cannot push
// the spec's out of the bounded list, and last an AsOf on which no version is
// in force — before the Standard's Effective date, or before the earliest of
// the Versions — wrapping ErrInvalidQuery and naming the date and the version.
// The standard is deep-copied: later writes into the caller's slices do not
// change the query.
func NewQuery(spec QuerySpec) (Query, error) {
	var errs errbound.List
	if spec.AsOf.IsZero() {
		errs.Add(fmt.Errorf("%w: no as-of date", ErrInvalidQuery))
	}
	switch {
	case !spec.Schedule.IsZero() && spec.PreventionLevel != 0:
		errs.Add(fmt.Errorf("%w: both prevention level %v and a schedule: set one", ErrInvalidQuery, spec.PreventionLevel))
	case !spec.Schedule.IsZero():
		if !spec.AsOf.IsZero() {
			if _, err := spec.Schedule.On(spec.AsOf); err != nil {
				errs.Add(fmt.Errorf("%w: schedule: %w", ErrInvalidQuery, err))
			}
		}
	case !spec.PreventionLevel.IsValid():
		errs.Add(fmt.Errorf("%w: prevention level %v (and no schedule): %w", ErrInvalidQuery, spec.PreventionLevel, prevention.ErrInvalidLevel))
	}
	if spec.Window < 0 {
		errs.Add(fmt.Errorf("%w: negative window %d", ErrInvalidQuery, spec.Window))
	}
	hasStd, hasVers := !spec.Standard.Equal(Standard{}), spec.Versions.len() > 0
	switch {
	case hasStd && hasVers:
		errs.Add(fmt.Errorf("%w: both a Standard (%s) and Versions (of %s): give one", ErrInvalidQuery,
			errbound.Quote(spec.Standard.Ref().String()), errbound.Quote(spec.Versions.list[0].ID)))
	case !hasVers:
		if !hasStd {
			// Neither: the zero Standard's own problems follow, as before Versions existed.
			errs.Add(fmt.Errorf("%w: no standard: give a Standard or Versions", ErrInvalidQuery))
		}
		spec.Standard.addProblems(&errs, nil)
	}
	if err := errs.Err(); err != nil {
		return Query{}, err
	}
	v := &compiled{list: spec.Versions.list}
	if !hasVers {
		spec.Standard = spec.Standard.clone()
		v.list = []Standard{spec.Standard}
	}
	v.plans = make([]*plan, len(v.list))
	for k := range v.list {
		v.plans[k] = compile(&v.list[k])
	}
	return Query{&query{spec: spec, vers: v}}.on(spec.AsOf)
}

// on returns q asked as of d instead of q's own date: the same standard (or
// versions, sharing their compiled plans), prevention level and window,
// measured against the version in force on d. It is the one place a query's
// date is set (NewQuery, SummarizeSeries), so that what depends on the date
// (the version, the prevention level through levelFor) follows it. The error
// wraps ErrInvalidQuery when no version is in force on d, naming d and the
// earliest version, or when q's schedule sets no level everywhere on d
// (wrapping prevention.ErrNoLevel). q is not zero.
func (q Query) on(d civil.Date) (Query, error) {
	v := q.q.vers
	k := v.inForce(d)
	if k < 0 {
		first := &v.list[0]
		if q.q.spec.Versions.len() == 0 {
			return Query{}, fmt.Errorf("%w: as of %s, standard %s is not yet in force (effective %s)",
				ErrInvalidQuery, d, errbound.Quote(first.Ref().String()), first.Effective)
		}
		return Query{}, fmt.Errorf("%w: as of %s, no version of %s is in force: the earliest, %s, is effective %s",
			ErrInvalidQuery, d, errbound.Quote(first.ID), errbound.Quote(first.Version), first.Effective)
	}
	spec := q.q.spec
	spec.AsOf = d
	levels := prevention.Everywhere(spec.PreventionLevel)
	if !spec.Schedule.IsZero() {
		var err error
		if levels, err = spec.Schedule.On(d); err != nil {
			return Query{}, fmt.Errorf("%w: schedule: %w", ErrInvalidQuery, err)
		}
	}
	return Query{&query{spec: spec, std: &v.list[k], plan: v.plans[k], vers: v, levels: levels}}, nil
}

// standard returns the version q measures against: the one in force on its
// as-of date. q is not zero.
func (q Query) standard() *Standard { return q.q.std }

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

// Spec returns the spec q was built from (with SummarizeSeries, the date of
// its summary as AsOf). Its Standard shares q's slices: treat it as
// read-only. For a spec of Versions, Spec().Versions.InForce(Spec().AsOf) is
// the version measured against.
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
	std, p := q.standard(), q.q.plan
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
