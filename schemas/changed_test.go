package schemas

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/change"
)

// goForm reports whether b is what encoding/json writes for a type with no JSON form of its own: "{}" (only
// unexported fields) or an object whose keys are Go field names (an upper-case first letter).
func goForm(b []byte) bool {
	if bytes.Equal(b, []byte("{}")) {
		return true
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(b, &m) != nil {
		return false
	}
	for k := range m {
		if r := []rune(k); len(r) > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// TestChangedFormsFromLibrary validates the library's own output for the forms issue 13 adds or changes:
// jurisdictions and the tree, indicators, inspections with their measurements, assessments, the query, the summary,
// the comparison, the findings ledger and the rectification report. Each must be the v1 form: encoding/json's
// default for the Go type — "{}" or Go field names — is a failure (a type that lost its JSON form), as is
// any output its schema refuses.
func TestChangedFormsFromLibrary(t *testing.T) {
	f := newFixture(t)
	type doc struct {
		what, schema string
		v            any
	}
	var docs []doc
	for j := range f.tree.Walk(f.tree.At(0).Code) {
		docs = append(docs, doc{"jurisdiction " + j.Code.String(), "jurisdiction", j})
	}
	docs = append(docs, doc{"tree", "tree", f.tree})
	for _, ind := range catalog.WellKnownIndicators() {
		docs = append(docs, doc{"indicator " + ind.ID(), "indicator", ind})
	}
	for _, in := range f.inspections {
		docs = append(docs, doc{"inspection " + in.Ref, "inspection", in})
	}
	for _, c := range f.campuses {
		a, _ := f.summary.Assessment(c.ID)
		docs = append(docs, doc{"assessment of " + c.Name, "assessment", a})
	}
	docs = append(docs, doc{"query", "query", f.query.Spec()}, doc{"query", "query", f.query}, doc{"summary", "summary", f.summary})
	base, err := compliance.Summarize(f.history, compliance.MustQuery(compliance.QuerySpec{Standard: f.std,
		AsOf: f.query.Spec().AsOf.AddDays(-365), PreventionLevel: f.query.Spec().PreventionLevel}))
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := change.Compare(base, f.summary)
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, doc{"comparison", "comparison", cmp}, doc{"findings", "findings", f.ledger},
		doc{"rectification", "rectification", f.ledger.Rectification()})
	for _, d := range docs {
		b, err := json.Marshal(d.v)
		if err != nil {
			t.Errorf("%s: %v", d.what, err)
			continue
		}
		if goForm(b) || (d.schema == "tree" && !strings.HasPrefix(string(b), "[")) {
			t.Errorf("%s: encoding/json's default form, not the v1 form: %s", d.what, b)
			continue
		}
		if err := validate(t, d.schema, b); err != nil {
			t.Errorf("%s against %s: %v\n%s", d.what, d.schema, err, b)
		}
	}
}
