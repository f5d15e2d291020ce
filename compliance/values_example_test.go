package compliance_test

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/rate"
)

// ExampleParseLabel shows the one text policy of the enums: ParseStatus (and JSON) read the stable id
// only; the Chinese label is read by ParseLabel, the package's one function for labels.
func ExampleParseLabel() {
	_, err := compliance.ParseStatus("达标")
	fmt.Println(err)
	s, err := compliance.ParseLabel[compliance.Status]("达标")
	fmt.Println(s, err)
	_, err = compliance.ParseLabel[compliance.Outcome]("met")
	fmt.Println(err)
	// Output:
	// compliance: invalid status: "达标"
	// compliant <nil>
	// compliance: invalid outcome: "met"
}

// ExampleValues lists an enum's values in their declaration order (the order reports list them), with their
// Chinese labels and English names.
func ExampleValues() {
	for _, s := range compliance.Values[compliance.Status]() {
		fmt.Printf("%s %s / %s\n", s, s.Name(rate.Chinese), s.Name(rate.English))
	}
	// Output:
	// compliant 达标 / compliant
	// non_compliant 未达标 / non-compliant
	// incomplete 检查不完整 / inspection incomplete
	// unassessed 未检查 / not inspected
	// out_of_scope 不适用 / not applicable
}

// ExampleTally_Overflowed shows the tally bound: NewTally rejects counts that add up to more than MaxTally,
// and a Merge beyond it gives the overflowed tally, which gives no figure and has no JSON.
func ExampleTally_Overflowed() {
	_, err := compliance.NewTally(math.MaxInt64, math.MaxInt64, math.MaxInt64, 0)
	fmt.Println(err != nil)

	half, _ := compliance.NewTally(math.MaxInt64/2+1, 0, 0, 0)
	sum := half.Merge(half)
	fmt.Println(sum.Overflowed(), sum.Total())
	_, ok := sum.Rate(compliance.ComplianceMeasure).Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
	fmt.Println("figure:", ok)
	_, err = json.Marshal(sum)
	fmt.Println(err != nil)
	// Output:
	// true
	// true 0
	// figure: false
	// true
}
