package compliance_test

import (
	"fmt"

	"github.com/campussec/campussec/compliance"
)

// The 2012 report's licensed full-compliance rate: 1394 of 1396 licensed
// campuses, 99.857… %, published to one decimal. It is not a tie, so both
// rules agree; 1/8 = 12.5 % at whole percents is a tie, and they differ.
func ExampleRate_Percent() {
	licensed, err := compliance.NewRate(1394, 1396)
	if err != nil {
		panic(err)
	}
	v, _ := licensed.Percent(1, compliance.HalfEven)
	fmt.Println(compliance.FormatPercent(v, 1))

	unlicensed := compliance.MustParseRate("178/539")
	fmt.Println(unlicensed.Format(0, compliance.HalfEven))

	tie := compliance.MustParseRate("1/8")
	fmt.Println(tie.Format(0, compliance.HalfEven), tie.Format(0, compliance.HalfUp))

	_, ok := compliance.Rate{}.Percent(1, compliance.HalfEven)
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
func ExamplePointChange() {
	now := compliance.MustParseRate("1394/1396")

	points := compliance.MustParseRate("174/1396")
	fmt.Println(points.Format(1, compliance.HalfEven), "→", now.Format(1, compliance.HalfEven))
	fmt.Println(compliance.FormatPointChange(points, now, 1, compliance.HalfEven, compliance.Chinese))
	fmt.Println(compliance.FormatPointChange(points, now, 1, compliance.HalfEven, compliance.English))
	fmt.Println(compliance.FormatRelativeChange(points, now, 1, compliance.HalfEven, compliance.English))

	relative := compliance.MustParseRate("744/1396")
	fmt.Println(relative.Format(1, compliance.HalfEven), "→", now.Format(1, compliance.HalfEven))
	fmt.Println(compliance.FormatPointChange(relative, now, 1, compliance.HalfEven, compliance.English))
	fmt.Println(compliance.FormatRelativeChange(relative, now, 1, compliance.HalfEven, compliance.Chinese))
	// Output:
	// 12.5% → 99.9%
	// +87.4 个百分点
	// +87.4 percentage points
	// +701.1% (relative)
	// 53.3% → 99.9%
	// +46.6 percentage points
	// +87.4%(相对变化)
}
