package schemas

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/campussec/campussec/source"
	"os"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/tabular"
)

var update = flag.Bool("update", false, "rewrite v1/defs.schema.json from the library's enum tables")

// base is the prefix of every schema's $id (see the package doc).
const base = "https://github.com/campussec/campussec/schemas/v1/"

// ids returns the stable ids of an enum's values, in declaration order.
func ids[E fmt.Stringer](vs []E) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

// provinces is the pattern of the two province digits of a division or school code (hierarchy's and
// campus's validProvince: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82).
const provinces = "(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])"

// levelSets are the text forms of every non-empty prevention.LevelSet, from the library's own String.
func levelSets() []string {
	var out []string
	levels := prevention.Values[prevention.Level]()
	for mask := 1; mask < 1<<len(levels); mask++ {
		var set prevention.LevelSet
		for i, l := range levels {
			if mask&(1<<i) != 0 {
				set = set.With(l)
			}
		}
		out = append(out, set.String())
	}
	return out
}

// defs builds defs.schema.json: the enums' ids from the library's own tables and the patterns of the
// library's text values.
func defs() ([]byte, error) {
	type enumDef struct {
		name, desc string
		ids        []string
	}
	enums := []enumDef{
		{"jurisdiction_level", "hierarchy.Level", ids(hierarchy.Values[hierarchy.Level]())},
		{"group", "campus.Group", ids(campus.Values[campus.Group]())},
		{"kind", "campus.Kind", ids(campus.Values[campus.Kind]())},
		{"stage", "campus.Stage", ids(campus.Values[campus.Stage]())},
		{"license", "campus.License", ids(campus.Values[campus.License]())},
		{"locale", "campus.Locale", ids(campus.Values[campus.Locale]())},
		{"category", "campus.Category", ids(campus.Values[campus.Category]())},
		{"ownership", "campus.Ownership", ids(campus.Values[campus.Ownership]())},
		{"designation", "campus.Designation", ids(campus.Values[campus.Designation]())},
		{"level", "prevention.Level", ids(prevention.Values[prevention.Level]())},
		{"rounding", "rate.Rounding", ids(rate.Values[rate.Rounding]())},
		{"status", "compliance.Status", ids(compliance.Values[compliance.Status]())},
		{"outcome", "compliance.Outcome", ids(compliance.Values[compliance.Outcome]())},
		{"rule_kind", "compliance.RuleKind", ids(compliance.Values[compliance.RuleKind]())},
		{"basis", "compliance.Basis", ids(compliance.Values[compliance.Basis]())},
		{"step_rounding", "compliance.StepRounding", ids(compliance.Values[compliance.StepRounding]())},
		{"measure", "compliance.Measure", ids(compliance.Values[compliance.Measure]())},
		{"value_kind", "compliance.ValueKind", ids(compliance.Values[compliance.ValueKind]())},
		{"boarding_scope", "compliance.BoardingScope", ids(compliance.Values[compliance.BoardingScope]())},
		{"confidence", "source.Confidence", ids(source.Values[source.Confidence]())},
		{"unit", "compliance.Unit", ids(compliance.Values[compliance.Unit]())},
		{"finding_state", "finding.State", ids(finding.Values[finding.State]())},
		{"target", "catalog.Target", ids(catalog.Values[catalog.Target]())},
		{"reach", "catalog.Reach", ids(catalog.Values[catalog.Reach]())},
		{"level_set", "prevention.LevelSet (a set of levels as its text: ids lowest first, joined by \"+\"; the empty set has no id)", levelSets()},
		{"incident_category", "incident.Category", ids(incident.Values[incident.Category]())},
		{"incident_severity", "incident.Severity", ids(incident.Values[incident.Severity]())},
		{"tabular_format", "tabular.Format", ids(tabular.Values[tabular.Format]())},
		{"tabular_layout", "tabular.Layout", ids(tabular.Values[tabular.Layout]())},
	}
	var categories []string
	for _, c := range campus.Values[campus.Category]() {
		categories = append(categories, c.Code())
	}
	var b bytes.Buffer
	b.WriteString("{\n")
	fmt.Fprintf(&b, "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
	fmt.Fprintf(&b, "  \"$id\": %q,\n", base+"defs.schema.json")
	b.WriteString("  \"title\": \"campussec v1: shared definitions\",\n")
	b.WriteString("  \"description\": \"Generated from the library's enum tables by `go test -run TestDefs -update` in schemas/; do not edit. Enums are the stable English ids (never a label or a national code); the zero value of an enum is unset and has no id.\",\n")
	b.WriteString("  \"$defs\": {\n")
	for _, e := range enums {
		list, err := json.Marshal(e.ids)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "    %q: {\"description\": %q, \"enum\": %s},\n", e.name, "the ids of "+e.desc, list)
	}
	patterns := []struct{ name, desc, pattern string }{
		{"date", "civil.Date: YYYY-MM-DD, years 0001–9999 (the schema cannot tell that 2023-02-30 does not exist; the library refuses it)",
			"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
		{"code", "hierarchy.Code as Code.String writes it: 6 digits down to a county, 9 for a township, 12 below; the first two digits a province (the schema cannot check for gaps in the digit groups; the library does)",
			"^" + provinces + "([0-9]{4}|[0-9]{7}|[0-9]{10})$"},
		{"school_code", "campus.SchoolCode, a 10-digit 学校标识码: AA a school category (campus.Category's code), BB a province, then 6 digits",
			"^(" + strings.Join(categories, "|") + ")" + provinces + "[0-9]{6}$"},
		{"indicator_id", "an indicator id (compliance.Indicator.ID): 1 to 64 lower-case ASCII letters, digits and underscores, starting with a letter",
			"^[a-z][a-z0-9_]{0,63}$"},
		{"ratio", "rate.Ratio and rate.Rate as text: num/den in canonical decimal (no sign, no leading zero), den 0 only for 0/0 (the library checks the range and that the numerator is at most the denominator for a Rate)",
			"^(0/0|0/[1-9][0-9]{0,18}|[1-9][0-9]{0,18}/[1-9][0-9]{0,18})$"},
		{"period", "incident.Period: two dates joined by \"/\", from/to, both included (the library checks that to is not before from)",
			"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])/[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
		{"uuid", "a UUID in the canonical 8-4-4-4-12 hexadecimal form the library writes",
			"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},
	}
	for _, p := range patterns {
		fmt.Fprintf(&b, "    %q: {\"description\": %q, \"type\": \"string\", \"pattern\": %q},\n", p.name, p.desc, p.pattern)
	}
	b.WriteString("    \"record_id\": {\"description\": \"the UUID of a record: not the nil UUID\", \"allOf\": [{\"$ref\": \"#/$defs/uuid\"}, {\"not\": {\"const\": \"00000000-0000-0000-0000-000000000000\"}}]},\n")
	wk := catalog.WellKnownIndicators()
	props := map[string]any{}
	var rules []any
	for _, ind := range wk {
		v := map[string]any{"type": "boolean"}
		if ind.ValueKind() == compliance.CountValue {
			v = map[string]any{"$ref": "#/$defs/observed_count"}
		}
		props[ind.ID()] = v
		rules = append(rules, map[string]any{
			"if":   map[string]any{"properties": map[string]any{"id": map[string]any{"const": ind.ID()}}},
			"then": map[string]any{"properties": map[string]any{"label": map[string]any{"const": ind.Label()}, "kind": map[string]any{"const": ind.ValueKind().String()}}},
		})
	}
	for _, d := range []struct {
		name string
		v    any
	}{
		{"observed_count", map[string]any{"description": "an observed count: 0..2147483647", "type": "integer", "minimum": 0, "maximum": 2147483647}},
		{"measurements", map[string]any{
			"description": "compliance.Measurements: the observations of one inspection, keyed by indicator id; true/false for a fact, an integer for a count. A well-known indicator's value type is fixed here; a caller-defined id must be declared by the standard the reader is given (the library refuses an undeclared id, and a value of the wrong type for the declared kind). {} is nothing observed.",
			"type":        "object", "maxProperties": 288,
			"propertyNames":        map[string]any{"$ref": "#/$defs/indicator_id"},
			"properties":           props,
			"additionalProperties": map[string]any{"oneOf": []any{map[string]any{"type": "boolean"}, map[string]any{"$ref": "#/$defs/observed_count"}}},
		}},
		{"indicator", map[string]any{
			"description": "compliance.Indicator: a well-known id carries exactly its well-known label and kind",
			"type":        "object", "additionalProperties": false, "required": []string{"id", "label", "kind"},
			"properties": map[string]any{"id": map[string]any{"$ref": "#/$defs/indicator_id"}, "label": map[string]any{"type": "string", "minLength": 1},
				"kind": map[string]any{"$ref": "#/$defs/value_kind"}},
			"allOf": rules,
		}},
	} {
		j, err := json.Marshal(d.v)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "    %q: %s,\n", d.name, j)
	}
	b.WriteString("    \"ref\": {\"description\": \"the caller's own key for a record (its 学校标识码, database id or record number): absent when not recorded, never empty; at most 64 bytes (campus.MaxRefLen; the schema checks 64 characters) of text without control characters\", \"type\": \"string\", \"minLength\": 1, \"maxLength\": 64, \"pattern\": \"^[^\\u0000-\\u001F\\u007F-\\u009F]+$\"},\n")
	b.WriteString("    \"count\": {\"description\": \"a count: a non-negative integer (at most 2^63-1)\", \"type\": \"integer\", \"minimum\": 0, \"maximum\": 9223372036854775807},\n")
	b.WriteString("    \"name\": {\"description\": \"a name: valid text with at least one character that is not white space\", \"type\": \"string\", \"pattern\": \"\\\\S\"},\n")
	b.WriteString("    \"id\": {\"description\": \"a non-empty identifier chosen by the document's author\", \"type\": \"string\", \"minLength\": 1}\n")
	b.WriteString("  }\n}\n")
	var check any
	if err := json.Unmarshal(b.Bytes(), &check); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// TestDefs checks that v1/defs.schema.json is what the library's enum tables give (run with -update to
// rewrite it after an enum gains a value).
func TestDefs(t *testing.T) {
	want, err := defs()
	if err != nil {
		t.Fatal(err)
	}
	const path = "v1/defs.schema.json"
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go test -run TestDefs -update in schemas/", path)
	}
}
