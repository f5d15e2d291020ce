package main

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The report's levels come from the city's schedule: the section lists its changes and the level in force
// on each date the report measures, and every figure records the level it was measured at.
func TestReportLevelsFromSchedule(t *testing.T) {
	city, err := samplecity.Build()
	require.NoError(t, err)
	r, err := buildReport(city)
	require.NoError(t, err)
	sched, err := city.Schedule()
	require.NoError(t, err)
	require.Len(t, r.Levels.Changes, len(sched.Changes()))
	for i, c := range sched.Changes() {
		assert.Equal(t, c.Level, r.Levels.Changes[i].Level)
		assert.Equal(t, c.Effective, r.Levels.Changes[i].Effective)
	}
	require.Len(t, r.Levels.Measured, 2)
	for _, m := range r.Levels.Measured {
		c, ok := sched.At(city.Code, m.AsOf)
		require.True(t, ok)
		assert.Equal(t, prevention.SetOf(c.Level), m.Levels, "%s", m.AsOf)
	}
	heightened := prevention.SetOf(prevention.Heightened)
	for name, f := range map[string]compliance.Figure{
		"licensed": r.Compliance.Licensed.Rate, "unlicensed": r.Compliance.Unlicensed.Rate, "from": r.Change.From, "to": r.Change.To,
		"rectification": r.Rectify.Rate, "combined": r.Combined.Licensed.Rate,
	} {
		assert.Equal(t, heightened, figureLevels(f), name)
	}
	assert.Equal(t, heightened, r.Table.Definition.Level)
	assert.Equal(t, heightened, r.Standard.Level)
}

// Had the city raised the level in one district only, the city's figure would record both levels, the
// district's its own, and the report would print both; and a summary at a date when the levels differ
// from the baseline's would not compare with it.
func TestReportLevelsCounterfactual(t *testing.T) {
	city, err := samplecity.Build()
	require.NoError(t, err)
	o, err := newSettings(city)
	require.NoError(t, err)
	district := city.Tree.Children(city.Code)[0].Code
	o.schedule = prevention.MustSchedule(city.Tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: district, Effective: civil.MustParseDate("2011-01-01"), Level: prevention.Heightened, Notice: "区内提升"})
	now, err := compliance.Summarize(city.History, o.query(o.asOf))
	require.NoError(t, err)
	f, err := o.figure(now, city.Code, campus.Licensed)
	require.NoError(t, err)
	assert.Equal(t, prevention.SetOf(prevention.Normal, prevention.Heightened), f.Levels)
	assert.Equal(t, "常态、加强", levelNames(figureLevels(f), rate.Chinese))
	assert.Equal(t, "normal, heightened", levelNames(figureLevels(f), rate.English))
	fd, err := o.figure(now, district, campus.Licensed)
	require.NoError(t, err)
	assert.Equal(t, prevention.Heightened, fd.PreventionLevel)
	then, err := compliance.Summarize(city.History, o.query(o.baseline))
	require.NoError(t, err)
	_, err = change.Compare(then, now)
	assert.ErrorIs(t, err, change.ErrIncomparable)
	assert.Equal(t, prevention.SetOf(prevention.Normal), o.buildLevels(city.Tree, hierarchy.Code{}, o.baseline).Measured[0].Levels)
}
