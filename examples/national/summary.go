package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// percent formats a rate to one decimal, rounded half to even (GB/T 8170), or "—" when undefined.
func percent(r rate.Rate) string {
	p, ok := r.Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	if !ok {
		return "—"
	}
	return p.StringFixed(1) + "%"
}

// printSummary prints the national tallies by group × license and each province's.
func printSummary(out io.Writer, sum *compliance.Summary, q compliance.Query) {
	spec := q.Spec()
	fmt.Fprintf(out, "\nsummary as of %s against %s@%s at level %s (全达标率 = compliant / all campuses, 1 decimal, half-even)\n",
		spec.AsOf, spec.Standard.ID, spec.Standard.Version, spec.PreventionLevel)
	fmt.Fprintf(out, "%s %9s %9s %9s %9s %9s %9s\n", pad("", 26), "total", "compliant", "non-comp.", "incompl.", "unassess.", "全达标率")
	line := func(name string, t compliance.Tally) {
		fmt.Fprintf(out, "%s %9d %9d %9d %9d %9d %9s\n", pad(name, 26), t.Total(), t.Count(compliance.Compliant), t.Count(compliance.NonCompliant),
			t.Count(compliance.Incomplete), t.Count(compliance.Unassessed), percent(t.Rate(compliance.ComplianceMeasure)))
	}
	all, _ := sum.Tally(compliance.AllCampuses())
	line("全国 all campuses", all)
	for _, g := range campus.Values[campus.Group]() {
		for _, l := range campus.Values[campus.License]() {
			t, _ := sum.Tally(compliance.AllCampuses().Group(g).License(l))
			line(g.Name(rate.Chinese)+" "+l.Name(rate.Chinese), t)
		}
	}
	tree := sum.History().Register().Tree()
	for _, root := range tree.Roots() {
		t, _ := sum.Tally(compliance.AllCampuses().In(root.Code))
		line(root.Code.String()+" "+root.Name, t)
	}
}

// pad pads s with spaces to width terminal columns, counting a CJK character as two.
func pad(s string, width int) string {
	w := 0
	for _, r := range s {
		w++
		if r >= 0x2e80 {
			w++
		}
	}
	if w >= width {
		return s
	}
	return s + strings.Repeat(" ", width-w)
}

// summaryHeader is the header of summary.csv.
var summaryHeader = []string{"level", "code", "group", "license", "total", "compliant", "non_compliant", "incomplete", "unassessed"}

// groupsByID and licensesByID are the groups and licenses in the byte order of their English ids, the order of
// summary.csv's rows.
var (
	groupsByID   = []campus.Group{campus.GroupPreschool, campus.GroupSchool}
	licensesByID = []campus.License{campus.Licensed, campus.Unlicensed}
)

// summaryRows calls row for every row of summary.csv, in its order: the whole register first (level
// "national", empty code), then every jurisdiction in ascending code order (which is the byte order of the
// canonical codes), each crossed with group and license in the byte order of their ids.
func summaryRows(sum *compliance.Summary, row func(level, code string, g campus.Group, l campus.License, t compliance.Tally) error) error {
	cells := func(level string, code hierarchy.Code) error {
		for _, g := range groupsByID {
			for _, l := range licensesByID {
				t, ok := sum.Tally(compliance.AllCampuses().In(code).Group(g).License(l))
				if !ok {
					return fmt.Errorf("no tally for %q %s %s", code, g, l)
				}
				if err := row(level, code.String(), g, l, t); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := cells("national", hierarchy.Code{}); err != nil {
		return err
	}
	for j := range sum.History().Register().Tree().All() {
		if err := cells(j.Code.Level().String(), j.Code); err != nil {
			return err
		}
	}
	return nil
}

func writeSummary(dir string, sum *compliance.Summary) error {
	return csvFile(dir, "summary.csv", summaryHeader, func(w *csv.Writer) error {
		rec := make([]string, len(summaryHeader))
		return summaryRows(sum, func(level, code string, g campus.Group, l campus.License, t compliance.Tally) error {
			rec[0], rec[1], rec[2], rec[3] = level, code, g.String(), l.String()
			rec[4] = strconv.FormatInt(t.Total(), 10)
			rec[5] = strconv.FormatInt(t.Count(compliance.Compliant), 10)
			rec[6] = strconv.FormatInt(t.Count(compliance.NonCompliant), 10)
			rec[7] = strconv.FormatInt(t.Count(compliance.Incomplete), 10)
			rec[8] = strconv.FormatInt(t.Count(compliance.Unassessed), 10)
			return w.Write(rec)
		})
	})
}

// queryJSON is query.json: what the summary was asked.
type queryJSON struct {
	Standard string           `json:"standard"`
	Version  string           `json:"version"`
	AsOf     civil.Date       `json:"as_of"`
	Level    prevention.Level `json:"level"`
	Window   int              `json:"window_days"`
}

func writeJSON(dir, name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return os.WriteFile(filepath.Join(dir, name), append(b, '\n'), 0o644)
}

// writeCSV writes every file of the -csv directory (see the package doc).
func writeCSV(dir string, reg *campus.Register, hist *compliance.History, sum *compliance.Summary, q compliance.Query) error {
	spec := q.Spec()
	steps := []func() error{
		func() error { return writeData(dir, reg, hist) },
		func() error { return writeSummary(dir, sum) },
		func() error { return writeJSON(dir, standardFile, spec.Standard) },
		func() error {
			return writeJSON(dir, queryFile, queryJSON{spec.Standard.ID, spec.Standard.Version, spec.AsOf, spec.PreventionLevel, spec.Window})
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}
