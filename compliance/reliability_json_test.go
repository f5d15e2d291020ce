package compliance

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// sweepStandardJSON is a standard that uses every key of the format once at least.
const sweepStandardJSON = `{"format":1,"id":"s","title":"t","issuer":"i","version":"1","effective":"2012-02-14",` +
	`"note":"n","derived_from":{"id":"base","version":"0"},` +
	`"indicators":[{"id":"canteen_camera","label":"食堂","kind":"fact"}],` +
	`"requirements":[` +
	`{"id":"guards","title":"t","source":{"document":"d","clause":"c","address":"https://example.org","confidence":"secondary","note":"n"},` +
	`"scope":{"groups":["school"],"kinds":["primary"],"stages":["primary"],"licences":["licensed"],"locales":["village"],` +
	`"boarding":"boarding","min_level":"heightened"},` +
	`"rule":{"kind":"count_scaled","indicator":"full_time_guards","basis":"students",` +
	`"bands":[{"from":0,"min":1},{"from":100,"min":2},{"from":3000,"undetermined":true},{"from":9000,"exempt":true}],` +
	`"step":{"basis":"students","above":1000,"per":500,"add":1,"round":"ceil"}}},` +
	`{"id":"cam","title":"t","rule":{"kind":"fact","indicator":"canteen_camera"}},` +
	`{"id":"n","title":"t","rule":{"kind":"count_at_least","indicator":"full_time_guards","min":2}}]}`

// sweepFigure is a figure with every optional field set.
func sweepFigure() Figure {
	f := reportFigure()
	f.Title, f.Population, f.Group, f.Licence, f.Kind = "全达标率", "城市中小学", campus.GroupSchool, campus.Licensed, campus.Primary
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
	finding := Finding{Campus: id, Requirement: "guards", Inspection: id, Found: MustParseDate("2012-02-14"),
		Deadline: MustParseDate("2012-03-14"), Observed: 0, Required: 1, RectifiedBy: id,
		Rectified: MustParseDate("2012-03-01")}
	result := Result{Standard: "s", Version: "1", Campus: id, Level: Normal, Status: NonCompliant,
		Requirements: []RequirementResult{{Requirement: "guards", Title: "t", Outcome: Unmet, Observed: 0, Required: 1}}}
	tally, err := NewTally(1, 2, 3, 4)
	require.NoError(t, err)
	ft := FindingTally{}.Add(Open).Add(Overdue).Add(RectifiedOnTime).Add(RectifiedLate)
	src := Source{Document: "d", Clause: "c", Address: "a", Confidence: Secondary, Note: "n"}
	for _, f := range []badinput.JSONFormat{
		{Name: "standard", Valid: sweepStandardJSON, Decode: func(b []byte) error { _, err := LoadStandard(b); return err },
			// A structural fault is ErrInvalidJSON; an absent ID, title, kind or minimum is reported, with
			// every other problem, under the field's own sentinel.
			Is: []error{ErrInvalidJSON, ErrInvalidStandard, ErrInvalidRequirement, ErrInvalidIndicator, ErrInvalidRule,
				ErrUnknownRuleKind, ErrUnknownIndicator, ErrInvalidScope, ErrIndicatorKind},
			Optional: []string{"issuer", "note", "derived_from", "requirements[].source", "requirements[].source.*",
				"requirements[].scope", "requirements[].scope.*", "requirements[].rule.step", "requirements[].rule.step.basis"}},
		{Name: "tally", Valid: marshalled(t, tally), Decode: decodeInto[Tally](), Is: []error{ErrInvalidTally}},
		{Name: "finding tally", Valid: marshalled(t, ft), Decode: decodeInto[FindingTally](), Is: []error{ErrInvalidTally}},
		{Name: "figure", Valid: marshalled(t, sweepFigure()), Decode: decodeInto[Figure](), Is: []error{ErrInvalidFigure},
			Optional: []string{"title", "standard.version", "jurisdiction", "group", "licence", "kind", "population"},
			Nullable: []string{}},
		{Name: "finding", Valid: marshalled(t, finding), Decode: decodeInto[Finding](), Is: []error{ErrInvalidRecordJSON},
			Optional: []string{"rectified_by", "rectified"}},
		{Name: "deadline policy", Valid: marshalled(t, DeadlinePolicy{Days: 30}), Decode: decodeInto[DeadlinePolicy](),
			Is: []error{ErrInvalidRecordJSON}},
		{Name: "result", Valid: marshalled(t, result), Decode: decodeInto[Result](), Is: []error{ErrInvalidRecordJSON},
			Nullable: []string{"requirements"}},
		{Name: "requirement result", Valid: marshalled(t, result.Requirements[0]), Decode: decodeInto[RequirementResult](),
			Is: []error{ErrInvalidRecordJSON}},
		{Name: "source", Valid: marshalled(t, src), Decode: decodeInto[Source](), Is: []error{ErrInvalidRecordJSON}},
	} {
		badinput.SweepJSON(t, f)
	}
}
