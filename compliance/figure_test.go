package compliance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func reportFigure() Figure {
	return Figure{
		Measure:         ComplianceMeasure,
		Rate:            MustParseRate("1394/1396"),
		Places:          1,
		Rounding:        HalfEven,
		AsOf:            MustParseDate("2012-02-14"),
		StandardID:      "js-school-security",
		StandardVersion: "2010-trial",
		Level:           Normal,
		Jurisdiction:    hierarchy.MustParseCode("320500"),
		Licence:         campus.Licensed,
	}
}

func TestFigureJSON(t *testing.T) {
	f := reportFigure()
	require.NoError(t, f.Validate())
	v, ok := f.Value()
	require.True(t, ok)
	assert.Equal(t, "99.9", v.String())
	assert.Equal(t, "全达标率 99.9% (1394/1396)", f.Format(Chinese))
	assert.Equal(t, "compliance_rate 99.9% (1394/1396)", f.Format(English))

	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"measure":"compliance_rate","label":"全达标率","value":"99.9","unit":"percent",
		"numerator":1394,"numerator_counts":"compliant campuses",
		"denominator":1396,"denominator_counts":"all campuses, unassessed included",
		"places":1,"rounding":"half_even","as_of":"2012-02-14",
		"standard":{"id":"js-school-security","version":"2010-trial"},"level":"normal",
		"jurisdiction":"320500","licence":"licensed"}`, string(b))
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	// Undefined value is null and round-trips.
	u := f
	u.Rate = Rate{}
	u.Group, u.Kind, u.Licence = campus.GroupPreschool, campus.Kindergarten, 0
	b, err = json.Marshal(u)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"value":null`)
	assert.Contains(t, string(b), `"group":"preschool"`)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, u, back)
	assert.Equal(t, "全达标率 — (0/0)", u.Format(Chinese))

	// Every measure round-trips.
	for _, m := range Measures() {
		g := f
		g.Measure = m
		b, err := json.Marshal(g)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, g, back)
		assert.NotEmpty(t, m.Numerator(English))
		assert.NotEmpty(t, m.Denominator(Chinese))
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
		"group":             strings.Replace(good, `"licence":"licensed"`, `"group":"x"`, 1),
		"licence":           strings.Replace(good, `"licence":"licensed"`, `"licence":"x"`, 1),
		"kind":              strings.Replace(good, `"licence":"licensed"`, `"kind":"x"`, 1),
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
	assert.Equal(t, HalfUp, f.Rounding)
}

func TestFigureValidate(t *testing.T) {
	err := Figure{Places: MaxPlaces + 1, Group: 9, Licence: 9, Kind: 200}.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidFigure)
	for _, want := range []string{"measure", "places", "rounding", "as-of", "standard", "level", "group", "licence", "kind"} {
		assert.ErrorContains(t, err, want)
	}
	_, err = json.Marshal(Figure{})
	assert.ErrorIs(t, err, ErrInvalidFigure)
}

func TestMeasure(t *testing.T) {
	for _, m := range Measures() {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Measure
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		p, err := ParseMeasure(m.Label())
		require.NoError(t, err)
		assert.Equal(t, m, p)
	}
	assert.Equal(t, "全达标率", ComplianceMeasure.Label())
	assert.Equal(t, "整改率", RectificationMeasure.Label())
	assert.Equal(t, "Measure(0)", Measure(0).String())
	assert.Equal(t, "", Measure(0).Label())
	assert.Equal(t, "", Measure(0).Numerator(English))
	assert.Equal(t, "", Measure(0).Denominator(English))
	_, err := Measure(0).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidMeasure)
	var m Measure
	assert.ErrorIs(t, m.UnmarshalText([]byte("x")), ErrInvalidMeasure)
}
