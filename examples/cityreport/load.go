package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/tabular"
)

// The data files of a city, in the formats of package tabular (CSV), compliance.LoadStandard and
// prevention.LoadSchedule (JSON).
const (
	jurisdictionsFile = "jurisdictions.csv"
	schoolsFile       = "schools.csv"
	campusesFile      = "campuses.csv"
	inspectionsFile   = "inspections.csv" // the wide layout, one column per indicator of the standard
	standardFile      = "standard.json"
	scheduleFile      = "schedule.json" // the prevention levels by place and date (prevention.LoadSchedule)
	incidentsFile     = "incidents.csv" // the incidents involving campuses (tabular.ReadIncidents)
)

// sampleData is the sample city as data files (data/), which the command reads by default. data_test.go
// checks that they are what examples/internal/samplecity generates.
//
//go:embed data
var sampleData embed.FS

// sampleFS returns the sample city's data directory.
func sampleFS() fs.FS {
	sub, err := fs.Sub(sampleData, "data")
	if err != nil {
		panic(err) // the embedded directory is there: a build without it does not compile
	}
	return sub
}

// loadCity reads a city's data files from fsys through the library's readers and builds it with the
// library's constructors: files in, the tree, register, history, standard, prevention-level schedule and
// incidents out (the report's level and incident sections come from the files, not from the sample city's
// generator). The city is the tree's
// one prefecture-level jurisdiction. The teams' areas are not data files: the sample city's areas are used
// when the city is the sample city (321400), and no areas otherwise.
func loadCity(fsys fs.FS) (*samplecity.City, error) {
	c := &samplecity.City{}
	b, err := fs.ReadFile(fsys, standardFile)
	if err != nil {
		return nil, err
	}
	if c.Standard, err = compliance.LoadStandard(b); err != nil {
		return nil, fmt.Errorf("%s: %w", standardFile, err)
	}
	js, err := readAll(fsys, jurisdictionsFile, func(f fs.File) *tabular.Reader[hierarchy.Jurisdiction] {
		return tabular.ReadJurisdictions(f, tabular.CSV)
	})
	if err != nil {
		return nil, err
	}
	if c.Tree, err = hierarchy.NewTree(js...); err != nil {
		return nil, fmt.Errorf("%s: %w", jurisdictionsFile, err)
	}
	if c.Code, err = cityCode(c.Tree); err != nil {
		return nil, fmt.Errorf("%s: %w", jurisdictionsFile, err)
	}
	if c.Schools, err = readAll(fsys, schoolsFile, func(f fs.File) *tabular.Reader[campus.School] {
		return tabular.ReadSchools(f, tabular.CSV)
	}); err != nil {
		return nil, err
	}
	if c.Campuses, err = readAll(fsys, campusesFile, func(f fs.File) *tabular.Reader[campus.Campus] {
		return tabular.ReadCampuses(f, tabular.CSV)
	}); err != nil {
		return nil, err
	}
	if c.Register, err = campus.NewRegister(c.Tree, c.Schools, c.Campuses); err != nil {
		return nil, fmt.Errorf("%s, %s: %w", schoolsFile, campusesFile, err)
	}
	if c.Inspections, err = readAll(fsys, inspectionsFile, func(f fs.File) *tabular.Reader[compliance.Inspection] {
		return tabular.ReadInspectionsWide(f, tabular.CSV, tabular.Indicators(c.Standard))
	}); err != nil {
		return nil, err
	}
	if c.History, err = compliance.NewHistory(c.Register, c.Inspections); err != nil {
		return nil, fmt.Errorf("%s: %w", inspectionsFile, err)
	}
	if c.Records, err = loadRecords(fsys, c.Tree); err != nil {
		return nil, err
	}
	if c.Code.String() == samplecity.CityCode {
		if c.Assignments, err = samplecity.Assignments(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// loadRecords reads the city's prevention-level schedule (against its tree) and its incidents; the
// incidents are validated against the register when the report builds its log (incident.NewLog).
func loadRecords(fsys fs.FS, tree *hierarchy.Tree) (*samplecity.Records, error) {
	b, err := fs.ReadFile(fsys, scheduleFile)
	if err != nil {
		return nil, err
	}
	rec := &samplecity.Records{}
	if rec.Schedule, err = prevention.LoadSchedule(tree, b); err != nil {
		return nil, fmt.Errorf("%s: %w", scheduleFile, err)
	}
	if rec.Incidents, err = readAll(fsys, incidentsFile, func(f fs.File) *tabular.Reader[incident.Incident] {
		return tabular.ReadIncidents(f, tabular.CSV)
	}); err != nil {
		return nil, err
	}
	return rec, nil
}

// readAll reads every record of one file, or returns every problem of it.
func readAll[T any](fsys fs.FS, name string, open func(fs.File) *tabular.Reader[T]) (out []T, err error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	r := open(f)
	for r.Next() {
		out = append(out, r.Value())
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("%s:\n%w", name, err)
	}
	return out, nil
}

// cityCode finds the city: the tree's one prefecture-level jurisdiction.
func cityCode(t *hierarchy.Tree) (hierarchy.Code, error) {
	var found []hierarchy.Code
	for j := range t.All() {
		if j.Code.Level() == hierarchy.Prefecture {
			found = append(found, j.Code)
		}
	}
	if len(found) != 1 {
		return hierarchy.Code{}, fmt.Errorf("want exactly one prefecture-level jurisdiction (the city), found %d", len(found))
	}
	return found[0], nil
}
