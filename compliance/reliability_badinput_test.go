package compliance

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/campussec/campussec/source"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"

	"github.com/campussec/campussec/campus"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badInput is one row of the bad-input catalogue: a call that must fail with an error wrapping every
// sentinel in is, whose message names the offending item (every string in names).
type badInput struct {
	name  string
	call  func() error
	is    []error
	names []string
}

func runBadInputs(t *testing.T, cases []badInput) {
	t.Helper()
	rows := make([]badinput.Case, len(cases))
	for k, c := range cases {
		rows[k] = badinput.Case{Name: c.name, Call: c.call, Is: c.is, Names: c.names}
	}
	badinput.RunMentioningOneOf(t, []string{"compliance: ", "rate: ", "civil: ", "prevention: ", "source: "}, rows)
}

// TestReliabilityBadInputDate catalogues what ParseDate, NewDate and Date.UnmarshalText reject.
func TestReliabilityBadInputDate(t *testing.T) {
	parse := func(s string) func() error {
		return func() error {
			d, err := civil.ParseDate(s)
			if !d.IsZero() {
				return errors.New("non-zero date with an error")
			}
			return err
		}
	}
	var cases []badInput
	for _, s := range []string{"", "2012-2-14", "2012/02/14", "20120214", "12-02-14", "2012-02-14 ", " 2012-02-14",
		"2012-02-14T00:00", "２０１２-02-14", "+012-02-14", "2012-+2-14", "2012-02-1x", "0000-01-01", "2012-00-10",
		"2012-13-01", "2012-01-00", "2012-01-32", "2011-02-29", "1900-02-29", "2012-04-31", "9999-12-32"} {
		cases = append(cases, badInput{"parse " + s, parse(s), []error{civil.ErrInvalidDate}, []string{fmt.Sprintf("%q", s)}})
	}
	cases = append(cases,
		badInput{"unmarshal", func() error { var d civil.Date; return d.UnmarshalText([]byte("2012-02-30")) },
			[]error{civil.ErrInvalidDate}, []string{"2012-02-30"}},
		badInput{"new year 0", func() error { _, err := civil.NewDate(0, 1, 1); return err }, []error{civil.ErrInvalidDate},
			[]string{"0000-01-01"}},
		badInput{"new year 10000", func() error { _, err := civil.NewDate(10000, 1, 1); return err },
			[]error{civil.ErrInvalidDate}, []string{"10000"}},
		badInput{"new month 13", func() error { _, err := civil.NewDate(2012, 13, 1); return err },
			[]error{civil.ErrInvalidDate}, []string{"2012-13-01"}},
		badInput{"new day 30 Feb", func() error { _, err := civil.NewDate(2012, 2, 30); return err },
			[]error{civil.ErrInvalidDate}, []string{"2012-02-30"}},
		badInput{"new negative day", func() error { _, err := civil.NewDate(2012, 2, -1); return err },
			[]error{civil.ErrInvalidDate}, nil},
	)
	runBadInputs(t, cases)
	d := civil.MustParseDate("2012-02-14")
	require.Error(t, d.UnmarshalText([]byte("x")))
	assert.Equal(t, civil.MustParseDate("2012-02-14"), d, "a failed UnmarshalText leaves the date unchanged")
}

