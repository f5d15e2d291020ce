package compliance

import (
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWellKnownIndicators(t *testing.T) {
	all := wellKnownIndicators()
	require.Len(t, all, len(wellKnown))
	require.LessOrEqual(t, len(all), 32, "Measurements uses 32-bit sets")
	seen := map[string]bool{}
	counts := 0
	for i, ind := range all {
		assert.True(t, (ind.slot != 0))
		assert.True(t, ind.known())
		assert.NoError(t, checkIndicatorID(ind.ID()))
		assert.NotEmpty(t, ind.Label())
		assert.True(t, ind.ValueKind().IsValid())
		assert.False(t, seen[ind.ID()], "duplicate id %s", ind.ID())
		seen[ind.ID()] = true
		assert.Equal(t, uint8(i+1), ind.slot)
		got, ok := LookupIndicator(ind.ID())
		assert.True(t, ok)
		assert.Equal(t, ind, got)
		if ind.ValueKind() == CountValue {
			assert.Equal(t, int8(counts), wellKnown[i].countSlot)
			counts++
		} else {
			assert.Equal(t, int8(-1), wellKnown[i].countSlot)
		}
	}
	assert.Equal(t, wellKnownCounts, counts)
	assert.Equal(t, "full_time_guards", FullTimeGuards.String())
	assert.Equal(t, "专职保安员", FullTimeGuards.Label())
	assert.Equal(t, CountValue, FullTimeGuards.ValueKind())
	assert.Equal(t, FactValue, SchoolGatePolicePost.ValueKind())
	assert.Equal(t, "护学岗", SchoolGatePolicePost.Label())
}

func TestNewIndicator(t *testing.T) {
	tests := []struct {
		id, label string
		kind      ValueKind
		err       error
	}{
		{"canteen_camera", "食堂操作间视频", FactValue, nil},
		{"x1_2", "x", CountValue, nil},
		{"", "x", FactValue, ErrInvalidIndicator},
		{"1abc", "x", FactValue, ErrInvalidIndicator},
		{"Canteen", "x", FactValue, ErrInvalidIndicator},
		{"has space", "x", FactValue, ErrInvalidIndicator},
		{string(make([]byte, maxIndicatorIDLen+1)), "x", FactValue, ErrInvalidIndicator},
		{"canteen_camera", "", FactValue, ErrInvalidIndicator},
		{"canteen_camera", "x", 0, ErrInvalidIndicator},
		{"canteen_camera", "x", 3, ErrInvalidIndicator},
		{"full_time_guards", "专职保安员", CountValue, ErrInvalidIndicator},
	}
	for _, tt := range tests {
		ind, err := NewIndicator(tt.id, tt.label, tt.kind)
		if tt.err != nil {
			assert.ErrorIs(t, err, tt.err, tt.id)
			assert.True(t, ind.IsZero())
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.id, ind.ID())
		assert.False(t, (ind.slot != 0))
		assert.True(t, ind.known())
		assert.Equal(t, ind, mustIndicator(tt.id, tt.label, tt.kind), "same definition, equal value")
	}
	assert.Panics(t, func() { mustIndicator("", "", 0) })
	assert.Equal(t, "Indicator(zero)", Indicator{}.String())
	assert.False(t, Indicator{}.known())
}

func TestValueKind(t *testing.T) {
	for _, k := range []ValueKind{FactValue, CountValue} {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var got ValueKind
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, k, got)
		p, err := ParseLabel[ValueKind](k.Name(rate.Chinese))
		require.NoError(t, err)
		assert.Equal(t, k, p)
	}
	assert.Equal(t, "ValueKind(7)", ValueKind(7).String())
	assert.Equal(t, "", ValueKind(7).Name(rate.Chinese))
	_, err := ValueKind(7).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidValueKind)
	var k ValueKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("bool")), ErrInvalidValueKind)
}
