package main

import (
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
)

// Report is everything the command prints, computed by the library from the sample city's data.
type Report struct {
	City     hierarchy.Jurisdiction `json:"city"`
	Register registerSection        `json:"register"`
	Coverage coverageSection        `json:"coverage"`
}

// buildReport computes the report.
func buildReport(city *samplecity.City) (*Report, error) {
	j, _ := city.Tree.Lookup(city.Code)
	r := &Report{City: j, Register: buildRegister(city.Register)}
	var err error
	if r.Coverage, err = buildAreas(city.Register, city.Code, city.Assignments); err != nil {
		return nil, err
	}
	return r, nil
}
