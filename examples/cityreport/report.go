package main

import (
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// standardInfo identifies the standard measured against: the example's own checklist.
type standardInfo struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"`
	Issuer  string `json:"issuer"`
	// Level is the level(s) in force across the city on the report date.
	Level prevention.LevelSet `json:"level"`
}

// Report is everything the command prints, computed by the library from the sample city's data.
type Report struct {
	City       place             `json:"city"`
	Standard   standardInfo      `json:"standard"`
	Levels     levelSection      `json:"prevention_levels"`
	Rounding   rate.Rounding     `json:"rounding"`
	Register   registerSection   `json:"register"`
	Compliance complianceSection `json:"compliance"`
	Combined   combinedSection   `json:"combined"`
	Change     changeSection     `json:"change_since_baseline"`
	Trend      trendSection      `json:"trend"`
	Table      tableSection      `json:"by_jurisdiction"`
	Coverage   coverageSection   `json:"coverage"`
	Rectify    rectSection       `json:"rectification"`
	Incidents  incidentSection   `json:"incidents"`
}

// summaries are the library's summaries the report reads: on the report date and at the baseline.
type summaries struct {
	now, then *compliance.Summary
}

// buildReport computes the report.
func buildReport(city *samplecity.City) (*Report, error) {
	o, err := newSettings(city)
	if err != nil {
		return nil, err
	}
	var s summaries
	if s.now, err = compliance.Summarize(city.History, o.query(o.asOf)); err != nil {
		return nil, err
	}
	if s.then, err = compliance.Summarize(city.History, o.query(o.baseline)); err != nil {
		return nil, err
	}
	r := &Report{
		Standard: standardInfo{o.std.ID, o.std.Title, o.std.Version, o.std.Issuer, s.now.Query().Levels().In(city.Code)},
		Levels:   o.buildLevels(city.Tree, city.Code, o.baseline, o.asOf),
		Rounding: o.rounding,
		Register: buildRegister(city.Register),
	}
	return r, o.fill(r, city, s)
}

// fill computes every section that needs the summaries, the history or the team areas.
func (o *settings) fill(r *Report, city *samplecity.City, s summaries) error {
	var err error
	if r.City, err = placeOf(city.Register, city.Code); err != nil {
		return err
	}
	if r.Compliance, err = o.buildCompliance(s.now, city.History, city.Code); err != nil {
		return err
	}
	if r.Combined, err = o.buildCombined(city); err != nil {
		return err
	}
	if r.Change, err = o.buildChange(s, city.Code); err != nil {
		return err
	}
	if r.Trend, err = o.buildTrend(city); err != nil {
		return err
	}
	if r.Table, err = o.buildTable(s.now, city.Code); err != nil {
		return err
	}
	if r.Coverage, err = buildCoverage(city); err != nil {
		return err
	}
	if r.Rectify, err = o.buildRect(city.History, city.Code); err != nil {
		return err
	}
	r.Incidents, err = o.buildIncidents(city)
	return err
}
