package compliance

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var canteenCamera = mustIndicator("canteen_camera", "食堂操作间视频监控", FactValue)
var nightPatrols = mustIndicator("night_patrols", "夜间巡逻次数", CountValue)

func TestMeasurementsAccessors(t *testing.T) {
	m, err := NewMeasurements(
		ObserveCount(FullTimeGuards, 2),
		ObserveFact(ClosedManagement, true),
		ObserveFact(GuardroomStaffed24h, false),
		ObserveCount(VideoRetentionDays, 0),
		ObserveFact(canteenCamera, true),
		ObserveCount(nightPatrols, 3),
	)
	require.NoError(t, err)
	assert.Equal(t, 6, m.Len())

	n, ok := m.ObservedCount(FullTimeGuards)
	assert.True(t, ok)
	assert.Equal(t, 2, n)
	n, ok = m.ObservedCount(VideoRetentionDays)
	assert.True(t, ok, "a zero count is observed")
	assert.Equal(t, 0, n)
	_, ok = m.ObservedCount(KeyAreaPatrolsPerDay)
	assert.False(t, ok, "never observed")

	v, ok := m.ObservedFact(ClosedManagement)
	assert.True(t, ok)
	assert.True(t, v)
	v, ok = m.ObservedFact(GuardroomStaffed24h)
	assert.True(t, ok, "observed absent")
	assert.False(t, v)
	v, ok = m.ObservedFact(SchoolGatePolicePost)
	assert.False(t, ok)
	assert.False(t, v)

	v, ok = m.ObservedFact(canteenCamera)
	assert.True(t, ok && v)
	n, ok = m.ObservedCount(nightPatrols)
	assert.True(t, ok)
	assert.Equal(t, 3, n)

	// Wrong kind: a fact accessor on a count indicator and vice versa.
	_, ok = m.ObservedFact(FullTimeGuards)
	assert.False(t, ok)
	_, ok = m.ObservedCount(ClosedManagement)
	assert.False(t, ok)
	// The zero indicator and an indicator with the same id but another label.
	assert.False(t, m.observed(Indicator{}))
	assert.False(t, m.observed(mustIndicator("canteen_camera", "别的", FactValue)))

	obs := slices.Collect(m.All())
	require.Len(t, obs, 6)
	ids := make([]string, len(obs))
	for i, o := range obs {
		ids[i] = o.Indicator.ID()
	}
	assert.Equal(t, []string{"full_time_guards", "guardroom_staffed_24h", "closed_management",
		"video_retention_days", "canteen_camera", "night_patrols"}, ids)
	again := MustMeasurements(obs...)
	assert.True(t, m.equal(again))
	assert.False(t, m.equal(Measurements{}))
	for range m.All() {
		break // early stop must not panic
	}
}

func TestMeasurementsErrors(t *testing.T) {
	tests := []struct {
		name string
		obs  []Observation
		errs []error
		says string
	}{
		{"zero indicator", []Observation{{Value: 1}}, []error{ErrInvalidObservation}, "observation"},
		{"fact value 2", []Observation{{Indicator: ClosedManagement, Value: 2}}, []error{ErrInvalidObservation}, "observation"},
		{"negative count", []Observation{ObserveCount(FullTimeGuards, -1)}, []error{ErrInvalidObservation}, "observation"},
		{"count too large", []Observation{ObserveCount(FullTimeGuards, maxCount+1)}, []error{ErrInvalidObservation}, "observation"},
		{"duplicate", []Observation{ObserveCount(FullTimeGuards, 1), ObserveCount(FullTimeGuards, 2)}, []error{ErrInvalidObservation}, "full_time_guards observed twice"},
		{"duplicate custom", []Observation{ObserveFact(canteenCamera, true), ObserveFact(canteenCamera, false)}, []error{ErrInvalidObservation}, "canteen_camera observed twice"},
		{"all at once", []Observation{ObserveCount(FullTimeGuards, -1), ObserveFact(canteenCamera, true), ObserveFact(canteenCamera, true)},
			[]error{ErrInvalidObservation, ErrInvalidObservation}, "observation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := NewMeasurements(tt.obs...)
			require.Error(t, err)
			for _, e := range tt.errs {
				assert.ErrorIs(t, err, e)
			}
			assert.Contains(t, err.Error(), tt.says)
			assert.Equal(t, 0, m.Len())
		})
	}
	assert.Panics(t, func() { MustMeasurements(ObserveCount(FullTimeGuards, -1)) })
	var zero Measurements
	assert.Equal(t, 0, zero.Len())
	assert.Empty(t, slices.Collect(zero.All()))
}
