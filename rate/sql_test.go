package rate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRateSQL(t *testing.T) {
	r := mustRate(1394, 1396)
	v, err := r.Value()
	require.NoError(t, err)
	assert.Equal(t, "1394/1396", v)
	v, err = Rate{}.Value()
	require.NoError(t, err)
	assert.Equal(t, "0/0", v, "the undefined rate is a value, not NULL")
	for _, tc := range []struct {
		src  any
		want Rate
		ok   bool
	}{
		{"1394/1396", r, true}, {[]byte("1394/1396"), r, true}, {"0/0", Rate{}, true},
		{nil, Rate{}, false}, {"", Rate{}, false}, {0.9986, Rate{}, false}, {"0.9986", Rate{}, false},
		{"3/2", Rate{}, false}, {int64(1), Rate{}, false},
	} {
		got := mustRate(1, 2)
		err := got.Scan(tc.src)
		if !tc.ok {
			require.ErrorIs(t, err, ErrInvalidRate, "%#v", tc.src)
			assert.Equal(t, mustRate(1, 2), got)
			continue
		}
		require.NoError(t, err, "%#v", tc.src)
		assert.Equal(t, tc.want, got)
	}
	var m Rounding
	require.NoError(t, m.Scan(nil))
	assert.Equal(t, Rounding(0), m)
	var l Lang
	assert.ErrorIs(t, l.Scan("klingon"), ErrInvalidLang)
}

// FuzzRateScan: Scan of any text or bytes fails, leaving the rate unchanged, or gives a rate whose Value
// scans back to it.
func FuzzRateScan(f *testing.F) {
	for _, s := range []string{"1394/1396", "0/0", "", "3/2", "1/-1", "9223372036854775807/9223372036854775807"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, asBytes bool) {
		var src any = s
		if asBytes {
			src = []byte(s)
		}
		got := mustRate(1, 2)
		if err := got.Scan(src); err != nil {
			if got != mustRate(1, 2) {
				t.Fatal("changed on error")
			}
			return
		}
		v, _ := got.Value()
		var back Rate
		if err := back.Scan(v); err != nil || back != got {
			t.Fatalf("%q: %v", s, err)
		}
	})
}

// mustRate is New that panics on error.
func mustRate(num, den int64) Rate {
	r, err := New(num, den)
	if err != nil {
		panic(err)
	}
	return r
}
