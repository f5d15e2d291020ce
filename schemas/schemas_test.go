package schemas

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compiled holds every schema of v1, compiled once, by file name without ".schema.json" ("campus").
var compiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	names, err := fs.Glob(FS, "v1/*.schema.json")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		b, err := FS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(base+strings.TrimPrefix(name, "v1/"), doc); err != nil {
			return nil, err
		}
	}
	out := map[string]*jsonschema.Schema{}
	for _, name := range names {
		s, err := c.Compile(base + strings.TrimPrefix(name, "v1/"))
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(strings.TrimPrefix(name, "v1/"), ".schema.json")] = s
	}
	// Every shared definition too, as "defs/<name>", for a library text value inside a larger document.
	b, err := FS.ReadFile("v1/defs.schema.json")
	if err != nil {
		return nil, err
	}
	var d struct {
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, err
	}
	for name := range d.Defs {
		s, err := c.Compile(base + "defs.schema.json#/$defs/" + name)
		if err != nil {
			return nil, err
		}
		out["defs/"+name] = s
	}
	return out, nil
})

// schema returns the compiled schema of a format ("campus").
func schema(t testing.TB, name string) *jsonschema.Schema {
	t.Helper()
	all, err := compiled()
	if err != nil {
		t.Fatal(err)
	}
	s, ok := all[name]
	if !ok {
		t.Fatalf("no schema %q", name)
	}
	return s
}

// validate validates JSON text against the named schema.
func validate(t testing.TB, name string, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return schema(t, name).Validate(inst)
}

// TestSchemasCompile checks every schema file: valid JSON, a draft 2020-12 schema with the documented $id,
// compiled together with the others (so every $ref resolves).
func TestSchemasCompile(t *testing.T) {
	names, _ := fs.Glob(FS, "v1/*.schema.json")
	if len(names) < 10 {
		t.Fatalf("only %d schema files", len(names))
	}
	for _, name := range names {
		b, _ := FS.ReadFile(name)
		var head struct {
			Schema string `json:"$schema"`
			ID     string `json:"$id"`
			Title  string `json:"title"`
		}
		if err := json.Unmarshal(b, &head); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if head.Schema != "https://json-schema.org/draft/2020-12/schema" || head.ID != base+strings.TrimPrefix(name, "v1/") || head.Title == "" {
			t.Errorf("%s: $schema %q, $id %q, title %q", name, head.Schema, head.ID, head.Title)
		}
	}
	if _, err := compiled(); err != nil {
		t.Fatal(err)
	}
}

// repoFiles are the JSON files the repository ships or its tests compare against, by the schema each
// follows. A glob that matches nothing fails the test (a file moved is a file no longer checked).
var repoFiles = []struct {
	glob, schema string
	optional     bool // shipped by work not yet merged: checked when present
}{
	{"../compliance/catalog/standards/*.json", "standard", false},
	{"../compliance/testdata/*.json", "standard", false},
	{"../examples/internal/samplecity/standard.json", "standard", false},
	{"../examples/internal/nationgen/standard.json", "standard", false},
	{"../conformance/v1/*.json", "conformance", false},
	{"../examples/cityreport/data/standard.json", "standard", false}, // the sample city's data files
	{"../examples/cityreport/data/schedule.json", "schedule", true},  // shipped by issue 17's work: checked when present
	{"../examples/cityreport/data/incidents.json", "incident", true},
}

// TestRepositoryFilesValidate validates every JSON file the library ships or its tests read.
func TestRepositoryFilesValidate(t *testing.T) {
	for _, rf := range repoFiles {
		paths, err := filepath.Glob(rf.glob)
		if err != nil || (len(paths) == 0 && !rf.optional) {
			t.Errorf("%s: no files (%v)", rf.glob, err)
			continue
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, rf.schema, b); err != nil {
				t.Errorf("%s against %s: %v", p, rf.schema, err)
			}
		}
	}
}

