package main

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/shopspring/decimal"
)

// changeSection compares the licensed rate at the baseline with the report date: in percentage points
// and, apart and labelled as such, relative to the baseline rate.
type changeSection struct {
	Baseline civil.Date        `json:"baseline"`
	From     compliance.Figure `json:"from"`
	To       compliance.Figure `json:"to"`
	Points   string            `json:"percentage_points"`       // e.g. "87.4": points, never a percent
	Relative string            `json:"relative_change_percent"` // percent of the baseline rate
	points   decimal.Decimal
	relative decimal.Decimal
	change   rate.Change
}

// buildChange compares the two summaries (change.Compare) in the city's licensed cell, from the exact
// counts, rounded once.
func (o *settings) buildChange(s summaries, code hierarchy.Code) (changeSection, error) {
	cmp, err := change.Compare(s.then, s.now)
	if err != nil {
		return changeSection{}, err
	}
	c, ok := cmp.Change(compliance.ComplianceMeasure, compliance.AllCampuses().In(code).License(campus.Licensed))
	if !ok {
		return changeSection{}, fmt.Errorf("no licensed cell for %s", code)
	}
	out := changeSection{Baseline: s.then.Query().Spec().AsOf, change: c}
	if out.From, err = o.figure(s.then, code, campus.Licensed); err != nil {
		return out, err
	}
	if out.To, err = o.figure(s.now, code, campus.Licensed); err != nil {
		return out, err
	}
	pts, okP := c.Points(rate.Precision{Places: o.places, Rounding: o.rounding})
	rel, okR := c.Relative(rate.Precision{Places: o.places, Rounding: o.rounding})
	if !okP || !okR {
		return out, fmt.Errorf("change %s → %s is undefined", c.From, c.To)
	}
	out.points, out.relative = pts, rel
	out.Points, out.Relative = pts.StringFixed(o.places), rel.StringFixed(o.places)
	return out, nil
}
