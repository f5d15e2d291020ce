package schemas

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
)

// written is one JSON text the library wrote, with the schema it must follow.
type written struct {
	what, schema string
	data         []byte
}

// libraryOutput marshals every exchanged value of the fixture and of the catalog through the library.
func libraryOutput(t testing.TB) []written {
	t.Helper()
	f := newFixture(t)
	var out []written
	add := func(what, schema string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		out = append(out, written{what, schema, b})
	}
	for _, key := range catalog.Keys() {
		s, err := catalog.Load(key)
		if err != nil {
			t.Fatal(err)
		}
		add("catalog standard "+key, "standard", s)
	}
	add("fixture standard", "standard", f.std)
	for _, s := range f.schools {
		add("school "+s.Name, "school", s)
	}
	for _, c := range f.campuses {
		add("campus "+c.Name, "campus", c)
	}
	add("campus counts", "counts", f.reg.CampusCounts())
	add("school counts", "counts", f.reg.SchoolCounts())
	for j, tally := range f.summary.Jurisdictions() {
		add("tally of "+j.Code.String(), "tally", tally)
	}
	for _, m := range compliance.Values[compliance.Measure]() {
		for _, cell := range []compliance.Cell{compliance.AllCampuses(), compliance.AllCampuses().In(hierarchy.MustParseCode("320505001")).License(campus.Licensed),
			compliance.AllCampuses().Group(campus.GroupPreschool).Kind(campus.Kindergarten)} {
			for _, p := range precisions {
				fig, err := f.summary.Figure(m, cell, p)
				if err != nil {
					continue // a rectification measure is not a summary's
				}
				add("figure "+m.String(), "figure", fig)
			}
		}
	}
	for _, c := range f.campuses {
		a, ok := f.summary.Assessment(c.ID)
		if !ok {
			t.Fatalf("no assessment of %s", c.Name)
		}
		if a.Result.Status == 0 {
			continue // an unassessed campus has the zero Result: no result, refused by decoder and schema (TestBadInput)
		}
		add("result of "+c.Name, "result", a.Result)
	}
	for fd := range f.ledger.All() {
		add("finding", "finding", fd)
	}
	add("finding tally", "finding_tally", f.ledger.Tally())
	add("policy", "policy", f.ledger.Policy())
	rect := f.ledger.Rectification()
	for j, tally := range rect.Jurisdictions() {
		add("rectification tally of "+j.Code.String(), "finding_tally", tally)
	}
	for _, m := range []compliance.Measure{compliance.RectificationMeasure, compliance.OnTimeRectificationMeasure} {
		for _, p := range precisions {
			fig, err := rect.Figure(m, hierarchy.MustParseCode("320505"), p)
			if err != nil {
				t.Fatal(err)
			}
			add("rectification figure "+m.String(), "figure", fig)
		}
	}
	return append(out, interchangeOutput(t, f)...)
}

// TestLibraryOutputValidates validates every JSON the library writes for the fixture and the catalog.
func TestLibraryOutputValidates(t *testing.T) {
	seen := map[string]int{}
	for _, w := range libraryOutput(t) {
		seen[w.schema]++
		if err := validate(t, w.schema, w.data); err != nil {
			t.Errorf("%s against %s: %v\n%s", w.what, w.schema, err, w.data)
		}
	}
	for _, name := range sweptSchemas {
		if seen[name] == 0 {
			t.Errorf("no %s written", name)
		}
	}
	t.Logf("validated %v", seen)
}
