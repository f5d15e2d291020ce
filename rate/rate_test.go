package rate

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refRound is an independent reference: x (a fraction, any sign) as a percent
// rounded to places under mode, using only big.Rat arithmetic.
func refRound(x *big.Rat, places int32, mode Rounding) decimal.Decimal {
	y := new(big.Rat).Mul(x, big.NewRat(100, 1))
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt32(places))), nil))
	if places >= 0 {
		y.Mul(y, scale)
	} else {
		y.Quo(y, scale)
	}
	neg := y.Sign() < 0
	y.Abs(y)
	floor := new(big.Int).Quo(y.Num(), y.Denom())
	frac := new(big.Rat).Sub(y, new(big.Rat).SetInt(floor))
	switch frac.Cmp(big.NewRat(1, 2)) {
	case 1:
		floor.Add(floor, big.NewInt(1))
	case 0:
		if mode == HalfUp || floor.Bit(0) == 1 {
			floor.Add(floor, big.NewInt(1))
		}
	}
	if neg {
		floor.Neg(floor)
	}
	return decimal.NewFromBigInt(floor, -places)
}

func absInt32(v int32) int32 {
	if v < 0 {
		return -v
	}
	return v
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestNewRate(t *testing.T) {
	tests := []struct {
		num, den int64
		ok       bool
	}{
		{1394, 1396, true},
		{0, 0, true},
		{0, 5, true},
		{5, 5, true},
		{6, 5, false},
		{1, 0, false},
		{-1, 5, false},
		{0, -1, false},
		{-1, -1, false},
	}
	for _, tt := range tests {
		r, err := New(tt.num, tt.den)
		if !tt.ok {
			assert.ErrorIs(t, err, ErrInvalidRate, "%d/%d", tt.num, tt.den)
			assert.ErrorContains(t, err, "rate: ")
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.num, r.Num())
		assert.Equal(t, tt.den, r.Den())
		assert.Equal(t, tt.den != 0, r.Defined())
	}
	assert.Equal(t, Rate{}, MustParse("0/0"), "zero value is the undefined rate 0/0")
	assert.False(t, Rate{}.Defined())
}

func TestRateText(t *testing.T) {
	for _, s := range []string{"1394/1396", "0/0", "0/7", "9223372036854775807/9223372036854775807"} {
		r, err := Parse(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, r.String())
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Rate
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	for _, s := range []string{"", "1/", "/2", "1", "3/2", "-1/2", "+1/2", "1/2/3", " 1/2", "1.5/2", "99999999999999999999/99999999999999999999"} {
		_, err := Parse(s)
		assert.ErrorIs(t, err, ErrInvalidRate, s)
	}
	assert.Panics(t, func() { MustParse("2/1") })
}

func TestRateRatAndCompare(t *testing.T) {
	x, ok := MustParse("1394/1396").Rat()
	require.True(t, ok)
	assert.Equal(t, "697/698", x.String())
	_, ok = Rate{}.Rat()
	assert.False(t, ok)

	half, quarter := MustParse("1/2"), MustParse("1/4")
	assert.Equal(t, 0, half.Compare(MustParse("2/4")))
	assert.NotEqual(t, half, MustParse("2/4"), "== compares counts")
	assert.Equal(t, 1, half.Compare(quarter))
	assert.Equal(t, -1, quarter.Compare(half))
	assert.Equal(t, -1, Rate{}.Compare(MustParse("0/3")))
	assert.Equal(t, 1, MustParse("0/3").Compare(Rate{}))
	assert.Equal(t, 0, Rate{}.Compare(Rate{}))
	big1 := MustParse("9223372036854775806/9223372036854775807")
	big2 := MustParse("9223372036854775805/9223372036854775806")
	assert.Equal(t, 1, big1.Compare(big2))
}

// TestPercentReport checks the figures of the 2012 report.
func TestPercentReport(t *testing.T) {
	tests := []struct {
		name   string
		rate   string
		places int32
		want   string // both modes (none of these is a tie)
	}{
		{"licensed 全达标率", "1394/1396", 1, "99.9"},
		{"unlicensed 全达标率", "178/539", 0, "33"},
		{"unlicensed lowest count giving 33", "176/539", 0, "33"},
		{"unlicensed highest count giving 33", "180/539", 0, "33"},
		{"one fewer", "175/539", 0, "32"},
		{"one more", "181/539", 0, "34"},
		{"overall (derived)", "1572/1935", 1, "81.2"},
		{"May 2010 baseline, points reading", "174/1396", 1, "12.5"},
		{"May 2010 baseline, relative reading", "744/1396", 1, "53.3"},
		{"none compliant", "0/1396", 1, "0.0"},
		{"all compliant", "1396/1396", 1, "100.0"},
		{"all compliant whole", "1/1", 0, "100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, mode := range Values[Rounding]() {
				got, ok := MustParse(tt.rate).Percent(Precision{Places: tt.places, Rounding: mode})
				require.True(t, ok)
				assert.True(t, dec(tt.want).Equal(got), "%s %v: got %s want %s", tt.rate, mode, got, tt.want)
				assert.Equal(t, -tt.places, got.Exponent(), "exactly places digits")
				assert.Equal(t, tt.want+"%", FormatPercent(got, tt.places))
			}
		})
	}
}