// embedded recognises the library's own forms inside a larger document (the city report's JSON): the
// schema an object follows, by its keys, or "".
func embedded(obj map[string]any) string {
	has := func(keys ...string) bool {
		for _, k := range keys {
			if _, ok := obj[k]; !ok {
				return false
			}
		}
		return true
	}
	switch {
	case has("measure", "numerator", "denominator", "value"):
		return "figure"
	case has("from", "to", "points", "points_unit", "relative", "relative_unit", "version_changed"):
		return "change"
	case has("total", "criminal_case", "public_order_case", "safety_accident", "other", "major"):
		return "incident_tally"
	case len(obj) == 1 && has("major_from"):
		return "incident_policy"
	case has("total", "compliant", "non_compliant", "incomplete", "unassessed"):
		return "tally"
	case has("total", "open", "overdue", "rectified_on_time", "rectified_late"):
		return "finding_tally"
	case has("campus", "requirement", "inspection", "found", "deadline"):
		return "finding"
	case len(obj) == 1 && has("days"):
		return "policy"
	}
	return ""
}

// embeddedText are the library's text values inside the city report's JSON, by the path of their key (an
// array's elements as []): the definition each follows.
var embeddedText = map[string]string{
	".trend.points[].levels":                    "defs/level_set",
	".prevention_levels.measured_at[].levels":   "defs/level_set",
	".prevention_levels.changes[].level":        "defs/level",
	".prevention_levels.changes[].effective":    "defs/date",
	".prevention_levels.changes[].jurisdiction": "defs/code",
	".incidents.period":                         "defs/period",
	".incidents.last_term_vs_year_before.then":  "defs/period",
	".incidents.last_term_vs_year_before.now":   "defs/period",
	".incidents.by_district[].per_campus":       "defs/ratio",
	".incidents.by_district[].per_pupil":        "defs/ratio",
	".incidents.by_district[].code":             "defs/code",
	".incidents.precision.rounding":             "defs/rounding",
}

// TestGoldenReportsValidate validates the library's forms inside the city report's JSON golden files:
// every figure, change, tally, finding, policy, incident tally and incident policy in them, and the library's
// text values the report writes (embeddedText: level sets, periods, ratios).
func TestGoldenReportsValidate(t *testing.T) {
	paths, _ := filepath.Glob("../examples/cityreport/testdata/json*.golden")
	if len(paths) == 0 {
		t.Fatal("no JSON golden files")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		found := map[string]int{}
		var walk func(path string, v any)
		walk = func(path string, v any) {
			switch v := v.(type) {
			case map[string]any:
				if name := embedded(v); name != "" {
					found[name]++
					part, _ := json.Marshal(v)
					if err := validate(t, name, part); err != nil {
						t.Errorf("%s %s against %s: %v", p, path, name, err)
					}
				}
				for _, k := range slices.Sorted(maps.Keys(v)) {
					walk(path+"."+k, v[k])
				}
			case []any:
				for _, e := range v {
					walk(path+"[]", e)
				}
			case string:
				if name, ok := embeddedText[path]; ok {
					found[name]++
					part, _ := json.Marshal(v)
					if err := validate(t, name, part); err != nil {
						t.Errorf("%s %s = %q against %s: %v", p, path, v, name, err)
					}
				}
			}
		}
		walk("", doc)
		for _, name := range []string{"figure", "change", "tally", "finding_tally", "finding", "policy", "incident_tally", "incident_policy"} {
			if found[name] == 0 {
				t.Errorf("%s: no %s found in it", p, name)
			}
		}
		for path, name := range embeddedText {
			if found[name] == 0 {
				t.Errorf("%s: no %s (%s) found in it", p, name, path)
			}
		}
	}
}

// TestConformanceSchemaRefuses checks that the vectors' schema is not vacuous: a vector file broken in each
// suite's own part is refused.
func TestConformanceSchemaRefuses(t *testing.T) {
	for _, c := range []struct{ file, path string }{
		{"rounding.json", "cases.0.expected.percent"},
		{"change.json", "cases.0.input.from"},
		{"evaluation.json", "cases.0.expected.status"},
		{"selection.json", "cases.0.input.window"},
		{"rollup.json", "cases.0.expected.jurisdictions.0.compliance_rate"},
		{"evaluation.json", "standard.requirements.0.rule.kind"},
	} {
		b, err := os.ReadFile("../conformance/v1/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(t, "conformance", edit(t, b, c.path, 99.9)); err == nil {
			t.Errorf("%s with %s = 99.9: accepted", c.file, c.path)
		}
	}
}
