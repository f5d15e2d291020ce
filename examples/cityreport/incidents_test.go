package main

import (
	"bytes"
	"testing"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIncidentSection checks the incident section against the library: the districts sum to the city, the
// "no major incident" sentence is the count of major incidents, and it changes when the data does.
func TestIncidentSection(t *testing.T) {
	city, err := samplecity.Build()
	require.NoError(t, err)
	o, err := newSettings(city)
	require.NoError(t, err)
	s, err := o.buildIncidents(city)
	require.NoError(t, err)
	require.Equal(t, city.Code, s.Rows[0].Code)
	var sum incident.Tally
	for _, r := range s.Rows[1:] {
		sum = sum.Merge(r.Counts)
	}
	assert.Equal(t, s.Rows[0].Counts, sum, "the districts partition the city")
	assert.EqualValues(t, 48, sum.Total())
	assert.Zero(t, s.Major)
	assert.True(t, s.NoMajor)
	assert.Equal(t, s.Period.To(), o.asOf, "the report's period ends on its date")

	var b bytes.Buffer
	p := &printer{w: &b, lang: rate.Chinese}
	writeIncidents(p, s)
	assert.Contains(t, b.String(), "没有发生涉及校园安全与稳定的重大案事件")

	// One major incident in the data and the sentence is gone: it is computed, not written.
	s.Major, s.NoMajor = 1, false
	b.Reset()
	writeIncidents(p, s)
	assert.NotContains(t, b.String(), "没有发生")
	assert.Contains(t, b.String(), "其中重大案事件 1 起")

	// Under a stricter policy the same data has major incidents (the sample's 较大 ones).
	log, err := city.IncidentLog()
	require.NoError(t, err)
	sum2, err := log.Summarize(s.Period, incident.Policy{MajorFrom: incident.Larger})
	require.NoError(t, err)
	tl, _ := sum2.Tally(city.Code)
	assert.NotZero(t, tl.Major())
}
