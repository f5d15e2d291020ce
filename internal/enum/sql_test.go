package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableSQL(t *testing.T) {
	v, err := colours.Value(2)
	require.NoError(t, err)
	assert.Equal(t, "green", v)
	v, err = colours.Value(0)
	require.NoError(t, err)
	assert.Nil(t, v, "the zero value is NULL")
	_, err = codes.Value(7)
	assert.ErrorIs(t, err, errColour)

	for _, c := range []struct {
		src  any
		want colour
		ok   bool
	}{
		{"red", 1, true}, {[]byte("green"), 2, true}, {nil, 0, true}, {"", 0, true}, {[]byte{}, 0, true},
		{"Red", 9, false}, {"红", 9, false}, {int64(1), 9, false}, {1.0, 9, false}, {true, 9, false},
	} {
		got := colour(9)
		err := colours.Scan(&got, c.src)
		if !c.ok {
			require.ErrorIs(t, err, errColour, "%#v", c.src)
			assert.Equal(t, colour(9), got, "unchanged on error")
			continue
		}
		require.NoError(t, err, "%#v", c.src)
		assert.Equal(t, c.want, got)
	}
	err = colours.Scan(new(colour), int64(1))
	assert.EqualError(t, err, "test: invalid colour cannot scan int64 into colour (want its id as text)")
}

// FuzzTableScan: Scan of any text or bytes either fails, leaving the value unchanged, or gives a value whose
// Value scans back to it.
func FuzzTableScan(f *testing.F) {
	for _, s := range []string{"red", "green", "", "Red", "红", "village"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, asBytes bool) {
		var src any = s
		if asBytes {
			src = []byte(s)
		}
		got := colour(9)
		if err := colours.Scan(&got, src); err != nil {
			if got != 9 {
				t.Fatal("changed on error")
			}
			return
		}
		v, err := colours.Value(got)
		if err != nil {
			t.Fatal(err)
		}
		var back colour
		if err := colours.Scan(&back, v); err != nil || back != got {
			t.Fatalf("%q: %v", s, err)
		}
	})
}
