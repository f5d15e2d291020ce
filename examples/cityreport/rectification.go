package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// rectSection is rectification (整改) as of the report date, from the findings the library derives from
// the inspection history (finding.Derive) with the example's deadline policy.
type rectSection struct {
	AsOf     civil.Date        `json:"as_of"`
	Policy   finding.Policy    `json:"deadline_policy"`
	Counts   finding.Tally     `json:"counts"`
	Rate     compliance.Figure `json:"rectification_rate"`
	OnTime   compliance.Figure `json:"on_time_rate"`
	Rows     []rectRow         `json:"by_jurisdiction"`
	Licensed []overdueFinding  `json:"overdue_at_licensed_campuses"`
	Unlic    int               `json:"overdue_at_unlicensed_campuses"`
}

// rectRow is a jurisdiction's rolled-up finding tally and its rectification rate (null when undefined),
// defined as the headline rectification_rate is.
type rectRow struct {
	Code   hierarchy.Code `json:"code"`
	Name   string         `json:"name"`
	Counts finding.Tally  `json:"counts"`
	Rate   *string        `json:"rate"`
	fig    compliance.Figure
}

// overdueFinding is an overdue finding at a licensed campus.
type overdueFinding struct {
	Campus  string          `json:"campus"`
	Title   string          `json:"requirement_title"`
	Finding finding.Finding `json:"finding"`
}

// buildRect derives the findings and reads their states, rates and overdue ones as of the report date.
func (o *settings) buildRect(h *compliance.History, city hierarchy.Code) (rectSection, error) {
	s := rectSection{AsOf: o.asOf, Policy: finding.Policy{Days: deadlineDays}}
	fs, err := finding.Derive(h, o.query(o.asOf), s.Policy)
	if err != nil {
		return s, err
	}
	rect := fs.Rectification()
	s.Counts = fs.Tally()
	if s.Rate, err = rect.Figure(compliance.RectificationMeasure, city, rate.Precision{Places: o.places, Rounding: o.rounding}); err != nil {
		return s, err
	}
	if s.OnTime, err = rect.Figure(compliance.OnTimeRectificationMeasure, city, rate.Precision{Places: o.places, Rounding: o.rounding}); err != nil {
		return s, err
	}
	tree := h.Register().Tree()
	j, _ := tree.Lookup(city)
	if s.Rows, err = o.rectRows(rect, append([]hierarchy.Jurisdiction{j}, tree.Children(city)...)); err != nil {
		return s, err
	}
	s.Licensed, s.Unlic = o.overdue(fs, h.Register())
	return s, nil
}

// rectRows reads the rolled-up rectification of each jurisdiction (the city, then its districts and
// county-level cities).
func (o *settings) rectRows(rect *finding.Rectification, js []hierarchy.Jurisdiction) ([]rectRow, error) {
	var out []rectRow
	for _, j := range js {
		f, err := rect.Figure(compliance.RectificationMeasure, j.Code, rate.Precision{Places: o.places, Rounding: o.rounding})
		if err != nil {
			return nil, err
		}
		t, _ := rect.Tally(j.Code)
		out = append(out, rectRow{Code: j.Code, Name: j.Name, Counts: t, Rate: valueText(f), fig: f})
	}
	return out, nil
}

// overdue splits the overdue findings (oldest debts first) into those at licensed campuses, listed, and
// the number at unlicensed ones.
func (o *settings) overdue(fs *finding.Ledger, reg *campus.Register) ([]overdueFinding, int) {
	var lic []overdueFinding
	unlic := 0
	for _, f := range fs.Overdue() {
		c, _ := reg.Campus(f.Campus)
		if c.License != campus.Licensed {
			unlic++
			continue
		}
		req, _ := o.std.Requirement(f.Requirement)
		lic = append(lic, overdueFinding{c.Name, req.Title, f})
	}
	return lic, unlic
}
