package compliance

import (
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPreventionLevel(t *testing.T) {
	assert.True(t, Normal < Heightened && Heightened < High)
	for _, l := range Values[PreventionLevel]() {
		require.True(t, l.IsValid())
		b, err := l.MarshalText()
		require.NoError(t, err)
		var got PreventionLevel
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, l, got)
		byLabel, err := ParseLabel[PreventionLevel](l.Name(rate.Chinese))
		require.NoError(t, err)
		assert.Equal(t, l, byLabel)
	}
	assert.Equal(t, []string{"常态", "加强", "高"}, []string{Normal.Name(rate.Chinese), Heightened.Name(rate.Chinese), High.Name(rate.Chinese)})
	assert.Equal(t, "PreventionLevel(0)", PreventionLevel(0).String())
	assert.Equal(t, "", PreventionLevel(9).Name(rate.Chinese))
	_, err := PreventionLevel(9).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidPreventionLevel)
	_, err = ParsePreventionLevel("extreme")
	assert.ErrorIs(t, err, ErrInvalidPreventionLevel)
}
