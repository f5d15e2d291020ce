package compliance

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/rate"
)

// Comparison sets a baseline summary beside a report summary (for example
// May 2010 and 2012-02-14), cell by cell. The two answer the same question at
// two dates: one standard (its versions may differ: VersionChanged says so),
// the same prevention level at every place and one window. Cells are matched by jurisdiction
// code, group, license and kind, so the two summaries may be of different
// registers (campuses opened or closed between the dates). It is immutable
// and safe for concurrent use. A nil *Comparison compares nothing.
type Comparison struct {
	base, report *Summary
}

// Compare returns the comparison of a baseline summary with a report summary.
// Errors: a nil or zero summary (ErrNil); summaries of different standards (by
// ID), prevention levels or windows (ErrIncomparable, naming both sides) —
// a change between them would measure the question, not the campuses.
//
// Levels compare by their effect, not by where they came from: two summaries
// compare when every place had the same level at each's as-of date
// (Query.Levels, prevention.InForce.Equal). A single PreventionLevel and a
// schedule that put that level everywhere on the date compare; one schedule
// at two dates between which it raised the level somewhere does not, nor do
// two schedules that put different levels anywhere. The schedules' notices
// and dates are not compared.
func Compare(base, report *Summary) (*Comparison, error) {
	if base == nil || report == nil || base.h == nil || report.h == nil {
		return nil, fmt.Errorf("%w: nil *Summary (compare needs two summaries)", ErrNil)
	}
	b, r := base.q.Spec(), report.q.Spec()
	var errs []error
	if bs, rs := base.q.standard(), report.q.standard(); bs.ID != rs.ID {
		errs = append(errs, fmt.Errorf("%w: standard %s vs %s", ErrIncomparable, bs.Ref(), rs.Ref()))
	}
	if bl, rl := base.q.Levels(), report.q.Levels(); !bl.Equal(rl) {
		errs = append(errs, fmt.Errorf("%w: prevention level %s vs %s", ErrIncomparable, bl, rl))
	}
	if b.Window != r.Window {
		errs = append(errs, fmt.Errorf("%w: window %d vs %d days", ErrIncomparable, b.Window, r.Window))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &Comparison{base: base, report: report}, nil
}

// VersionChanged reports whether the two summaries measured different
// versions of their standard (a checklist revised between the dates): the
// change then mixes the campuses' progress with the revision, and a report
// should say so.
func (c *Comparison) VersionChanged() bool {
	if c == nil {
		return false
	}
	return c.base.q.standard().Version != c.report.q.standard().Version
}

// Change returns the change of campus measure m (ComplianceMeasure,
// AssessedComplianceMeasure, AssessedMeasure) in the campuses cell sel
// selects, from the baseline's exact rate to the report's. false when the
// cell is in neither summary (see Summary.Tally) or m is not a campus
// measure. A cell present in only one summary compares with an undefined
// rate on the other side.
func (c *Comparison) Change(m Measure, sel Cell) (rate.Change, bool) {
	if c == nil {
		return rate.Change{}, false
	}
	from, ok1 := c.base.Tally(sel)
	to, ok2 := c.report.Tally(sel)
	if !ok1 && !ok2 {
		return rate.Change{}, false
	}
	if m.Unit() != UnitCampus {
		return rate.Change{}, false
	}
	return rate.Change{From: from.Rate(m), To: to.Rate(m)}, true
}
