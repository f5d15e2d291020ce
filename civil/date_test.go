package civil

import (
	"encoding/json"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/campussec/campussec/internal/errbound"
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
				assert.Contains(t, err.Error(), "civil:")
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

// Issue 15, finding 11: AddDays(math.MaxInt) returned 0001-01-01. Every shift saturates at the calendar's
// ends and is otherwise exact; DaysUntil inverts it.
func TestReliabilityDateEnds(t *testing.T) {
	first, last := MustParseDate("0001-01-01"), MustParseDate("9999-12-31")
	span := first.DaysUntil(last)
	assert.Equal(t, 3652058, span)
	dates := []Date{first, first.AddDays(1), MustParseDate("2012-02-29"), last.AddDays(-1), last}
	shifts := []int{math.MinInt, math.MinInt + 1, -span - 1, -span, -1, 0, 1, span, span + 1, math.MaxInt32,
		math.MaxInt32 + 1, math.MinInt32, math.MaxInt - 1, math.MaxInt}
	for _, d := range dates {
		for _, n := range shifts {
			got := d.AddDays(n)
			want := new(big.Int).Add(big.NewInt(int64(d.n)), big.NewInt(int64(n)))
			switch {
			case want.Cmp(big.NewInt(maxDateDays)) > 0:
				assert.Equal(t, last, got, "%s + %d", d, n)
			case want.Cmp(big.NewInt(minDateDays)) < 0:
				assert.Equal(t, first, got, "%s + %d", d, n)
			default:
				assert.Equal(t, want.Int64(), int64(got.n), "%s + %d", d, n)
				assert.Equal(t, n, d.DaysUntil(got), "%s + %d", d, n)
			}
			assert.False(t, got.IsZero())
			back, err := ParseDate(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back)
		}
		assert.Equal(t, d, first.AddDays(first.DaysUntil(d)))
		assert.Equal(t, d, last.AddDays(last.DaysUntil(d)))
	}
	assert.True(t, Date{}.AddDays(math.MaxInt).IsZero())
	assert.True(t, Date{}.AddDays(math.MinInt).IsZero())
	for _, s := range []string{"0000-12-31", "10000-01-01", "-001-01-01", "9999-12-32", "0001-00-01", "+999-01-01"} {
		_, err := ParseDate(s)
		assert.ErrorIs(t, err, ErrInvalidDate, s)
	}
	for _, s := range []string{"0001-01-01", "9999-12-31"} {
		assert.Equal(t, s, MustParseDate(s).String())
	}
	for _, y := range []int{math.MinInt32, -1, 0, 10000, math.MaxInt32} {
		assert.True(t, DateOf(time.Date(y, time.June, 1, 0, 0, 0, 0, time.UTC)).IsZero(), "year %d", y)
		_, err := NewDate(y, time.June, 1)
		assert.ErrorIs(t, err, ErrInvalidDate)
	}
	for _, c := range [][3]int{{2012, 0, 1}, {2012, 13, 1}, {2012, 1, 0}, {2012, 1, 32}, {2012, math.MaxInt, 1}, {2012, 1, math.MinInt}} {
		_, err := NewDate(c[0], time.Month(c[1]), c[2])
		assert.ErrorIs(t, err, ErrInvalidDate, "%v", c)
	}
	assert.Equal(t, first, DateOf(time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, last, DateOf(time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC)))
}

// FuzzDateText checks ParseDate and Date's text methods: errors wrap ErrInvalidDate and quote the input, a
// failed UnmarshalText leaves the date unchanged, and accepted dates round-trip and do day arithmetic
// consistently.
func FuzzDateText(f *testing.F) {
	for _, s := range []string{"2012-02-14", "2010-05-01", "0001-01-01", "9999-12-31", "2000-02-29", "1900-02-29",
		"2012-2-14", "", "2012-02-14x", "+012-02-14"} {
		f.Add(s, 0)
	}
	f.Add("2012-02-14", 87)
	f.Add("2012-02-14", -3650000)
	f.Add("2012-02-14", math.MaxInt)
	f.Add("0001-01-01", math.MinInt)
	f.Add("9999-12-31", math.MaxInt-1)
	f.Fuzz(func(t *testing.T, s string, n int) {
		d, err := ParseDate(s)
		keep := MustParseDate("2012-02-14")
		u := keep
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidDate)
			require.Contains(t, err.Error(), errbound.Quote(s), "the error quotes the input (elided when long)")
			require.True(t, d.IsZero())
			if s != "" {
				require.ErrorIs(t, uerr, ErrInvalidDate)
				require.Equal(t, keep, u, "a failed UnmarshalText leaves the date unchanged")
			}
			return
		}
		require.NoError(t, uerr)
		require.Equal(t, d, u)
		require.Equal(t, s, d.String(), "String(parse(s)) == s")
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back Date
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, d, back, "unmarshal(marshal(x)) == x")
		js, err := json.Marshal(d)
		require.NoError(t, err)
		var jback Date
		require.NoError(t, json.Unmarshal(js, &jback))
		require.Equal(t, d, jback)
		// Every n, not only small ones: AddDays(math.MaxInt) wrapped to 0001-01-01 (issue 15, finding 11).
		require.NotPanics(t, func() {
			e := d.AddDays(n)
			require.False(t, e.IsZero())
			lo, hi := MustParseDate("0001-01-01"), MustParseDate("9999-12-31")
			switch {
			case e == lo || e == hi: // clamped, as documented
				require.True(t, n <= d.DaysUntil(lo) || n >= d.DaysUntil(hi))
			default:
				require.Equal(t, n, d.DaysUntil(e), "%s + %d = %s", d, n, e)
				again, err := ParseDate(e.String())
				require.NoError(t, err)
				require.Equal(t, e, again)
			}
		})
	})
}
