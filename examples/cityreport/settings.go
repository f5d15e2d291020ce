package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// The report's dates: the as-of date of the 2012 report's figures and the end of May 2010, when the
// campaign was fully under way (the report's baseline, "2010年5月份").
const (
	reportDate   = "2012-02-14"
	baselineDate = "2010-05-31"
)

// deadlineDays is the example's rectification deadline: 120 days (about a term) after the inspection that
// found a problem, since the teams come back once a term.
const deadlineDays = 120

// settings are the report's fixed choices: the standard, the level, the dates and how rates are rounded.
type settings struct {
	std              compliance.Standard
	schedule         prevention.Schedule // the city's prevention levels by place and date
	asOf, baseline   civil.Date
	rounding         rate.Rounding
	places           int32 // licensed and overall rates, as the report prints them (99.9 %)
	unlicensedPlaces int32 // the unlicensed rate, as the report prints it (33 %)
}

// newSettings fixes the report's choices: the city's checklist (the example's own, from its data files) at the levels of the city's schedule
// (raised city-wide after the Nanping attack of 2010-03-23: every date the report measures is at the
// heightened level), GB/T 8170 rounding, 1 place for licensed rates and whole percents for unlicensed ones,
// as the 2012 report printed them.
func newSettings(city *samplecity.City) (*settings, error) {
	std := city.Standard
	sched, err := city.Schedule()
	if err != nil {
		return nil, err
	}
	return &settings{
		std: std, schedule: sched,
		asOf: civil.MustParseDate(reportDate), baseline: civil.MustParseDate(baselineDate),
		rounding: rate.HalfEven, places: 1, unlicensedPlaces: 0,
	}, nil
}

// query is what the statuses on date d are measured against: any inspection on or before d counts, and
// each campus is measured at the level the city's schedule had in force where it stands on d.
func (o *settings) query(d civil.Date) compliance.Query {
	return compliance.MustQuery(compliance.QuerySpec{Standard: o.std, AsOf: d, Schedule: o.schedule})
}

// placesFor is the number of decimal places a rate of campuses with license l is printed with.
func (o *settings) placesFor(l campus.License) int32 {
	if l == campus.Unlicensed {
		return o.unlicensedPlaces
	}
	return o.places
}

// figure is the library's full-compliance figure (全达标率) of a summary cell, rounded as the report rounds it.
func (o *settings) figure(s *compliance.Summary, code hierarchy.Code, l campus.License) (compliance.Figure, error) {
	return s.Figure(compliance.ComplianceMeasure, licenseCell(code, l), rate.Precision{Places: o.placesFor(l), Rounding: o.rounding})
}

// valueText is a figure's rounded value as text with exactly its places ("100.0", "33"), as the library's
// Figure JSON writes it; nil when the rate is undefined.
func valueText(f compliance.Figure) *string {
	v, ok := f.Value()
	if !ok {
		return nil
	}
	t := v.StringFixed(f.Precision.Places)
	return &t
}

// licenseCell selects the campuses of the jurisdiction with the given code and its descendants that have license l;
// l == 0 means both licenses (the report's "all campuses" line).
func licenseCell(code hierarchy.Code, l campus.License) compliance.Cell {
	c := compliance.AllCampuses().In(code)
	if l != 0 {
		c = c.License(l)
	}
	return c
}
