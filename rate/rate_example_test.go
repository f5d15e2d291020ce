package rate_test

import (
	"fmt"

	"github.com/campussec/campussec/rate"
)

// The 2012 report's licensed full-compliance rate: 1394 of 1396 licensed
// campuses, 99.857… %, published to one decimal. It is not a tie, so both
// rules agree; 1/8 = 12.5 % at whole percents is a tie, and they differ.
func ExampleRate_Percent() {
	licensed, err := rate.New(1394, 1396)
	if err != nil {
		panic(err)
	}
	v, _ := licensed.Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	fmt.Println(rate.FormatPercent(v, 1))

	unlicensed := rate.MustParse("178/539")
	fmt.Println(unlicensed.Format(rate.Precision{Places: 0, Rounding: rate.HalfEven}))

	tie := rate.MustParse("1/8")
	fmt.Println(tie.Format(rate.Precision{Places: 0, Rounding: rate.HalfEven}), tie.Format(rate.Precision{Places: 0, Rounding: rate.HalfUp}))

	_, ok := rate.Rate{}.Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	fmt.Println("0/0 defined:", ok)
	// Output:
	// 99.9%
	// 33%
	// 12% 13%
	// 0/0 defined: false
}

// "与2010年5月相比,提高了87.4%": two readings of one sentence. As percentage
// points, May 2010 stood at 12.5 % (174 of 1396: 175 of 1396 is also 12.5 %
// but is 87.3 points from exact counts). As a relative rise, it stood at
// 53.3 % (744 of 1396). The library computes both and labels each.
func ExampleChange() {
	oneDecimal := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	now := rate.MustParse("1394/1396")

	asPoints := rate.Change{From: rate.MustParse("174/1396"), To: now}
	fmt.Println(asPoints.Format(oneDecimal, rate.Chinese))
	fmt.Println(asPoints.Format(oneDecimal, rate.English))

	asRelative := rate.Change{From: rate.MustParse("744/1396"), To: now}
	fmt.Println(asRelative.Format(oneDecimal, rate.English))

	points, _ := asPoints.Points(oneDecimal)
	fmt.Println(rate.FormatPoints(points, oneDecimal.Places, rate.Chinese))
	// Output:
	// 12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)
	// 12.5% → 99.9%: +87.4 percentage points, +701.1% (relative)
	// 53.3% → 99.9%: +46.6 percentage points, +87.4% (relative)
	// +87.4 个百分点
}

// A figure is rounded by a named rule to a stated number of places: the zero
// Precision names no rule and rounds nothing.
func ExamplePrecision() {
	r := rate.MustParse("1/8")
	for _, p := range []rate.Precision{
		{Places: 1, Rounding: rate.HalfEven},
		{Places: 0, Rounding: rate.HalfEven},
		{Places: 0, Rounding: rate.HalfUp},
		{},
	} {
		fmt.Println(p, p.IsValid(), r.Format(p))
	}
	// Output:
	// 1/half_even true 12.5%
	// 0/half_even true 12%
	// 0/half_up true 13%
	// 0/Rounding(0) false —
}

func ExampleParseLabel() {
	m, err := rate.ParseLabel[rate.Rounding]("四舍六入五成双")
	fmt.Println(m, m.Name(rate.English), err)
	_, err = rate.ParseLabel[rate.Rounding]("half_even") // an id is not a label: ParseRounding reads ids
	fmt.Println(err)
	// Output:
	// half_even round half to even (GB/T 8170-2008) <nil>
	// rate: invalid rounding mode: "half_even"
}

func ExampleValues() {
	for _, m := range rate.Values[rate.Rounding]() {
		fmt.Printf("%s %s / %s\n", m, m.Name(rate.Chinese), m.Name(rate.English))
	}
	fmt.Println(rate.Values[rate.Lang]())
	// Output:
	// half_even 四舍六入五成双 / round half to even (GB/T 8170-2008)
	// half_up 四舍五入 / round half up
	// [zh en]
}

// A Ratio is a "per N" figure, where the count may exceed what it is counted per: never a percent.
func ExampleRatio_Per() {
	perPupil := rate.MustParseRatio("3/20000") // 3 incidents among 20,000 pupils
	perCampus := rate.MustParseRatio("7/2")    // 7 incidents at 2 campuses
	p := rate.Precision{Places: 2, Rounding: rate.HalfEven}
	fmt.Println(perPupil.Format(10000, p), "per 10,000 pupils")
	fmt.Println(perCampus.Format(1, p), "per campus")
	// Output:
	// 1.50 per 10,000 pupils
	// 3.50 per campus
}

// A RatioChange labels both readings: the difference in the ratio's own unit, and the relative change.
func ExampleRatioChange() {
	c := rate.RatioChange{From: rate.MustParseRatio("4/20000"), To: rate.MustParseRatio("3/20000")}
	p := rate.Precision{Places: 2, Rounding: rate.HalfEven}
	fmt.Println(c.Format(10000, p, rate.English))
	// Output:
	// 2.00 → 1.50: -0.50 (difference), -25.00% (relative)
}
