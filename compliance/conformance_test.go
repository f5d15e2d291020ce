package compliance_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// The conformance vectors of the repository (conformance/v1; their schema is
// schemas/v1/conformance.schema.json): the evaluation, selection and roll-up suites run through the
// library's own calls.

// conformanceFile is the envelope of a vector file.
type conformanceFile[In, Out any] struct {
	Format   int             `json:"format"`
	Suite    string          `json:"suite"`
	Standard json.RawMessage `json:"standard"`
	Cases    []struct {
		Name     string `json:"name"`
		Input    In     `json:"input"`
		Expected Out    `json:"expected"`
	} `json:"cases"`
}

// readConformance reads a vector file and loads its standard.
func readConformance[In, Out any](t *testing.T, name, suite string) (conformanceFile[In, Out], compliance.Standard) {
	t.Helper()
	b, err := os.ReadFile("../conformance/v1/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var f conformanceFile[In, Out]
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if f.Format != 1 || f.Suite != suite || len(f.Cases) == 0 {
		t.Fatalf("%s: format %d, suite %q, %d cases", name, f.Format, f.Suite, len(f.Cases))
	}
	std, err := compliance.LoadStandard(f.Standard)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f, std
}

// vectorMeasurements builds measurements from the vectors' form: indicator id → true/false or a count.
func vectorMeasurements(std compliance.Standard, in map[string]json.RawMessage) (compliance.Measurements, error) {
	var obs []compliance.Observation
	for id, raw := range in {
		ind, ok := std.Indicator(id)
		if !ok {
			return compliance.Measurements{}, fmt.Errorf("unknown indicator %q", id)
		}
		var fact bool
		if err := json.Unmarshal(raw, &fact); err == nil {
			obs = append(obs, compliance.ObserveFact(ind, fact))
			continue
		}
		var n int
		if err := json.Unmarshal(raw, &n); err != nil {
			return compliance.Measurements{}, fmt.Errorf("indicator %q: %s", id, raw)
		}
		obs = append(obs, compliance.ObserveCount(ind, n))
	}
	return compliance.NewMeasurements(obs...)
}

// vectorQuery is the query of a case.
func vectorQuery(t *testing.T, std compliance.Standard, asOf string, level prevention.Level, window int) compliance.Query {
	t.Helper()
	q, err := compliance.NewQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate(asOf), PreventionLevel: level, Window: window})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// vectorHistory builds the register and history of a case: one school per campus (its "school" ID, named
// as the campus) and the inspections given, each with an ID derived from its campus and date.
func vectorHistory(t *testing.T, std compliance.Standard, tree []hierarchy.Jurisdiction, campuses []campus.Campus,
	inspections [][]vectorInspection) *compliance.History {
	t.Helper()
	tr, err := hierarchy.NewTree(tree...)
	if err != nil {
		t.Fatal(err)
	}
	var schools []campus.School
	for _, c := range campuses {
		schools = append(schools, campus.School{ID: c.School, Name: c.Name})
	}
	reg, err := campus.NewRegister(tr, schools, campuses)
	if err != nil {
		t.Fatal(err)
	}
	var ins []compliance.Inspection
	for i, list := range inspections {
		for _, in := range list {
			m, err := vectorMeasurements(std, in.Measurements)
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, compliance.Inspection{ID: uuid.NewSHA1(campuses[i].ID, []byte(in.Date)), Campus: campuses[i].ID,
				Date: civil.MustParseDate(in.Date), Team: "检查组", Measurements: m})
		}
	}
	h, err := compliance.NewHistory(reg, ins)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// vectorInspection is an inspection of the selection and roll-up suites.
type vectorInspection struct {
	Date         string                     `json:"date"`
	Measurements map[string]json.RawMessage `json:"measurements"`
}

// TestConformanceEvaluation runs conformance/v1/evaluation*.json through Query.Evaluate.
func TestConformanceEvaluation(t *testing.T) {
	files, err := filepath.Glob("../conformance/v1/evaluation*.json")
	if err != nil || len(files) < 2 {
		t.Fatalf("evaluation vectors: %v %v", files, err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) { conformanceEvaluation(t, filepath.Base(file)) })
	}
}

// conformanceEvaluation runs one file of the evaluation suite.
func conformanceEvaluation(t *testing.T, file string) {
	type outcome struct {
		Requirement string             `json:"requirement"`
		Outcome     compliance.Outcome `json:"outcome"`
		Observed    int                `json:"observed"`
		Required    int                `json:"required"`
	}
	f, std := readConformance[struct {
		Campus       campus.Campus              `json:"campus"`
		Level        prevention.Level           `json:"level"`
		Measurements map[string]json.RawMessage `json:"measurements"`
	}, struct {
		Status       compliance.Status `json:"status"`
		Requirements []outcome         `json:"requirements"`
	}](t, file, "evaluation")
	for _, c := range f.Cases {
		q := vectorQuery(t, std, "2012-02-14", c.Input.Level, 0)
		m, err := vectorMeasurements(std, c.Input.Measurements)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		r := q.Evaluate(c.Input.Campus, m)
		if r.Status != c.Expected.Status {
			t.Errorf("%s: status %v, want %v", c.Name, r.Status, c.Expected.Status)
		}
		var got []outcome
		for _, rr := range r.Requirements {
			got = append(got, outcome{rr.Requirement, rr.Outcome, rr.Observed, rr.Required})
		}
		if fmt.Sprint(got) != fmt.Sprint(c.Expected.Requirements) {
			t.Errorf("%s:\n got %v\nwant %v", c.Name, got, c.Expected.Requirements)
		}
	}
}

