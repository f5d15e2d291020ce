package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/tabular"
)

// The data files of the -csv directory, in package tabular's CSV formats.
const (
	jurisdictionsFile = "jurisdictions.csv"
	schoolsFile       = "schools.csv"
	campusesFile      = "campuses.csv"
	inspectionsFile   = "inspections.csv"
	standardFile      = "standard.json"
	queryFile         = "query.json"
)

// createFile writes one file in dir through a buffer: fill writes its contents.
func createFile(dir, name string, fill func(w io.Writer) error) (err error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := fill(bw); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return bw.Flush()
}

// csvFile writes one CSV file in dir: the header, then the rows fill writes.
func csvFile(dir, name string, header []string, fill func(w *csv.Writer) error) error {
	return createFile(dir, name, func(bw io.Writer) error {
		w := csv.NewWriter(bw)
		if err := w.Write(header); err != nil {
			return err
		}
		if err := fill(w); err != nil {
			return err
		}
		w.Flush()
		return w.Error()
	})
}

// writeData writes the data files with package tabular's writers: the tree, the register's schools and
// campuses (register order), the inspections in the wide layout with one column per indicator the generator
// observes (nationgen.Indicators: the standard's and the 4个100% targets'; campuses in register order, each
// campus's inspections by date).
func writeData(dir string, reg *campus.Register, hist *compliance.History) error {
	if err := createFile(dir, jurisdictionsFile, func(w io.Writer) error { return tabular.WriteTree(w, tabular.CSV, reg.Tree()) }); err != nil {
		return err
	}
	if err := createFile(dir, schoolsFile, func(w io.Writer) error { return tabular.WriteSchools(w, tabular.CSV, reg) }); err != nil {
		return err
	}
	if err := createFile(dir, campusesFile, func(w io.Writer) error { return tabular.WriteCampuses(w, tabular.CSV, reg) }); err != nil {
		return err
	}
	return createFile(dir, inspectionsFile, func(w io.Writer) error {
		return tabular.WriteInspections(w, tabular.CSV, tabular.Wide, nationgen.Indicators(), hist)
	})
}

// readFile reads every record of one file of dir with the reader open makes; sizeHint presizes the slice.
func readFile[T any](dir, name string, sizeHint int, open func(io.Reader) *tabular.Reader[T]) (out []T, err error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	out = make([]T, 0, sizeHint)
	r := open(f)
	for r.Next() {
		out = append(out, r.Value())
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("%s:\n%w", name, err)
	}
	return out, nil
}

// readDataset reads a -csv directory back into a dataset: the standard and query from their JSON files, the
// tree, schools, campuses and inspections through package tabular's readers.
func readDataset(dir string) (*nationgen.Dataset, error) {
	ds := &nationgen.Dataset{}
	b, err := os.ReadFile(filepath.Join(dir, standardFile))
	if err != nil {
		return nil, err
	}
	if ds.Standard, err = compliance.LoadStandard(b); err != nil {
		return nil, fmt.Errorf("%s: %w", standardFile, err)
	}
	if b, err = os.ReadFile(filepath.Join(dir, queryFile)); err != nil {
		return nil, err
	}
	var qf queryJSON
	if err := json.Unmarshal(b, &qf); err != nil {
		return nil, fmt.Errorf("%s: %w", queryFile, err)
	}
	if qf.Standard != ds.Standard.ID || qf.Version != ds.Standard.Version {
		return nil, fmt.Errorf("%s: standard %s@%s, but %s is %s@%s", queryFile, qf.Standard, qf.Version, standardFile, ds.Standard.ID, ds.Standard.Version)
	}
	if ds.Query, err = compliance.NewQuery(compliance.QuerySpec{Standard: ds.Standard, AsOf: qf.AsOf, PreventionLevel: qf.Level, Window: qf.Window}); err != nil {
		return nil, fmt.Errorf("%s: %w", queryFile, err)
	}
	if err := readRecords(dir, ds); err != nil {
		return nil, err
	}
	return ds, nil
}

// readRecords reads the tree, schools, campuses and inspections of a -csv directory into ds through package
// tabular's readers.
func readRecords(dir string, ds *nationgen.Dataset) (err error) {
	if ds.Jurisdictions, err = readFile(dir, jurisdictionsFile, 0, func(r io.Reader) *tabular.Reader[hierarchy.Jurisdiction] {
		return tabular.ReadJurisdictions(r, tabular.CSV)
	}); err != nil {
		return err
	}
	if ds.Schools, err = readFile(dir, schoolsFile, 0, func(r io.Reader) *tabular.Reader[campus.School] {
		return tabular.ReadSchools(r, tabular.CSV)
	}); err != nil {
		return err
	}
	if ds.Campuses, err = readFile(dir, campusesFile, 0, func(r io.Reader) *tabular.Reader[campus.Campus] {
		return tabular.ReadCampuses(r, tabular.CSV)
	}); err != nil {
		return err
	}
	ds.Inspections, err = readFile(dir, inspectionsFile, 3*len(ds.Campuses), func(r io.Reader) *tabular.Reader[compliance.Inspection] {
		return tabular.ReadInspectionsWide(r, tabular.CSV, nationgen.Indicators())
	})
	return err
}
