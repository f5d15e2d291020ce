package catalog

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// RatesQuery says how the "4个100%" rates are measured: over which populations (Scope), as of which date (the
// latest inspection on or before it counts), and with an optional validity window in days (0: any inspection on
// or before AsOf counts; N > 0: only inspections at most N days before AsOf).
type RatesQuery struct {
	Scope  TargetScope
	AsOf   civil.Date
	Window int
}

// TargetRate is one target's rate over its population, with every campus of the population accounted for, at
// two levels: campuses (Tally, Rate, Figure) and schools (Schools, SchoolRate, SchoolFigure). The published
// national figures count schools ("99.71%的中小学实现封闭化管理"); the 2012 city report counts campuses. The two
// are different units and never mixed: every figure names its unit (compliance.Figure.Unit).
//
// Its Tally counts the campuses of the population by their status against the target (a one-target standard
// derived from FourHundred):
//   - Compliant: the latest inspection observed the target met (for the alarm-and-video target: both the alarm
//     and the video linked to the police);
//   - NonCompliant: the latest inspection observed it not met;
//   - Incomplete: the latest inspection did not observe the target's indicator;
//   - Unassessed: no inspection on or before the as-of date (within the window);
//   - OutOfScope: none of the target standard's requirements includes the campus (none today: FourHundred's
//     requirements apply to every campus; counted for a caller's own target standard), out of the rate.
//
// Incomplete and Unassessed are the unobserved campuses: never counted as passing.
//
// Schools counts the schools with at least one campus in the population by a school status: a school meets
// the target (Compliant) when every campus of it in the population does; NonCompliant when one of them is
// NonCompliant; Unassessed when none of them was inspected; otherwise (some unobserved, or some campus
// Unplaced) Incomplete; OutOfScope when all of them are OutOfScope. Campuses of the school outside the
// population do not count: a school with a 城市 and a village campus meets a 城市 target by its 城市 campus.
type TargetRate struct {
	// Target is the target measured.
	Target Target
	// Population is the set of campuses measured over.
	Population Population
	// Scope is the name of the TargetScope the population was taken from (e.g. "2019"); empty for an unnamed
	// scope.
	Scope string
	// Standard is the one-target standard the statuses were taken against (see TargetStandard): FourHundred's
	// requirements for the target, at FourHundred's version. The population is not part of it.
	Standard compliance.Reference
	// Tally counts the population's campuses by status.
	Tally compliance.Tally
	// OutOfScope counts the register's campuses outside the population (not in the tally).
	OutOfScope int64
	// Unplaced counts the campuses that would be in the population but for their ownership, which the
	// population selects and the register does not record (Population.Unplaced): neither in the tally nor in
	// OutOfScope. A non-zero count means the rate cannot be fully determined; report it beside the rate.
	Unplaced int64
	// Schools counts the schools with a campus in the population by school status (see above).
	Schools compliance.Tally
	// SchoolsOutOfScope counts the register's schools with no campus in the population, and SchoolsUnplaced
	// those whose campuses in the population's parts are all Unplaced.
	SchoolsOutOfScope, SchoolsUnplaced int64
}

// SchoolRate is the target's rate over schools: schools meeting the target (every campus of it in the
// population) over every school with a campus in the population, unobserved ones included. Undefined when no
// school is in the population.
func (r TargetRate) SchoolRate() rate.Rate { return r.Schools.Rate(compliance.ComplianceMeasure) }

// SchoolFigure is Figure at the school level: the same title, standard and population, counting schools
// (compliance.UnitSchool) — the unit of the published national figures. Its error is Figure's: the figure's
// Validate error (compliance.ErrInvalidFigure), returned with the figure.
func (r TargetRate) SchoolFigure(asOf civil.Date, p rate.Precision) (compliance.Figure, error) {
	f := r.figure(asOf, p)
	f.Rate, f.Unit = r.SchoolRate(), compliance.UnitSchool
	return f, f.Validate()
}

// Rate is the target's rate as the catalog defines it: campuses observed meeting the target over every campus
// of the population (unobserved campuses stay in the denominator and lower the rate). Undefined when the
// population is empty.
func (r TargetRate) Rate() rate.Rate { return r.Tally.Rate(compliance.ComplianceMeasure) }

// ObservedRate is the rate over the campuses whose latest inspection observed the target (met or not met):
// the rate a reader would compute ignoring unobserved campuses, reported beside Rate, never instead of it.
func (r TargetRate) ObservedRate() rate.Rate {
	num, den := r.Tally.Count(compliance.Compliant), r.Tally.Count(compliance.Compliant)+r.Tally.Count(compliance.NonCompliant)
	r2, err := rate.New(num, den)
	if err != nil { // unreachable: 0 <= num <= den
		return rate.Rate{}
	}
	return r2
}