// TestPercentGBT8170 encodes the worked examples of GB/T 8170-2008 §3 as
// rates (or changes) whose exact percentage is the standard's number, and
// checks both modes: HalfEven is the standard's rule, HalfUp its 四舍五入
// counterpart.
func TestPercentGBT8170(t *testing.T) {
	tests := []struct {
		name           string
		rate           string // exact percent in the name
		places         int32
		halfEven, half string
	}{
		{"rule 1: 12.1498 → 12.1", "121498/1000000", 1, "12.1", "12.1"},
		{"rule 2: 1268 → 13×10² (analogue 12.68 → 13)", "1268/10000", 0, "13", "13"},
		{"rule 3: 10.5002 → 11", "105002/1000000", 0, "11", "11"},
		{"rule 4: 1.050 → 1.0 (even stays)", "1050/100000", 1, "1.0", "1.1"},
		{"rule 4: 0.35 → 0.4 (odd rounds up)", "35/10000", 1, "0.4", "0.4"},
		{"rule 4: 0.25 → 0.2", "25/10000", 1, "0.2", "0.3"},
		{"rule 4: 25 → 2×10¹ (2500 → 2×10³ analogue)", "1/4", -1, "20", "30"},
		{"rule 4: 35 → 4×10¹ (3500 → 4×10³ analogue)", "35/100", -1, "40", "40"},
		{"once, not in steps: 8.53459 → 8.53", "853459/10000000", 2, "8.53", "8.53"},
		{"tie at whole percent: 12.5 → 12", "1/8", 0, "12", "13"},
		{"tie at whole percent: 87.5 → 88", "7/8", 0, "88", "88"},
		{"exact tie deep: 0.0125 → 0.012", "1/8000", 3, "0.012", "0.013"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustParse(tt.rate)
			for mode, want := range map[Rounding]string{HalfEven: tt.halfEven, HalfUp: tt.half} {
				got, ok := r.Percent(Precision{Places: tt.places, Rounding: mode})
				require.True(t, ok)
				assert.True(t, dec(want).Equal(got), "%v: got %s want %s", mode, got, want)
				x, _ := r.Rat()
				assert.True(t, refRound(x, tt.places, mode).Equal(got), "reference")
			}
		})
	}
}

