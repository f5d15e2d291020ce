package prevention_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScheduleRefusesUnmarshal: json.Unmarshal into a Schedule — of a schedule's own JSON, of a zero
// Schedule, of a struct field holding one — is an error wrapping ErrInvalidSchedule that names
// LoadSchedule, and the Schedule is left as it was: it never silently becomes the zero Schedule.
func TestScheduleRefusesUnmarshal(t *testing.T) {
	tree := testTree(t)
	s := prevention.MustSchedule(tree,
		prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: district, Effective: day("2010-03-24"), Level: prevention.High, Notice: "提升"})
	b, err := json.Marshal(s)
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		into prevention.Schedule
	}{{"zero", prevention.Schedule{}}, {"built", s}} {
		t.Run(c.name, func(t *testing.T) {
			got := c.into
			err := json.Unmarshal(b, &got)
			require.ErrorIs(t, err, prevention.ErrInvalidSchedule)
			assert.Contains(t, err.Error(), "prevention.LoadSchedule(tree, data)")
			assert.True(t, got.Equal(c.into) || (got.IsZero() && c.into.IsZero()), "left unchanged")
		})
	}
	var holder struct {
		Schedule prevention.Schedule `json:"schedule"`
	}
	require.ErrorIs(t, json.Unmarshal([]byte(`{"schedule":`+string(b)+`}`), &holder), prevention.ErrInvalidSchedule)
	back, err := prevention.LoadSchedule(tree, b)
	require.NoError(t, err, "LoadSchedule reads what the error points to")
	assert.True(t, back.Equal(s))
}

// TestInForceRefusesMarshal: an InForce, zero, single-level or resolved from a schedule, has no JSON form.
func TestInForceRefusesMarshal(t *testing.T) {
	s := prevention.MustSchedule(testTree(t), prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"})
	on, err := s.On(day("2011-01-01"))
	require.NoError(t, err)
	for _, f := range []prevention.InForce{{}, prevention.Everywhere(prevention.High), on} {
		_, err := json.Marshal(f)
		require.ErrorIs(t, err, prevention.ErrInvalidSchedule)
		_, err = json.Marshal(&f)
		require.ErrorIs(t, err, prevention.ErrInvalidSchedule)
	}
}

// A Schedule's JSON carries no tree, so json.Unmarshal refuses it and points to LoadSchedule, which reads
// the same bytes against a tree.
func ExampleSchedule_UnmarshalJSON() {
	tree, _ := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"})
	data := []byte(`{"changes":[{"effective":"2010-03-24","level":"heightened","notice":"提升防范等级"}]}`)
	var s prevention.Schedule
	err := json.Unmarshal(data, &s)
	fmt.Println(errors.Is(err, prevention.ErrInvalidSchedule), s.IsZero())
	s, err = prevention.LoadSchedule(tree, data)
	fmt.Println(err, len(s.Changes()))
	// Output:
	// true true
	// <nil> 1
}
