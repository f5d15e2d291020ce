package compliance

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/shopspring/decimal"
)

// Change is one measure of one cell at two dates: the baseline rate and the
// report rate, kept exact. Points and Relative derive the two readings of a
// change from them (see PointChange for why both exist). A Change is a
// comparable value; the zero Change has two undefined rates.
type Change struct {
	// Measure is what both rates measure.
	Measure Measure
	// From is the rate at the baseline date, To at the report date.
	From, To Rate
}

// Points returns the change in percentage points, from the exact rates,
// rounded once (PointChange).
func (c Change) Points(places int32, mode Rounding) (decimal.Decimal, bool) {
	return PointChange(c.From, c.To, places, mode)
}

// Relative returns the change relative to the baseline rate, in percent,
// rounded once (RelativeChange); false when the baseline is zero or undefined.
func (c Change) Relative(places int32, mode Rounding) (decimal.Decimal, bool) {
	return RelativeChange(c.From, c.To, places, mode)
}

// Format shows the change in words that cannot be misread, e.g.
// "全达标率 12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)" — both readings,
// each labelled, and Undefined where one has no value.
func (c Change) Format(places int32, mode Rounding, lang Lang) string {
	return c.Measure.Name(lang) + " " + c.From.Format(places, mode) + " → " + c.To.Format(places, mode) + ": " +
		FormatPointChange(c.From, c.To, places, mode, lang) + ", " +
		FormatRelativeChange(c.From, c.To, places, mode, lang)
}

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
func (c *Comparison) Cell(code hierarchy.Code, g campus.Group, l campus.License, m Measure) (Change, bool) {
	if c == nil {
		return Change{}, false
	}
	from, ok1 := c.base.Cell(code, g, l)
	to, ok2 := c.report.Cell(code, g, l)
	if !ok1 && !ok2 {
		return Change{}, false
	}
	fr, ok1 := tallyRate(from, m)
	tr, ok2 := tallyRate(to, m)
	if !ok1 || !ok2 {
		return Change{}, false
	}
	return Change{Measure: m, From: fr, To: tr}, true
}

// tallyRate returns the rate of a campus measure from a tally.
func tallyRate(t Tally, m Measure) (Rate, bool) {
	switch m {
	case ComplianceMeasure:
		return t.ComplianceRate(), true
	case AssessedComplianceMeasure:
		return t.AssessedComplianceRate(), true
	case CoverageMeasure:
		return t.Coverage(), true
	}
	return Rate{}, false
}
