package finding

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/require"
)

// runCatalogue runs a bad-input catalogue whose errors name pkg ("finding: " for the package's own errors,
// "compliance: " for those it passes on from compliance), then checks that every error wraps a sentinel
// the package exports or passes on.
func runCatalogue(t *testing.T, pkg string, cases []badinput.Case) {
	t.Helper()
	badinput.RunMentioning(t, pkg, cases)
	for _, c := range cases {
		if err := c.Call(); err != nil {
			requireSentinels(t, err)
		}
	}
}

// TestBadInputState catalogues what ParseState, State.UnmarshalText and ParseLabel reject (moved from
// compliance's TestReliabilityBadInputEnums): every error wraps ErrInvalidState and quotes the text.
func TestBadInputState(t *testing.T) {
	is := []error{ErrInvalidState}
	var cases []badinput.Case
	for _, s := range []string{"", "bogus", "Open", " open", "overdue ", "0", "1", "99", "未知", "待整改", "\x00",
		"rectified", "rectified on time", "State(1)"} {
		cases = append(cases, badinput.Case{Name: "parse " + s, Call: func() error { _, err := ParseState(s); return err },
			Is: is, Names: []string{fmt.Sprintf("%q", s)}})
		if s != "" { // "" unmarshals as the zero value (unset)
			cases = append(cases, badinput.Case{Name: "unmarshal " + s, Call: func() error { var v State; return v.UnmarshalText([]byte(s)) },
				Is: is, Names: []string{fmt.Sprintf("%q", s)}})
		}
	}
	// ParseLabel reads Chinese labels only: every stable id, English name, "" and an unknown label are rejected.
	for _, s := range []string{"", "未知", "open", "overdue", "rectified_on_time", "rectified_late", "rectified on time",
		"待整改 ", " 逾期整改", "整改"} {
		cases = append(cases, badinput.Case{Name: "label " + s, Call: func() error { _, err := ParseLabel[State](s); return err },
			Is: is, Names: []string{fmt.Sprintf("%q", s)}})
	}
	runCatalogue(t, "finding: ", cases)
}