// TestChangeGBT8170Literal uses relative changes to reach the standard's
// literal large numbers (2500, 3500, 1268) and point changes for rule 5
// (negative values round by absolute value).
func TestChangeGBT8170Literal(t *testing.T) {
	from := MustParse("1/100")
	tests := []struct {
		name           string
		to             string
		places         int32
		halfEven, half string
	}{
		{"2500 → 2×10³", "26/100", -3, "2000", "3000"},
		{"3500 → 4×10³", "36/100", -3, "4000", "4000"},
		{"1268 → 13×10²", "1368/10000", -2, "1300", "1300"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for mode, want := range map[Rounding]string{HalfEven: tt.halfEven, HalfUp: tt.half} {
				got, ok := Change{From: from, To: MustParse(tt.to)}.Relative(Precision{Places: tt.places, Rounding: mode})
				require.True(t, ok)
				assert.True(t, dec(want).Equal(got), "%v: got %s want %s", mode, got, want)
			}
		})
	}
	// Rule 5: −0.25 points → −0.2 (half-even), −0.3 (half-up, away from zero).
	for mode, want := range map[Rounding]string{HalfEven: "-0.2", HalfUp: "-0.3"} {
		got, ok := Change{From: MustParse("50/100"), To: MustParse("4975/10000")}.Points(Precision{Places: 1, Rounding: mode})
		require.True(t, ok)
		assert.True(t, dec(want).Equal(got), "%v: got %s", mode, got)
		assert.Equal(t, want+" 个百分点", FormatPoints(got, 1, Chinese))
	}
}

func TestPercentUndefinedAndInvalid(t *testing.T) {
	r := MustParse("1/3")
	cases := []struct {
		name   string
		r      Rate
		places int32
		mode   Rounding
	}{
		{"undefined", Rate{}, 1, HalfEven},
		{"zero mode", r, 1, 0},
		{"bad mode", r, 1, 3},
		{"places too large", r, MaxPlaces + 1, HalfEven},
		{"places too small", r, MinPlaces - 1, HalfUp},
	}
	for _, c := range cases {
		v, ok := c.r.Percent(Precision{Places: c.places, Rounding: c.mode})
		assert.False(t, ok, c.name)
		assert.True(t, v.IsZero(), c.name)
		assert.Equal(t, Undefined, c.r.Format(Precision{Places: c.places, Rounding: c.mode}), c.name)
	}
	for _, places := range []int32{MinPlaces, -1, 0, 16, 17, MaxPlaces} {
		got, ok := r.Percent(Precision{Places: places, Rounding: HalfEven})
		require.True(t, ok)
		x, _ := r.Rat()
		assert.True(t, refRound(x, places, HalfEven).Equal(got), "places %d: %s", places, got)
	}
}

func TestPointAndRelativeChange(t *testing.T) {
	now := MustParse("1394/1396")
	tests := []struct {
		name           string
		from           string
		points, rel    string
		pointOK, relOK bool
	}{
		{"points reading: baseline 174/1396 (12.5 %)", "174/1396", "87.4", "701.1", true, true},
		{"baseline 175/1396 (also 12.5 %) is 87.3 from exact counts", "175/1396", "87.3", "696.6", true, true},
		{"relative reading: baseline 744/1396 (53.3 %)", "744/1396", "46.6", "87.4", true, true},
		{"from zero: relative undefined", "0/1396", "99.9", "", true, false},
		{"from undefined", "0/0", "", "", false, false},
		{"no change", "1394/1396", "0.0", "0.0", true, true},
		{"fall", "1396/1396", "-0.1", "-0.1", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from := MustParse(tt.from)
			for _, mode := range Values[Rounding]() {
				p, ok := Change{From: from, To: now}.Points(Precision{Places: 1, Rounding: mode})
				require.Equal(t, tt.pointOK, ok)
				if ok {
					assert.True(t, dec(tt.points).Equal(p), "points %v: %s", mode, p)
				}
				r, ok := Change{From: from, To: now}.Relative(Precision{Places: 1, Rounding: mode})
				require.Equal(t, tt.relOK, ok)
				if ok {
					assert.True(t, dec(tt.rel).Equal(r), "relative %v: %s", mode, r)
				}
			}
		})
	}
	_, ok := Change{From: now, To: Rate{}}.Points(Precision{Places: 1, Rounding: HalfEven})
	assert.False(t, ok, "to undefined")
	_, ok = Change{From: now, To: Rate{}}.Relative(Precision{Places: 1, Rounding: HalfEven})
	assert.False(t, ok, "to undefined")
	_, ok = Change{From: now, To: now}.Points(Precision{Places: 1, Rounding: 0})
	assert.False(t, ok, "invalid mode")
	_, ok = Change{From: now, To: now}.Relative(Precision{Places: MaxPlaces + 1, Rounding: HalfUp})
	assert.False(t, ok, "invalid places")
}

