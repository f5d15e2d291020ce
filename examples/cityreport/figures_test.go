package main

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// published builds the sample city and the library's summaries on the report date and the baseline.
func published(t *testing.T) (*samplecity.City, *settings, summaries) {
	t.Helper()
	city, err := samplecity.Build()
	require.NoError(t, err)
	o, err := newSettings()
	require.NoError(t, err)
	var s summaries
	s.now, err = compliance.Summarize(city.Register, city.History, o.query(compliance.MustParseDate("2012-02-14")))
	require.NoError(t, err)
	s.then, err = compliance.Summarize(city.Register, city.History, o.query(compliance.MustParseDate("2010-05-31")))
	require.NoError(t, err)
	return city, o, s
}

// TestPublishedFigures checks the 2012 report's figures through the library's API, not the printed text.
func TestPublishedFigures(t *testing.T) {
	city, _, s := published(t)
	n := city.Register.CampusCounts()
	assert.EqualValues(t, 1935, n.Total())
	assert.EqualValues(t, 800, n.Group(campus.GroupSchool))
	assert.EqualValues(t, 1135, n.Group(campus.GroupPreschool))
	assert.EqualValues(t, 1396, n.Licence(campus.Licensed))
	assert.EqualValues(t, 539, n.Licence(campus.Unlicensed))
	assert.Less(t, int(city.Register.SchoolCounts().Total()), int(n.Total()), "schools are fewer than campuses")
	assert.EqualValues(t, 1935, s.now.Total().Total())

	lic, ok := s.now.Cell(hierarchy.Code{}, 0, campus.Licensed)
	require.True(t, ok)
	unl, ok := s.now.Cell(hierarchy.Code{}, 0, campus.Unlicensed)
	require.True(t, ok)
	assert.EqualValues(t, 1394, lic.Compliant())
	assert.EqualValues(t, 2, lic.NonCompliant())
	assert.EqualValues(t, 1396, lic.Total())
	assert.EqualValues(t, 178, unl.Compliant())
	assert.EqualValues(t, 539, unl.Total())
	assert.Positive(t, unl.Unassessed(), "unassessed campuses are counted apart")
	assert.Equal(t, unl.Unassessed(), int64(len(s.now.Campuses(hierarchy.Code{}, 0, campus.Unlicensed, compliance.Unassessed))))
	for _, mode := range compliance.Roundings() {
		f, err := s.now.Figure(compliance.ComplianceMeasure, city.Code, 0, campus.Licensed, 1, mode)
		require.NoError(t, err)
		v, ok := f.Value()
		require.True(t, ok)
		assert.Equal(t, "99.9", v.String(), mode)
		f, err = s.now.Figure(compliance.ComplianceMeasure, city.Code, 0, campus.Unlicensed, 0, mode)
		require.NoError(t, err)
		v, ok = f.Value()
		require.True(t, ok)
		assert.Equal(t, "33", v.String(), mode)
	}
}

// TestPublishedChange checks the change since May 2010: +87.4 points from the exact 174/1396 baseline,
// and the relative change apart.
func TestPublishedChange(t *testing.T) {
	city, _, s := published(t)
	cmp, err := compliance.Compare(s.then, s.now)
	require.NoError(t, err)
	c, ok := cmp.Cell(city.Code, 0, campus.Licensed, compliance.ComplianceMeasure)
	require.True(t, ok)
	assert.Equal(t, compliance.MustParseRate("174/1396"), c.From)
	assert.Equal(t, compliance.MustParseRate("1394/1396"), c.To)
	pts, ok := c.Points(1, compliance.HalfEven)
	require.True(t, ok)
	assert.Equal(t, "87.4", pts.String())
	rel, ok := c.Relative(1, compliance.HalfEven)
	require.True(t, ok)
	assert.Equal(t, "701.1", rel.String())
	assert.Contains(t, compliance.FormatPoints(pts, 1, compliance.Chinese), "个百分点")
	assert.Contains(t, compliance.FormatPoints(pts, 1, compliance.English), "percentage points")
}

// TestPublishedLaggards checks "which two?": exactly two non-compliant licensed campuses, named, each with
// its unmet requirements.
func TestPublishedLaggards(t *testing.T) {
	city, o, s := published(t)
	got := o.buildLaggards(s.now, city.History, city.Code)
	require.Len(t, got, 2, "exactly two licensed campuses are not compliant")
	names := []string{got[0].Name, got[1].Name}
	assert.Equal(t, []string{"光明幼儿园", "明珠小学"}, names)
	for _, l := range got {
		assert.NotEmpty(t, l.Unmet, l.Name)
		for _, u := range l.Unmet {
			assert.Equal(t, compliance.Unmet, u.Outcome, l.Name)
		}
	}
}
