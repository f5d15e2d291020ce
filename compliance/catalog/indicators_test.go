package catalog

import (
	"testing"

	"github.com/campussec/campussec/compliance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWellKnownIndicators: every name the catalog gives is the indicator compliance resolves by its id, with a
// slot (observing it is a bit in Measurements), the list holds each once, and an indicator compliance does not
// know is not in it.
func TestWellKnownIndicators(t *testing.T) {
	all := WellKnownIndicators()
	require.Len(t, all, 20)
	seen := map[string]bool{}
	for _, ind := range all {
		assert.False(t, seen[ind.ID()], "%s listed once", ind.ID())
		seen[ind.ID()] = true
		got, ok := compliance.LookupIndicator(ind.ID())
		require.True(t, ok, ind.ID())
		assert.Equal(t, got, ind)
		assert.NotEmpty(t, ind.Label())
		assert.True(t, ind.ValueKind().IsValid())
		_, err := compliance.NewIndicator(ind.ID(), ind.Label(), ind.ValueKind())
		assert.ErrorIs(t, err, compliance.ErrInvalidIndicator, "%s is taken", ind.ID())
	}
	assert.Equal(t, "full_time_guards", FullTimeGuards.ID())
	assert.Equal(t, compliance.CountValue, FullTimeGuards.ValueKind())
	assert.Equal(t, compliance.FactValue, ClosedManagement.ValueKind())
	assert.Equal(t, PerimeterBarrier, all[len(all)-1])
	_, ok := compliance.LookupIndicator("moat")
	assert.False(t, ok)
	all[0] = compliance.Indicator{}
	assert.Equal(t, FullTimeGuards, WellKnownIndicators()[0], "a new slice on every call")

	// Every well-known indicator observed is read back by its catalog name.
	var obs []compliance.Observation
	for _, ind := range WellKnownIndicators() {
		if ind.ValueKind() == compliance.CountValue {
			obs = append(obs, compliance.ObserveCount(ind, 3))
		} else {
			obs = append(obs, compliance.ObserveFact(ind, true))
		}
	}
	m := compliance.MustMeasurements(obs...)
	assert.Equal(t, 20, m.Len())
	n, ok := m.ObservedCount(KeyAreaPatrolsPerDay)
	assert.True(t, ok)
	assert.Equal(t, 3, n)
	present, ok := m.ObservedFact(VideoSurveillance)
	assert.True(t, ok && present)
}