func TestFormat(t *testing.T) {
	now, base := MustParse("1394/1396"), MustParse("174/1396")
	assert.Equal(t, "99.9%", now.Format(Precision{Places: 1, Rounding: HalfEven}))
	assert.Equal(t, "+87.4 个百分点", formatPointChange(base, now, Precision{Places: 1, Rounding: HalfEven}, Chinese))
	assert.Equal(t, "+87.4 percentage points", formatPointChange(base, now, Precision{Places: 1, Rounding: HalfEven}, English))
	assert.Equal(t, "-87.4 percentage points", formatPointChange(now, base, Precision{Places: 1, Rounding: HalfEven}, English))
	assert.Equal(t, "0.0 个百分点", formatPointChange(now, now, Precision{Places: 1, Rounding: HalfEven}, Chinese))
	assert.Equal(t, "+87.4%(相对变化)", formatRelativeChange(MustParse("744/1396"), now, Precision{Places: 1, Rounding: HalfUp}, Chinese))
	assert.Equal(t, "+87.4% (relative)", formatRelativeChange(MustParse("744/1396"), now, Precision{Places: 1, Rounding: HalfUp}, English))
	assert.Equal(t, Undefined, formatRelativeChange(MustParse("0/5"), now, Precision{Places: 1, Rounding: HalfUp}, English))
	assert.Equal(t, Undefined, formatPointChange(Rate{}, now, Precision{Places: 1, Rounding: HalfUp}, English))
	assert.Equal(t, "+87.4 个百分点", FormatPoints(dec("87.4"), 1, 0), "invalid lang falls back to Chinese")
	// A value with more digits than places is shown exactly, never re-rounded.
	assert.Equal(t, "99.857%", FormatPercent(dec("99.857"), 1))
	assert.Equal(t, "20%", FormatPercent(dec("20"), -1))
	assert.Equal(t, "100.0%", FormatPercent(dec("100"), 1))
}

func TestLang(t *testing.T) {
	for _, l := range Values[Lang]() {
		require.True(t, l.IsValid())
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back Lang
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
		p, err := ParseLabel[Lang](l.Name(Chinese))
		require.NoError(t, err)
		assert.Equal(t, l, p)
	}
	assert.Equal(t, "zh", Chinese.String())
	assert.Equal(t, "en", English.String())
	assert.Equal(t, "Lang(0)", Lang(0).String())
	assert.Equal(t, "", Lang(9).Name(Chinese))
	assert.Equal(t, "English", English.Name(English))
	assert.Equal(t, "中文", Chinese.Name(Chinese))
	_, err := Lang(3).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidLang)
	_, err = ParseLang("fr")
	assert.ErrorIs(t, err, ErrInvalidLang)
	_, err = ParseLang("")
	assert.ErrorIs(t, err, ErrInvalidLang)
	_, err = ParseLabel[Lang]("zh")
	assert.ErrorIs(t, err, ErrInvalidLang)
	assert.EqualError(t, err, `rate: invalid language: "zh"`)
	l := English
	assert.Error(t, l.UnmarshalText([]byte("x")))
	assert.Equal(t, English, l, "unchanged on error")
}

