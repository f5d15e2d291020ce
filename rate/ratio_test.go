package rate

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewRatio(t *testing.T) {
	cases := []struct {
		num, den int64
		ok       bool
	}{
		{0, 0, true}, {3, 20000, true}, {7, 2, true}, {math.MaxInt64, 1, true},
		{-1, 2, false}, {1, -2, false}, {1, 0, false},
	}
	for _, tc := range cases {
		r, err := NewRatio(tc.num, tc.den)
		if !tc.ok {
			require.ErrorIs(t, err, ErrInvalidRatio, "%d/%d", tc.num, tc.den)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tc.num, r.Num())
		assert.Equal(t, tc.den, r.Den())
		assert.Equal(t, tc.den != 0, r.Defined())
	}
}

// ratioParseCases are the table of ParseRatio, and the fuzz seeds.
var ratioParseCases = []struct {
	in string
	ok bool
}{
	{"3/20000", true}, {"0/0", true}, {"7/2", true}, {"9223372036854775807/1", true},
	{"", false}, {"1/0", false}, {"-1/2", false}, {"+1/2", false}, {"1 /2", false}, {"1/2/3", false},
	{"9223372036854775808/1", false}, {"１/2", false}, {"1.5/2", false},
}

func TestParseRatio(t *testing.T) {
	for _, tc := range ratioParseCases {
		r, err := ParseRatio(tc.in)
		if !tc.ok {
			require.ErrorIs(t, err, ErrInvalidRatio, tc.in)
			back := MustParseRatio("1/2")
			require.Error(t, back.UnmarshalText([]byte(tc.in)))
			require.Equal(t, MustParseRatio("1/2"), back, "unchanged on error")
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.in, r.String())
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back Ratio
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, r, back)
	}
	assert.Panics(t, func() { MustParseRatio("x") })
}

func TestRatioPer(t *testing.T) {
	p1 := Precision{Places: 1, Rounding: HalfEven}
	p2 := Precision{Places: 2, Rounding: HalfEven}
	cases := []struct {
		r     string
		scale int64
		p     Precision
		want  string
		ok    bool
	}{
		{"3/20000", 10000, p2, "1.50", true}, // 1.5 per 10,000 pupils, not a percent
		{"7/2", 1, p1, "3.5", true},          // more incidents than campuses
		{"1/8", 1, p2, "0.12", true},         // 0.125: a tie, to even
		{"1/8", 1, Precision{2, HalfUp}, "0.13", true},
		{"5/3", 10000, Precision{-3, HalfEven}, "17000", true},
		{"0/5", 10000, p2, "0.00", true},
		{"0/0", 1, p1, "", false},
		{"1/2", 0, p1, "", false},
		{"1/2", -1, p1, "", false},
		{"1/2", 1, Precision{}, "", false},
		{"1/2", 1, Precision{Places: 31, Rounding: HalfEven}, "", false},
	}
	for _, tc := range cases {
		r := MustParseRatio(tc.r)
		v, ok := r.Per(tc.scale, tc.p)
		require.Equal(t, tc.ok, ok, "%s ×%d %s", tc.r, tc.scale, tc.p)
		if !ok {
			assert.Equal(t, Undefined, r.Format(tc.scale, tc.p))
			continue
		}
		assert.Equal(t, tc.want, v.StringFixed(tc.p.Places))
		assert.Equal(t, tc.want, r.Format(tc.scale, tc.p), "no percent sign, no unit")
	}
}

// TestRatioPerReference checks Per against an independent big.Rat rounding on seeded random ratios.
func TestRatioPerReference(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 2))
	for range 2000 {
		num, den := r.Int64N(1_000_000), 1+r.Int64N(1_000_000)
		scale := []int64{1, 100, 10000, 100000}[r.IntN(4)]
		p := Precision{Places: int32(r.IntN(6)) - 1, Rounding: Rounding(1 + r.IntN(2))}
		got, ok := MustParseRatio(itoa(num)+"/"+itoa(den)).Per(scale, p)
		require.True(t, ok)
		// refRound rounds 100·x; pass x·scale/100.
		want := refRound(new(big.Rat).SetFrac(big.NewInt(num*scale), big.NewInt(den*100)), p.Places, p.Rounding)
		require.True(t, want.Equal(got), "%d/%d ×%d %s: %s, want %s", num, den, scale, p, got, want)
	}
}

func itoa(n int64) string { return big.NewInt(n).String() }

func TestRatioCompare(t *testing.T) {
	assert.Equal(t, 0, MustParseRatio("1/2").Compare(MustParseRatio("2/4")))
	assert.NotEqual(t, MustParseRatio("1/2"), MustParseRatio("2/4"), "== compares the counts")
	assert.Equal(t, 1, MustParseRatio("7/2").Compare(MustParseRatio("3/1")))
	assert.Equal(t, -1, Ratio{}.Compare(MustParseRatio("0/1")))
	assert.Equal(t, 0, Ratio{}.Compare(Ratio{}))
	x, ok := MustParseRatio("7/2").Rat()
	require.True(t, ok)
	assert.Equal(t, "7/2", x.String())
	_, ok = Ratio{}.Rat()
	assert.False(t, ok)
}

func TestRatioChange(t *testing.T) {
	p := Precision{Places: 2, Rounding: HalfEven}
	c := RatioChange{From: MustParseRatio("4/20000"), To: MustParseRatio("3/20000")}
	d, ok := c.Difference(10000, p)
	require.True(t, ok)
	assert.Equal(t, "-0.50", d.StringFixed(2))
	rel, ok := c.Relative(p)
	require.True(t, ok)
	assert.Equal(t, "-25.00", rel.StringFixed(2))
	assert.Equal(t, "2.00 → 1.50: -0.50(差值), -25.00%(相对变化)", c.Format(10000, p, Chinese))
	assert.Equal(t, "2.00 → 1.50: -0.50 (difference), -25.00% (relative)", c.Format(10000, p, English))

	// Rounded once: 1/3 → 2/3 per campus is +0.33 at two places, not 0.67 − 0.33 = 0.34.
	c = RatioChange{From: MustParseRatio("1/3"), To: MustParseRatio("2/3")}
	d, _ = c.Difference(1, p)
	assert.Equal(t, "0.33", d.StringFixed(2))

	// From nothing: no relative size; undefined parts give Undefined.
	c = RatioChange{From: MustParseRatio("0/5"), To: MustParseRatio("2/5")}
	_, ok = c.Relative(p)
	assert.False(t, ok)
	assert.Equal(t, "0.00 → 0.40: +0.40(差值), —", c.Format(1, p, Chinese))
	assert.Equal(t, "— → 0.40: —, —", RatioChange{To: MustParseRatio("2/5")}.Format(1, p, Chinese))
	_, ok = c.Difference(0, p)
	assert.False(t, ok)
	assert.Equal(t, Undefined, FormatDifference(d, 31, Chinese))
}

func FuzzParseRatio(f *testing.F) {
	for _, tc := range ratioParseCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRatio(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidRatio)
			require.LessOrEqual(t, len(err.Error()), 400, "the message quotes at most 64 bytes of the input")
			return
		}
		back, err := ParseRatio(r.String())
		require.NoError(t, err)
		require.Equal(t, r, back)
		require.GreaterOrEqual(t, r.Num(), int64(0))
		if v, ok := r.Per(10000, Precision{Places: 2, Rounding: HalfEven}); ok {
			require.GreaterOrEqual(t, v.Sign(), 0)
		}
	})
}
