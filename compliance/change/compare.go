package change

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/rate"
)

// ErrIncomparable reports two summaries that do not answer the same question
// in time (Compare): another standard, prevention level or validity window.
var ErrIncomparable = errors.New("change: incomparable summaries")

// reportFormat is the version of a Comparison's JSON report form (the
// "format" key), the version of the Summary report forms it embeds.
const reportFormat = 1

// Comparison sets a baseline summary beside a report summary (for example
// May 2010 and 2012-02-14), cell by cell. The two answer the same question at
// two dates: one standard (its versions may differ: VersionChanged says so),
// the same prevention level at every place and one window. Cells are matched
// by jurisdiction code, group, license and kind, so the two summaries may be
// of different registers (campuses opened or closed between the dates). It is
// immutable and safe for concurrent use. A nil or zero *Comparison (not built
// by Compare) compares nothing.
type Comparison struct {
	base, report *compliance.Summary
}

// Compare returns the comparison of a baseline summary with a report summary.
// Errors: a nil or zero summary (compliance.ErrNil); summaries of different
// standards (by ID), prevention levels or windows (ErrIncomparable, naming
// both sides, every mismatch joined) — a change between them would measure
// the question, not the campuses — and a base dated after the report
// (ErrIncomparable: every change would carry the wrong sign).
//
// Levels compare by their effect, not by where they came from: two summaries
// compare when every place had the same level at each's as-of date
// (compliance.Query.Levels, prevention.InForce.Equal). A single
// PreventionLevel and a schedule that put that level everywhere on the date
// compare; one schedule at two dates between which it raised the level
// somewhere does not, nor do two schedules that put different levels
// anywhere. The schedules' notices and dates are not compared.
func Compare(base, report *compliance.Summary) (*Comparison, error) {
	if base.History() == nil || report.History() == nil {
		return nil, fmt.Errorf("%w: nil *Summary (compare needs two summaries)", compliance.ErrNil)
	}
	bq, rq := base.Query(), report.Query()
	var errs []error
	if bs, rs := inForce(bq), inForce(rq); bs.ID != rs.ID {
		errs = append(errs, fmt.Errorf("%w: standard %s vs %s", ErrIncomparable, bs.Ref(), rs.Ref()))
	}
	if bl, rl := bq.Levels(), rq.Levels(); !bl.Equal(rl) {
		errs = append(errs, fmt.Errorf("%w: prevention level %s vs %s", ErrIncomparable, bl, rl))
	}
	if bw, rw := bq.Spec().Window, rq.Spec().Window; bw != rw {
		errs = append(errs, fmt.Errorf("%w: window %d vs %d days", ErrIncomparable, bw, rw))
	}
	if bd, rd := bq.Spec().AsOf, rq.Spec().AsOf; rd.Before(bd) {
		errs = append(errs, fmt.Errorf("%w: the base is as of %s, after the report's %s (a change runs from the base's date to the report's: swap them)", ErrIncomparable, bd, rd))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &Comparison{base: base, report: report}, nil
}

// inForce returns the version of the standard q measures against: the one in
// force on its as-of date.
func inForce(q compliance.Query) compliance.Standard {
	spec := q.Spec()
	if s, ok := spec.Versions.InForce(spec.AsOf); ok {
		return s
	}
	return spec.Standard
}

// zero reports whether c was not built by Compare.
func (c *Comparison) zero() bool { return c == nil || c.base == nil || c.report == nil }

// VersionChanged reports whether the two summaries measured different
// versions of their standard (a checklist revised between the dates): the
// change then mixes the campuses' progress with the revision, and a report
// should say so.
func (c *Comparison) VersionChanged() bool {
	if c.zero() {
		return false
	}
	return inForce(c.base.Query()).Version != inForce(c.report.Query()).Version
}

// Change returns the change of campus measure m
// (compliance.ComplianceMeasure, AssessedComplianceMeasure, AssessedMeasure)
// in the campuses cell sel selects, from the baseline's exact rate to the
// report's. false when the cell is in neither summary (see
// compliance.Summary.Tally) or m is not a campus measure. A cell present in
// only one summary compares with an undefined rate on the other side.
func (c *Comparison) Change(m compliance.Measure, sel compliance.Cell) (rate.Change, bool) {
	if c.zero() {
		return rate.Change{}, false
	}
	from, ok1 := c.base.Tally(sel)
	to, ok2 := c.report.Tally(sel)
	if !ok1 && !ok2 {
		return rate.Change{}, false
	}
	if m.Unit() != compliance.UnitCampus {
		return rate.Change{}, false
	}
	return rate.Change{From: from.Rate(m), To: to.Rate(m)}, true
}

// MarshalJSON writes the comparison as a report:
//
//	{"format": 1, "version_changed": false, "base": <Summary report>, "report": <Summary report>}
//
// each summary as compliance.Summary.MarshalJSON writes it. A nil or zero
// Comparison (not built by Compare) has no report: the error wraps
// compliance.ErrNil.
func (c *Comparison) MarshalJSON() ([]byte, error) {
	if c.zero() {
		return nil, fmt.Errorf("%w: nil or zero *Comparison has no JSON form (build one with Compare)", compliance.ErrNil)
	}
	base, err := json.Marshal(c.base)
	if err != nil {
		return nil, err
	}
	report, err := json.Marshal(c.report)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Format         int             `json:"format"`
		VersionChanged bool            `json:"version_changed"`
		Base           json.RawMessage `json:"base"`
		Report         json.RawMessage `json:"report"`
	}{reportFormat, c.VersionChanged(), base, report})
}

// UnmarshalJSON refuses, as compliance.Summary.UnmarshalJSON does: a
// Comparison's JSON is a report (build one with Compare). The error wraps
// compliance.ErrInvalidJSON.
func (c *Comparison) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Comparison's JSON is a report; it cannot be decoded into a Comparison (build one with Compare)", compliance.ErrInvalidJSON)
}