func TestRounding(t *testing.T) {
	assert.Equal(t, "half_even", HalfEven.String())
	assert.Equal(t, "half_up", HalfUp.String())
	assert.Equal(t, "四舍六入五成双", HalfEven.Name(Chinese))
	assert.Equal(t, "四舍六入五成双", HalfEven.Name(Chinese))
	assert.Equal(t, "round half to even (GB/T 8170-2008)", HalfEven.Name(English))
	assert.Equal(t, "round half up", HalfUp.Name(English))
	assert.Equal(t, "", Rounding(0).Name(English))
	assert.Equal(t, "", HalfUp.Name(Lang(9)))
	assert.Equal(t, "四舍五入", HalfUp.Name(Chinese))
	for _, m := range Values[Rounding]() {
		b, err := m.MarshalText()
		require.NoError(t, err)
		var back Rounding
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, m, back)
		p, err := ParseLabel[Rounding](m.Name(Chinese))
		require.NoError(t, err)
		assert.Equal(t, m, p)
	}
	assert.False(t, Rounding(0).IsValid())
	assert.Equal(t, "Rounding(0)", Rounding(0).String())
	assert.Equal(t, "", Rounding(3).Name(Chinese))
	_, err := Rounding(3).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidRounding)
	_, err = ParseRounding("banker")
	assert.ErrorIs(t, err, ErrInvalidRounding)
	_, err = ParseRounding("")
	assert.ErrorIs(t, err, ErrInvalidRounding)
	_, err = ParseLabel[Rounding]("half_up")
	assert.ErrorIs(t, err, ErrInvalidRounding)
	assert.EqualError(t, err, `rate: invalid rounding mode: "half_up"`)
}

