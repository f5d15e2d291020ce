package campus

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/campussec/campussec/internal/badinput"
	"strings"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badInput is one row of the bad-input catalogue: a call that must fail with an error wrapping sentinel
// whose message names the offending item (every string in names).
type badInput struct {
	name     string
	call     func() error
	sentinel error
	names    []string
}

func runBadInputs(t *testing.T, prefix string, cases []badInput) {
	t.Helper()
	rows := make([]badinput.Case, len(cases))
	for k, c := range cases {
		rows[k] = badinput.Case{Name: c.name, Call: c.call, Is: []error{c.sentinel}, Names: c.names}
	}
	badinput.Run(t, prefix, rows)
}

// parser adapts a ParseX function to a bad-input call that also checks the zero result.
func parser[T comparable](parse func(string) (T, error), s string) func() error {
	return func() error {
		v, err := parse(s)
		var zero T
		if v != zero {
			return errors.New("non-zero value with an error")
		}
		return err
	}
}

func unmarshaler[T any, P interface {
	*T
	UnmarshalText([]byte) error
}](s string) func() error {
	return func() error {
		var v T
		return P(&v).UnmarshalText([]byte(s))
	}
}

// TestReliabilityBadInputEnums catalogues what every enum parser and UnmarshalText rejects: empty text (for
// ParseX; UnmarshalText maps "" to the zero value), the String of an invalid value, wrong case, padding,
// the Chinese label (ids only), numbers that are no MOE code, and (for Group, License, Stage) numbers.
func TestReliabilityBadInputEnums(t *testing.T) {
	type enum struct {
		name     string
		parse    func(string) error
		text     func(string) error
		sentinel error
		bad      []string
	}
	enums := []enum{
		{"kind", func(s string) error { return parser(ParseKind, s)() }, func(s string) error { return unmarshaler[Kind](s)() },
			ErrInvalidKind, []string{"Kind(0)", "Primary", " primary", "primary ", "小学", "2110", "21", "000", "411", "911", "931", "培智学校", "primary\x00"}},
		{"stage", func(s string) error { return parser(ParseStage, s)() }, func(s string) error { return unmarshaler[Stage](s)() },
			ErrInvalidStage, []string{"Stage(0)", "Primary", "1", "小学", "junior"}},
		{"group", func(s string) error { return parser(ParseGroup, s)() }, func(s string) error { return unmarshaler[Group](s)() },
			ErrInvalidGroup, []string{"Group(0)", "School", "1", "中小学", "kindergarten"}},
		{"license", func(s string) error { return parser(ParseLicense, s)() }, func(s string) error { return unmarshaler[License](s)() },
			ErrInvalidLicense, []string{"License(0)", "license", "Licensed", "1", "有证"}},
		{"locale", func(s string) error { return parser(ParseLocale, s)() }, func(s string) error { return unmarshaler[Locale](s)() },
			ErrInvalidLocale, []string{"Locale(0)", "113", "0", "0111", "Village", "村庄", "100"}},
		{"category", func(s string) error { return parser(ParseCategory, s)() }, func(s string) error { return unmarshaler[Category](s)() },
			ErrInvalidCategory, []string{"Category(0)", "10", "99", "011", "幼儿园", "Primary"}},
	}
	for _, e := range enums {
		cases := []badInput{{e.name + " empty", func() error { return e.parse("") }, e.sentinel, []string{`""`}}}
		for _, s := range e.bad {
			q := strings.Trim(strings.ReplaceAll(s, "\x00", `\x00`), "")
			cases = append(cases,
				badInput{e.name + " parse " + s, func() error { return e.parse(s) }, e.sentinel, []string{q}},
				badInput{e.name + " unmarshal " + s, func() error { return e.text(s) }, e.sentinel, []string{q}})
		}
		runBadInputs(t, "campus: ", cases)
	}
}