// Unobserved counts the campuses of the population whose target was not observed: no inspection (Unassessed)
// or an inspection that did not record the indicator (Incomplete).
func (r TargetRate) Unobserved() int64 {
	return r.Tally.Count(compliance.Incomplete) + r.Tally.Count(compliance.Unassessed)
}

// Figure returns the rate as a self-describing compliance.Figure (measure: compliant campuses over every campus
// counted; unit: campuses, the zero compliance.Unit, which CountedUnit and the JSON "counted" name), rounded to
// p: titled with the target's Chinese name (专职保安员配备率), against the
// one-target standard at its published version (mps-moe-4x100-guards@2019–2021), over the population described
// with the scope it comes from ("城市中小学 (2019 scope)"; PopulationDescription).
//
// The error is the figure's Validate error (compliance.ErrInvalidFigure, naming the figure), returned with the
// figure as compliance's Summary.Figure does: a zero as-of date, a precision out of range, or a TargetRate not
// computed by FourHundredRates (no standard, an invalid target). An undefined rate (an empty population) is
// not an error.
func (r TargetRate) Figure(asOf civil.Date, p rate.Precision) (compliance.Figure, error) {
	f := r.figure(asOf, p)
	return f, f.Validate()
}

// figure builds Figure's figure, unchecked.
func (r TargetRate) figure(asOf civil.Date, p rate.Precision) compliance.Figure {
	return compliance.Figure{
		Measure:         compliance.ComplianceMeasure,
		Title:           r.Target.Name(rate.Chinese),
		Rate:            r.Rate(),
		Precision:       p,
		AsOf:            asOf,
		StandardID:      r.Standard.ID,
		StandardVersion: r.Standard.Version,
		PreventionLevel: prevention.Normal,
		Population:      r.PopulationDescription(),
	}
}

// PopulationDescription describes the rate's population in Chinese with the scope it comes from, e.g.
// "城市中小学 (2019 scope)", or without a scope name "城市中小学"; "" for an invalid population.
func (r TargetRate) PopulationDescription() string {
	if r.Population.Validate() != nil {
		return ""
	}
	if r.Scope == "" {
		return r.Population.String()
	}
	return r.Population.String() + " (" + r.Scope + " scope)"
}

// FourHundredResult holds the four rates as of a date.
type FourHundredResult struct {
	// RatesQuery is the query the rates answer.
	RatesQuery RatesQuery
	// Rates are the four targets' rates, in the order of Values[Target]().
	Rates []TargetRate
}

// Rate returns the rate of target t; false for an invalid target.
func (f FourHundredResult) Rate(t Target) (TargetRate, bool) {
	for _, r := range f.Rates {
		if r.Target == t {
			return r, true
		}
	}
	return TargetRate{}, false
}

// TargetStandard returns the one-target standard that FourHundredRates measures target t against: the
// requirements of FourHundred that the target checks, derived by compliance.Tailor (so it records FourHundred
// as its base), with ID "mps-moe-4x100-" + the target's id and FourHundred's version. It is the same under
// every TargetScope: the population a rate is measured over is not part of the standard but of the rate
// (TargetRate.Population, compliance.Figure.Population).
func TargetStandard(t Target) (compliance.Standard, error) {
	var include []string
	switch t {
	case TargetGuards:
		include = []string{ReqTargetGuards}
	case TargetClosedManagement:
		include = []string{ReqTargetClosed}
	case TargetAlarmVideo:
		include = []string{ReqTargetAlarm, ReqTargetVideo}
	case TargetSchoolGatePost:
		include = []string{ReqTargetPost}
	default:
		return compliance.Standard{}, fmt.Errorf("%w %d: TargetStandard needs one of the four targets", ErrInvalidTarget, uint8(t))
	}
	base := FourHundred()
	return compliance.Tailor(base, compliance.Tailoring{
		ID:      base.ID + "-" + t.String(),
		Title:   base.Title + ": " + t.Name(rate.Chinese),
		Version: base.Version,
		Include: include,
	})
}