// TestZeroEnums: the zero value of every enum of the package is unset: it marshals as "" in text and JSON,
// and "" unmarshals as it; a zero Precision marshals too (and stays invalid).
func TestZeroEnums(t *testing.T) {
	for _, v := range []interface {
		MarshalText() ([]byte, error)
		IsValid() bool
	}{Rounding(0), Lang(0)} {
		assert.False(t, v.IsValid())
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b))
	}
	m, l := HalfUp, English
	require.NoError(t, m.UnmarshalText(nil))
	require.NoError(t, l.UnmarshalText([]byte{}))
	assert.Zero(t, m)
	assert.Zero(t, l)
	b, err := json.Marshal(Precision{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"places":0,"rounding":""}`, string(b))
	var p Precision
	require.NoError(t, json.Unmarshal(b, &p))
	assert.Equal(t, Precision{}, p)
	assert.False(t, p.IsValid())
}

// TestPercentProperty compares Percent, Change.Points and Change.Relative with
// the big.Rat reference on seeded random fractions, both modes, many places.
func TestPercentProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(8170, 2008))
	randRate := func() Rate {
		var den int64
		switch rng.IntN(4) {
		case 0:
			den = rng.Int64N(20) + 1 // small: many exact ties
		case 1:
			den = rng.Int64N(100000) + 1
		case 2:
			den = int64(rng.Uint64() >> 1)
			if den == 0 {
				den = 1
			}
		default:
			den = 8 * (rng.Int64N(1000) + 1) // powers of two: ties at several places
		}
		return Rate{num: rng.Int64N(den + 1), den: den}
	}
	for range 5000 {
		a, b := randRate(), randRate()
		places := int32(rng.IntN(24)) - 4
		for _, mode := range Values[Rounding]() {
			got, ok := a.Percent(Precision{Places: places, Rounding: mode})
			require.True(t, ok)
			x, _ := a.Rat()
			require.True(t, refRound(x, places, mode).Equal(got), "%s at %d %v: %s", a, places, mode, got)

			xb, _ := b.Rat()
			diff := new(big.Rat).Sub(xb, x)
			p, ok := Change{From: a, To: b}.Points(Precision{Places: places, Rounding: mode})
			require.True(t, ok)
			require.True(t, refRound(diff, places, mode).Equal(p), "points %s→%s", a, b)
			r, ok := Change{From: a, To: b}.Relative(Precision{Places: places, Rounding: mode})
			require.Equal(t, a.num != 0, ok)
			if ok {
				require.True(t, refRound(new(big.Rat).Quo(diff, x), places, mode).Equal(r), "relative %s→%s", a, b)
			}
		}
	}
}

func FuzzPercent(f *testing.F) {
	f.Add(int64(1394), int64(1396), int32(1))
	f.Add(int64(178), int64(539), int32(0))
	f.Add(int64(1050), int64(100000), int32(1))
	f.Add(int64(35), int64(10000), int32(1))
	f.Add(int64(105002), int64(1000000), int32(0))
	f.Add(int64(1), int64(4), int32(-1))
	f.Add(int64(0), int64(0), int32(1))
	f.Add(int64(9223372036854775806), int64(9223372036854775807), int32(17))
	f.Fuzz(func(t *testing.T, num, den int64, places int32) {
		r, err := New(num, den)
		if err != nil {
			return
		}
		for _, mode := range Values[Rounding]() {
			got, ok := r.Percent(Precision{Places: places, Rounding: mode})
			if !r.Defined() || places < MinPlaces || places > MaxPlaces {
				require.False(t, ok)
				continue
			}
			require.True(t, ok)
			x, _ := r.Rat()
			require.True(t, refRound(x, places, mode).Equal(got), "%s at %d %v: %s", r, places, mode, got)
			require.Equal(t, -places, got.Exponent())
		}
	})
}

func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"1394/1396", "178/539", "0/0", "0/7", "3/2", "-1/2", "1/", "9223372036854775807/9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, err := Parse(text)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidRate)
			return
		}
		require.True(t, r.Num() >= 0 && r.Num() <= r.Den())
		back, err := Parse(r.String())
		require.NoError(t, err)
		require.Equal(t, r, back)
	})
}

func FuzzChange(f *testing.F) {
	f.Add(int64(174), int64(1396), int64(1394), int64(1396), int32(1))
	f.Add(int64(1), int64(100), int64(26), int64(100), int32(-3))
	f.Add(int64(50), int64(100), int64(4975), int64(10000), int32(1))
	f.Add(int64(0), int64(5), int64(1), int64(5), int32(0))
	f.Fuzz(func(t *testing.T, a, b, c, d int64, places int32) {
		from, err1 := New(a, b)
		to, err2 := New(c, d)
		if err1 != nil || err2 != nil || places < MinPlaces || places > MaxPlaces {
			return
		}
		for _, mode := range Values[Rounding]() {
			p, ok := Change{From: from, To: to}.Points(Precision{Places: places, Rounding: mode})
			require.Equal(t, from.Defined() && to.Defined(), ok)
			r, rok := Change{From: from, To: to}.Relative(Precision{Places: places, Rounding: mode})
			require.Equal(t, from.Num() != 0 && to.Defined(), rok)
			if !ok {
				continue
			}
			x, _ := from.Rat()
			y, _ := to.Rat()
			diff := new(big.Rat).Sub(y, x)
			require.True(t, refRound(diff, places, mode).Equal(p))
			if rok {
				require.True(t, refRound(diff.Quo(diff, x), places, mode).Equal(r))
			}
		}
	})
}

// TestFormatPlacesBounded: the formatters refuse places outside MinPlaces..MaxPlaces, as Rate.Percent does,
// instead of building a string as long as the places asked for.
func TestFormatPlacesBounded(t *testing.T) {
	v := decimal.NewFromInt(50)
	for _, p := range []int32{MinPlaces - 1, MaxPlaces + 1, 1 << 27, -1 << 27} {
		assert.Equal(t, Undefined, FormatPercent(v, p), p)
		assert.Equal(t, Undefined, FormatPoints(v, p, Chinese), p)
		assert.Equal(t, Undefined, FormatRelative(v, p, English), p)
	}
	assert.Equal(t, "50.0%", FormatPercent(v, 1))
}

// TestNewVersionsManyCopies: thousands of copies of one version are refused in about linear time, every copy

func formatPointChange(from, to Rate, p Precision, lang Lang) string {
	v, ok := Change{From: from, To: to}.Points(p)
	if !ok {
		return Undefined
	}
	return FormatPoints(v, p.Places, lang)
}

func formatRelativeChange(from, to Rate, p Precision, lang Lang) string {
	v, ok := Change{From: from, To: to}.Relative(p)
	if !ok {
		return Undefined
	}
	return FormatRelative(v, p.Places, lang)
}
