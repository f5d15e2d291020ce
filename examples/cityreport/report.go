package main

import (
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
)

// The report's dates: the as-of date of the 2012 report's figures and the end of May 2010, when the
// campaign was fully under way (the report's baseline, "2010年5月份").
const (
	reportDate   = "2012-02-14"
	baselineDate = "2010-05-31"
)

// standardInfo identifies the standard measured against.
type standardInfo struct {
	ID      string                     `json:"id"`
	Title   string                     `json:"title"`
	Version string                     `json:"version"`
	Issuer  string                     `json:"issuer"`
	Level   compliance.PreventionLevel `json:"level"`
}

// Report is everything the command prints, computed by the library from the sample city's data.
type Report struct {
	City       hierarchy.Jurisdiction `json:"city"`
	Standard   standardInfo           `json:"standard"`
	Rounding   compliance.Rounding    `json:"rounding"`
	Register   registerSection        `json:"register"`
	Compliance complianceSection      `json:"compliance"`
	Change     changeSection          `json:"change_since_baseline"`
	Table      []row                  `json:"by_jurisdiction"`
	Coverage   coverageSection        `json:"coverage"`
	Rectify    rectSection            `json:"rectification"`
}

// newSettings fixes the report's choices: the example checklist at the heightened level (the level was
// raised after the Nanping attack of 2010-03-23), GB/T 8170 rounding, 1 place for licensed rates and
// whole percents for unlicensed ones, as the 2012 report printed them.
func newSettings() (*settings, error) {
	std, err := samplecity.Standard()
	if err != nil {
		return nil, err
	}
	return &settings{
		std: std, level: compliance.Heightened,
		asOf: compliance.MustParseDate(reportDate), baseline: compliance.MustParseDate(baselineDate),
		rounding: compliance.HalfEven, places: 1, unlicensedPlaces: 0,
	}, nil
}

// buildReport computes the report.
func buildReport(city *samplecity.City) (*Report, error) {
	o, err := newSettings()
	if err != nil {
		return nil, err
	}
	j, _ := city.Tree.Lookup(city.Code)
	r := &Report{
		City:     j,
		Standard: standardInfo{o.std.ID, o.std.Title, o.std.Version, o.std.Issuer, o.level},
		Rounding: o.rounding,
		Register: buildRegister(city.Register),
	}
	h := newHistory(city.Register, o.std, city.Visits)
	if err := o.fill(r, h, city.Code); err != nil {
		return nil, err
	}
	if r.Coverage, err = buildAreas(city.Register, city.Code, city.Assignments); err != nil {
		return nil, err
	}
	r.Coverage.Term = buildTerm(h)
	r.Rectify = o.buildRect(h)
	return r, nil
}

// fill computes the compliance, change and table sections.
func (o *settings) fill(r *Report, h *history, code hierarchy.Code) error {
	now, err := tallies(h, query{o.asOf, o.level})
	if err != nil {
		return err
	}
	then, err := tallies(h, query{o.baseline, o.level})
	if err != nil {
		return err
	}
	tree := h.Register().Tree()
	at, _ := tree.Index(code)
	r.Compliance = o.buildCompliance(now[at], code)
	r.Compliance.Laggards = o.buildLaggards(h, query{o.asOf, o.level})
	r.Change = o.buildChange(then[at][1], now[at][1], code)
	r.Table = o.buildTable(tree, code, now)
	return nil
}