// TestConformanceSelection runs conformance/v1/selection.json through Summarize and Summary.Assessment.
func TestConformanceSelection(t *testing.T) {
	f, std := readConformance[struct {
		Campus      campus.Campus      `json:"campus"`
		Level       prevention.Level   `json:"level"`
		AsOf        string             `json:"as_of"`
		Window      int                `json:"window"`
		Inspections []vectorInspection `json:"inspections"`
	}, struct {
		Status     compliance.Status `json:"status"`
		Inspection *string           `json:"inspection"`
	}](t, "selection.json", "selection")
	for _, c := range f.Cases {
		tree := []hierarchy.Jurisdiction{{Code: c.Input.Campus.Jurisdiction, Name: "示例区"}}
		h := vectorHistory(t, std, tree, []campus.Campus{c.Input.Campus}, [][]vectorInspection{c.Input.Inspections})
		s, err := compliance.Summarize(h, vectorQuery(t, std, c.Input.AsOf, c.Input.Level, c.Input.Window))
		if err != nil {
			t.Fatal(err)
		}
		a, ok := s.Assessment(c.Input.Campus.ID)
		if !ok {
			t.Fatalf("%s: no assessment", c.Name)
		}
		want := "null"
		if c.Expected.Inspection != nil {
			want = *c.Expected.Inspection
		}
		got := "null"
		if !a.Inspection.Date.IsZero() {
			got = a.Inspection.Date.String()
		}
		if a.Status != c.Expected.Status || got != want {
			t.Errorf("%s: status %v, inspection %s; want %v, %s", c.Name, a.Status, got, c.Expected.Status, want)
		}
	}
}

// TestConformanceRollUp runs conformance/v1/rollup.json through Summarize and Summary.Jurisdictions.
func TestConformanceRollUp(t *testing.T) {
	type tally struct {
		Code                   string  `json:"code"`
		Total                  int64   `json:"total"`
		Compliant              int64   `json:"compliant"`
		NonCompliant           int64   `json:"non_compliant"`
		Incomplete             int64   `json:"incomplete"`
		Unassessed             int64   `json:"unassessed"`
		OutOfScope             int64   `json:"out_of_scope"`
		ComplianceRate         string  `json:"compliance_rate"`
		AssessedComplianceRate string  `json:"assessed_compliance_rate"`
		AssessedRate           string  `json:"assessed_rate"`
		CompliancePercent      *string `json:"compliance_percent"`
	}
	f, std := readConformance[struct {
		Tree     []hierarchy.Jurisdiction `json:"tree"`
		AsOf     string                   `json:"as_of"`
		Campuses []struct {
			Campus       campus.Campus              `json:"campus"`
			Measurements map[string]json.RawMessage `json:"measurements"`
		} `json:"campuses"`
	}, struct {
		Jurisdictions []tally `json:"jurisdictions"`
	}](t, "rollup.json", "rollup")
	for _, c := range f.Cases {
		var campuses []campus.Campus
		var inspections [][]vectorInspection
		for _, vc := range c.Input.Campuses {
			campuses = append(campuses, vc.Campus)
			var list []vectorInspection
			if vc.Measurements != nil {
				list = append(list, vectorInspection{Date: c.Input.AsOf, Measurements: vc.Measurements})
			}
			inspections = append(inspections, list)
		}
		h := vectorHistory(t, std, c.Input.Tree, campuses, inspections)
		s, err := compliance.Summarize(h, vectorQuery(t, std, c.Input.AsOf, prevention.Normal, 0))
		if err != nil {
			t.Fatal(err)
		}
		var got []tally
		for j, tl := range s.Jurisdictions() {
			v := tally{Code: j.Code.String(), Total: tl.Total(), Compliant: tl.Count(compliance.Compliant),
				NonCompliant: tl.Count(compliance.NonCompliant), Incomplete: tl.Count(compliance.Incomplete),
				Unassessed: tl.Count(compliance.Unassessed), OutOfScope: tl.Count(compliance.OutOfScope),
				ComplianceRate:         tl.Rate(compliance.ComplianceMeasure).String(),
				AssessedComplianceRate: tl.Rate(compliance.AssessedComplianceMeasure).String(),
				AssessedRate:           tl.Rate(compliance.AssessedMeasure).String()}
			if p, ok := tl.Rate(compliance.ComplianceMeasure).Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven}); ok {
				s := p.StringFixed(1)
				v.CompliancePercent = &s
			}
			got = append(got, v)
		}
		show := func(ts []tally) string {
			out := ""
			for _, t := range ts {
				p := "null"
				if t.CompliancePercent != nil {
					p = *t.CompliancePercent
				}
				out += fmt.Sprintf("\n  %s %d/%d/%d/%d/%d/%d %s %s %s %s", t.Code, t.Total, t.Compliant, t.NonCompliant, t.Incomplete,
					t.Unassessed, t.OutOfScope, t.ComplianceRate, t.AssessedComplianceRate, t.AssessedRate, p)
			}
			return out
		}
		if show(got) != show(c.Expected.Jurisdictions) {
			t.Errorf("%s:\n got%s\nwant%s", c.Name, show(got), show(c.Expected.Jurisdictions))
		}
	}
}
