package compliance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func reportFigure() Figure {
	return Figure{
		Measure:         ComplianceMeasure,
		Rate:            rate.MustParse("1394/1396"),
		Precision:       rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf:            civil.MustParseDate("2012-02-14"),
		StandardID:      "js-school-security",
		StandardVersion: "2010-trial",
		PreventionLevel: prevention.Normal,
		Jurisdiction:    hierarchy.MustParseCode("320500"),
		License:         campus.Licensed,
	}
}

func TestFigureJSON(t *testing.T) {
	f := reportFigure()
	require.NoError(t, f.Validate())
	v, ok := f.Value()
	require.True(t, ok)
	assert.Equal(t, "99.9", v.String())
	assert.Equal(t, "全达标率 99.9% (1394/1396)", f.Format(rate.Chinese))
	assert.Equal(t, "full-compliance rate 99.9% (1394/1396)", f.Format(rate.English))

	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"measure":"compliance_rate","label":"全达标率","value":"99.9","unit":"percent",
		"numerator":1394,"numerator_counts":"compliant campuses",
		"denominator":1396,"denominator_counts":"campuses in scope, unassessed included","counted":"campus",
		"places":1,"rounding":"half_even","as_of":"2012-02-14",
		"standard":{"id":"js-school-security","version":"2010-trial"},"level":"normal",
		"jurisdiction":"320500","license":"licensed"}`, string(b))
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	// Undefined value is null and round-trips.
	u := f
	u.Rate = rate.Rate{}
	u.Group, u.Kind, u.License = campus.GroupPreschool, campus.Kindergarten, 0
	b, err = json.Marshal(u)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"value":null`)
	assert.Contains(t, string(b), `"group":"preschool"`)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, u, back)
	assert.Equal(t, "全达标率 — (0/0)", u.Format(rate.Chinese))

	// Every measure round-trips.
	for _, m := range Values[Measure]() {
		g := f
		g.Measure = m
		b, err := json.Marshal(g)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, g, back)
		assert.NotEmpty(t, m.numerator(rate.English))
		assert.NotEmpty(t, m.denominator(rate.Chinese))
	}
}

func TestFigureJSONTampered(t *testing.T) {
	b, err := json.Marshal(reportFigure())
	require.NoError(t, err)
	good := string(b)
	for name, bad := range map[string]string{
		"value edited":      strings.Replace(good, `"99.9"`, `"100.0"`, 1),
		"value null":        strings.Replace(good, `"99.9"`, `null`, 1),
		"counts edited":     strings.Replace(good, `1394,`, `1300,`, 1),
		"bad rate":          strings.Replace(good, `1394,`, `1400,`, 1),
		"unit":              strings.Replace(good, `"percent"`, `"points"`, 1),
		"measure":           strings.Replace(good, `"compliance_rate"`, `"speed"`, 1),
		"no date":           strings.Replace(good, `"2012-02-14"`, `""`, 1),
		"no standard":       strings.Replace(good, `"js-school-security"`, `""`, 1),
		"jurisdiction":      strings.Replace(good, `"320500"`, `"32"`, 1),
		"group":             strings.Replace(good, `"license":"licensed"`, `"group":"x"`, 1),
		"license":           strings.Replace(good, `"license":"licensed"`, `"license":"x"`, 1),
		"kind":              strings.Replace(good, `"license":"licensed"`, `"kind":"x"`, 1),
		"value not decimal": strings.Replace(good, `"99.9"`, `"abc"`, 1),
	} {
		var f Figure
		err := json.Unmarshal([]byte(bad), &f)
		assert.ErrorIs(t, err, ErrInvalidFigure, name)
	}
	var f Figure
	assert.ErrorIs(t, f.UnmarshalJSON([]byte(good[:10])), ErrInvalidFigure, "syntax")
	// Not a tie, so the other rule gives the same value: still consistent.
	require.NoError(t, json.Unmarshal([]byte(strings.Replace(good, `"half_even"`, `"half_up"`, 1)), &f))
	assert.Equal(t, rate.HalfUp, f.Precision.Rounding)
}

func TestFigureValidate(t *testing.T) {
	err := Figure{Precision: rate.Precision{Places: rate.MaxPlaces + 1}, Group: 9, License: 9, Kind: 200}.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidFigure)
	for _, want := range []string{"measure", "places", "rounding", "as-of", "standard", "level", "group", "license", "kind"} {
		assert.ErrorContains(t, err, want)
	}
	_, err = json.Marshal(Figure{})
	assert.ErrorIs(t, err, ErrInvalidFigure)
}

