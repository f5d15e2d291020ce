package schemas

import (
	"bufio"
	"bytes"
	"os"
	"testing"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/tabular"
)

// TestDataFilesValidate reads the sample city's CSV files (examples/cityreport/data, the files the city
// report loads) through tabular's readers, writes every record in tabular's JSON Lines form, and validates
// each line against its schema: the data the examples ship follows the interchange formats.
func TestDataFilesValidate(t *testing.T) {
	const dir = "../examples/cityreport/data/"
	stdJSON, err := os.ReadFile(dir + "standard.json")
	if err != nil {
		t.Fatal(err)
	}
	std, err := compliance.LoadStandard(stdJSON)
	if err != nil {
		t.Fatal(err)
	}
	inds := tabular.Indicators(std)
	check := func(file, schema string, run func(in *bytes.Reader, out *bytes.Buffer) error) {
		t.Helper()
		in, err := os.ReadFile(dir + file)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := run(bytes.NewReader(in), &out); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			n++
			if err := validate(t, schema, sc.Bytes()); err != nil {
				t.Errorf("%s record %d against %s: %v\n%s", file, n, schema, err, sc.Bytes())
			}
		}
		if n == 0 {
			t.Errorf("%s: no records", file)
		}
	}
	check("jurisdictions.csv", "jsonl_jurisdiction", func(in *bytes.Reader, out *bytes.Buffer) error {
		return copyRecords(tabular.ReadJurisdictions(in, tabular.CSV), tabular.NewJurisdictionWriter(out, tabular.JSONLines))
	})
	check("schools.csv", "jsonl_school", func(in *bytes.Reader, out *bytes.Buffer) error {
		return copyRecords(tabular.ReadSchools(in, tabular.CSV), tabular.NewSchoolWriter(out, tabular.JSONLines))
	})
	check("campuses.csv", "jsonl_campus", func(in *bytes.Reader, out *bytes.Buffer) error {
		return copyRecords(tabular.ReadCampuses(in, tabular.CSV), tabular.NewCampusWriter(out, tabular.JSONLines))
	})
	for _, l := range []tabular.Layout{tabular.Wide, tabular.Long} {
		check("inspections.csv", "jsonl_inspection_"+l.String(), func(in *bytes.Reader, out *bytes.Buffer) error {
			return copyRecords(tabular.ReadInspectionsWide(in, tabular.CSV, inds), tabular.NewInspectionWriter(out, tabular.JSONLines, l, inds))
		})
	}
}

// recordWriter is what copyRecords writes to: tabular's Writer or InspectionWriter.
type recordWriter[T any] interface {
	Write(T) error
	Flush() error
}

// copyRecords writes every record r reads to w.
func copyRecords[T any](r *tabular.Reader[T], w recordWriter[T]) error {
	for v := range r.All() {
		if err := w.Write(v); err != nil {
			return err
		}
	}
	if err := r.Err(); err != nil {
		return err
	}
	return w.Flush()
}
