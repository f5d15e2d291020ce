package main

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPublishedFigures checks the 2012 report's figures through the library's API, not the printed text.
func TestPublishedFigures(t *testing.T) {
	city, err := samplecity.Build()
	require.NoError(t, err)
	n := city.Register.CampusCounts()
	assert.EqualValues(t, 1935, n.Total())
	assert.EqualValues(t, 800, n.Group(campus.GroupSchool))
	assert.EqualValues(t, 1135, n.Group(campus.GroupPreschool))
	assert.EqualValues(t, 1396, n.Licence(campus.Licensed))
	assert.EqualValues(t, 539, n.Licence(campus.Unlicensed))
	assert.Less(t, int(city.Register.SchoolCounts().Total()), int(n.Total()), "schools are fewer than campuses")

	std, err := samplecity.Standard()
	require.NoError(t, err)
	h := newHistory(city.Register, std, city.Visits)
	at, ok := city.Tree.Index(city.Code)
	require.True(t, ok)
	now, err := tallies(h, query{compliance.MustParseDate("2012-02-14"), compliance.Heightened})
	require.NoError(t, err)
	then, err := tallies(h, query{compliance.MustParseDate("2010-05-31"), compliance.Heightened})
	require.NoError(t, err)

	lic, unl := now[at][campus.Licensed], now[at][campus.Unlicensed]
	assert.EqualValues(t, 1394, lic.Compliant())
	assert.EqualValues(t, 2, lic.NonCompliant())
	assert.EqualValues(t, 1396, lic.Total())
	for _, mode := range compliance.Roundings() {
		v, ok := lic.ComplianceRate().Percent(1, mode)
		require.True(t, ok)
		assert.Equal(t, "99.9", v.String(), mode)
		v, ok = unl.ComplianceRate().Percent(0, mode)
		require.True(t, ok)
		assert.Equal(t, "33", v.String(), mode)
	}
	assert.EqualValues(t, 178, unl.Compliant())
	assert.EqualValues(t, 539, unl.Total())
	assert.Positive(t, unl.Unassessed(), "unassessed campuses are counted apart")

	base := then[at][campus.Licensed]
	v, _ := base.ComplianceRate().Percent(1, compliance.HalfEven)
	assert.Equal(t, "12.5", v.String())
	pts, ok := compliance.PointChange(base.ComplianceRate(), lic.ComplianceRate(), 1, compliance.HalfEven)
	require.True(t, ok)
	assert.Equal(t, "87.4", pts.String())

	o, err := newSettings()
	require.NoError(t, err)
	laggards := o.buildLaggards(h, query{o.asOf, o.level})
	require.Len(t, laggards, 2, "exactly two licensed campuses are not compliant")
	for _, l := range laggards {
		assert.NotEmpty(t, l.Unmet, l.Name)
	}
}
