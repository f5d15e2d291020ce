package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
)

// csvFile writes one CSV file in dir: the header, then the rows fill writes.
func csvFile(dir, name string, header []string, fill func(w *csv.Writer) error) (err error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	if err := w.Write(header); err != nil {
		return err
	}
	if err := fill(w); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return bw.Flush()
}

func boolCell(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// writeJurisdictions writes jurisdictions.csv: code, level, name, parent.
func writeJurisdictions(dir string, t *hierarchy.Tree) error {
	return csvFile(dir, "jurisdictions.csv", []string{"code", "level", "name", "parent"}, func(w *csv.Writer) error {
		for i := range t.Len() {
			j := t.At(i)
			parent := ""
			if p := t.ParentIndex(i); p >= 0 {
				parent = t.At(p).Code.String()
			}
			if err := w.Write([]string{j.Code.String(), j.Code.Level().String(), j.Name, parent}); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeSchools writes schools.csv: id, name, code.
func writeSchools(dir string, reg *campus.Register) error {
	return csvFile(dir, "schools.csv", []string{"id", "name", "code"}, func(w *csv.Writer) error {
		for _, s := range reg.Schools() {
			if err := w.Write([]string{s.ID.String(), s.Name, s.Code.String()}); err != nil {
				return err
			}
		}
		return nil
	})
}

// campusHeader is the header of campuses.csv.
var campusHeader = []string{"id", "school", "name", "kind", "kind_code", "group", "license", "locale",
	"jurisdiction", "main", "boarding", "students", "staff"}

// writeCampuses writes campuses.csv in register order (jurisdiction code, then ID).
func writeCampuses(dir string, reg *campus.Register) error {
	return csvFile(dir, "campuses.csv", campusHeader, func(w *csv.Writer) error {
		row := make([]string, len(campusHeader))
		for i := range reg.Len() {
			c := reg.At(i)
			row[0] = c.ID.String()
			row[1] = c.School.String()
			row[2] = c.Name
			row[3] = c.Kind.String()
			row[4] = c.Kind.Code()
			row[5] = c.Kind.Group().String()
			row[6] = c.License.String()
			row[7] = c.Locale.Code()
			row[8] = c.Jurisdiction.String()
			row[9] = boolCell(c.Main)
			row[10] = boolCell(c.Boarding)
			row[11] = strconv.Itoa(c.Students)
			row[12] = strconv.Itoa(c.Staff)
			if err := w.Write(row); err != nil {
				return err
			}
		}
		return nil
	})
}

// inspectionHeader is the header of inspections.csv: the inspection, then one column per indicator id.
func inspectionHeader() []string {
	h := []string{"id", "campus", "date", "team"}
	for _, ind := range nationgen.Indicators() {
		h = append(h, ind.ID())
	}
	return h
}

// writeInspections writes inspections.csv: campuses in register order, each campus's inspections by date. A fact
// cell is 1 (present) or 0 (absent), a count cell the count, and an empty cell an indicator not observed.
func writeInspections(dir string, reg *campus.Register, h *compliance.History) error {
	header := inspectionHeader()
	inds := nationgen.Indicators()
	return csvFile(dir, "inspections.csv", header, func(w *csv.Writer) error {
		row := make([]string, len(header))
		for _, c := range reg.Campuses() {
			for _, in := range h.Of(c.ID) {
				row[0] = in.ID.String()
				row[1] = in.Campus.String()
				row[2] = in.Date.String()
				row[3] = in.Team
				for k, ind := range inds {
					row[4+k] = ""
					if ind.ValueKind() == compliance.FactValue {
						if v, ok := in.Measurements.ObservedFact(ind); ok {
							row[4+k] = boolCell(v)
						}
					} else if v, ok := in.Measurements.ObservedCount(ind); ok {
						row[4+k] = strconv.Itoa(v)
					}
				}
				if err := w.Write(row); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
