package change_test

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// The 2012 report's "与2010年5月份…相比,提高了87.4%" as a change figure: both readings, each labelled, and
// JSON that carries both figures whole.
func ExampleBetween() {
	from := compliance.Figure{Measure: compliance.ComplianceMeasure, Rate: rate.MustParse("174/1396"),
		Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven}, AsOf: civil.MustParseDate("2010-05-31"),
		StandardID: "js", StandardVersion: "2010", StandardEffective: civil.MustParseDate("2010-04-30"),
		PreventionLevel: prevention.Heightened, License: campus.Licensed}
	to := from
	to.Rate, to.AsOf = rate.MustParse("1394/1396"), civil.MustParseDate("2012-02-14")
	c, err := change.Between(from, to)
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Format(rate.Chinese))
	fmt.Println(c.Format(rate.English))
	b, err := json.Marshal(c)
	if err != nil {
		panic(err)
	}
	var back change.Figure
	fmt.Println(json.Unmarshal(b, &back), back == c)
	var j map[string]any
	_ = json.Unmarshal(b, &j)
	fmt.Println(j["points"], j["points_unit"], j["relative"], j["relative_unit"], j["version_changed"])
	// Output:
	// 全达标率 12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)
	// full-compliance rate 12.5% → 99.9%: +87.4 percentage points, +701.1% (relative)
	// <nil> true
	// 87.4 percentage_points 701.1 percent_of_from false
}