// FourHundredRates computes the four "4个100%" rates from a history (and its register) as of a date, each over
// its population in q.Scope (see the package documentation for the definition, which the published sources do
// not give). Every campus of the register is counted once per target: in the target's tally when in its
// population, in Unplaced when its unrecorded ownership leaves that open, in OutOfScope otherwise; and every
// school once per target, in Schools, SchoolsUnplaced or SchoolsOutOfScope. It returns errors.Join of every
// problem: a nil or zero history (compliance.ErrNil); a zero as-of date, a negative window or an invalid scope
// (ErrInvalidRatesQuery, with ErrInvalidTargetScope for the scope); then an as-of date before the targets'
// standard takes effect (ErrInvalidRatesQuery with compliance.ErrInvalidQuery, naming the date). It allocates one byte per school and target for the
// school fold, nothing per campus.
func FourHundredRates(h *compliance.History, q RatesQuery) (FourHundredResult, error) {
	var errs []error
	if h.Register() == nil { // Register is nil for a nil or zero history
		errs = append(errs, fmt.Errorf("%w: nil or zero *compliance.History (build one with compliance.NewHistory)", compliance.ErrNil))
	}
	if q.AsOf.IsZero() {
		errs = append(errs, fmt.Errorf("%w: no as-of date", ErrInvalidRatesQuery))
	}
	if q.Window < 0 {
		errs = append(errs, fmt.Errorf("%w: negative window %d", ErrInvalidRatesQuery, q.Window))
	}
	for _, err := range q.Scope.problems() {
		errs = append(errs, fmt.Errorf("%w: %w", ErrInvalidRatesQuery, err))
	}
	if len(errs) > 0 {
		return FourHundredResult{}, errors.Join(errs...)
	}
	targets := Values[Target]()
	out := FourHundredResult{RatesQuery: q, Rates: make([]TargetRate, len(targets))}
	queries := make([]compliance.Query, len(targets))
	for k, t := range targets {
		std, err := TargetStandard(t)
		if err != nil {
			return FourHundredResult{}, err
		}
		pop, _ := q.Scope.Population(t)
		out.Rates[k] = TargetRate{Target: t, Population: pop, Scope: q.Scope.Name, Standard: std.Ref()}
		if queries[k], err = compliance.NewQuery(compliance.QuerySpec{Standard: std, AsOf: q.AsOf, PreventionLevel: prevention.Normal, Window: q.Window}); err != nil {
			return FourHundredResult{}, fmt.Errorf("%w: %w", ErrInvalidRatesQuery, err) // as of a date before the target's standard took effect
		}
	}
	reg := h.Register()
	ns := reg.NumSchools()
	folds := make([]schoolFold, ns*len(targets)) // school j, target k at j*len(targets)+k
	for i := range reg.Len() {
		c := reg.At(i)
		j := reg.SchoolIndex(i)
		for k := range out.Rates {
			r := &out.Rates[k]
			f := &folds[j*len(targets)+k]
			switch {
			case r.Population.Unplaced(c):
				r.Unplaced++
				*f |= foldUnplaced
			case !r.Population.Includes(c):
				r.OutOfScope++
			default:
				st, _ := h.Status(queries[k], c.ID) // allocation-free: no Result is built
				r.Tally = r.Tally.Add(st)
				*f |= foldIn | schoolFold(1)<<st
			}
		}
	}
	for j := range ns {
		for k := range out.Rates {
			r := &out.Rates[k]
			switch st, ok := folds[j*len(targets)+k].status(); {
			case ok:
				r.Schools = r.Schools.Add(st)
			case folds[j*len(targets)+k]&foldUnplaced != 0:
				r.SchoolsUnplaced++
			default:
				r.SchoolsOutOfScope++
			}
		}
	}
	return out, nil
}

// schoolFold gathers what one school's campuses in a population showed for one target: bit 1<<s for each
// campus status s seen, foldIn when any campus was in the population, foldUnplaced when any was Unplaced.
type schoolFold uint8

const (
	foldIn       schoolFold = 1 << 0 // status bits are 1<<1 (Compliant) … 1<<5 (OutOfScope)
	foldUnplaced schoolFold = 1 << 7
)

// has reports whether a campus of the school had status s.
func (f schoolFold) has(s compliance.Status) bool { return f&(1<<s) != 0 }

// status is the school's status (see TargetRate); false when no campus of it was in the population.
func (f schoolFold) status() (compliance.Status, bool) {
	if f&foldIn == 0 {
		return 0, false
	}
	unobserved := f.has(compliance.Incomplete) || f&foldUnplaced != 0
	switch {
	case f.has(compliance.NonCompliant):
		return compliance.NonCompliant, true
	case unobserved, f.has(compliance.Compliant) && f.has(compliance.Unassessed):
		return compliance.Incomplete, true
	case f.has(compliance.Unassessed):
		return compliance.Unassessed, true
	case f.has(compliance.Compliant):
		return compliance.Compliant, true
	}
	return compliance.OutOfScope, true
}
