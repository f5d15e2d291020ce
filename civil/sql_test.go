package civil

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDateSQL(t *testing.T) {
	d := MustParseDate("2012-02-14")
	v, err := d.Value()
	require.NoError(t, err)
	assert.Equal(t, "2012-02-14", v)
	v, err = Date{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	for _, c := range []struct {
		src  any
		want Date
		ok   bool
	}{
		{"2012-02-14", d, true}, {[]byte("2012-02-14"), d, true}, {nil, Date{}, true}, {"", Date{}, true},
		{time.Date(2012, 2, 14, 0, 0, 0, 0, time.UTC), d, true},
		{time.Date(2012, 2, 14, 23, 0, 0, 0, time.FixedZone("CST", 8*3600)), d, true},
		{time.Time{}.AddDate(-5, 0, 0), Date{}, false}, {"2012-2-14", Date{}, false}, {"2012-02-30", Date{}, false},
		{int64(20120214), Date{}, false}, {1.5, Date{}, false},
	} {
		got := MustParseDate("2000-01-01")
		err := got.Scan(c.src)
		if !c.ok {
			require.ErrorIs(t, err, ErrInvalidDate, "%#v", c.src)
			assert.Equal(t, MustParseDate("2000-01-01"), got)
			continue
		}
		require.NoError(t, err, "%#v", c.src)
		assert.Equal(t, c.want, got)
	}
}

// FuzzDateScan: Scan of any text or bytes fails, leaving the date unchanged, or gives a date whose Value
// scans back to it.
func FuzzDateScan(f *testing.F) {
	for _, s := range []string{"2012-02-14", "", "2012-02-30", "0000-01-01", "9999-12-31"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, asBytes bool) {
		var src any = s
		if asBytes {
			src = []byte(s)
		}
		got := MustParseDate("2000-01-01")
		if err := got.Scan(src); err != nil {
			if got != MustParseDate("2000-01-01") {
				t.Fatal("changed on error")
			}
			return
		}
		v, _ := got.Value()
		var back Date
		if err := back.Scan(v); err != nil || back != got {
			t.Fatalf("%q: %v", s, err)
		}
	})
}

// ExampleDate_Scan reads dates as database/sql hands them over: text, a DATE column's time.Time, or NULL.
func ExampleDate_Scan() {
	var d Date
	for _, src := range []any{"2012-02-14", time.Date(2012, 2, 14, 0, 0, 0, 0, time.UTC), nil, "2012-02-30"} {
		err := d.Scan(src)
		v, _ := d.Value()
		fmt.Printf("%v %v\n", v, err)
	}
	// Output:
	// 2012-02-14 <nil>
	// 2012-02-14 <nil>
	// <nil> <nil>
	// <nil> civil: invalid date: "2012-02-30" does not exist
}