func TestMeasure(t *testing.T) {
	for _, m := range Values[Measure]() {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Measure
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		p, err := ParseLabel[Measure](m.Name(rate.Chinese))
		require.NoError(t, err)
		assert.Equal(t, m, p)
	}
	assert.Equal(t, "全达标率", ComplianceMeasure.Name(rate.Chinese))
	assert.Equal(t, "整改率", RectificationMeasure.Name(rate.Chinese))
	for _, m := range Values[Measure]() {
		assert.Equal(t, m.Name(rate.Chinese), m.Name(rate.Chinese))
		assert.NotEmpty(t, m.Name(rate.English), "%s has an English name", m)
		assert.NotContains(t, m.Name(rate.English), "_", "%s: a name, not an id", m)
	}
	assert.Equal(t, "full-compliance rate", ComplianceMeasure.Name(rate.English))
	assert.Equal(t, "", Measure(0).Name(rate.English))
	assert.Equal(t, "", ComplianceMeasure.Name(rate.Lang(9)))
	assert.Equal(t, "Measure(0)", Measure(0).String())
	assert.Equal(t, "", Measure(0).Name(rate.Chinese))
	assert.Equal(t, "", Measure(0).numerator(rate.English))
	assert.Equal(t, "", Measure(0).denominator(rate.English))
	_, err := Measure(9).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidMeasure)
	var m Measure
	assert.ErrorIs(t, m.UnmarshalText([]byte("x")), ErrInvalidMeasure)
}

// guardsFigure is a full-compliance rate against a one-target standard, titled
// as the report calls it and over a population narrower than its fields say.
func guardsFigure() Figure {
	return Figure{
		Measure:         ComplianceMeasure,
		Title:           "专职保安员配备率",
		Rate:            rate.MustParse("1/3"),
		Precision:       rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf:            civil.MustParseDate("2019-12-31"),
		StandardID:      "mps-moe-4x100-guards",
		StandardVersion: "2019–2021",
		PreventionLevel: prevention.Normal,
		Population:      "城市中小学 (2019 scope)",
	}
}

func TestFigureTitlePopulation(t *testing.T) {
	f := guardsFigure()
	require.NoError(t, f.Validate())
	assert.Equal(t, "专职保安员配备率 33.3% (1/3)", f.Format(rate.Chinese))
	assert.Equal(t, "专职保安员配备率 33.3% (1/3)", f.Format(rate.English), "the title is the report's own name in either language")

	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"measure":"compliance_rate","label":"全达标率","title":"专职保安员配备率",
		"value":"33.3","unit":"percent",
		"numerator":1,"numerator_counts":"compliant campuses",
		"denominator":3,"denominator_counts":"campuses in scope, unassessed included","counted":"campus",
		"places":1,"rounding":"half_even","as_of":"2019-12-31",
		"standard":{"id":"mps-moe-4x100-guards","version":"2019–2021"},"level":"normal",
		"population":"城市中小学 (2019 scope)"}`, string(b))
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	// Without them, the JSON has neither key (as before they existed), and
	// JSON written before they existed decodes with both empty.
	plain := f
	plain.Title, plain.Population = "", ""
	b, err = json.Marshal(plain)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"title"`)
	assert.NotContains(t, string(b), `"population"`)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, plain, back)
	assert.Equal(t, "全达标率 33.3% (1/3)", plain.Format(rate.Chinese))
	assert.Equal(t, "full-compliance rate 33.3% (1/3)", plain.Format(rate.English))

	// Each text field round-trips alone.
	for _, g := range []Figure{{Title: "专职保安员配备率"}, {Population: "城市中小学"}} {
		h := plain
		h.Title, h.Population = g.Title, g.Population
		b, err := json.Marshal(h)
		require.NoError(t, err)
		var back Figure
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, h, back)
	}
}

func TestFigureTextValidate(t *testing.T) {
	long := strings.Repeat("率", maxFigureTextLen/3+1)
	tests := []struct {
		name       string
		edit       func(*Figure)
		want, what string // want: the figure's name in the error; what: the problem
	}{
		{"title too long", func(f *Figure) { f.Title = long }, `"compliance_rate"`, "title of 258 bytes, at most 256"},
		{"title control", func(f *Figure) { f.Title = "专职保安员\n配备率" }, `"compliance_rate"`, "title holds control character U+000A at byte 15"},
		{"title invalid UTF-8", func(f *Figure) { f.Title = "专职\xff" }, `"compliance_rate"`, "title not valid UTF-8"},
		{"population too long", func(f *Figure) { f.Population = long }, `"专职保安员配备率"`, "population of 258 bytes"},
		{"population control", func(f *Figure) { f.Population = "城市\t中小学" }, `"专职保安员配备率"`, "population holds control character U+0009"},
		{"population DEL", func(f *Figure) { f.Population = "城市\u007f" }, `"专职保安员配备率"`, "population holds control character U+007F"},
		{"title named, other problem", func(f *Figure) { f.AsOf = civil.Date{} }, `"专职保安员配备率"`, "no as-of date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := guardsFigure()
			tt.edit(&f)
			err := f.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidFigure)
			assert.ErrorContains(t, err, "compliance: invalid figure "+tt.want+": ")
			assert.ErrorContains(t, err, tt.what)
			_, err = json.Marshal(f)
			assert.ErrorIs(t, err, ErrInvalidFigure)
		})
	}
	// At the bound is fine.
	f := guardsFigure()
	f.Title = strings.Repeat("a", maxFigureTextLen)
	f.Population = strings.Repeat("b", maxFigureTextLen)
	assert.NoError(t, f.Validate())

	// A title or population tampered into JSON is rejected on decoding.
	b, err := json.Marshal(guardsFigure())
	require.NoError(t, err)
	for name, bad := range map[string]string{
		"title control":      strings.Replace(string(b), `"专职保安员配备率"`, `"专职\u0007"`, 1),
		"population control": strings.Replace(string(b), `"城市中小学 (2019 scope)"`, `"城市\r\n"`, 1),
		"title too long":     strings.Replace(string(b), `"专职保安员配备率"`, `"`+long+`"`, 1),
	} {
		var f Figure
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &f), ErrInvalidFigure, name)
	}
}