// TestReliabilityBadInputEnums catalogues what every compliance enum's parser, UnmarshalText and ParseLabel
// reject: each error wraps the enum's own sentinel and quotes the text.
func TestReliabilityBadInputEnums(t *testing.T) {
	type enum struct {
		name     string
		parse    func(string) error
		text     func(string) error
		sentinel error
		label    func(string) error
	}
	p := func(f func(string) error) func(string) error { return f }
	enums := []enum{
		{"status", p(func(s string) error { _, err := ParseStatus(s); return err }),
			p(func(s string) error { var v Status; return v.UnmarshalText([]byte(s)) }), ErrInvalidStatus,
			errOf(ParseLabel[Status])},
		{"rounding", p(func(s string) error { _, err := rate.ParseRounding(s); return err }),
			p(func(s string) error { var v rate.Rounding; return v.UnmarshalText([]byte(s)) }), rate.ErrInvalidRounding,
			errOf(rate.ParseLabel[rate.Rounding])},
		{"lang", p(func(s string) error { _, err := rate.ParseLang(s); return err }),
			p(func(s string) error { var v rate.Lang; return v.UnmarshalText([]byte(s)) }), rate.ErrInvalidLang,
			errOf(rate.ParseLabel[rate.Lang])},
		{"measure", p(func(s string) error { _, err := ParseMeasure(s); return err }),
			p(func(s string) error { var v Measure; return v.UnmarshalText([]byte(s)) }), ErrInvalidMeasure,
			errOf(ParseLabel[Measure])},
		{"prevention level", p(func(s string) error { _, err := prevention.ParseLevel(s); return err }),
			p(func(s string) error { var v prevention.Level; return v.UnmarshalText([]byte(s)) }), prevention.ErrInvalidLevel,
			errOf(prevention.ParseLabel[prevention.Level])},
		{"value kind", p(func(s string) error { _, err := ParseValueKind(s); return err }),
			p(func(s string) error { var v ValueKind; return v.UnmarshalText([]byte(s)) }), ErrInvalidValueKind,
			errOf(ParseLabel[ValueKind])},
		{"rule kind", p(func(s string) error { _, err := ParseRuleKind(s); return err }),
			p(func(s string) error { var v RuleKind; return v.UnmarshalText([]byte(s)) }), ErrInvalidRuleKind,
			errOf(ParseLabel[RuleKind])},
		{"confidence", p(func(s string) error { _, err := source.ParseConfidence(s); return err }),
			p(func(s string) error { var v source.Confidence; return v.UnmarshalText([]byte(s)) }), source.ErrInvalidConfidence,
			errOf(source.ParseLabel[source.Confidence])},
		{"basis", p(func(s string) error { _, err := ParseBasis(s); return err }),
			p(func(s string) error { var v Basis; return v.UnmarshalText([]byte(s)) }), ErrInvalidBasis,
			errOf(ParseLabel[Basis])},
		{"step rounding", p(func(s string) error { _, err := ParseStepRounding(s); return err }),
			p(func(s string) error { var v StepRounding; return v.UnmarshalText([]byte(s)) }), ErrInvalidStepRounding,
			errOf(ParseLabel[StepRounding])},
		{"boarding", p(func(s string) error { _, err := ParseBoardingScope(s); return err }),
			p(func(s string) error { var v BoardingScope; return v.UnmarshalText([]byte(s)) }), ErrInvalidBoardingScope,
			errOf(ParseLabel[BoardingScope])},
		{"unit", p(func(s string) error { _, err := ParseUnit(s); return err }),
			p(func(s string) error { var v Unit; return v.UnmarshalText([]byte(s)) }), ErrInvalidUnit,
			errOf(ParseLabel[Unit])},
		{"outcome", p(func(s string) error { _, err := ParseOutcome(s); return err }),
			p(func(s string) error { var v Outcome; return v.UnmarshalText([]byte(s)) }), ErrInvalidOutcome,
			errOf(ParseLabel[Outcome])},
	}
	for _, e := range enums {
		var cases []badInput
		is := []error{}
		if e.sentinel != nil {
			is = append(is, e.sentinel)
		}
		for _, s := range []string{"", "bogus", "Compliant", " normal", "half_even ", "0", "99", "未知", "\x00"} {
			// Some of these are valid for some enums; skip those.
			if e.parse != nil && e.parse(s) == nil {
				continue
			}
			if e.parse != nil {
				cases = append(cases, badInput{e.name + " parse " + s, func() error { return e.parse(s) }, is,
					[]string{fmt.Sprintf("%q", s)}})
			}
			if s != "" { // "" unmarshals as the zero value (unset)
				cases = append(cases, badInput{e.name + " unmarshal " + s, func() error { return e.text(s) }, is,
					[]string{fmt.Sprintf("%q", s)}})
			}
		}
		// ParseLabel reads Chinese labels only: every stable id, "" and an unknown label are rejected.
		for _, s := range []string{"", "未知", "compliant", "half_even", "zh", "compliance_rate", "open", "normal",
			"fact", "verified", "students", "ceil", "boarding", "met", "campus"} {
			cases = append(cases, badInput{e.name + " label " + s, func() error { return e.label(s) }, is,
				[]string{fmt.Sprintf("%q", s)}})
		}
		t.Run(e.name, func(t *testing.T) { runBadInputs(t, cases) })
	}
}

// errOf returns the error of parse, for a catalogue.
func errOf[E any](parse func(string) (E, error)) func(string) error {
	return func(s string) error { _, err := parse(s); return err }
}

// stdJSON is a valid standard document whose requirements are reqs (a JSON array body) and whose header
// fields can be replaced.
func stdJSON(header, reqs string) string {
	if header == "" {
		header = `"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14"`
	}
	return `{` + header + `,"requirements":[` + reqs + `]}`
}

const okReq = `{"id":"ok","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}`

func req(id, rule string) string {
	return `{"id":"` + id + `","title":"t","rule":` + rule + `}`
}

