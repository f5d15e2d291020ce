package hierarchy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCodeAndLevelSQL(t *testing.T) {
	c := MustParseCode("320505")
	v, err := c.Value()
	require.NoError(t, err)
	assert.Equal(t, "320505", v)
	v, err = Code{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	for _, tc := range []struct {
		src  any
		want Code
		ok   bool
	}{
		{"320505", c, true}, {[]byte("320505"), c, true}, {nil, Code{}, true}, {"", Code{}, true},
		{int64(320505), Code{}, false}, {"32050", Code{}, false}, {"32", Code{}, false}, {"x", Code{}, false},
	} {
		got := MustParseCode("320000")
		err := got.Scan(tc.src)
		if !tc.ok {
			require.ErrorIs(t, err, ErrInvalidCode, "%#v", tc.src)
			assert.Equal(t, MustParseCode("320000"), got)
			continue
		}
		require.NoError(t, err, "%#v", tc.src)
		assert.Equal(t, tc.want, got)
	}
	var l Level
	require.NoError(t, l.Scan("province"))
	assert.True(t, l.IsValid())
	v, err = l.Value()
	require.NoError(t, err)
	assert.Equal(t, "province", v)
	assert.ErrorIs(t, l.Scan(int64(1)), ErrInvalidLevel)
}

// FuzzCodeScan: Scan of any text or bytes fails, leaving the code unchanged, or gives a code whose Value
// scans back to it.
func FuzzCodeScan(f *testing.F) {
	for _, s := range []string{"320505", "", "320000", "32", "320505001001", "3205050", "x"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, asBytes bool) {
		var src any = s
		if asBytes {
			src = []byte(s)
		}
		got := MustParseCode("320000")
		if err := got.Scan(src); err != nil {
			if got != MustParseCode("320000") {
				t.Fatal("changed on error")
			}
			return
		}
		v, _ := got.Value()
		var back Code
		if err := back.Scan(v); err != nil || back != got {
			t.Fatalf("%q: %v", s, err)
		}
	})
}
