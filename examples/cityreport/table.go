package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// tableSection is the table by district / county-level city and town: compact rows of counts and rate
// values, with the definition the rates share stated once.
type tableSection struct {
	Definition rateDefinition `json:"definition"`
	Rows       []row          `json:"rows"`
}

// rateDefinition is what every rate in the table is: the library's figure definition minus the counts,
// which each cell carries.
type rateDefinition struct {
	Measure     compliance.Measure  `json:"measure"`
	Label       string              `json:"label"`
	Numerator   string              `json:"numerator_counts"`
	Denominator string              `json:"denominator_counts"`
	fig         compliance.Figure   // the city\'s licensed figure the definition is read from
	Unit        string              `json:"unit"`
	Places      placesByLicense     `json:"places"`
	Rounding    rate.Rounding       `json:"rounding"`
	AsOf        civil.Date          `json:"as_of"`
	Standard    standardRef         `json:"standard"`
	Level       prevention.LevelSet `json:"level"`
	Scope       string              `json:"scope"`
}

// standardRef names the version of the standard measured against, as the library's figures do.
type standardRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// placesByLicense is how many decimal places each column's rate is rounded to.
type placesByLicense struct {
	Licensed   int32 `json:"licensed"`
	Unlicensed int32 `json:"unlicensed"`
	All        int32 `json:"all"`
}

// row is one line of the table: a jurisdiction and its three cells.
type row struct {
	Code       hierarchy.Code  `json:"code"`
	Name       string          `json:"name"`
	Level      hierarchy.Level `json:"level"`
	Licensed   cell            `json:"licensed"`
	Unlicensed cell            `json:"unlicensed"`
	All        cell            `json:"all"`
}

// cell is a summary cell: the library's tally and its rounded full-compliance rate (null when undefined).
type cell struct {
	Counts compliance.Tally  `json:"counts"`
	Rate   *string           `json:"rate"`
	fig    compliance.Figure // the whole figure, for the text and the chart
}

// buildTable makes a row for the city and for every district and town under it, in code order, from the
// summary's cells (rolled up the tree by the library).
func (o *settings) buildTable(now *compliance.Summary, city hierarchy.Code) (tableSection, error) {
	def, err := o.definition(now, city)
	if err != nil {
		return tableSection{}, err
	}
	t := tableSection{Definition: def}
	for j := range now.History().Register().Tree().Walk(city) {
		w := row{Code: j.Code, Name: j.Name, Level: j.Code.Level()}
		for _, c := range []struct {
			dst *cell
			l   campus.License
		}{{&w.Licensed, campus.Licensed}, {&w.Unlicensed, campus.Unlicensed}, {&w.All, 0}} {
			if *c.dst, err = o.cell(now, j.Code, c.l); err != nil {
				return t, err
			}
		}
		t.Rows = append(t.Rows, w)
	}
	return t, nil
}

// cell reads one cell of the summary with its figure.
func (o *settings) cell(now *compliance.Summary, code hierarchy.Code, l campus.License) (cell, error) {
	f, err := o.figure(now, code, l)
	if err != nil {
		return cell{}, err
	}
	t, _ := now.Tally(licenseCell(code, l)) // the cell exists: Figure found it
	return cell{Counts: t, Rate: valueText(f), fig: f}, nil
}

// definition states once what the table's rates are, from the city's licensed figure.
func (o *settings) definition(now *compliance.Summary, city hierarchy.Code) (rateDefinition, error) {
	f, err := o.figure(now, city, campus.Licensed)
	if err != nil {
		return rateDefinition{}, err
	}
	m := f.Measure
	return rateDefinition{
		Measure: m, Label: m.Name(rate.Chinese),
		Numerator: f.Numerator(rate.English), Denominator: f.Denominator(rate.English), fig: f,
		Unit:     "percent",
		Places:   placesByLicense{o.placesFor(campus.Licensed), o.placesFor(campus.Unlicensed), o.placesFor(0)},
		Rounding: f.Precision.Rounding, AsOf: f.AsOf,
		Standard: standardRef{f.StandardID, f.StandardVersion}, Level: figureLevels(f),
		Scope: "each row: the campuses of the jurisdiction and its descendants; licensed, unlicensed, all",
	}, nil
}
