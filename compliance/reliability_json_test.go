package compliance

import (
	"encoding/json"
	"github.com/campussec/campussec/source"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sweepStandardJSON is a standard that uses every key of the format once at least.
const sweepStandardJSON = `{"format":1,"id":"s","title":"t","issuer":"i","version":"1","effective":"2012-02-14",` +
	`"note":"n","derived_from":{"id":"base","version":"0"},` +
	`"indicators":[{"id":"canteen_camera","label":"食堂","kind":"fact"}],` +
	`"requirements":[` +
	`{"id":"guards","title":"t","source":{"document":"d","clause":"c","address":"https://example.org","confidence":"secondary","note":"n"},` +
	`"scope":{"groups":["school"],"kinds":["primary"],"stages":["primary"],"licenses":["licensed"],"locales":["village"],` +
	`"boarding":"boarding","min_level":"heightened"},` +
	`"rule":{"kind":"count_scaled","indicator":"full_time_guards","basis":"students",` +
	`"bands":[{"from":0,"min":1},{"from":100,"min":2},{"from":3000,"undetermined":true},{"from":9000,"exempt":true}],` +
	`"step":{"basis":"students","above":1000,"per":500,"add":1,"round":"ceil"}}},` +
	`{"id":"cam","title":"t","rule":{"kind":"fact","indicator":"canteen_camera"}},` +
	`{"id":"n","title":"t","rule":{"kind":"count_at_least","indicator":"full_time_guards","min":2}}]}`

// sweepFigure is a figure with every optional field set.
func sweepFigure() Figure {
	f := reportFigure()
	f.Title, f.Population, f.Group, f.License, f.Kind = "全达标率", "城市中小学", campus.GroupSchool, campus.Licensed, campus.Primary
	return f
}

// marshalled returns the JSON of v, which must marshal.
func marshalled(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// decodeInto returns a Decode function for badinput.JSONFormat that unmarshals into a fresh *T.
func decodeInto[T any]() func([]byte) error {
	return func(b []byte) error {
		var v T
		return json.Unmarshal(b, &v)
	}
}

// TestReliabilityJSONClassSweep sweeps every JSON format of the compliance package for the class of issue
// 15's findings 4, 6 and 9: a duplicate key, a key in another case or with a Unicode folding variant
// (U+017F ſ, U+212A K), an unknown key, a missing required key and a null are each rejected, at every key of
// every object, with the format's sentinel.
func TestReliabilityJSONClassSweep(t *testing.T) {
	id := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	result := Result{Standard: "s", Version: "1", Campus: id, PreventionLevel: prevention.Normal, Status: NonCompliant,
		Requirements: []RequirementResult{{Requirement: "guards", Title: "t", Outcome: Unmet, Observed: 0, Required: 1}}}
	tally, err := NewTally(1, 2, 3, 4)
	require.NoError(t, err)
	src := source.Citation{Document: "d", Clause: "c", Address: "a", Confidence: source.Secondary, Note: "n"}
	for _, f := range []badinput.JSONFormat{
		{Name: "standard", Valid: sweepStandardJSON, Decode: func(b []byte) error { _, err := LoadStandard(b); return err },
			// A structural fault is ErrInvalidJSON; an absent ID, title, kind or minimum is reported, with
			// every other problem, as a StandardError naming the field: every problem is ErrInvalidStandard.
			Is: []error{ErrInvalidStandard},
			Optional: []string{"issuer", "note", "derived_from", "requirements[].source", "requirements[].source.*",
				"requirements[].scope", "requirements[].scope.*", "requirements[].rule.step", "requirements[].rule.step.basis"}},
		{Name: "tally", Valid: marshalled(t, tally), Decode: decodeInto[Tally](), Is: []error{ErrInvalidTally}},
		{Name: "figure", Valid: marshalled(t, sweepFigure()), Decode: decodeInto[Figure](), Is: []error{ErrInvalidFigure},
			Optional: []string{"title", "standard.version", "jurisdiction", "group", "license", "kind", "population"},
			Nullable: []string{}},
		{Name: "result", Valid: marshalled(t, result), Decode: decodeInto[Result](), Is: []error{ErrInvalidJSON},
			Nullable: []string{"requirements"}},
		{Name: "requirement result", Valid: marshalled(t, result.Requirements[0]), Decode: decodeInto[RequirementResult](),
			Is: []error{ErrInvalidJSON}},
		{Name: "source", Valid: marshalled(t, src), Decode: decodeInto[source.Citation](), Is: []error{source.ErrInvalidJSON}},
		{Name: "inspection", Valid: `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
			`"date":"2012-02-14","team":"t","measurements":{"full_time_guards":2,"closed_management":true},"ref":"K-1"}`,
			Decode: decodeInto[Inspection](), Is: []error{ErrInvalidJSON},
			// Each observation is optional: an indicator absent from the measurements was not observed.
			Optional: []string{"ref", "measurements.*"}},
		{Name: "indicator", Valid: `{"id":"canteen_camera","label":"食堂","kind":"fact"}`, Decode: decodeInto[Indicator](),
			Is: []error{ErrInvalidJSON}},
	} {
		badinput.SweepJSON(t, f)
	}
}

// TestIssue15SmallElementsMemory is the regression test of issue 15's finding 3: megabytes of tiny elements
// ("{}") under any list of a standard — not only "requirements" — are counted against the list's limit before
// one is decoded, so LoadStandard allocates within the documented bound (40 × input + 16 MiB), and the error
// wraps the limit's sentinel and names the list.
func TestIssue15SmallElementsMemory(t *testing.T) {
	size := MaxStandardBytes
	if testing.Short() || underRaceDetector {
		size = 1 << 20
	}
	const hdr = `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",`
	tiny := func(prefix, elem, suffix string) []byte {
		n := (size - len(prefix) - len(suffix)) / (len(elem) + 1)
		return []byte(prefix + strings.TrimSuffix(strings.Repeat(elem+",", n), ",") + suffix)
	}
	for _, tc := range []struct {
		name, path string
		in         []byte
	}{
		{"indicators", "indicators", tiny(hdr+`"indicators":[`, `{}`, `],"requirements":[]}`)},
		{"bands", `requirements[0] (id "r").rule.bands`, tiny(hdr+`"requirements":[{"id":"r","title":"t","rule":{"kind":"count_scaled",`+
			`"indicator":"full_time_guards","basis":"students","bands":[`, `{}`, `]}}]}`)},
		{"scope values", `requirements[0] (id "r").scope.kinds`, tiny(hdr+`"requirements":[{"id":"r","title":"t","scope":{"kinds":[`,
			`""`, `]},"rule":{"kind":"fact","indicator":"closed_management"}}]}`)},
		{"requirements", "requirements", tiny(hdr+`"requirements":[`, `{}`, `]}`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			alloc := allocated(func() { _, err = LoadStandard(tc.in) })
			require.ErrorIs(t, err, ErrInvalidJSON)
			require.ErrorIs(t, err, ErrInvalidStandard)
			var se *StandardError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.path, se.Field, "the list is the field at fault")
			assert.Contains(t, err.Error(), tc.path+": ")
			assert.Contains(t, err.Error(), "elements, at most")
			assert.LessOrEqual(t, alloc, 40*uint64(len(tc.in))+16<<20, "allocated %d bytes for %d", alloc, len(tc.in))
			t.Logf("%s: %d bytes in, %d bytes allocated (%.2f× the input)", tc.name, len(tc.in), alloc,
				float64(alloc)/float64(len(tc.in)))
		})
	}
}

// TestIssue15DuplicateAndVariantKeys is the regression test of issue 15's finding 4: a duplicate key, a
// key in another case, or one that only Unicode case folding matches, no longer replaces data.
func TestIssue15DuplicateAndVariantKeys(t *testing.T) {
	const hdr = `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",`
	reqA := `{"id":"a","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}`
	reqB := `{"id":"b","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}`
	for _, tc := range []struct{ name, in, msg string }{
		{"case variant of requirements", hdr + `"requirements":[` + reqA + `],"Requirements":[` + reqB + `]}`,
			`unknown key "Requirements" (keys are matched exactly: the key is "requirements")`},
		{"requirements twice", hdr + `"requirements":[` + reqA + `],"requirements":[` + reqB + `]}`,
			`key "requirements" given twice`},
		{"min and MIN", hdr + `"requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_least",` +
			`"indicator":"full_time_guards","min":5,"MIN":0}}]}`, `requirements[0] (id "r").rule: invalid JSON: unknown key "MIN"`},
		{"long s", hdr + `"requirementſ":[` + reqA + `]}`, `unknown key "requirementſ"`},
		{"Kelvin sign", hdr + `"requirements":[{"id":"r","title":"t","rule":{"\u212aind":"fact",` +
			`"indicator":"closed_management"}}]}`, "unknown key \"\u212aind\""},
		{"escaped duplicate", hdr + `"requirements":[` + reqA + `],"requirement\u0073":[` + reqB + `]}`,
			`key "requirements" given twice`},
	} {
		_, err := LoadStandard([]byte(tc.in))
		require.ErrorIs(t, err, ErrInvalidJSON, tc.name)
		assert.Contains(t, err.Error(), tc.msg, tc.name)
	}
	tl := Tally{}
	err := json.Unmarshal([]byte(`{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0,"Compliant":0}`), &tl)
	require.ErrorIs(t, err, ErrInvalidTally)
	assert.Contains(t, err.Error(), `unknown key "Compliant"`)
	assert.True(t, tl.IsZero(), "unchanged")
	err = json.Unmarshal([]byte(`{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0,"compliant":0}`), &tl)
	require.ErrorIs(t, err, ErrInvalidTally)
	assert.Contains(t, err.Error(), `key "compliant" given twice`)
}

// TestIssue15MissingIsNotZero is the regression test of issue 15's finding 9: a required field that is
// absent is an error naming the requirement, never a zero.
func TestIssue15MissingIsNotZero(t *testing.T) {
	std := func(rule string) string {
		return `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14","requirements":[` +
			`{"id":"r","title":"t","rule":` + rule + `}]}`
	}
	scaled := func(bands, step string) string {
		return std(`{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":` + bands + step + `}`)
	}
	for _, tc := range []struct{ name, in, msg string }{
		{"count_at_least without min", std(`{"kind":"count_at_least","indicator":"full_time_guards"}`), `rule.min: missing`},
		{"band without min", scaled(`[{"from":0}]`, ``), `rule.bands[0].min: missing`},
		{"band without from", scaled(`[{"min":1}]`, ``), `rule.bands[0].from: missing`},
		{"exempt band with min", scaled(`[{"from":0,"min":1},{"from":10,"exempt":true,"min":2}]`, ``), `rule.bands[1].min: 2 on an exempt`},
		{"min on a fact rule", std(`{"kind":"fact","indicator":"closed_management","min":0}`), `rule.min: a fact rule takes no "min"`},
		{"step without per", scaled(`[{"from":0,"min":1}]`, `,"step":{"above":10,"add":1,"round":"ceil"}`), `rule.step.per: missing`},
	} {
		_, err := LoadStandard([]byte(tc.in))
		require.ErrorIs(t, err, ErrInvalidStandard, tc.name)
		assert.Contains(t, err.Error(), `requirement "r"`, tc.name)
		assert.Contains(t, err.Error(), tc.msg, tc.name)
	}
	// What earlier versions wrote still loads: "min": 0 on an exempt or undetermined band.
	_, err := LoadStandard([]byte(scaled(`[{"from":0,"min":1},{"from":10,"undetermined":true,"min":0},`+
		`{"from":20,"exempt":true,"min":0}]`, ``)))
	require.NoError(t, err)
	for _, in := range []string{`{"total":0}`, `{"compliant":0,"non_compliant":0,"incomplete":0,"unassessed":0}`} {
		var tl Tally
		err := json.Unmarshal([]byte(in), &tl)
		require.ErrorIs(t, err, ErrInvalidTally, in)
		assert.Contains(t, err.Error(), "missing required key", in)
	}
}

// TestIssue15FigureCanonical checks that a figure's JSON has one form: the value spelt as the counts, places
// and rounding give it, enums by their ids, no unknown, duplicate, empty-optional or case-variant key.
func TestIssue15FigureCanonical(t *testing.T) {
	f := reportFigure()
	f.Rate = rate.MustParse("1/2")
	good := marshalled(t, f)
	require.Contains(t, good, `"value":"50.0"`)
	var back Figure
	require.NoError(t, json.Unmarshal([]byte(good), &back))
	require.Equal(t, f, back)
	for name, bad := range map[string]string{
		"exponent":        strings.Replace(good, `"50.0"`, `"5e1"`, 1),
		"extra places":    strings.Replace(good, `"50.0"`, `"50.00"`, 1),
		"fewer places":    strings.Replace(good, `"50.0"`, `"50"`, 1),
		"leading zero":    strings.Replace(good, `"50.0"`, `"050.0"`, 1),
		"plus sign":       strings.Replace(good, `"50.0"`, `"+50.0"`, 1),
		"unknown field":   strings.Replace(good, `{`, `{"comment":"x",`, 1),
		"case variant":    strings.Replace(good, `"value"`, `"Value"`, 1),
		"value twice":     strings.Replace(good, `"value":"50.0"`, `"value":"50.0","value":"50.0"`, 1),
		"empty title":     strings.Replace(good, `{`, `{"title":"",`, 1),
		"label edited":    strings.Replace(good, `"全达标率"`, `"达标率"`, 1),
		"Chinese measure": strings.Replace(good, `"compliance_rate"`, `"`+ComplianceMeasure.Name(rate.Chinese)+`"`, 1),
		"code spelt long": strings.Replace(good, `"320500"`, `"320500000"`, 1),
		"numerator float": strings.Replace(good, `"numerator":1,`, `"numerator":1.0,`, 1),
		"numerator -0":    strings.Replace(good, `"numerator":1,`, `"numerator":-0,`, 1),
		"counts edited":   strings.Replace(good, `"compliant campuses"`, `"campuses"`, 1),
	} {
		require.NotEqual(t, good, bad, name)
		var g Figure
		err := json.Unmarshal([]byte(bad), &g)
		require.ErrorIs(t, err, ErrInvalidFigure, name)
		assert.Zero(t, g, name)
	}
}

// roundTrip decodes b into a fresh *T. On error the error must wrap is and the value stay zero; on success
// the value must marshal and decode back to itself.
func roundTrip[T any](t *testing.T, b []byte, is error) {
	var v, zero T
	err := any(&v).(json.Unmarshaler).UnmarshalJSON(b) // json.Unmarshal would report bad syntax itself
	if err != nil {
		require.ErrorIs(t, err, is)
		require.Equal(t, zero, v, "unchanged on error")
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		return // a decoded record need not be valid (NewHistory and friends validate it)
	}
	var back T
	require.NoError(t, json.Unmarshal(out, &back), "%s", out)
	require.Equal(t, v, back)
}

// FuzzRecordJSON feeds the record decoders (Result, RequirementResult, Source; compliance/finding fuzzes
// Finding and Policy) arbitrary bytes: never a panic; errors wrap ErrInvalidJSON and leave the value
// unchanged; what is accepted round-trips.
func FuzzRecordJSON(f *testing.F) {
	id := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	seeds := []any{
		Result{Standard: "s", Version: "1", Campus: id, PreventionLevel: prevention.Normal, Status: Compliant,
			Requirements: []RequirementResult{{Requirement: "r", Title: "t", Outcome: Met, Observed: 1, Required: 1}}},
		RequirementResult{Requirement: "r", Title: "t", Outcome: Met, Observed: 1, Required: 1},
		source.Citation{Document: "d", Confidence: source.Verified},
	}
	for i, s := range seeds {
		b, err := json.Marshal(s)
		require.NoError(f, err)
		f.Add(uint8(i), b)
		f.Add(uint8(i), []byte(strings.Replace(string(b), `":`, `":null,"x":`, 1)))
	}
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		switch which % 3 {
		case 0:
			roundTrip[Result](t, b, ErrInvalidJSON)
		case 1:
			roundTrip[RequirementResult](t, b, ErrInvalidJSON)
		case 2:
			roundTrip[source.Citation](t, b, source.ErrInvalidJSON)
		}
	})
}