// TestReliabilityBadInputLabels catalogues what ParseLabel rejects for every enum: "", the stable id, an
// English name, a code and a near miss of a label; each error wraps the enum's own sentinel and quotes the
// text.
func TestReliabilityBadInputLabels(t *testing.T) {
	label := func(f func(string) error, bad ...string) []badInput {
		var cases []badInput
		for _, s := range append([]string{""}, bad...) {
			cases = append(cases, badInput{"label " + s, func() error { return f(s) }, nil, []string{fmt.Sprintf("%q", s)}})
		}
		return cases
	}
	for _, c := range []struct {
		sentinel error
		cases    []badInput
	}{
		{ErrInvalidKind, label(func(s string) error { _, err := ParseLabel[Kind](s); return err },
			"nine_year", "nine-year school", "312", "九年一贯制", "培智学校")},
		{ErrInvalidStage, label(func(s string) error { _, err := ParseLabel[Stage](s); return err }, "primary", "小学 ")},
		{ErrInvalidGroup, label(func(s string) error { _, err := ParseLabel[Group](s); return err }, "school", "幼托园所")},
		{ErrInvalidLicense, label(func(s string) error { _, err := ParseLabel[License](s); return err }, "licensed", "有证照")},
		{ErrInvalidLocale, label(func(s string) error { _, err := ParseLabel[Locale](s); return err }, "village", "220", "农村")},
		{ErrInvalidCategory, label(func(s string) error { _, err := ParseLabel[Category](s); return err }, "primary", "21")},
		{ErrInvalidOwnership, label(func(s string) error { _, err := ParseLabel[Ownership](s); return err }, "public", "公立")},
		{ErrInvalidDesignation, label(func(s string) error { _, err := ParseLabel[Designation](s); return err }, "central", "中心小学")},
	} {
		for i := range c.cases {
			c.cases[i].sentinel = c.sentinel
		}
		runBadInputs(t, "campus: ", c.cases)
	}
}

// TestReliabilityBadInputSchoolCode catalogues what ParseSchoolCode and SchoolCode.UnmarshalText reject.
func TestReliabilityBadInputSchoolCode(t *testing.T) {
	var cases []badInput
	for _, tc := range []struct{ in, why string }{
		{"", "10 digits"},
		{"213200000", "10 digits"},
		{"21320000011", "10 digits"},
		{"213200000a", "10 digits"},
		{"-213200000", "10 digits"},
		{"２１３２０００００１", "10 digits"},
		{"1032000001", "category 10"},
		{"0032000001", "category 00"},
		{"9932000001", "category 99"},
		{"2110000001", "province 10"},
		{"2100000001", "province 00"},
		{"2199000001", "province 99"},
	} {
		cases = append(cases, badInput{"parse " + tc.in, parser(ParseSchoolCode, tc.in), ErrInvalidSchoolCode,
			[]string{`"` + tc.in + `"`, tc.why}})
		if tc.in != "" {
			cases = append(cases, badInput{"unmarshal " + tc.in, unmarshaler[SchoolCode](tc.in),
				ErrInvalidSchoolCode, []string{tc.in}})
		}
	}
	runBadInputs(t, "campus: ", cases)
}

// TestReliabilityBadInputJSON checks that a School or Campus decoded from JSON with a bad field value
// fails with the field's sentinel, naming the value.
func TestReliabilityBadInputJSON(t *testing.T) {
	campusJSON := func(field, value string) func() error {
		return func() error {
			var c Campus
			return json.Unmarshal([]byte(withField(validCampusJSON, field, value)), &c)
		}
	}
	cases := []badInput{
		{"kind", campusJSON("kind", `"bogus"`), ErrInvalidKind, []string{"bogus"}},
		{"license", campusJSON("license", `"maybe"`), ErrInvalidLicense, []string{"maybe"}},
		{"locale", campusJSON("locale", `"moon"`), ErrInvalidLocale, []string{"moon"}},
		{"jurisdiction", campusJSON("jurisdiction", `"3205"`), hierarchy.ErrInvalidCode, []string{"3205"}},
		{"school code", func() error {
			var s School
			return json.Unmarshal([]byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","code":"123"}`), &s)
		}, ErrInvalidSchoolCode, []string{"123"}},
	}
	// An optional value is absent when unset: "" is not a second spelling of it (the JSON Schemas refuse it too).
	for _, key := range []string{"ownership", "designation", "ref"} {
		cases = append(cases, badInput{"campus " + key + ` ""`, func() error {
			var c Campus
			return json.Unmarshal([]byte(strings.Replace(validCampusJSON, `"staff":1`, `"staff":1,"`+key+`":""`, 1)), &c)
		}, ErrInvalidJSON, []string{key + `: "", want a non-empty string`}})
	}
	for _, key := range []string{"code", "ownership", "designation", "ref"} {
		cases = append(cases, badInput{"school " + key + ` ""`, func() error {
			var s School
			return json.Unmarshal([]byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","`+key+`":""}`), &s)
		}, ErrInvalidJSON, []string{key + `: "", want a non-empty string`}})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.sentinel)
			for _, n := range tc.names {
				assert.Contains(t, err.Error(), n)
			}
		})
	}
}

