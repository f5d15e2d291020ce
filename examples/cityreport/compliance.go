package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// statusLine is one line of the compliance section: the library's tally of a license (or of every campus)
// and its full-compliance figure (over every campus, unassessed included).
type statusLine struct {
	License campus.License    `json:"license,omitzero"`
	Counts  compliance.Tally  `json:"counts"`
	Rate    compliance.Figure `json:"rate"`
	// SameInBothModes says whether GB/T 8170 half-even and half-up give the same rounded value.
	SameInBothModes bool `json:"same_in_both_rounding_modes"`
}

// complianceSection is the status of every campus as of the report date.
type complianceSection struct {
	AsOf       civil.Date `json:"as_of"`
	Licensed   statusLine `json:"licensed"`
	Unlicensed statusLine `json:"unlicensed"`
	All        statusLine `json:"all"`
	Laggards   []laggard  `json:"non_compliant_licensed"`
}

// line makes the status line of a summary cell.
func (o *settings) line(s *compliance.Summary, code hierarchy.Code, l campus.License) (statusLine, error) {
	f, err := o.figure(s, code, l)
	if err != nil {
		return statusLine{}, err
	}
	t, _ := s.Tally(licenseCell(code, l)) // the cell exists: Figure found it
	return statusLine{License: l, Counts: t, Rate: f, SameInBothModes: sameInBothModes(f)}, nil
}

// sameInBothModes reports whether the figure rounds to the same value half-even and half-up.
func sameInBothModes(f compliance.Figure) bool {
	even, up := f, f
	even.Precision.Rounding, up.Precision.Rounding = rate.HalfEven, rate.HalfUp
	a, okA := even.Value()
	b, okB := up.Value()
	return okA == okB && a.Equal(b)
}

// buildCompliance reads the city's cells as of the report date and drills down to the non-compliant
// licensed campuses.
func (o *settings) buildCompliance(now *compliance.Summary, h *compliance.History, code hierarchy.Code) (complianceSection, error) {
	c := complianceSection{AsOf: now.Query().Spec().AsOf}
	var err error
	if c.Licensed, err = o.line(now, code, campus.Licensed); err != nil {
		return c, err
	}
	if c.Unlicensed, err = o.line(now, code, campus.Unlicensed); err != nil {
		return c, err
	}
	if c.All, err = o.line(now, code, 0); err != nil {
		return c, err
	}
	c.Laggards = o.buildLaggards(now, h, code)
	return c, nil
}
