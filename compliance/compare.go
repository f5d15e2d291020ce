package compliance

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// Comparison sets a baseline summary beside a report summary (for example
// May 2010 and 2012-02-14), cell by cell. Cells are matched by jurisdiction
// code, group and license, so the two summaries may be of different
// registers (campuses opened or closed between the dates). It is immutable
// and safe for concurrent use. A nil *Comparison compares nothing.
type Comparison struct {
	base, report *Summary
}

// Compare returns the comparison of a baseline summary with a report summary;
// an error wrapping ErrSummary when either is nil.
func Compare(base, report *Summary) (*Comparison, error) {
	if base == nil || report == nil {
		return nil, fmt.Errorf("%w: compare needs two summaries", ErrSummary)
	}
	return &Comparison{base: base, report: report}, nil
}

// Base returns the baseline summary.
func (c *Comparison) Base() *Summary {
	if c == nil {
		return nil
	}
	return c.base
}

// Report returns the report summary.
func (c *Comparison) Report() *Summary {
	if c == nil {
		return nil
	}
	return c.report
}

// Cell returns the change of measure m in a cell (code, group, license, with
// zero meaning all, as in Summary.Cell). false when the cell exists in
// neither summary, or m is not a campus measure (ComplianceMeasure,
// AssessedComplianceMeasure, CoverageMeasure). A cell present in only one
// summary compares with an undefined rate on the other side.
func (c *Comparison) Cell(code hierarchy.Code, g campus.Group, l campus.License, m Measure) (rate.Change, bool) {
	if c == nil {
		return rate.Change{}, false
	}
	from, ok1 := c.base.Cell(code, g, l)
	to, ok2 := c.report.Cell(code, g, l)
	if !ok1 && !ok2 {
		return rate.Change{}, false
	}
	fr, ok1 := tallyRate(from, m)
	tr, ok2 := tallyRate(to, m)
	if !ok1 || !ok2 {
		return rate.Change{}, false
	}
	return rate.Change{From: fr, To: tr}, true
}

// tallyRate returns the rate of a campus measure from a tally.
func tallyRate(t Tally, m Measure) (rate.Rate, bool) {
	switch m {
	case ComplianceMeasure:
		return t.ComplianceRate(), true
	case AssessedComplianceMeasure:
		return t.AssessedComplianceRate(), true
	case CoverageMeasure:
		return t.Coverage(), true
	}
	return rate.Rate{}, false
}