// TestReliabilityBadInputCountsJSON catalogues what Counts.UnmarshalJSON rejects; a rejected input leaves
// the receiver unchanged.
func TestReliabilityBadInputCountsJSON(t *testing.T) {
	counts := func(s string) func() error {
		return func() error {
			var n CampusCounts
			err := n.UnmarshalJSON([]byte(s))
			if !n.IsZero() {
				return errors.New("counts changed on error")
			}
			return err
		}
	}
	// one valid primary, licensed, village campus
	const cell = `"group_license":{"school":{"licensed":1}}`
	const kind = `"kind":{"primary":1}`
	const stage = `"stage":{"primary":1}`
	const locale = `"locale":{"village":1}`
	valid := `{"total":1,` + cell + `,` + kind + `,` + stage + `,` + locale + `}`
	var ok CampusCounts
	require.NoError(t, json.Unmarshal([]byte(valid), &ok))
	require.Equal(t, CampusCount(1), ok.Total())

	runBadInputs(t, "campus: ", []badInput{
		{"not JSON", counts(`{`), ErrInvalidCounts, nil},
		{"wrong type", counts(`{"total":"1"}`), ErrInvalidCounts, []string{"total"}},
		{"fraction", counts(`{"total":1.5}`), ErrInvalidCounts, nil},
		{"overflow", counts(`{"total":1e30}`), ErrInvalidCounts, nil},
		{"negative total", counts(`{"total":-1}`), ErrInvalidCounts, []string{"-1", "total"}},
		{"unknown group", counts(`{"total":1,"group_license":{"college":{"licensed":1}}}`), ErrInvalidCounts,
			[]string{"college"}},
		{"unknown license", counts(`{"total":1,"group_license":{"school":{"maybe":1}}}`), ErrInvalidCounts,
			[]string{"maybe"}},
		{"negative cell", counts(`{"total":0,"group_license":{"school":{"licensed":-1}}}`), ErrInvalidCounts,
			[]string{"school/licensed"}},
		{"unknown kind", counts(`{"total":1,"kind":{"college":1}}`), ErrInvalidCounts, []string{"college"}},
		{"kind by MOE code", counts(`{"total":1,` + cell + `,"kind":{"211":1}}`), ErrInvalidCounts,
			[]string{"211"}},
		{"negative kind", counts(`{"total":0,"kind":{"primary":-1}}`), ErrInvalidCounts, []string{"primary"}},
		{"unknown stage", counts(`{"total":1,"stage":{"college":1}}`), ErrInvalidCounts, []string{"college"}},
		{"unknown locale", counts(`{"total":1,"locale":{"moon":1}}`), ErrInvalidCounts, []string{"moon"}},
		{"locale by code", counts(`{"total":1,"locale":{"220":1}}`), ErrInvalidCounts, []string{"220"}},
		{"cells do not add up", counts(`{"total":2,` + cell + `,` + kind + `,` + stage + `,` + locale + `}`),
			ErrInvalidCounts, []string{"cells add up to 1", "total is 2"}},
		{"kinds do not add up", counts(`{"total":1,` + cell + `,"kind":{"primary":2},` + stage + `,` + locale + `}`),
			ErrInvalidCounts, []string{"kinds add up to 2"}},
		{"locales do not add up", counts(`{"total":1,` + cell + `,` + kind + `,` + stage + `,"locale":{}}`),
			ErrInvalidCounts, []string{"locales add up to 0"}},
		{"group differs from kinds", counts(`{"total":1,"group_license":{"preschool":{"licensed":1}},` + kind +
			`,` + stage + `,` + locale + `}`), ErrInvalidCounts, []string{"group"}},
		{"stage differs from kinds", counts(`{"total":1,` + cell + `,` + kind + `,"stage":{"primary":0},` +
			locale + `}`), ErrInvalidCounts, []string{"stage primary"}},
	})

	// A failed decode leaves a non-zero receiver unchanged.
	before := ok
	require.Error(t, ok.UnmarshalJSON([]byte(`{"total":-1}`)))
	assert.Equal(t, before, ok)
}

// validCampusJSON is a complete Campus in JSON; withField replaces one of its values.
const validCampusJSON = `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","school":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
	`"name":"n","kind":"primary","license":"licensed","locale":"village","jurisdiction":"320581100",` +
	`"main":true,"boarding":false,"students":1,"staff":1}`

// withField returns the JSON object obj with the value of key replaced by the raw JSON value.
func withField(obj, key, value string) string {
	i := strings.Index(obj, `"`+key+`":`)
	if i < 0 {
		panic("no key " + key)
	}
	start := i + len(key) + 3
	end := start
	for depth, inStr := 0, false; end < len(obj); end++ {
		c := obj[end]
		switch {
		case inStr:
			inStr = c != '"' || obj[end-1] == '\\'
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			depth++
		case (c == '}' || c == ']') && depth > 0:
			depth--
		case (c == ',' || c == '}') && depth == 0:
			return obj[:start] + value + obj[end:]
		}
	}
	panic("unterminated " + key)
}