// TestBadInputValues catalogues what Policy.Validate and the JSON decoders of Policy, Tally and Finding
// reject.
func TestBadInputValues(t *testing.T) {
	validate := func(days int) func() error { return func() error { return Policy{Days: days}.Validate() } }
	policyJSON := func(in string) func() error {
		return func() error { var p Policy; return json.Unmarshal([]byte(in), &p) }
	}
	tallyJSON := func(in string) func() error {
		return func() error { var tl Tally; return json.Unmarshal([]byte(in), &tl) }
	}
	findingJSON := func(in string) func() error {
		return func() error { var f Finding; return json.Unmarshal([]byte(in), &f) }
	}
	const head = `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",`
	cases := []badinput.Case{
		{Name: "policy negative", Call: validate(-1), Is: []error{ErrInvalidPolicy}, Names: []string{"-1 days"}},
		{Name: "policy most negative", Call: validate(-1 << 62), Is: []error{ErrInvalidPolicy}, Names: []string{"-4611686018427387904"}},
		{Name: "policy absurd", Call: validate(1 << 40), Is: []error{ErrInvalidPolicy}, Names: []string{"1099511627776"}},
		{Name: "policy a day over a century", Call: validate(maxDeadlineDays + 1), Is: []error{ErrInvalidPolicy},
			Names: []string{fmt.Sprint(maxDeadlineDays + 1)}},
		{Name: "policy JSON string", Call: policyJSON(`{"days":"30"}`), Is: []error{ErrInvalidJSON}, Names: []string{"days"}},
		{Name: "policy JSON missing", Call: policyJSON(`{}`), Is: []error{ErrInvalidJSON}, Names: []string{"days"}},
		{Name: "policy JSON unknown", Call: policyJSON(`{"days":3,"weeks":1}`), Is: []error{ErrInvalidJSON}, Names: []string{"weeks"}},
		{Name: "policy JSON fraction", Call: policyJSON(`{"days":0.5}`), Is: []error{ErrInvalidJSON}, Names: []string{"days"}},
		{Name: "policy JSON null", Call: policyJSON(`null`), Is: []error{ErrInvalidJSON}},
		{Name: "tally JSON negative", Call: tallyJSON(`{"open":-1}`), Is: []error{ErrInvalidTally}},
		{Name: "tally JSON negative count", Call: tallyJSON(`{"total":0,"open":-1,"overdue":1,"rectified_on_time":0,"rectified_late":0}`),
			Is: []error{ErrInvalidTally}, Names: []string{"negative"}},
		{Name: "tally JSON unknown field", Call: tallyJSON(`{"waived":1}`), Is: []error{ErrInvalidTally}, Names: []string{"waived"}},
		{Name: "tally JSON bad total", Call: tallyJSON(`{"total":5,"open":1,"overdue":1,"rectified_on_time":2,"rectified_late":0}`),
			Is: []error{ErrInvalidTally}, Names: []string{"total 5", "(4)"}},
		{Name: "tally JSON overflow", Call: tallyJSON(`{"total":-2,"open":9223372036854775807,"overdue":9223372036854775807,` +
			`"rectified_on_time":0,"rectified_late":0}`), Is: []error{ErrInvalidTally}, Names: []string{"overflow"}},
		{Name: "tally JSON duplicate", Call: tallyJSON(`{"total":0,"open":0,"open":0,"overdue":0,"rectified_on_time":0,"rectified_late":0}`),
			Is: []error{ErrInvalidTally}, Names: []string{"open"}},
		{Name: "overflowed tally marshal", Call: func() error {
			var full Tally
			if err := json.Unmarshal([]byte(`{"total":9223372036854775807,"open":9223372036854775807,"overdue":0,`+
				`"rectified_on_time":0,"rectified_late":0}`), &full); err != nil {
				return nil // fails the row: the full tally must decode
			}
			_, err := json.Marshal(full.Add(Open))
			return err
		}, Is: []error{ErrInvalidTally}, Names: []string{"overflowed"}},
		{Name: "finding JSON bad date", Call: findingJSON(head + `"found":"2012-02-30","deadline":"2012-03-01","observed":0,"required":1}`),
			Is: []error{ErrInvalidJSON, civil.ErrInvalidDate}, Names: []string{"2012-02-30"}},
		{Name: "finding JSON unknown key", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"state":"open"}`),
			Is: []error{ErrInvalidJSON}, Names: []string{"state"}},
		{Name: "finding JSON missing keys", Call: findingJSON(head + `"found":"2012-02-14"}`),
			Is: []error{ErrInvalidJSON}, Names: []string{"deadline", "observed", "required"}},
		{Name: "finding JSON case variant", Call: findingJSON(head + `"Found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1}`),
			Is: []error{ErrInvalidJSON}, Names: []string{"Found"}},
		{Name: "finding JSON fraction", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1.5}`),
			Is: []error{ErrInvalidJSON}, Names: []string{"required"}},
		{Name: "finding JSON array", Call: findingJSON(`[]`), Is: []error{ErrInvalidJSON}},
		{Name: "finding JSON found empty", Call: findingJSON(head + `"found":"","deadline":"2012-03-01","observed":0,"required":1}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"found"`}},
		{Name: "finding JSON deadline empty", Call: findingJSON(head + `"found":"2012-02-14","deadline":"","observed":0,"required":1}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"deadline"`}},
		{Name: "finding JSON deadline before found", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-02-13","observed":0,"required":1}`),
			Is: []error{ErrInvalidJSON}, Names: []string{"2012-02-13"}},
		{Name: "finding JSON rectified without rectified_by", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"rectified":"2012-02-20"}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"rectified" without "rectified_by"`}},
		{Name: "finding JSON rectified_by without rectified", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"rectified_by":"6ba7b810-9dad-11d1-80b4-00c04fd430c8"}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"rectified_by" without "rectified"`}},
		{Name: "finding JSON rectified empty", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"rectified_by":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","rectified":""}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"rectified" is ""`}},
		{Name: "finding JSON rectified_by nil", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"rectified_by":"00000000-0000-0000-0000-000000000000","rectified":"2012-02-20"}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"rectified_by" is the nil UUID`}},
		{Name: "finding JSON rectified before found", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"rectified_by":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","rectified":"2012-02-01"}`),
			Is: []error{ErrInvalidJSON}, Names: []string{"2012-02-01"}},
		{Name: "finding JSON rectified bad date", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"rectified_by":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","rectified":"2012-02-30"}`),
			Is: []error{ErrInvalidJSON, civil.ErrInvalidDate}, Names: []string{"2012-02-30"}},
		{Name: "finding JSON campus_ref empty", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"campus_ref":""}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"campus_ref" is ""`}},
		{Name: "finding JSON inspection_ref empty", Call: findingJSON(head + `"found":"2012-02-14","deadline":"2012-03-01","observed":0,"required":1,"inspection_ref":""}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"inspection_ref" is ""`}},
		{Name: "zero finding marshal", Call: func() error { _, err := json.Marshal(Finding{}); return err },
			Is: []error{ErrInvalidJSON}, Names: []string{"no date found", "no deadline"}},
		{Name: "half-rectified finding marshal", Call: func() error {
			_, err := json.Marshal(Finding{Requirement: "r", Found: civil.MustParseDate("2012-02-14"), Deadline: civil.MustParseDate("2012-03-01"),
				Rectified: civil.MustParseDate("2012-02-20")})
			return err
		}, Is: []error{ErrInvalidJSON}, Names: []string{`"r"`, "half a rectification"}},
		{Name: "finding marshal, deadline before found", Call: func() error {
			_, err := json.Marshal(Finding{Requirement: "r", Found: civil.MustParseDate("2012-02-14"), Deadline: civil.MustParseDate("2012-02-01")})
			return err
		}, Is: []error{ErrInvalidJSON}, Names: []string{"2012-02-01"}},
		{Name: "finding marshal, bad ref", Call: func() error {
			_, err := json.Marshal(Finding{Requirement: "r", Found: civil.MustParseDate("2012-02-14"), Deadline: civil.MustParseDate("2012-03-01"),
				CampusRef: "a\nb"})
			return err
		}, Is: []error{ErrInvalidJSON, campus.ErrInvalidRef}, Names: []string{"campus_ref"}},
		{Name: "finding JSON every problem at once", Call: findingJSON(head + `"found":"","deadline":"","observed":0,"required":1,"rectified":"","campus_ref":""}`),
			Is: []error{ErrInvalidJSON}, Names: []string{`"found"`, `"deadline"`, `"rectified" without "rectified_by"`, `"campus_ref"`}},
	}
	runCatalogue(t, "finding: ", cases)
}

// TestBadInputDerive catalogues what Derive rejects (moved from compliance's TestReliabilityBadInputHistory):
// a nil history and the zero Query with compliance's sentinels, a bad policy with ErrInvalidPolicy.
func TestBadInputDerive(t *testing.T) {
	reg := testRegister(t, 6)
	good, err := compliance.NewHistory(reg, []compliance.Inspection{{ID: testID("a"), Campus: reg.At(0).ID,
		Date: civil.MustParseDate("2012-01-10"), Team: "一组"}})
	require.NoError(t, err)
	q := compliance.MustQuery(compliance.QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Normal})
	derive := func(h *compliance.History, q compliance.Query, p Policy) func() error {
		return func() error {
			l, err := Derive(h, q, p)
			if l != nil {
				return fmt.Errorf("a ledger with the error %w", err)
			}
			return err
		}
	}
	runCatalogue(t, "compliance: ", []badinput.Case{
		{Name: "nil history", Call: derive(nil, q, Policy{}), Is: []error{compliance.ErrNil}},
		{Name: "nil history, zero query, bad policy", Call: derive(nil, compliance.Query{}, Policy{Days: -1}),
			Is: []error{compliance.ErrNil}},
		{Name: "zero query", Call: derive(good, compliance.Query{}, Policy{}), Is: []error{compliance.ErrInvalidQuery},
			Names: []string{"zero Query"}},
		{Name: "zero query, bad policy", Call: derive(good, compliance.Query{}, Policy{Days: -1}),
			Is: []error{compliance.ErrInvalidQuery}, Names: []string{"zero Query"}},
	})
	runCatalogue(t, "finding: ", []badinput.Case{
		{Name: "negative policy", Call: derive(good, q, Policy{Days: -1}), Is: []error{ErrInvalidPolicy}, Names: []string{"-1"}},
		{Name: "absurd policy", Call: derive(good, q, Policy{Days: 1 << 40}), Is: []error{ErrInvalidPolicy},
			Names: []string{"1099511627776"}},
	})
}

// TestBadInputFigure catalogues what Rectification.Figure rejects (moved from compliance's
// TestReliabilityBadInputFigures): a code not in the tree, a measure that is not a rectification measure
// and an invalid precision, each with compliance's sentinel.
func TestBadInputFigure(t *testing.T) {
	reg := testRegister(t, 4)
	h, err := compliance.NewHistory(reg, nil)
	require.NoError(t, err)
	q := compliance.MustQuery(compliance.QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Normal})
	fs, err := Derive(h, q, Policy{Days: 30})
	require.NoError(t, err)
	rect := fs.Rectification()
	require.NotNil(t, rect)
	city := reg.Tree().At(0).Code
	p1 := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	figure := func(m compliance.Measure, code hierarchy.Code, p rate.Precision) func() error {
		return func() error { _, err := rect.Figure(m, code, p); return err }
	}
	runCatalogue(t, "compliance: ", []badinput.Case{
		{Name: "unknown code", Call: figure(compliance.RectificationMeasure, city.Truncate(1), p1),
			Is: []error{compliance.ErrInvalidCell}, Names: []string{"320000"}},
		{Name: "code of another tree", Call: figure(compliance.OnTimeRectificationMeasure, hierarchy.MustParseCode("110000"), p1),
			Is: []error{compliance.ErrInvalidCell}, Names: []string{"110000"}},
		{Name: "campus measure", Call: figure(compliance.ComplianceMeasure, city, p1),
			Is: []error{compliance.ErrInvalidMeasure}, Names: []string{"compliance_rate"}},
		{Name: "assessed measure", Call: figure(compliance.AssessedMeasure, hierarchy.Code{}, p1),
			Is: []error{compliance.ErrInvalidMeasure}, Names: []string{"assessed_rate"}},
		{Name: "invalid measure", Call: figure(compliance.Measure(99), hierarchy.Code{}, p1),
			Is: []error{compliance.ErrInvalidMeasure}, Names: []string{"99"}},
		{Name: "bad places", Call: figure(compliance.OnTimeRectificationMeasure, city, rate.Precision{Places: rate.MinPlaces - 1, Rounding: rate.HalfUp}),
			Is: []error{compliance.ErrInvalidFigure}},
		{Name: "bad rounding", Call: figure(compliance.RectificationMeasure, hierarchy.Code{}, rate.Precision{Places: 1, Rounding: 9}),
			Is: []error{compliance.ErrInvalidFigure}},
		{Name: "zero rounding", Call: figure(compliance.RectificationMeasure, city, rate.Precision{Places: 1}),
			Is: []error{compliance.ErrInvalidFigure}},
	})
}
