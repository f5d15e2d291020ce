package hierarchy

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/rate"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLevel(t *testing.T) {
	tests := []struct {
		l         Level
		id, label string
	}{
		{Province, "province", "省级"},
		{Prefecture, "prefecture", "地级"},
		{County, "county", "县级"},
		{Township, "township", "乡级"},
		{Community, "community", "村级"},
	}
	for i, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			assert.Equal(t, Level(i+1), tc.l)
			assert.True(t, tc.l.IsValid())
			assert.Equal(t, tc.id, tc.l.String())
			assert.Equal(t, tc.label, tc.l.Name(rate.Chinese))
			for _, p := range []struct {
				parse func(string) (Level, error)
				text  string
			}{{ParseLevel, tc.id}, {ParseLabel[Level], tc.label}} {
				parse, s := p.parse, p.text
				got, err := parse(s)
				require.NoError(t, err)
				assert.Equal(t, tc.l, got)
			}
			b, err := tc.l.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.id, string(b))
			var u Level
			require.NoError(t, u.UnmarshalText(b))
			assert.Equal(t, tc.l, u)
		})
	}
}

func TestLevelInvalid(t *testing.T) {
	for _, l := range []Level{0, 6, 255} {
		assert.False(t, l.IsValid())
		assert.Equal(t, "", l.Name(rate.Chinese))
		assert.Equal(t, "", l.Name(rate.English))
	}
	for _, l := range []Level{6, 255} {
		_, err := l.MarshalText()
		assert.ErrorIs(t, err, ErrInvalidLevel)
	}
	assert.Equal(t, "Level(0)", Level(0).String())
	assert.Equal(t, "Level(6)", Level(6).String())
	for _, s := range []string{"", "Province", "village", "Level(1)", "1"} {
		_, err := ParseLevel(s)
		assert.ErrorIs(t, err, ErrInvalidLevel, s)
	}
	_, err := ParseLevel("city")
	assert.EqualError(t, err, `hierarchy: invalid level "city"`)
	l := County
	assert.Error(t, l.UnmarshalText([]byte("x")))
	assert.Equal(t, County, l)
	var v struct{ L Level }
	require.NoError(t, json.Unmarshal([]byte(`{"L":"township"}`), &v))
	assert.Equal(t, Township, v.L)
	_, err = ParseLabel[Level]("county")
	assert.EqualError(t, err, `hierarchy: invalid level "county"`, "ParseLabel reads labels only")
}

// TestLevelZero: the zero level is unset, as every enum's zero value: it marshals as "" in text and JSON,
// and "" unmarshals as it, though it is never valid and ParseLevel rejects "".
func TestLevelZero(t *testing.T) {
	b, err := Level(0).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	j, err := json.Marshal(struct{ L Level }{})
	require.NoError(t, err)
	assert.Equal(t, `{"L":""}`, string(j))
	v := struct{ L Level }{County}
	require.NoError(t, json.Unmarshal(j, &v))
	assert.Equal(t, Level(0), v.L)
	_, err = ParseLevel("")
	assert.ErrorIs(t, err, ErrInvalidLevel)
}

func TestLevelNameAndValues(t *testing.T) {
	assert.Equal(t, []Level{Province, Prefecture, County, Township, Community}, Values[Level]())
	for _, l := range Values[Level]() {
		assert.Equal(t, l.Name(rate.Chinese), l.Name(rate.Chinese))
		assert.NotEmpty(t, l.Name(rate.English))
		assert.Equal(t, "", l.Name(0))
	}
	assert.Equal(t, "county level", County.Name(rate.English))
	vs := Values[Level]()
	vs[0] = Community
	assert.Equal(t, Province, Values[Level]()[0], "a new slice on every call")
}
