package samplecity

import (
	"testing"

	"github.com/campussec/campussec/incident"
	"github.com/stretchr/testify/require"
)

// TestIncidents checks that the synthetic incidents are valid, stable, within the record's dates, spread
// over the districts and categories, and that none is major under the library's default policy.
func TestIncidents(t *testing.T) {
	c, err := Build()
	require.NoError(t, err)
	log, err := c.IncidentLog()
	require.NoError(t, err)
	require.Equal(t, c.Incidents(), c.Incidents())
	p, err := incident.ParsePeriod(IncidentsFrom + "/" + IncidentsTo)
	require.NoError(t, err)
	s, err := log.Summarize(p, incident.DefaultPolicy())
	require.NoError(t, err)
	all, _ := s.Tally(c.Code)
	require.Equal(t, int64(numIncidents), all.Total(), "every incident is in the record's period")
	require.Zero(t, all.Major())
	for _, d := range c.Tree.Children(c.Code) {
		tl, _ := s.Tally(d.Code)
		require.NotZero(t, tl.Total(), "district %s has incidents", d.Name)
	}
	for _, cat := range incident.Values[incident.Category]() {
		require.NotZero(t, all.Count(cat), cat)
	}
}
