package compliance

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoVersions is testStandard (version "1", effective 2010-05-01) and a version "2" effective 2012-02-15 that
// asks for more.
func twoVersions(t testing.TB) (Standard, Standard, Versions) {
	v1 := testStandard(t)
	v2 := v1.clone()
	v2.Version, v2.Effective = "2", civil.MustParseDate("2012-02-15")
	v2.Requirements[2].Rule.Min = 60
	vs, err := NewVersions(v2, v1)
	require.NoError(t, err)
	return v1, v2, vs
}

func TestQueryVersionsByDate(t *testing.T) {
	_, _, vs := twoVersions(t)
	tests := []struct {
		asOf      string
		version   string
		effective string
	}{
		{"2010-05-01", "1", "2010-05-01"},
		{"2012-02-14", "1", "2010-05-01"},
		{"2012-02-15", "2", "2012-02-15"},
		{"2030-01-01", "2", "2012-02-15"},
	}
	reg := testRegister(t, 3)
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			spec := QuerySpec{Versions: vs, AsOf: civil.MustParseDate(tt.asOf), PreventionLevel: prevention.Normal}
			q, err := NewQuery(spec)
			require.NoError(t, err)
			assert.Equal(t, spec, q.Spec(), "Spec is the spec as given")
			again, err := NewQuery(q.Spec())
			require.NoError(t, err)
			assert.Equal(t, q.Spec(), again.Spec(), "round trip")
			res := q.Evaluate(reg.At(0), Measurements{})
			assert.Equal(t, tt.version, res.Version)
			s, err := Summarize(h, q)
			require.NoError(t, err)
			f, err := s.Figure(ComplianceMeasure, AllCampuses(), rate.Precision{Places: 1, Rounding: rate.HalfEven})
			require.NoError(t, err)
			assert.Equal(t, tt.version, f.StandardVersion)
			assert.Equal(t, civil.MustParseDate(tt.effective), f.StandardEffective)
		})
	}
}

func TestQueryVersionsErrors(t *testing.T) {
	v1, _, vs := twoVersions(t)
	early := civil.MustParseDate("2010-04-30")
	tests := []struct {
		name     string
		spec     QuerySpec
		mentions []string
	}{
		{"both", QuerySpec{Standard: v1, Versions: vs, AsOf: early.AddDays(10), PreventionLevel: prevention.Normal},
			[]string{"both a Standard", `"test-std@1"`, `"test-std"`, "give one"}},
		{"neither", QuerySpec{AsOf: early, PreventionLevel: prevention.Normal}, []string{"no standard: give a Standard or Versions"}},
		{"before the earliest version", QuerySpec{Versions: vs, AsOf: early, PreventionLevel: prevention.Normal},
			[]string{"as of 2010-04-30", `no version of "test-std" is in force`, `the earliest, "1", is effective 2010-05-01`}},
		{"a standard not yet in force", QuerySpec{Standard: v1, AsOf: early, PreventionLevel: prevention.Normal},
			[]string{"as of 2010-04-30", `standard "test-std@1" is not yet in force (effective 2010-05-01)`}},
		{"spec problems first", QuerySpec{Versions: vs, PreventionLevel: prevention.Normal, Window: -1}, []string{"no as-of date", "negative window"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := NewQuery(tt.spec)
			require.Error(t, err)
			assert.True(t, q.IsZero())
			assert.ErrorIs(t, err, ErrInvalidQuery)
			for _, m := range tt.mentions {
				assert.Contains(t, err.Error(), m)
			}
		})
	}
}

func TestFigureStandardEffective(t *testing.T) {
	f := Figure{Measure: ComplianceMeasure, Rate: rate.MustParse("1394/1396"), Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf: civil.MustParseDate("2012-02-14"), StandardID: "js", StandardVersion: "2010", StandardEffective: civil.MustParseDate("2010-05-01"),
		PreventionLevel: prevention.Heightened, License: campus.Licensed}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"standard":{"id":"js","version":"2010","effective":"2010-05-01"}`)
	var back Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back, "exact round trip")

	f.StandardEffective = civil.Date{}
	b, err = json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"standard":{"id":"js","version":"2010"}`, "not recorded: absent")
	back = Figure{}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	f.StandardEffective = civil.MustParseDate("2012-02-15")
	err = f.Validate()
	assert.ErrorIs(t, err, ErrInvalidFigure)
	assert.Contains(t, err.Error(), "standard effective 2012-02-15, after the as-of date 2012-02-14")

	for _, bad := range []string{`"effective":"2010-5-1"`, `"effective":""`, `"effective":"2012-02-15"`, `"effective":null`} {
		in := []byte(`{"measure":"compliance_rate","label":"全达标率","value":"99.9","unit":"percent","counted":"campus",` +
			`"numerator":1394,"numerator_counts":"compliant campuses","denominator":1396,` +
			`"denominator_counts":"campuses in scope, unassessed included","places":1,"rounding":"half_even",` +
			`"as_of":"2012-02-14","standard":{"id":"js","version":"2010",` + bad + `},"level":"heightened","license":"licensed"}`)
		var g Figure
		assert.ErrorIs(t, json.Unmarshal(in, &g), ErrInvalidFigure, bad)
		assert.Equal(t, Figure{}, g, "unchanged")
	}
}
