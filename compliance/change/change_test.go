package change

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reportFigures are the 2012 report's licensed full-compliance rates: 174/1396 on 2010-05-31 (12.5 %) and
// 1394/1396 on 2012-02-14 (99.9 %).
func reportFigures() (compliance.Figure, compliance.Figure) {
	from := compliance.Figure{Measure: compliance.ComplianceMeasure, Rate: rate.MustParse("174/1396"),
		Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven}, AsOf: civil.MustParseDate("2010-05-31"),
		StandardID: "example-city-checklist", StandardVersion: "2010-04", StandardEffective: civil.MustParseDate("2010-04-30"),
		PreventionLevel: prevention.Heightened, Jurisdiction: hierarchy.MustParseCode("321400"), License: campus.Licensed}
	to := from
	to.Rate, to.AsOf = rate.MustParse("1394/1396"), civil.MustParseDate("2012-02-14")
	return from, to
}

func TestBetween(t *testing.T) {
	from, to := reportFigures()
	c, err := Between(from, to)
	require.NoError(t, err)
	pts, ok := c.Points()
	require.True(t, ok)
	assert.Equal(t, "87.4", pts.StringFixed(1))
	rel, ok := c.Relative()
	require.True(t, ok)
	assert.Equal(t, "701.1", rel.StringFixed(1))
	assert.False(t, c.VersionChanged())
	assert.Equal(t, "全达标率 12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)", c.Format(rate.Chinese))

	revised := to
	revised.StandardVersion, revised.StandardEffective = "2011", civil.MustParseDate("2011-09-01")
	c, err = Between(from, revised)
	require.NoError(t, err)
	assert.True(t, c.VersionChanged(), "another version of one standard is a change, not an error")

	zero := from
	zero.Rate = rate.MustParse("0/1396")
	c, err = Between(zero, to)
	require.NoError(t, err)
	_, ok = c.Relative()
	assert.False(t, ok, "a rise from nothing has no relative size")
}

func TestBetweenErrors(t *testing.T) {
	from, to := reportFigures()
	tests := []struct {
		name     string
		edit     func(a, b *compliance.Figure)
		mentions []string
	}{
		{"same date", func(a, b *compliance.Figure) { b.AsOf = a.AsOf }, []string{"from's date 2010-05-31 is not before to's 2010-05-31"}},
		{"reversed", func(a, b *compliance.Figure) { a.AsOf, b.AsOf = b.AsOf, a.AsOf }, []string{"is not before"}},
		{"other measure", func(a, b *compliance.Figure) { b.Measure = compliance.AssessedMeasure }, []string{"measure differs"}},
		{"other standard", func(a, b *compliance.Figure) { b.StandardID = "other" }, []string{`standard differs: "example-city-checklist" vs "other"`}},
		{"other level", func(a, b *compliance.Figure) { b.PreventionLevel = prevention.Normal }, []string{"prevention level differs"}},
		{"other place", func(a, b *compliance.Figure) { b.Jurisdiction = hierarchy.Code{} }, []string{"jurisdiction differs"}},
		{"other license", func(a, b *compliance.Figure) { b.License = campus.Unlicensed }, []string{"license differs"}},
		{"other group", func(a, b *compliance.Figure) { b.Group = campus.GroupSchool }, []string{"group differs"}},
		{"other kind", func(a, b *compliance.Figure) { b.Kind = campus.Primary }, []string{"kind differs"}},
		{"other title", func(a, b *compliance.Figure) { b.Title = "专职保安员配备率" }, []string{"title differs"}},
		{"other population", func(a, b *compliance.Figure) { b.Population = "城市中小学" }, []string{"population differs"}},
		{"other precision", func(a, b *compliance.Figure) { b.Precision.Places = 0 }, []string{"precision differs: \"1 places half_even\" vs \"0 places half_even\""}},
		{"invalid figures", func(a, b *compliance.Figure) { a.StandardID, b.Measure = "", 0 },
			[]string{"from: compliance: invalid figure", "to: compliance: invalid figure"}},
		{"zero", func(a, b *compliance.Figure) { *a, *b = compliance.Figure{}, compliance.Figure{} }, []string{"from:", "to:", "no as-of date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := from, to
			tt.edit(&a, &b)
			c, err := Between(a, b)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalid)
			assert.Equal(t, Figure{}, c)
			for _, m := range tt.mentions {
				assert.Contains(t, err.Error(), m)
			}
			_, err = json.Marshal(Figure{From: a, To: b})
			assert.ErrorIs(t, err, ErrInvalid, "an invalid change refuses to marshal")
		})
	}
	_, err := Between(from, to)
	require.NoError(t, err)
}

