package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/shopspring/decimal"
)

// settings are the report's fixed choices: the standard, the level, the dates and how rates are rounded.
type settings struct {
	std              compliance.Standard
	level            compliance.PreventionLevel
	asOf, baseline   compliance.Date
	rounding         compliance.Rounding
	places           int32 // the licensed rate, as the report prints it (99.9 %)
	unlicensedPlaces int32 // the unlicensed rate, as the report prints it (33 %)
}

// statusLine is one line of the compliance section: the tally of a licence (or of every campus) and its
// full-compliance rate (over every campus, unassessed included).
type statusLine struct {
	Licence    campus.Licence    `json:"licence,omitzero"`
	Compliant  int64             `json:"compliant"`
	NonComp    int64             `json:"non_compliant"`
	Incomplete int64             `json:"incomplete"`
	Unassessed int64             `json:"unassessed"`
	Total      int64             `json:"total"`
	Rate       compliance.Figure `json:"rate"`
	// SameInBothModes says whether GB/T 8170 half-even and half-up give the same rounded value.
	SameInBothModes bool `json:"same_in_both_rounding_modes"`
}

// complianceSection is the status of every campus as of the report date.
type complianceSection struct {
	AsOf       compliance.Date `json:"as_of"`
	Licensed   statusLine      `json:"licensed"`
	Unlicensed statusLine      `json:"unlicensed"`
	All        statusLine      `json:"all"`
	Laggards   []laggard       `json:"non_compliant_licensed"`
}

// changeSection compares the licensed rate with the baseline in points and, apart, relatively.
type changeSection struct {
	Baseline compliance.Date   `json:"baseline"`
	From     compliance.Figure `json:"from"`
	To       compliance.Figure `json:"to"`
	Points   decimal.Decimal   `json:"percentage_points"`
	Relative decimal.Decimal   `json:"relative_percent"`
}

// line makes the status line of a tally.
func (o *settings) line(t compliance.Tally, at hierarchy.Code, l campus.Licence) statusLine {
	f := o.figure(t, o.asOf, at, l)
	even, _ := t.ComplianceRate().Percent(f.Places, compliance.HalfEven)
	up, _ := t.ComplianceRate().Percent(f.Places, compliance.HalfUp)
	return statusLine{
		Licence: l, Compliant: t.Compliant(), NonComp: t.NonCompliant(), Incomplete: t.Incomplete(),
		Unassessed: t.Unassessed(), Total: t.Total(), Rate: f, SameInBothModes: even.Equal(up),
	}
}

// buildCompliance reads the city's split as of the report date.
func (o *settings) buildCompliance(city split, code hierarchy.Code) complianceSection {
	return complianceSection{
		AsOf:       o.asOf,
		Licensed:   o.line(city[campus.Licensed], code, campus.Licensed),
		Unlicensed: o.line(city[campus.Unlicensed], code, campus.Unlicensed),
		All:        o.line(city[0], code, 0),
	}
}

// buildChange compares the licensed rate at the baseline and on the report date, from the exact counts.
func (o *settings) buildChange(then, now compliance.Tally, code hierarchy.Code) changeSection {
	from := o.figure(then, o.baseline, code, campus.Licensed)
	to := o.figure(now, o.asOf, code, campus.Licensed)
	pts, _ := compliance.PointChange(from.Rate, to.Rate, o.places, o.rounding)
	rel, _ := compliance.RelativeChange(from.Rate, to.Rate, o.places, o.rounding)
	return changeSection{Baseline: o.baseline, From: from, To: to, Points: pts, Relative: rel}
}
