package schemas

import (
	"encoding/json"
	"maps"
	"strconv"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
)

// del, as the value of an edit, deletes the key.
var del = &struct{}{}

// edit returns a copy of the JSON object doc with the value at a dotted path ("requirements.0.rule.kind")
// set to v, or deleted when v is del.
func edit(t testing.TB, doc []byte, path string, v any) []byte {
	t.Helper()
	var root any
	if err := json.Unmarshal(doc, &root); err != nil {
		t.Fatal(err)
	}
	keys := strings.Split(path, ".")
	cur := root
	for i, k := range keys {
		last := i == len(keys)-1
		switch c := cur.(type) {
		case map[string]any:
			if last {
				if v == del {
					delete(c, k)
				} else {
					c[k] = v
				}
			} else {
				cur = c[k]
			}
		case []any:
			n, err := strconv.Atoi(k)
			if err != nil || n >= len(c) {
				t.Fatalf("edit %s: no element %s", path, k)
			}
			if last {
				c[n] = v
			} else {
				cur = c[n]
			}
		default:
			t.Fatalf("edit %s: %s is not in an object or array", path, k)
		}
	}
	b, err := json.Marshal(root)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// decoders are the library's readers of each format: the decoder and, where the decoder leaves checks to a
// constructor, that constructor (a school and a campus are checked by campus.NewRegister with the fixture's
// tree; a result by nothing more).
func decoders(f *fixture) map[string]func([]byte) error {
	m := map[string]func([]byte) error{
		"standard": func(b []byte) error { _, err := compliance.LoadStandard(b); return err },
		"school": func(b []byte) error {
			var s campus.School
			if err := json.Unmarshal(b, &s); err != nil {
				return err
			}
			return s.Validate()
		},
		"campus": func(b []byte) error {
			var c campus.Campus
			if err := json.Unmarshal(b, &c); err != nil {
				return err
			}
			return campusDecoder(f, c)
		},
		"counts":        func(b []byte) error { var v campus.Counts[campus.CampusCount]; return json.Unmarshal(b, &v) },
		"tally":         func(b []byte) error { var v compliance.Tally; return json.Unmarshal(b, &v) },
		"figure":        func(b []byte) error { var v compliance.Figure; return json.Unmarshal(b, &v) },
		"result":        func(b []byte) error { var v compliance.Result; return json.Unmarshal(b, &v) },
		"finding":       func(b []byte) error { var v finding.Finding; return json.Unmarshal(b, &v) },
		"finding_tally": func(b []byte) error { var v finding.Tally; return json.Unmarshal(b, &v) },
		"policy":        func(b []byte) error { var v finding.Policy; return json.Unmarshal(b, &v) },
	}
	maps.Copy(m, interchangeDecoders(f))
	return m
}

// campusDecoder checks a decoded campus as campus.NewRegister does, with its school from the fixture (an
// unknown school is refused).
func campusDecoder(f *fixture, c campus.Campus) error {
	for _, s := range f.schools {
		if s.ID == c.School {
			_, err := campus.NewRegister(f.tree, []campus.School{s}, []campus.Campus{c})
			return err
		}
	}
	_, err := campus.NewRegister(f.tree, f.schools[:1], []campus.Campus{c})
	return err
}

// badCase is one bad input: a valid document of the format with one edit, or a whole text.
type badCase struct {
	schema, name string
	path         string // the edit; "" when text is the whole input
	value        any
	text         string
}

// badCases are the bad inputs a schema can express: a missing required key, an unknown or case-variant key,
// a wrong type, an enum value that is not an id, a bad date or code, a negative or too large count.
var badCases = []badCase{
	{schema: "standard", name: "missing format", path: "format", value: del},
	{schema: "standard", name: "format 2", path: "format", value: 2},
	{schema: "standard", name: "case-variant key", path: "Requirements", value: []any{}},
	{schema: "standard", name: "unknown key", path: "publisher", value: "x"},
	{schema: "standard", name: "title not a string", path: "title", value: 5},
	{schema: "standard", name: "null title", path: "title", value: nil},
	{schema: "standard", name: "empty id", path: "id", value: ""},
	{schema: "standard", name: "missing version", path: "version", value: del},
	{schema: "standard", name: "date with slashes", path: "effective", value: "2010/05/01"},
	{schema: "standard", name: "date month 13", path: "effective", value: "2010-13-01"},
	{schema: "standard", name: "no requirements", path: "requirements", value: []any{}},
	{schema: "standard", name: "requirement without rule", path: "requirements.0.rule", value: del},
	{schema: "standard", name: "requirement unknown key", path: "requirements.0.clause", value: "x"},
	{schema: "standard", name: "rule kind not an id", path: "requirements.0.rule.kind", value: "boolean"},
	{schema: "standard", name: "rule kind a label", path: "requirements.0.rule.kind", value: "是否"},
	{schema: "standard", name: "indicator id with capitals", path: "requirements.0.rule.indicator", value: "Guardroom"},
	{schema: "standard", name: "fact rule with min", path: "requirements.0.rule.min", value: 1},
	{schema: "standard", name: "count_at_least without min", path: "requirements.1.rule", value: map[string]any{"kind": "count_at_least", "indicator": "full_time_guards"}},
	{schema: "standard", name: "count_scaled without bands", path: "requirements.1.rule.bands", value: del},
	{schema: "standard", name: "count_scaled with min", path: "requirements.1.rule.min", value: 2},
	{schema: "standard", name: "basis not an id", path: "requirements.1.rule.basis", value: "pupils"},
	{schema: "standard", name: "band without from", path: "requirements.1.rule.bands.1", value: map[string]any{"min": 2}},
	{schema: "standard", name: "band without min", path: "requirements.1.rule.bands.1", value: map[string]any{"from": 1000}},
	{schema: "standard", name: "band exempt and undetermined", path: "requirements.1.rule.bands.2", value: map[string]any{"from": 5000, "exempt": true, "undetermined": true}},
	{schema: "standard", name: "min on an exempt band", path: "requirements.1.rule.bands.2", value: map[string]any{"from": 5000, "exempt": true, "min": 3}},
	{schema: "standard", name: "negative band min", path: "requirements.1.rule.bands.1.min", value: -1},
	{schema: "standard", name: "band min over the limit", path: "requirements.1.rule.bands.1.min", value: 1000001},
	{schema: "standard", name: "band min not an integer", path: "requirements.1.rule.bands.1.min", value: 1.5},
	{schema: "standard", name: "step without round", path: "requirements.1.rule.step", value: map[string]any{"above": 1000, "per": 500, "add": 1}},
	{schema: "standard", name: "step per 0", path: "requirements.1.rule.step", value: map[string]any{"above": 1000, "per": 0, "add": 1, "round": "ceil"}},
	{schema: "standard", name: "step round not an id", path: "requirements.1.rule.step", value: map[string]any{"above": 1000, "per": 500, "add": 1, "round": "up"}},
	{schema: "standard", name: "scope group a label", path: "requirements.0.scope.groups", value: []any{"中小学"}},
	{schema: "standard", name: "scope kind a national code", path: "requirements.0.scope.kinds", value: []any{"211"}},
	{schema: "standard", name: "scope level in capitals", path: "requirements.0.scope.min_level", value: "HIGH"},
	{schema: "standard", name: "scope boarding not an id", path: "requirements.0.scope.boarding", value: "yes"},
	{schema: "standard", name: "confidence not an id", path: "requirements.0.source.confidence", value: "sure"},
	{schema: "standard", name: "source unknown key", path: "requirements.0.source.url", value: "https://example.org"},
	{schema: "standard", name: "confidence empty", path: "requirements.0.source.confidence", value: ""},
	{schema: "standard", name: "indicator kind not an id", path: "indicators", value: []any{map[string]any{"id": "canteen_camera", "label": "食堂", "kind": "bool"}}},
	{schema: "standard", name: "indicator without label", path: "indicators", value: []any{map[string]any{"id": "canteen_camera", "kind": "fact"}}},
	{schema: "standard", name: "not an object", text: `[]`},

	{schema: "school", name: "missing id", path: "id", value: del},
	{schema: "school", name: "nil id", path: "id", value: "00000000-0000-0000-0000-000000000000"},
	{schema: "school", name: "id not a UUID", path: "id", value: "school-1"},
	{schema: "school", name: "missing name", path: "name", value: del},
	{schema: "school", name: "blank name", path: "name", value: "  "},
	{schema: "school", name: "name not a string", path: "name", value: 7},
	{schema: "school", name: "code of 9 digits", path: "code", value: "213200000"},
	{schema: "school", name: "code with an unknown category", path: "code", value: "1032000001"},
	{schema: "school", name: "code with an unknown province", path: "code", value: "2199000001"},
	{schema: "school", name: "ownership a label", path: "ownership", value: "公办"},
	{schema: "school", name: "case-variant key", path: "Name", value: "x"},
	{schema: "school", name: "code empty", path: "code", value: ""},
	{schema: "school", name: "ownership empty", path: "ownership", value: ""},
	{schema: "school", name: "ref empty", path: "ref", value: ""},

	{schema: "campus", name: "missing students", path: "students", value: del},
	{schema: "campus", name: "missing boarding", path: "boarding", value: del},
	{schema: "campus", name: "negative students", path: "students", value: -1},
	{schema: "campus", name: "staff over MaxPeople", path: "staff", value: 1000001},
	{schema: "campus", name: "students not an integer", path: "students", value: 12.5},
	{schema: "campus", name: "students as text", path: "students", value: "300"},
	{schema: "campus", name: "kind a label", path: "kind", value: "小学"},
	{schema: "campus", name: "empty license", path: "license", value: ""},
	{schema: "campus", name: "locale a national code", path: "locale", value: "111"},
	{schema: "campus", name: "jurisdiction of 5 digits", path: "jurisdiction", value: "32050"},
	{schema: "campus", name: "jurisdiction in no province", path: "jurisdiction", value: "990000"},
	{schema: "campus", name: "main as text", path: "main", value: "true"},
	{schema: "campus", name: "null school", path: "school", value: nil},
	{schema: "campus", name: "nil id", path: "id", value: "00000000-0000-0000-0000-000000000000"},
	{schema: "campus", name: "unknown key", path: "capacity", value: 500},
	{schema: "campus", name: "designation not an id", path: "designation", value: "central_school"},
	{schema: "campus", name: "ref empty", path: "ref", value: ""},
	{schema: "campus", name: "ownership empty", path: "ownership", value: ""},

	{schema: "counts", name: "negative total", text: `{"total":-1}`},
	{schema: "counts", name: "kind a label", text: `{"total":1,"kind":{"小学":1}}`},
	{schema: "counts", name: "group not an id", text: `{"group_license":{"schools":{"licensed":1}}}`},
	{schema: "counts", name: "unknown key", text: `{"total":0,"kinds":{}}`},
	{schema: "counts", name: "total as text", text: `{"total":"3"}`},

	{schema: "tally", name: "missing unassessed", path: "unassessed", value: del},
	{schema: "tally", name: "negative count", path: "compliant", value: -1},
	{schema: "tally", name: "count as text", path: "total", value: "5"},
	{schema: "tally", name: "count not an integer", path: "incomplete", value: 0.5},
	{schema: "tally", name: "case-variant key", path: "Compliant", value: 0},

	{schema: "figure", name: "value a number", path: "value", value: 99.9},
	{schema: "figure", name: "value not a decimal", path: "value", value: "99.9%"},
	{schema: "figure", name: "unit %", path: "unit", value: "%"},
	{schema: "figure", name: "measure not an id", path: "measure", value: "rate"},
	{schema: "figure", name: "rounding in capitals", path: "rounding", value: "HALF_EVEN"},
	{schema: "figure", name: "date without zero padding", path: "as_of", value: "2012-2-14"},
	{schema: "figure", name: "jurisdiction of 4 digits", path: "jurisdiction", value: "3205"},
	{schema: "figure", name: "missing level", path: "level", value: del},
	{schema: "figure", name: "places over 30", path: "places", value: 31},
	{schema: "figure", name: "negative numerator", path: "numerator", value: -1},
	{schema: "figure", name: "standard without id", path: "standard", value: map[string]any{"version": "2010"}},
	{schema: "figure", name: "unknown key", path: "Value", value: "1"},

	{schema: "result", name: "status not an id", path: "status", value: "passed"},
	{schema: "result", name: "empty level", path: "level", value: ""},
	{schema: "result", name: "outcome not an id", path: "requirements.0.outcome", value: "ok"},
	{schema: "result", name: "missing campus", path: "campus", value: del},
	{schema: "result", name: "the zero Result", text: `{"standard":"","version":"","campus":"00000000-0000-0000-0000-000000000000","level":"","status":"","requirements":null}`},

	{schema: "finding", name: "date of month 13", path: "found", value: "2012-13-01"},
	{schema: "finding", name: "campus not a UUID", path: "campus", value: "xyz"},
	{schema: "finding", name: "missing deadline", path: "deadline", value: del},
	{schema: "finding", name: "observed as text", path: "observed", value: "1"},
	{schema: "finding", name: "unknown key", path: "state", value: "open"},

	{schema: "finding_tally", name: "missing open", path: "open", value: del},
	{schema: "finding_tally", name: "negative count", path: "overdue", value: -2},

	{schema: "policy", name: "negative days", text: `{"days":-1}`},
	{schema: "policy", name: "over a century", text: `{"days":36601}`},
	{schema: "policy", name: "days as text", text: `{"days":"30"}`},
	{schema: "policy", name: "missing days", text: `{}`},

	{schema: "finding", name: "found empty", path: "found", value: ""},
	{schema: "finding", name: "deadline empty", path: "deadline", value: ""},
	{schema: "finding", name: "rectified without rectified_by", path: "rectified_by", value: del},
	{schema: "finding", name: "rectified_by without rectified", path: "rectified", value: del},
	{schema: "finding", name: "rectified empty", path: "rectified", value: ""},
	{schema: "finding", name: "campus_ref empty", path: "campus_ref", value: ""},
	{schema: "finding", name: "inspection_ref empty", path: "inspection_ref", value: ""},

	{schema: "jurisdiction", name: "missing name", path: "name", value: del},
	{schema: "jurisdiction", name: "blank name", path: "name", value: " "},
	{schema: "jurisdiction", name: "code of 5 digits", path: "code", value: "32050"},
	{schema: "jurisdiction", name: "code as a number", path: "code", value: 320505},
	{schema: "jurisdiction", name: "Go field names", text: `{"Code":"320505","Name":"示例区"}`},
	{schema: "jurisdiction", name: "unknown key", path: "level", value: "county"},

	{schema: "tree", name: "not an array", text: `{"code":"320505","name":"示例区"}`},
	{schema: "tree", name: "a bad jurisdiction", text: `[{"code":"320505","name":"示例区"},{"code":"3205050011","name":"x"}]`},
	{schema: "tree", name: "an element with an unknown key", text: `[{"code":"320505","name":"示例区","parent":"320500"}]`},
	{schema: "tree", name: "null", text: `null`},

	{schema: "indicator", name: "kind not an id", path: "kind", value: "boolean"},
	{schema: "indicator", name: "well-known id with another kind", path: "kind", value: "fact"},
	{schema: "indicator", name: "id with capitals", path: "id", value: "Guards"},
	{schema: "indicator", name: "missing label", path: "label", value: del},

	{schema: "inspection", name: "missing measurements", path: "measurements", value: del},
	{schema: "inspection", name: "fact as a number", path: "measurements.guardroom_staffed_24h", value: 1},
	{schema: "inspection", name: "count as a fact", path: "measurements.full_time_guards", value: true},
	{schema: "inspection", name: "negative count", path: "measurements.full_time_guards", value: -1},
	{schema: "inspection", name: "indicator id with capitals", path: "measurements.Full_time_guards", value: 1},
	{schema: "inspection", name: "nil id", path: "id", value: "00000000-0000-0000-0000-000000000000"},
	{schema: "inspection", name: "blank team", path: "team", value: " "},
	{schema: "inspection", name: "date of month 13", path: "date", value: "2012-13-01"},
	{schema: "inspection", name: "ref with a newline", path: "ref", value: "R-1\n"},
	{schema: "inspection", name: "Go field names", path: "Measurements", value: map[string]any{}},
	{schema: "inspection", name: "ref empty", path: "ref", value: ""},

	{schema: "query", name: "negative window", path: "window", value: -1},
	{schema: "query", name: "missing level", path: "level", value: del},
	{schema: "query", name: "level a label", path: "level", value: "常态"},
	{schema: "query", name: "a schedule in the query's own form", path: "schedule", value: map[string]any{"changes": []any{map[string]any{"effective": "2011-01-01", "level": "normal", "notice": "n"}}}},
	{schema: "query", name: "missing standard", path: "standard", value: del},
	{schema: "query", name: "as_of not a date", path: "as_of", value: "2012-02-30x"},

	{schema: "schedule", name: "no change", text: `{"changes":[]}`},
	{schema: "schedule", name: "missing changes", text: `{}`},
	{schema: "schedule", name: "change without notice", path: "changes.0.notice", value: del},
	{schema: "schedule", name: "blank notice", path: "changes.0.notice", value: "  "},
	{schema: "schedule", name: "level not an id", path: "changes.0.level", value: "HIGH"},
	{schema: "schedule", name: "jurisdiction empty", path: "changes.1.jurisdiction", value: ""},
	{schema: "schedule", name: "effective empty", path: "changes.0.effective", value: ""},
	{schema: "schedule", name: "unknown key", path: "changes.0.name", value: "示例市"},

	{schema: "schedule_change", name: "missing effective", path: "effective", value: del},
	{schema: "schedule_change", name: "notice with a control character", path: "notice", value: "a\tb"},
	{schema: "schedule_change", name: "jurisdiction of 4 digits", path: "jurisdiction", value: "3205"},

	{schema: "change", name: "points a number", path: "points", value: 87.4},
	{schema: "change", name: "points unit %", path: "points_unit", value: "%"},
	{schema: "change", name: "relative unit not an id", path: "relative_unit", value: "percent"},
	{schema: "change", name: "version_changed as text", path: "version_changed", value: "false"},
	{schema: "change", name: "missing to", path: "to", value: del},
	{schema: "change", name: "from with an unknown key", path: "from.Value", value: "1"},

	{schema: "incident", name: "neither campus nor jurisdiction", path: "campus", value: del},
	{schema: "incident", name: "category a label", path: "category", value: "刑事案件"},
	{schema: "incident", name: "severity not an id", path: "severity", value: "serious"},
	{schema: "incident", name: "missing date", path: "date", value: del},
	{schema: "incident", name: "nil id", path: "id", value: "00000000-0000-0000-0000-000000000000"},
	{schema: "incident", name: "unknown key", path: "place", value: "校门口"},

	{schema: "incident_policy", name: "severity a label", text: `{"major_from":"重大"}`},
	{schema: "incident_policy", name: "missing major_from", text: `{}`},
	{schema: "incident_policy", name: "unset severity", text: `{"major_from":""}`},

	{schema: "incident_tally", name: "negative count", path: "other", value: -1},
	{schema: "incident_tally", name: "missing major", path: "major", value: del},
	{schema: "incident_tally", name: "count as text", path: "total", value: "2"},

	{schema: "jsonl_jurisdiction", name: "level not an id", path: "level", value: "县"},
	{schema: "jsonl_jurisdiction", name: "missing code", path: "code", value: del},
	{schema: "jsonl_jurisdiction", name: "blank name", path: "name", value: ""},
	{schema: "jsonl_jurisdiction", name: "nested value", path: "name", value: map[string]any{"zh": "示例区"}},
	{schema: "jsonl_school", name: "code of 9 digits", path: "code", value: "213200000"},
	{schema: "jsonl_school", name: "id not a UUID", path: "id", value: "S-1"},
	{schema: "jsonl_school", name: "unknown column", path: "address", value: "x"},
	{schema: "jsonl_campus", name: "main as text", path: "main", value: "true"},
	{schema: "jsonl_campus", name: "students negative", path: "students", value: -1},
	{schema: "jsonl_campus", name: "kind a label", path: "kind", value: "小学"},
	{schema: "jsonl_campus", name: "missing jurisdiction", path: "jurisdiction", value: del},
	{schema: "jsonl_campus", name: "null ref", path: "ref", value: nil},
	{schema: "jsonl_inspection_wide", name: "fact as a boolean", path: "guardroom_staffed_24h", value: true},
	{schema: "jsonl_inspection_wide", name: "count as text", path: "full_time_guards", value: "2"},
	{schema: "jsonl_inspection_wide", name: "negative count", path: "full_time_guards", value: -2},
	{schema: "jsonl_inspection_wide", name: "missing team", path: "team", value: del},
	{schema: "jsonl_inspection_wide", name: "indicator column with capitals", path: "Full_time_guards", value: 1},
	{schema: "jsonl_inspection_long", name: "value without indicator", path: "indicator", value: del},
	{schema: "jsonl_inspection_long", name: "value as text", path: "value", value: "1"},
	{schema: "jsonl_inspection_long", name: "indicator with capitals", path: "indicator", value: "Full_time_guards"},
	{schema: "jsonl_summary", name: "negative count", path: "compliant", value: -1},
	{schema: "jsonl_summary", name: "missing out_of_scope", path: "out_of_scope", value: del},
	{schema: "jsonl_summary", name: "license a label", path: "license", value: "有证"},
	{schema: "jsonl_finding", name: "rectified without rectified_by", path: "rectified_by", value: del},
	{schema: "jsonl_finding", name: "found empty", path: "found", value: ""},
	{schema: "jsonl_finding", name: "observed as text", path: "observed", value: "0"},
	{schema: "jsonl_finding", name: "refs are not columns", path: "campus_ref", value: "C-001"},

	// Their decoders are strict now (TestSchemaAgreesWithLibrary sweeps their keys): bad keys and values.
	{schema: "incident_comparison", name: "period of month 13", path: "then", value: "2012-13-01/2012-13-02"},
	{schema: "incident_comparison", name: "ratio not num/den", path: "per_campus.from", value: "0.4"},
	{schema: "incident_comparison", name: "negative tally count", path: "now_tally.other", value: -1},
	{schema: "rate_change", name: "rate not num/den", path: "from", value: "67.4%"},
	{schema: "rate_change", name: "rate as a number", path: "to", value: 0.5},
	{schema: "summary_row", name: "group a label", path: "group", value: "中小学"},
	{schema: "summary_row", name: "jurisdiction of 4 digits", path: "jurisdiction", value: "3205"},
	{schema: "summary_row", name: "kind empty", path: "kind", value: ""},
	{schema: "summary_row", name: "tally missing", path: "tally", value: del},
	{schema: "summary_row", name: "group with capitals", path: "Group", value: "school"},
	{schema: "incident_comparison", name: "code empty", path: "code", value: ""},
	{schema: "incident_comparison", name: "tally key with capitals", path: "now_tally.Major", value: 0},
	{schema: "incident_comparison", name: "per_pupils missing", path: "per_pupils", value: del},
	{schema: "rate_change", name: "from missing", path: "from", value: del},
	{schema: "rate_change", name: "points written", path: "points", value: "87.4"},
}

// TestBadInput checks every bad input against the schema and the library: both must refuse it.
func TestBadInput(t *testing.T) {
	f := newFixture(t)
	valid := map[string][]byte{}
	for _, w := range libraryOutput(t) {
		if _, ok := valid[w.schema]; ok || reportSchemas[w.schema] {
			continue
		}
		switch w.schema {
		case "standard":
			if !strings.Contains(w.what, "fixture") {
				continue // the fixture's standard has the fact and scaled rules the cases edit
			}
		case "result":
			if !strings.Contains(string(w.data), `"requirements":[`) {
				continue
			}
		case "finding", "jsonl_finding":
			if !strings.Contains(string(w.data), `"rectified"`) || (w.schema == "finding" && !strings.Contains(string(w.data), `"campus_ref"`)) {
				continue
			}
		case "inspection", "jsonl_inspection_wide":
			if !strings.Contains(string(w.data), `"full_time_guards"`) {
				continue
			}
		case "jsonl_inspection_long":
			if !strings.Contains(string(w.data), `"value"`) {
				continue
			}
		case "schedule":
			if !strings.Contains(string(w.data), `"jurisdiction"`) {
				continue
			}
		case "schedule_change":
			if !strings.Contains(string(w.data), `"jurisdiction"`) {
				continue
			}
		case "jsonl_school":
			if !strings.Contains(string(w.data), `"code"`) {
				continue
			}
		}
		valid[w.schema] = w.data
	}
	decode := decoders(f)
	for name, doc := range valid {
		if err := validate(t, name, doc); err != nil {
			t.Fatalf("the valid %s fails its schema: %v", name, err)
		}
		if err := decode[name](doc); err != nil {
			t.Fatalf("the valid %s fails its decoder: %v\n%s", name, err, doc)
		}
	}
	for _, c := range badCases {
		t.Run(c.schema+"/"+c.name, func(t *testing.T) {
			in := []byte(c.text)
			if c.path != "" {
				base, ok := valid[c.schema]
				if !ok {
					t.Fatalf("no valid %s to edit", c.schema)
				}
				in = edit(t, base, c.path, c.value)
			}
			if err := validate(t, c.schema, in); err == nil {
				t.Errorf("the schema accepts %s", in)
			}
			if err := decode[c.schema](in); err == nil {
				t.Errorf("the library accepts %s", in)
			}
		})
	}
}