// TestReliabilityBadInputLoadStandard catalogues every class of standard JSON that LoadStandard rejects,
// beyond the owner's table: structure and limits (ErrInvalidJSON), the header (ErrInvalidStandard), indicator
// declarations, and each requirement's problems, each naming the requirement.
func TestReliabilityBadInputLoadStandard(t *testing.T) {
	load := func(s string) func() error {
		return func() error {
			std, err := LoadStandard([]byte(s))
			if !std.Equal(Standard{}) {
				return errors.New("non-zero standard with an error")
			}
			return err
		}
	}
	longID := strings.Repeat("a", maxIDLen+1)
	longText := strings.Repeat("长", maxTextLen)
	var manyReqs []string
	for i := range MaxRequirements + 1 {
		manyReqs = append(manyReqs, req(fmt.Sprintf("r%d", i), `{"kind":"fact","indicator":"closed_management"}`))
	}
	var manyBands []string
	for i := range maxBands + 1 {
		manyBands = append(manyBands, fmt.Sprintf(`{"from":%d,"min":%d}`, i*10, i+1))
	}
	var manyKinds []string
	for range maxScopeValues + 1 {
		manyKinds = append(manyKinds, `"primary"`)
	}
	var manyInds []string
	for i := range maxIndicators + 1 {
		manyInds = append(manyInds, fmt.Sprintf(`{"id":"i%d","label":"l","kind":"fact"}`, i))
	}
	cases := []badInput{
		// Structure, format version and size limits.
		{"empty", load(``), []error{ErrInvalidJSON}, nil},
		{"null", load(`null`), []error{ErrInvalidJSON}, nil},
		{"array", load(`[]`), []error{ErrInvalidJSON}, nil},
		{"format 0", load(stdJSON(`"format":0,"id":"s","title":"t","version":"1","effective":"2012-02-14"`, okReq)),
			[]error{ErrInvalidJSON}, []string{"format 0"}},
		{"format as string", load(`{"format":"1"}`), []error{ErrInvalidJSON}, []string{"format"}},
		{"format fraction", load(`{"format":1.0}`), []error{ErrInvalidJSON}, nil},
		{"unknown top field", load(`{"format":1,"extra":1}`), []error{ErrInvalidJSON}, []string{"extra"}},
		{"unknown scope field", load(stdJSON("", `{"id":"r","title":"t","scope":{"grade":1},`+
			`"rule":{"kind":"fact","indicator":"closed_management"}}`)), []error{ErrInvalidJSON}, []string{"grade"}},
		{"unknown band field", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards",`+
			`"basis":"students","bands":[{"from":0,"min":1,"max":2}]}`))), []error{ErrInvalidJSON}, []string{"max"}},
		{"two documents", load(stdJSON("", okReq) + stdJSON("", okReq)), []error{ErrInvalidJSON}, nil},
		{"deep nesting", load(`{"format":1,"id":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`),
			[]error{ErrInvalidJSON}, nil},
		{"number overflow", load(stdJSON("", req("r", `{"kind":"count_at_least","indicator":"full_time_guards",`+
			`"min":123456789012345678901234567890}`))), []error{ErrInvalidJSON}, nil},
		{"too large", load(`{"format":1,"id":"` + strings.Repeat("x", MaxStandardBytes) + `"}`),
			[]error{ErrInvalidJSON}, []string{fmt.Sprint(MaxStandardBytes)}},
		{"too many requirements", load(stdJSON("", strings.Join(manyReqs, ","))), []error{ErrInvalidStandard},
			[]string{fmt.Sprint(MaxRequirements + 1)}},
		{"too many indicators", load(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",` +
			`"indicators":[` + strings.Join(manyInds, ",") + `],"requirements":[` + okReq + `]}`),
			[]error{ErrInvalidStandard}, nil},
		{"too many bands", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards",`+
			`"basis":"students","bands":[`+strings.Join(manyBands, ",")+`]}`))), []error{ErrInvalidJSON},
			[]string{`"r"`, "rule.bands"}},
		{"too many scope values", load(stdJSON("", `{"id":"r","title":"t","scope":{"kinds":[`+
			strings.Join(manyKinds, ",")+`]},"rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{ErrInvalidJSON}, []string{`"r"`, "scope.kinds"}},
		// The header.
		{"no id", load(stdJSON(`"format":1,"title":"t","version":"1","effective":"2012-02-14"`, okReq)),
			[]error{ErrInvalidStandard}, []string{"id: empty"}},
		{"long id", load(stdJSON(`"format":1,"id":"`+longID+`","title":"t","version":"1","effective":"2012-02-14"`, okReq)),
			[]error{ErrInvalidStandard}, nil},
		{"no title", load(stdJSON(`"format":1,"id":"s","version":"1","effective":"2012-02-14"`, okReq)),
			[]error{ErrInvalidStandard}, []string{"title"}},
		{"long title", load(stdJSON(`"format":1,"id":"s","title":"`+longText+`","version":"1","effective":"2012-02-14"`, okReq)),
			[]error{ErrInvalidStandard}, []string{"title"}},
		{"no version", load(stdJSON(`"format":1,"id":"s","title":"t","effective":"2012-02-14"`, okReq)),
			[]error{ErrInvalidStandard}, []string{"version"}},
		{"no effective date", load(stdJSON(`"format":1,"id":"s","title":"t","version":"1"`, okReq)),
			[]error{ErrInvalidStandard}, nil},
		{"bad effective date", load(stdJSON(`"format":1,"id":"s","title":"t","version":"1","effective":"2012-2-14"`, okReq)),
			[]error{ErrInvalidStandard, civil.ErrInvalidDate}, []string{"2012-2-14"}},
		{"no requirements", load(stdJSON("", "")), []error{ErrInvalidStandard}, nil},
		// Indicator declarations.
		{"indicator bad id", load(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",` +
			`"indicators":[{"id":"Bad-ID","label":"l","kind":"fact"}],"requirements":[` + okReq + `]}`),
			[]error{ErrInvalidStandard}, []string{"Bad-ID", "indicators[0]"}},
		{"indicator shadows well-known", load(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",` +
			`"indicators":[{"id":"closed_management","label":"l","kind":"fact"}],"requirements":[` + okReq + `]}`),
			[]error{ErrInvalidStandard}, []string{"closed_management", "indicators[0]"}},
		{"indicator declared twice", load(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",` +
			`"indicators":[{"id":"moat","label":"l","kind":"fact"},{"id":"moat","label":"m","kind":"count"}],` +
			`"requirements":[` + okReq + `]}`), []error{ErrInvalidStandard}, []string{"moat", "indicators[1]"}},
		{"indicator no label", load(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",` +
			`"indicators":[{"id":"moat","label":"","kind":"fact"}],"requirements":[` + okReq + `]}`),
			[]error{ErrInvalidStandard}, []string{"moat", "indicators[0]"}},
		// Requirements, each naming the requirement.
		{"requirement no id", load(stdJSON("", `{"id":"","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{ErrInvalidStandard}, []string{"requirements[0].id: empty"}},
		{"requirement long id", load(stdJSON("", req(longID, `{"kind":"fact","indicator":"closed_management"}`))),
			[]error{ErrInvalidStandard}, []string{fmt.Sprintf("id: %d bytes, at most 128", len(longID))}},
		{"requirement no title", load(stdJSON("", `{"id":"r","title":"","rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{ErrInvalidStandard}, []string{`requirement "r": title: empty`}},
		{"requirement twice", load(stdJSON("", okReq+","+okReq)), []error{ErrInvalidStandard}, []string{`requirement "ok": id: ID used twice`}},
		{"no rule kind", load(stdJSON("", req("r", `{"indicator":"closed_management"}`))),
			[]error{ErrInvalidRuleKind}, []string{`"r"`}},
		{"no indicator", load(stdJSON("", req("r", `{"kind":"fact"}`))), []error{ErrUnknownIndicator}, []string{`"r"`}},
		{"fact rule on a count", load(stdJSON("", req("r", `{"kind":"fact","indicator":"full_time_guards"}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.indicator: a fact rule on count indicator`}},
		{"negative min", load(stdJSON("", req("r", `{"kind":"count_at_least","indicator":"full_time_guards","min":-1}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.min: -1 is negative`}},
		{"min over the maximum", load(stdJSON("", req("r", fmt.Sprintf(`{"kind":"count_at_least","indicator":"full_time_guards","min":%d}`, maxThreshold+1)))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.min: 1000001 above 1000000`}},
		{"scaled without bands", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students"}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.bands: `}},
		{"scaled without basis", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","bands":[{"from":0,"min":1}]}`))),
			[]error{ErrInvalidBasis}, []string{`"r"`, "basis"}},
		{"first band not from 0", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[{"from":5,"min":1}]}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.bands[0].from: `}},
		{"bands repeat a start", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[{"from":0,"min":1},{"from":0,"min":2}]}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.bands[1].from: `}},
		{"band exempt and min", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[{"from":0,"min":1,"exempt":true}]}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.bands[0].min: `}},
		{"band from over the maximum", load(stdJSON("", req("r", fmt.Sprintf(`{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[{"from":0,"min":1},{"from":%d,"min":2}]}`, maxBasisValue+1)))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.bands[1].from: `}},
		{"step per 0", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[{"from":0,"min":1}],"step":{"basis":"students","above":100,"per":0,"add":1,"round":"ceil"}}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule.step.per: `}},
		{"step bad round", load(stdJSON("", req("r", `{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[{"from":0,"min":1}],"step":{"basis":"students","above":100,"per":10,"add":1,"round":"nearest"}}`))),
			[]error{ErrInvalidStepRounding}, []string{`"r"`, "nearest"}},
		{"bands on a fact rule", load(stdJSON("", req("r", `{"kind":"fact","indicator":"closed_management","bands":[{"from":0,"min":1}]}`))),
			[]error{ErrInvalidStandard}, []string{`requirement "r": rule: `}},
		{"scope bad kind", load(stdJSON("", `{"id":"r","title":"t","scope":{"kinds":["college"]},"rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{campus.ErrInvalidKind}, []string{`requirement "r": scope.kinds: `, "college"}},
		{"scope bad level", load(stdJSON("", `{"id":"r","title":"t","scope":{"min_level":"extreme"},"rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{prevention.ErrInvalidLevel}, []string{`requirement "r": scope.min_level: `, "extreme"}},
		{"source bad confidence", load(stdJSON("", `{"id":"r","title":"t","source":{"confidence":"rumour"},"rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{source.ErrInvalidConfidence}, []string{`requirement "r": source.confidence: `, "rumour"}},
		{"source empty confidence", load(stdJSON("", `{"id":"r","title":"t","source":{"confidence":""},"rule":{"kind":"fact","indicator":"closed_management"}}`)),
			[]error{ErrInvalidStandard}, []string{`requirements[0] (id "r").source.confidence`, `"", want a non-empty string`}},
	}
	runBadInputs(t, cases)

	// Every problem at once: a bad header and three bad requirements give at least four errors, requirements
	// in order.
	_, err := LoadStandard([]byte(stdJSON(`"format":1,"id":"","title":"t","version":"1","effective":"2012-02-14"`,
		req("a", `{"kind":"fact"}`)+","+req("b", `{"kind":"fact","indicator":"full_time_guards"}`)+","+
			req("c", `{"kind":"count_at_least","indicator":"full_time_guards","min":-3}`))))
	require.Error(t, err)
	msg := err.Error()
	ia, ib, ic := strings.Index(msg, `"a"`), strings.Index(msg, `"b"`), strings.Index(msg, `"c"`)
	require.True(t, ia >= 0 && ib > ia && ic > ib, msg)
	assert.ErrorIs(t, err, ErrInvalidStandard)
	assertWants(t, err, ErrUnknownIndicator, problemAt{"b", "rule.indicator"}, problemAt{"c", "rule.min"})
}

// TestReliabilityBadInputStandard catalogues what NewStandard (Standard.Validate), NewVersions, Tailor,
// NewIndicator, NewMeasurements and NewQuery reject.
func TestReliabilityBadInputStandard(t *testing.T) {
	base := testStandard(t)
	withReqs := func(rs ...Requirement) Standard {
		s := base
		s.Requirements = rs
		return s
	}
	newStd := func(s Standard) func() error { return func() error { _, err := NewStandard(s); return err } }
	tailor := func(tl Tailoring) func() error { return func() error { _, err := Tailor(base, tl); return err } }
	other := base
	other.ID = "other"
	sameDate := base
	sameDate.Version = "2"
	spec := QuerySpec{Standard: base, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal}
	require.NoError(t, func() error { _, err := NewQuery(spec); return err }())
	newQuery := func(change func(*QuerySpec)) func() error {
		return func() error {
			s := spec
			change(&s)
			q, err := NewQuery(s)
			if !q.IsZero() {
				return errors.New("non-zero query with an error")
			}
			return err
		}
	}
	cases := []badInput{
		{"standard zero", newStd(Standard{}), []error{ErrInvalidStandard}, nil},
		{"standard literal band order", newStd(withReqs(Requirement{ID: "g", Title: "t", Rule: Rule{RuleKind: RuleCountScaled,
			Indicator: FullTimeGuards, Basis: BasisStudents, Bands: []Band{{From: 100, Min: 2}, {From: 0, Min: 1}}}})),
			[]error{ErrInvalidStandard}, []string{`requirement "g": rule.bands[1].from: `}},
		{"standard literal zero indicator", newStd(withReqs(Requirement{ID: "z", Title: "t", Rule: Rule{RuleKind: RuleFact}})),
			[]error{ErrUnknownIndicator}, []string{`"z"`}},
		{"standard literal undeclared custom indicator", newStd(withReqs(Requirement{ID: "c", Title: "t",
			Rule: Rule{RuleKind: RuleFact, Indicator: mustIndicator("moat", "护城河", FactValue)}})),
			[]error{ErrUnknownIndicator}, []string{`"c"`, "moat"}},
		{"standard literal invalid scope enum", newStd(withReqs(Requirement{ID: "s", Title: "t",
			Scope: Scope{Kinds: []campus.Kind{200}}, Rule: Rule{RuleKind: RuleFact, Indicator: ClosedManagement}})),
			[]error{campus.ErrInvalidKind}, []string{`requirement "s": scope.kinds: `}},
		{"versions none", func() error { _, err := NewVersions(); return err }, []error{ErrVersionConflict}, nil},
		{"versions of two standards", func() error { _, err := NewVersions(base, other); return err },
			[]error{ErrVersionConflict}, []string{`"other"`}},
		{"versions same date", func() error { _, err := NewVersions(base, sameDate); return err },
			[]error{ErrVersionConflict}, []string{"2010-05-01"}},
		{"versions same version", func() error {
			later := base
			later.Effective = civil.MustParseDate("2012-01-01")
			_, err := NewVersions(base, later)
			return err
		}, []error{ErrVersionConflict}, []string{`"1"`}},
		{"versions invalid", func() error { _, err := NewVersions(Standard{}); return err }, []error{ErrInvalidStandard}, nil},
		{"tailor include unknown", tailor(Tailoring{ID: "t", Version: "1", Include: []string{"moat"}}),
			[]error{ErrUnknownRequirement}, []string{`"moat"`}},
		{"tailor exclude unknown", tailor(Tailoring{ID: "t", Version: "1", Exclude: []string{"moat"}}),
			[]error{ErrUnknownRequirement}, []string{`"moat"`}},
		{"tailor set unknown", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "moat", Min: 3}}}),
			[]error{ErrUnknownRequirement}, []string{`"moat"`}},
		{"tailor lowers min", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "video_days", Min: 7}}}),
			[]error{ErrLoosening}, []string{`"video_days"`}},
		{"tailor min on a fact", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "guardroom", Min: 7}}}),
			[]error{ErrInvalidStandard}, []string{`requirement "guardroom": rule.min: `}},
		{"tailor loosens bands", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "guards",
			Bands: []Band{{From: 0, Min: 1}}}}}), []error{ErrLoosening}, []string{`"guards"`}},
		{"tailor exempts", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "guards",
			Bands: []Band{{From: 0, Exempt: true}}}}}), []error{ErrLoosening}, []string{`"guards"`}},
		{"tailor raises level", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "guardroom",
			MinPreventionLevel: prevention.High}}}), []error{ErrLoosening}, []string{`"guardroom"`}},
		{"tailor widens step", tailor(Tailoring{ID: "t", Version: "1", Set: []Parameter{{Requirement: "guards",
			Step: Step{Basis: BasisStudents, Above: 1000, Per: 1000, Add: 1, Round: StepCeil}}}}),
			[]error{ErrLoosening}, []string{`"guards"`}},
		{"tailor no id", tailor(Tailoring{Version: "1"}), []error{ErrInvalidStandard}, nil},
		{"tailor excludes everything", tailor(Tailoring{ID: "t", Version: "1", Exclude: []string{"guards", "guardroom",
			"video_days", "canteen", "barriers"}}), []error{ErrInvalidStandard}, nil},
		{"tailor invalid base", func() error { _, err := Tailor(Standard{}, Tailoring{ID: "t", Version: "1"}); return err },
			[]error{ErrInvalidStandard}, []string{"id: empty"}},
		{"indicator empty id", func() error { _, err := NewIndicator("", "l", FactValue); return err },
			[]error{ErrInvalidIndicator}, nil},
		{"indicator upper case", func() error { _, err := NewIndicator("Moat", "l", FactValue); return err },
			[]error{ErrInvalidIndicator}, []string{"Moat"}},
		{"indicator too long", func() error {
			_, err := NewIndicator(strings.Repeat("m", maxIndicatorIDLen+1), "l", FactValue)
			return err
		}, []error{ErrInvalidIndicator}, nil},
		{"indicator well-known", func() error { _, err := NewIndicator("full_time_guards", "l", CountValue); return err },
			[]error{ErrInvalidIndicator}, []string{"full_time_guards"}},
		{"indicator no label", func() error { _, err := NewIndicator("moat", "", FactValue); return err },
			[]error{ErrInvalidIndicator}, []string{"moat"}},
		{"indicator bad kind", func() error { _, err := NewIndicator("moat", "l", ValueKind(9)); return err },
			[]error{ErrInvalidIndicator}, []string{"moat"}},
		{"measurements zero indicator", func() error { _, err := NewMeasurements(Observation{Value: 1}); return err },
			[]error{ErrInvalidObservation}, nil},
		{"measurements fact value 2", func() error {
			_, err := NewMeasurements(Observation{Indicator: ClosedManagement, Value: 2})
			return err
		},
			[]error{ErrInvalidObservation}, []string{"closed_management"}},
		{"measurements negative count", func() error { _, err := NewMeasurements(ObserveCount(FullTimeGuards, -1)); return err },
			[]error{ErrInvalidObservation}, []string{"full_time_guards"}},
		{"measurements count over maxCount", func() error { _, err := NewMeasurements(ObserveCount(FullTimeGuards, maxCount+1)); return err },
			[]error{ErrInvalidObservation}, []string{"full_time_guards"}},
		{"measurements twice", func() error {
			_, err := NewMeasurements(ObserveCount(FullTimeGuards, 1), ObserveCount(FullTimeGuards, 2))
			return err
		}, []error{ErrInvalidObservation}, []string{"full_time_guards observed twice"}},
		{"query no date", newQuery(func(s *QuerySpec) { s.AsOf = civil.Date{} }), []error{ErrInvalidQuery}, []string{"as-of"}},
		{"query zero level", newQuery(func(s *QuerySpec) { s.PreventionLevel = 0 }), []error{ErrInvalidQuery, prevention.ErrInvalidLevel}, nil},
		{"query bad level", newQuery(func(s *QuerySpec) { s.PreventionLevel = 9 }), []error{ErrInvalidQuery, prevention.ErrInvalidLevel}, nil},
		{"query negative window", newQuery(func(s *QuerySpec) { s.Window = -1 }), []error{ErrInvalidQuery}, []string{"-1"}},
		{"query zero standard", newQuery(func(s *QuerySpec) { s.Standard = Standard{} }), []error{ErrInvalidStandard}, nil},
		{"query malformed standard", newQuery(func(s *QuerySpec) {
			s.Standard = withReqs(Requirement{ID: "g", Title: "t", Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: -1}})
		}), []error{ErrInvalidStandard}, []string{`requirement "g": rule.min: -1 is negative`}},
		{"query every problem", newQuery(func(s *QuerySpec) { *s = QuerySpec{Window: -7} }),
			[]error{ErrInvalidQuery, prevention.ErrInvalidLevel, ErrInvalidStandard}, []string{"as-of", "-7"}},
	}
	runBadInputs(t, cases)
}