// TestFigureUnit checks the counting unit: a campus measure counts campuses
// by default and may count schools, with count descriptions in that unit; a
// rectification measure counts findings; a unit that does not fit the
// measure is invalid; and the unit round-trips through JSON.
func TestFigureUnit(t *testing.T) {
	tests := []struct {
		name    string
		measure Measure
		unit    Unit
		counted Unit
		ok      bool
		den     string
	}{
		{"campus measure, default", ComplianceMeasure, 0, UnitCampus, true, "campuses in scope, unassessed included"},
		{"campus measure, its own unit spelt out", ComplianceMeasure, UnitCampus, UnitCampus, false, ""},
		{"campus measure, schools", ComplianceMeasure, UnitSchool, UnitSchool, true, "schools in scope, unassessed included"},
		{"coverage, schools", AssessedMeasure, UnitSchool, UnitSchool, true, "schools in scope, unassessed included"},
		{"assessed, schools", AssessedComplianceMeasure, UnitSchool, UnitSchool, true, "assessed schools"},
		{"finding measure, default", RectificationMeasure, 0, UnitFinding, true, "findings made on or before the date"},
		{"finding measure, schools", RectificationMeasure, UnitSchool, UnitSchool, false, ""},
		{"campus measure, findings", ComplianceMeasure, UnitFinding, UnitFinding, false, ""},
		{"invalid unit", ComplianceMeasure, 9, 9, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := reportFigure()
			f.Measure, f.Unit = tt.measure, tt.unit
			assert.Equal(t, tt.counted, f.CountedUnit())
			if !tt.ok {
				assert.ErrorIs(t, f.Validate(), ErrInvalidFigure)
				return
			}
			require.NoError(t, f.Validate())
			assert.Equal(t, tt.den, f.Denominator(rate.English))
			b, err := json.Marshal(f)
			require.NoError(t, err)
			var j map[string]any
			require.NoError(t, json.Unmarshal(b, &j))
			assert.Equal(t, tt.counted.String(), j["counted"])
			var back Figure
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.counted, back.CountedUnit())
			assert.Equal(t, f, back, "the figure reads back as itself")
			b2, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(b2), "JSON round-trips exactly")
		})
	}
	assert.Equal(t, "全部适用校区达标的学校数", Figure{Measure: ComplianceMeasure, Unit: UnitSchool}.Numerator(rate.Chinese))
	for _, u := range Values[Unit]() {
		back, err := ParseUnit(u.String())
		require.NoError(t, err)
		assert.Equal(t, u, back)
		back, err = ParseLabel[Unit](u.Name(rate.Chinese))
		require.NoError(t, err)
		_, err = ParseUnit(u.Name(rate.Chinese))
		require.ErrorIs(t, err, ErrInvalidUnit, "ParseUnit reads the id only")
		assert.Equal(t, u, back)
	}
	_, err := ParseUnit("campuses")
	assert.ErrorIs(t, err, ErrInvalidUnit)
}

// TestFigureFormatNamesItsUnit: a figure that counts schools says so in text, in both languages, so that it
// never reads as a campus figure; counts are described in Chinese unless English is asked for.
func TestFigureFormatNamesItsUnit(t *testing.T) {
	f := reportFigure()
	campusText := f.Format(rate.Chinese)
	f.Unit = UnitSchool
	require.NoError(t, f.Validate())
	assert.NotEqual(t, campusText, f.Format(rate.Chinese))
	assert.True(t, strings.HasSuffix(f.Format(rate.Chinese), " 学校)"), f.Format(rate.Chinese))
	assert.True(t, strings.HasSuffix(f.Format(rate.English), " schools)"), f.Format(rate.English))
	assert.Equal(t, f.Numerator(rate.Chinese), f.Numerator(rate.Lang(0)))
	assert.NotEmpty(t, f.Denominator(rate.Lang(0)))
	f.Unit = 9 // invalid: Format still answers, without a unit
	assert.NotPanics(t, func() { _ = f.Format(rate.Chinese) })
}
