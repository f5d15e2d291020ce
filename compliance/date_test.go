package compliance

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var dateTests = []struct {
	in   string
	ok   bool
	want string
}{
	{"2012-02-14", true, "2012-02-14"},
	{"2012-02-29", true, "2012-02-29"}, // leap year
	{"2000-02-29", true, "2000-02-29"}, // divisible by 400
	{"1900-02-29", false, ""},          // divisible by 100, not 400
	{"2011-02-29", false, ""},
	{"2012-02-30", false, ""},
	{"2012-04-31", false, ""},
	{"2012-13-01", false, ""},
	{"2012-00-10", false, ""},
	{"2012-01-00", false, ""},
	{"0000-01-01", false, ""},
	{"0001-01-01", true, "0001-01-01"},
	{"9999-12-31", true, "9999-12-31"},
	{"2012-2-14", false, ""},
	{"2012/02/14", false, ""},
	{"+012-02-14", false, ""},
	{"2012-02-14T00:00:00Z", false, ""},
	{"", false, ""},
	{"２０１２-02-14", false, ""},
}

func TestParseDate(t *testing.T) {
	for _, tt := range dateTests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if !tt.ok {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrInvalidDate)
				assert.Contains(t, err.Error(), "compliance:")
				assert.True(t, d.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
			tm, perr := time.Parse(time.DateOnly, tt.in)
			require.NoError(t, perr)
			assert.Equal(t, d, DateOf(tm))
		})
	}
}

func TestDateAgreesWithTime(t *testing.T) {
	start := time.Date(1899, 12, 25, 0, 0, 0, 0, time.UTC)
	prev := DateOf(start.AddDate(0, 0, -1))
	for i := range 50000 {
		tm := start.AddDate(0, 0, i)
		d := DateOf(tm)
		require.Equal(t, tm.Format(time.DateOnly), d.String())
		require.True(t, prev.Before(d))
		require.Equal(t, 1, prev.DaysUntil(d))
		require.Equal(t, d, prev.AddDays(1))
		prev = d
	}
}

func TestDateCompare(t *testing.T) {
	a, b := MustParseDate("2012-02-14"), MustParseDate("2012-02-15")
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.True(t, a.Before(b))
	assert.False(t, a.Before(a), "same day is not before")
	assert.False(t, a.After(a))
	assert.True(t, b.After(a))
	assert.True(t, Date{}.Before(a), "zero sorts first")
	assert.Equal(t, a, MustParseDate("2012-02-14"), "comparable with ==")
}

func TestDateArithmetic(t *testing.T) {
	d := MustParseDate("2012-02-28")
	assert.Equal(t, "2012-02-29", d.AddDays(1).String())
	assert.Equal(t, "2012-03-01", d.AddDays(2).String())
	assert.Equal(t, "2011-02-28", d.AddDays(-365).String())
	assert.Equal(t, 366, MustParseDate("2012-01-01").DaysUntil(MustParseDate("2013-01-01")))
	assert.Equal(t, 365, MustParseDate("2011-01-01").DaysUntil(MustParseDate("2012-01-01")))
	assert.Equal(t, -1, d.DaysUntil(d.AddDays(-1)))
	assert.Equal(t, 0, d.DaysUntil(Date{}))
	assert.True(t, Date{}.AddDays(5).IsZero())
	assert.Equal(t, "9999-12-31", MustParseDate("9999-12-30").AddDays(10).String())
	assert.Equal(t, "0001-01-01", MustParseDate("0001-01-02").AddDays(-1<<40).String())
	y, m, dd := d.Date()
	assert.Equal(t, []int{2012, 2, 28}, []int{y, int(m), dd})
}

func TestNewDateAndDateOf(t *testing.T) {
	_, err := NewDate(2011, time.February, 29)
	assert.ErrorIs(t, err, ErrInvalidDate)
	_, err = NewDate(10000, time.January, 1)
	assert.ErrorIs(t, err, ErrInvalidDate)
	shanghai := time.FixedZone("CST", 8*3600)
	tm := time.Date(2012, 2, 13, 20, 0, 0, 0, time.UTC) // 2012-02-14 04:00 in Beijing time
	assert.Equal(t, "2012-02-13", DateOf(tm).String())
	assert.Equal(t, "2012-02-14", DateOf(tm.In(shanghai)).String())
	assert.True(t, DateOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero())
}

func TestDateText(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
	}
	b, err := json.Marshal(doc{MustParseDate("2012-02-14")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2012-02-14"}`, string(b))
	var got doc
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, MustParseDate("2012-02-14"), got.D)
	require.NoError(t, json.Unmarshal([]byte(`{"d":""}`), &got))
	assert.True(t, got.D.IsZero())
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"d":"2011-02-29"}`), &got), ErrInvalidDate)
	assert.Equal(t, "", Date{}.String())
	assert.Panics(t, func() { MustParseDate("2012-02-30") })
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range dateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("error with non-zero date %v", d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("round trip %q -> %q", s, d.String())
		}
		tm, perr := time.Parse(time.DateOnly, s)
		if perr != nil || DateOf(tm) != d {
			t.Fatalf("disagrees with time.Parse: %v", perr)
		}
	})
}