// TestReliabilityBadInputHistory catalogues what NewHistory and Summarize reject
// (compare_test.go and visit_test.go catalogue change.Compare and visit.Between), and checks that every bad inspection is reported, by index and ID.
func TestReliabilityBadInputHistory(t *testing.T) {
	reg := testRegister(t, 6)
	c0, c1 := reg.At(0).ID, reg.At(1).ID
	d := civil.MustParseDate("2012-01-10")
	in := func(name string, c uuid.UUID, date civil.Date) Inspection {
		return Inspection{ID: testID(name), Campus: c, Date: date, Team: "一组"}
	}
	hist := func(ins ...Inspection) func() error {
		return func() error {
			h, err := NewHistory(reg, ins)
			if h != nil {
				return errors.New("non-nil history with an error")
			}
			return err
		}
	}
	noTeam := in("no-team", c0, d)
	noTeam.Team = " "
	longTeam := in("long-team", c0, d)
	longTeam.Team = strings.Repeat("队", maxTextLen)
	std := testStandard(t)
	spec := QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal}
	q := MustQuery(spec)
	good, err := NewHistory(reg, []Inspection{in("a", c0, d)})
	require.NoError(t, err)
	cases := []badInput{
		{"nil register", func() error { _, err := NewHistory(nil, nil); return err }, []error{ErrNil}, nil},
		{"nil ID", hist(Inspection{Campus: c0, Date: d, Team: "一组"}), []error{ErrInvalidInspection}, []string{"nil ID", "inspection 0"}},
		{"nil campus", hist(in("x", uuid.Nil, d)), []error{ErrInvalidInspection}, []string{testID("x").String(), "nil campus"}},
		{"no date", hist(in("x", c0, civil.Date{})), []error{ErrInvalidInspection}, []string{testID("x").String(), "no date"}},
		{"no team", hist(noTeam), []error{ErrInvalidInspection}, []string{testID("no-team").String(), "no team"}},
		{"long team", hist(longTeam), []error{ErrInvalidInspection}, []string{testID("long-team").String()}},
		{"duplicate ID", hist(in("x", c0, d), in("x", c1, d)), []error{ErrInspectionConflict}, []string{testID("x").String()}},
		{"unknown campus", hist(in("x", testID("nowhere"), d)), []error{ErrUnknownCampus},
			[]string{testID("x").String(), testID("nowhere").String()}},
		{"same campus same day", hist(in("x", c0, d), in("y", c0, d)), []error{ErrInspectionConflict},
			[]string{testID("x").String(), testID("y").String(), c0.String(), "2012-01-10"}},
		{"summarize nil history", func() error { _, err := Summarize(nil, q); return err }, []error{ErrNil}, nil},
		{"summarize zero query", func() error { _, err := Summarize(good, Query{}); return err }, []error{ErrInvalidQuery}, []string{"zero Query"}},
	}
	runBadInputs(t, cases)

	// Every bad inspection is reported, none dropped: n problems give n joined errors.
	var bad []Inspection
	for i := range 5 {
		bad = append(bad, in(fmt.Sprint("bad", i), testID(fmt.Sprint("nowhere", i)), d))
	}
	bad = append(bad, in("ok1", c0, d), in("ok2", c0, d))
	_, err = NewHistory(reg, bad)
	require.Error(t, err)
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 6)
	for i := range 5 {
		assert.Contains(t, err.Error(), testID(fmt.Sprint("bad", i)).String())
	}
}

