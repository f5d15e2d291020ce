package main

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// trendFrom is the first month of the trend: May 2010, the report's baseline month.
const trendFrom = "2010-05-01"

// trendSection is the licensed and unlicensed full-compliance rates (全达标率) at every month-end from May
// 2010 to January 2012 and on the report date for February 2012 (the report was written on 2012-02-15,
// before the month ended), each measured against the checklist version in force on its date, computed in
// one sweep of the history (compliance.SummarizeSeries). In JSON the points are compact (the definition is
// given once, as the table's is); Change, the licensed rate's change from the first point to the last, is a
// whole self-describing change figure (package change).
type trendSection struct {
	Measure  compliance.Measure `json:"measure"`
	Standard string             `json:"standard"`
	Places   placesByLicense    `json:"places"`
	Rounding string             `json:"rounding"`
	Points   []trendPoint       `json:"points"`
	Change   change.Figure      `json:"licensed_change"`
}

// trendPoint is one date of the trend: the version measured against and the city's two rates.
type trendPoint struct {
	Date      civil.Date `json:"date"`
	Version   string     `json:"version"`
	Effective civil.Date `json:"effective"`
	// Levels are the prevention levels in force across the city on the date (the city's schedule).
	Levels     prevention.LevelSet `json:"levels"`
	Licensed   trendRate           `json:"licensed"`
	Unlicensed trendRate           `json:"unlicensed"`
	// The library's figures, for the text and the chart.
	licensed, unlicensed compliance.Figure
}

// trendRate is one rate of a trend point: its counts and its rounded value (null when undefined).
type trendRate struct {
	Compliant int64   `json:"compliant"`
	InScope   int64   `json:"in_scope"`
	Rate      *string `json:"rate"`
}

// trendRateOf is the compact form of a figure.
func trendRateOf(f compliance.Figure) trendRate {
	return trendRate{Compliant: f.Rate.Num(), InScope: f.Rate.Den(), Rate: valueText(f)}
}

// trendDates are the trend's dates: every month-end from trendFrom to the month before the report date's,
// then the report date.
func (o *settings) trendDates() []civil.Date {
	return append(civil.MonthEnds(civil.MustParseDate(trendFrom), o.asOf.AddDays(-o.asOfDay())), o.asOf)
}

// asOfDay is the report date's day of the month.
func (o *settings) asOfDay() int {
	_, _, d := o.asOf.Date()
	return d
}

// buildTrend sweeps the history once at every trend date, against the sample city's checklist versions.
func (o *settings) buildTrend(city *samplecity.City) (trendSection, error) {
	// The checklist's versions: the city's one (the report names a revision of 2010-05-03, the "八个一"
	// notice, but no source lists its items, so the example invents no second version).
	versions, err := compliance.NewVersions(o.std)
	if err != nil {
		return trendSection{}, err
	}
	q, err := compliance.NewQuery(compliance.QuerySpec{Versions: versions, AsOf: o.asOf, Schedule: o.schedule})
	if err != nil {
		return trendSection{}, err
	}
	s, err := compliance.SummarizeSeries(city.History, q, o.trendDates())
	if err != nil {
		return trendSection{}, err
	}
	t := trendSection{Measure: compliance.ComplianceMeasure, Standard: o.std.ID,
		Places: placesByLicense{o.placesFor(campus.Licensed), o.placesFor(campus.Unlicensed), o.placesFor(0)}, Rounding: o.rounding.String()}
	for _, d := range s.Dates() {
		sum, _ := s.At(d)
		pt := trendPoint{Date: d}
		if pt.licensed, err = o.figure(sum, city.Code, campus.Licensed); err != nil {
			return t, err
		}
		if pt.unlicensed, err = o.figure(sum, city.Code, campus.Unlicensed); err != nil {
			return t, err
		}
		pt.Version, pt.Effective = pt.licensed.StandardVersion, pt.licensed.StandardEffective
		pt.Levels = figureLevels(pt.licensed)
		pt.Licensed, pt.Unlicensed = trendRateOf(pt.licensed), trendRateOf(pt.unlicensed)
		t.Points = append(t.Points, pt)
	}
	first, last := t.Points[0], t.Points[len(t.Points)-1]
	if t.Change, err = change.Between(first.licensed, last.licensed); err != nil {
		return t, fmt.Errorf("trend: %w", err)
	}
	return t, nil
}

// trendChart is the line chart of the trend: the licensed and unlicensed rates at every date.
func trendChart(r *Report, lang rate.Lang) lineChart {
	c := lineChart{
		Title:  r.City.Name + " 全达标率趋势(每月末,对照当日有效的检查清单版本)",
		Axis:   "全达标率 %",
		Series: []string{"有证校园", "无证校园"},
	}
	if lang == rate.English {
		c.Title = r.City.Name + " full-compliance rate at each month-end (against the checklist version in force)"
		c.Axis = "full-compliance rate %"
		c.Series = []string{"licensed campuses", "unlicensed campuses"}
	}
	for _, p := range r.Trend.Points {
		c.Labels = append(c.Labels, p.Date.String())
		c.Values[0] = append(c.Values[0], barOf(cell{fig: p.licensed}))
		c.Values[1] = append(c.Values[1], barOf(cell{fig: p.unlicensed}))
	}
	return c
}
