package main

import (
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// published builds the sample city and the library's summaries on the report date and the baseline.
func published(t *testing.T) (*samplecity.City, *settings, summaries) {
	t.Helper()
	city, err := samplecity.Build()
	require.NoError(t, err)
	o, err := newSettings(city)
	require.NoError(t, err)
	var s summaries
	s.now, err = compliance.Summarize(city.History, o.query(civil.MustParseDate("2012-02-14")))
	require.NoError(t, err)
	s.then, err = compliance.Summarize(city.History, o.query(civil.MustParseDate("2010-05-31")))
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
	assert.EqualValues(t, 1396, n.License(campus.Licensed))
	assert.EqualValues(t, 539, n.License(campus.Unlicensed))
	assert.Less(t, int(city.Register.SchoolCounts().Total()), int(n.Total()), "schools are fewer than campuses")
	all, _ := s.now.Tally(compliance.AllCampuses())
	assert.EqualValues(t, 1935, all.Total())

	lic, ok := s.now.Tally(compliance.AllCampuses().License(campus.Licensed))
	require.True(t, ok)
	unl, ok := s.now.Tally(compliance.AllCampuses().License(campus.Unlicensed))
	require.True(t, ok)
	assert.EqualValues(t, 1394, lic.Count(compliance.Compliant))
	assert.EqualValues(t, 2, lic.Count(compliance.NonCompliant))
	assert.EqualValues(t, 1396, lic.Total())
	assert.EqualValues(t, 178, unl.Count(compliance.Compliant))
	assert.EqualValues(t, 539, unl.Total())
	assert.Positive(t, unl.Count(compliance.Unassessed), "unassessed campuses are counted apart")
	assert.Equal(t, unl.Count(compliance.Unassessed), int64(len(slices.Collect(s.now.Campuses(compliance.AllCampuses().License(campus.Unlicensed), compliance.Unassessed)))))
	for _, mode := range rate.Values[rate.Rounding]() {
		f, err := s.now.Figure(compliance.ComplianceMeasure, compliance.AllCampuses().In(city.Code).License(campus.Licensed), rate.Precision{Places: 1, Rounding: mode})
		require.NoError(t, err)
		v, ok := f.Value()
		require.True(t, ok)
		assert.Equal(t, "99.9", v.String(), mode)
		f, err = s.now.Figure(compliance.ComplianceMeasure, compliance.AllCampuses().In(city.Code).License(campus.Unlicensed), rate.Precision{Places: 0, Rounding: mode})
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
	cmp, err := change.Compare(s.then, s.now)
	require.NoError(t, err)
	c, ok := cmp.Change(compliance.ComplianceMeasure, compliance.AllCampuses().In(city.Code).License(campus.Licensed))
	require.True(t, ok)
	assert.Equal(t, rate.MustParse("174/1396"), c.From)
	assert.Equal(t, rate.MustParse("1394/1396"), c.To)
	pts, ok := c.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.True(t, ok)
	assert.Equal(t, "87.4", pts.String())
	rel, ok := c.Relative(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.True(t, ok)
	assert.Equal(t, "701.1", rel.String())
	assert.Contains(t, rate.FormatPoints(pts, 1, rate.Chinese), "个百分点")
	assert.Contains(t, rate.FormatPoints(pts, 1, rate.English), "percentage points")
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

// TestRectificationFigures checks the findings the library derives from the history with the example's
// 120-day policy, and that the roll-up by jurisdiction agrees with the register-wide tally.
func TestRectificationFigures(t *testing.T) {
	city, o, _ := published(t)
	asOf := civil.MustParseDate(reportDate)
	fs, err := finding.Derive(city.History, o.query(asOf), finding.Policy{Days: deadlineDays})
	require.NoError(t, err)
	total := fs.Tally()
	assert.EqualValues(t, 3764, total.Total())
	assert.EqualValues(t, 478, total.Count(finding.Overdue))
	assert.Len(t, fs.Overdue(), 478)
	rect := fs.Rectification()
	whole, _ := rect.Tally(hierarchy.Code{})
	assert.Equal(t, total, whole)
	city2, ok := rect.Tally(city.Code)
	require.True(t, ok)
	assert.Equal(t, total, city2, "every campus is in the city")
	f, err := rect.Figure(compliance.RectificationMeasure, city.Code, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, rate.MustParse("3284/3764"), f.Rate)
	lic, unlic := o.overdue(fs, city.Register)
	require.Len(t, lic, 1)
	assert.Equal(t, "明珠小学", lic[0].Campus)
	assert.Equal(t, 477, unlic)
}

// TestInspectionCoverage checks last term's visits from visit.Between: the campuses no one inspected
// and the county bureau that inspected the town no team holds.
func TestInspectionCoverage(t *testing.T) {
	city, err := samplecity.Build()
	require.NoError(t, err)
	s, err := buildCoverage(city)
	require.NoError(t, err)
	assert.Len(t, s.Term.Licensed, 31)
	assert.Equal(t, 77, s.Term.Unlicensed)
	require.Len(t, s.Gaps, 1)
	last := s.Teams[len(s.Teams)-1]
	assert.Empty(t, last.Areas, "the bureau holds no area")
	assert.Equal(t, s.Gaps[0].Campuses, last.Inspected, "it inspected the gap town's campuses")
}