// TestReliabilityBadInputFigures catalogues what rate.New, rate.Parse, NewTally, the JSON forms of Rate, Tally
// and Figure, and Summary.Figure reject (compliance/finding catalogues the finding tally and Rectification.Figure).
func TestReliabilityBadInputFigures(t *testing.T) {
	newRate := func(n, d int64) func() error { return func() error { _, err := rate.New(n, d); return err } }
	parseRate := func(s string) func() error { return func() error { _, err := rate.Parse(s); return err } }
	reg := testRegister(t, 4)
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	sum, err := Summarize(h, q)
	require.NoError(t, err)
	city := reg.Tree().At(0).Code
	p1 := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	sumFigure := func(m Measure, c Cell, p rate.Precision) func() error {
		return func() error { _, err := sum.Figure(m, c, p); return err }
	}
	cases := []badInput{
		{"rate negative num", newRate(-1, 2), []error{rate.ErrInvalidRate}, []string{"-1/2"}},
		{"rate negative den", newRate(0, -2), []error{rate.ErrInvalidRate}, []string{"0/-2"}},
		{"rate num over den", newRate(3, 2), []error{rate.ErrInvalidRate}, []string{"3/2"}},
		{"rate num over zero den", newRate(1, 0), []error{rate.ErrInvalidRate}, []string{"1/0"}},
		{"parse rate empty", parseRate(""), []error{rate.ErrInvalidRate}, []string{`""`}},
		{"parse rate no slash", parseRate("12"), []error{rate.ErrInvalidRate}, []string{`"12"`}},
		{"parse rate sign", parseRate("+1/2"), []error{rate.ErrInvalidRate}, []string{`"+1/2"`}},
		{"parse rate space", parseRate("1 /2"), []error{rate.ErrInvalidRate}, []string{`"1 /2"`}},
		{"parse rate two slashes", parseRate("1/2/3"), []error{rate.ErrInvalidRate}, []string{`"1/2/3"`}},
		{"parse rate decimal", parseRate("0.5/1"), []error{rate.ErrInvalidRate}, []string{`"0.5/1"`}},
		{"parse rate overflow", parseRate("1/99999999999999999999"), []error{rate.ErrInvalidRate}, []string{"99999999999999999999"}},
		{"parse rate num over den", parseRate("3/2"), []error{rate.ErrInvalidRate}, []string{"3/2"}},
		{"unmarshal rate", func() error { var r rate.Rate; return r.UnmarshalText([]byte("a/b")) }, []error{rate.ErrInvalidRate}, []string{"a/b"}},
		{"tally negative", func() error { _, err := NewTally(1, -1, 0, 0); return err }, []error{ErrInvalidTally}, []string{"-1"}},
		{"tally JSON negative", func() error { var tl Tally; return json.Unmarshal([]byte(`{"compliant":-1}`), &tl) },
			[]error{ErrInvalidTally}, nil},
		{"tally JSON bad total", func() error {
			var tl Tally
			return json.Unmarshal([]byte(`{"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0,"total":5}`), &tl)
		}, []error{ErrInvalidTally}, nil},
		{"tally JSON unknown field", func() error { var tl Tally; return json.Unmarshal([]byte(`{"exempt":1}`), &tl) },
			[]error{ErrInvalidTally}, []string{"exempt"}},
		{"summary figure unknown cell", sumFigure(ComplianceMeasure, AllCampuses().In(city.Truncate(1)), p1),
			[]error{ErrInvalidCell}, []string{"320000"}},
		{"summary figure bad group", sumFigure(ComplianceMeasure, AllCampuses().In(city).Group(9), p1),
			[]error{ErrInvalidCell}, []string{"320500"}},
		{"summary figure zero group", sumFigure(ComplianceMeasure, AllCampuses().Group(0), p1), []error{ErrInvalidCell}, nil},
		{"summary figure bad license", sumFigure(ComplianceMeasure, AllCampuses().License(7), p1), []error{ErrInvalidCell}, nil},
		{"summary figure bad kind", sumFigure(ComplianceMeasure, AllCampuses().Kind(200), p1), []error{ErrInvalidCell}, nil},
		{"summary figure finding measure", sumFigure(RectificationMeasure, AllCampuses().In(city), p1),
			[]error{ErrInvalidMeasure}, []string{"rectification_rate"}},
		{"summary figure invalid measure", sumFigure(Measure(99), AllCampuses(), p1), []error{ErrInvalidMeasure}, []string{"99"}},
		{"summary figure bad places", sumFigure(ComplianceMeasure, AllCampuses().In(city), rate.Precision{Places: rate.MaxPlaces + 1, Rounding: rate.HalfEven}),
			[]error{ErrInvalidFigure}, nil},
		{"summary figure bad rounding", sumFigure(ComplianceMeasure, AllCampuses().In(city), rate.Precision{Places: 1, Rounding: 0}),
			[]error{ErrInvalidFigure}, nil},
		{"figure JSON garbage", func() error { var f Figure; return json.Unmarshal([]byte(`{"measure":"x"}`), &f) },
			[]error{ErrInvalidFigure}, []string{`missing required keys "label"`}},
	}
	runBadInputs(t, cases)
}