// goldenJSON is the canonical JSON of the report's change.
const goldenJSON = `{"from":{"measure":"compliance_rate","label":"全达标率","value":"12.5","unit":"percent","counted":"campus",` +
	`"numerator":174,"numerator_counts":"compliant campuses","denominator":1396,"denominator_counts":"campuses in scope, unassessed included",` +
	`"places":1,"rounding":"half_even","as_of":"2010-05-31","standard":{"id":"example-city-checklist","version":"2010-04","effective":"2010-04-30"},` +
	`"level":"heightened","jurisdiction":"321400","license":"licensed"},` +
	`"to":{"measure":"compliance_rate","label":"全达标率","value":"99.9","unit":"percent","counted":"campus",` +
	`"numerator":1394,"numerator_counts":"compliant campuses","denominator":1396,"denominator_counts":"campuses in scope, unassessed included",` +
	`"places":1,"rounding":"half_even","as_of":"2012-02-14","standard":{"id":"example-city-checklist","version":"2010-04","effective":"2010-04-30"},` +
	`"level":"heightened","jurisdiction":"321400","license":"licensed"},` +
	`"points":"87.4","points_unit":"percentage_points","relative":"701.1","relative_unit":"percent_of_from","version_changed":false}`

func TestJSON(t *testing.T) {
	from, to := reportFigures()
	c, err := Between(from, to)
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, goldenJSON, string(b))
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back, "exact round trip")

	// Undefined readings are null; optional figure fields absent; a version change is carried.
	from.Rate, to.Rate = rate.MustParse("0/0"), rate.MustParse("3/4")
	to.StandardVersion, to.StandardEffective = "2011", civil.MustParseDate("2011-09-01")
	from.Title, to.Title = "专职保安员配备率", "专职保安员配备率"
	c, err = Between(from, to)
	require.NoError(t, err)
	b, err = json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"points":null,"points_unit":"percentage_points","relative":null,"relative_unit":"percent_of_from","version_changed":true}`)
	back = Figure{}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
}

// badJSON are inputs UnmarshalJSON refuses, each a small edit of goldenJSON; the fuzz target's seeds.
var badJSON = []struct {
	name, old, new string
}{
	{"points not canonical", `"points":"87.4"`, `"points":"87.40"`},
	{"points wrong", `"points":"87.4"`, `"points":"87.3"`},
	{"points null", `"points":"87.4"`, `"points":null`},
	{"points a number", `"points":"87.4"`, `"points":87.4`},
	{"relative wrong", `"relative":"701.1"`, `"relative":"87.4"`},
	{"points unit", `"percentage_points"`, `"percent"`},
	{"relative unit", `"percent_of_from"`, `"percent"`},
	{"version_changed wrong", `"version_changed":false`, `"version_changed":true`},
	{"key case", `"points_unit"`, `"Points_unit"`},
	{"unknown key in a figure", `"license":"licensed"},"to"`, `"license":"licensed","x":1},"to"`},
	{"figure value wrong", `"value":"12.5"`, `"value":"12.6"`},
	{"dates reversed", `"as_of":"2010-05-31"`, `"as_of":"2013-01-01"`},
	{"other standard", `"standard":{"id":"example-city-checklist","version":"2010-04","effective":"2010-04-30"},"level":"heightened","jurisdiction":"321400","license":"licensed"},"points"`,
		`"standard":{"id":"other","version":"2010-04","effective":"2010-04-30"},"level":"heightened","jurisdiction":"321400","license":"licensed"},"points"`},
	{"missing to", `"to":{`, `"too":{`},
	{"from null", `"from":{`, `"from":null,"x":{`},
}

func TestUnmarshalJSONErrors(t *testing.T) {
	for _, tt := range badJSON {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(goldenJSON, tt.old, tt.new, 1)
			require.NotEqual(t, goldenJSON, in, "the edit applies")
			f := Figure{From: compliance.Figure{Title: "kept"}}
			err := json.Unmarshal([]byte(in), &f)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalid)
			assert.Equal(t, Figure{From: compliance.Figure{Title: "kept"}}, f, "unchanged")
		})
	}
	for _, in := range []string{``, `null`, `{}`, `[]`, `"x"`, goldenJSON + `{}`, `{"from":{},"to":{}}`} {
		var f Figure
		assert.ErrorIs(t, f.UnmarshalJSON([]byte(in)), ErrInvalid, in)
	}
}

// FuzzChangeJSON: any input either fails with ErrInvalid, leaving the value unchanged, or decodes to a valid
// change whose JSON is the input's canonical form and decodes to itself.
func FuzzChangeJSON(f *testing.F) {
	f.Add(goldenJSON)
	for _, tt := range badJSON {
		f.Add(strings.Replace(goldenJSON, tt.old, tt.new, 1))
	}
	f.Fuzz(func(t *testing.T, in string) {
		var c Figure
		if err := c.UnmarshalJSON([]byte(in)); err != nil {
			if !assert.ErrorIs(t, err, ErrInvalid) {
				return
			}
			assert.Equal(t, Figure{}, c)
			return
		}
		require.NoError(t, c.Validate())
		out, err := json.Marshal(c)
		require.NoError(t, err)
		var back Figure
		require.NoError(t, json.Unmarshal(out, &back))
		assert.Equal(t, c, back)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(out), string(again))
	})
}

// TestJSONSeveralLevels: a change between figures measured where several prevention levels applied (a
// schedule: "levels" instead of "level") round-trips like any other.
func TestJSONSeveralLevels(t *testing.T) {
	from, to := reportFigures()
	for _, f := range []*compliance.Figure{&from, &to} {
		f.PreventionLevel, f.Levels = 0, prevention.SetOf(prevention.Normal, prevention.Heightened)
	}
	c, err := Between(from, to)
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"levels":["normal","heightened"]`)
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back, "exact round trip")
}
