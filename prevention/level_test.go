package prevention_test

import (
	"testing"

	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPreventionLevel(t *testing.T) {
	assert.True(t, prevention.Normal < prevention.Heightened && prevention.Heightened < prevention.High)
	for _, l := range prevention.Values[prevention.Level]() {
		require.True(t, l.IsValid())
		b, err := l.MarshalText()
		require.NoError(t, err)
		var got prevention.Level
		require.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, l, got)
		byLabel, err := prevention.ParseLabel[prevention.Level](l.Name(rate.Chinese))
		require.NoError(t, err)
		assert.Equal(t, l, byLabel)
	}
	assert.Equal(t, []string{"常态", "加强", "高"}, []string{prevention.Normal.Name(rate.Chinese), prevention.Heightened.Name(rate.Chinese), prevention.High.Name(rate.Chinese)})
	assert.Equal(t, "Level(0)", prevention.Level(0).String())
	assert.Equal(t, "", prevention.Level(9).Name(rate.Chinese))
	_, err := prevention.Level(9).MarshalText()
	assert.ErrorIs(t, err, prevention.ErrInvalidLevel)
	_, err = prevention.ParseLevel("extreme")
	assert.ErrorIs(t, err, prevention.ErrInvalidLevel)
}
