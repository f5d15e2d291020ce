package nationgen

import (
	_ "embed"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
)

// requiredGuards is the full-time guard staffing rule of the standard (R11 for 中小学, R09 for every campus):
// at least 1 below 100 pupils and staff, 2 from 100 to 1000, and one more for each started 500 above 1000.
func requiredGuards(c campus.Campus) int {
	if c.Kind.Group() != campus.GroupSchool {
		return 1
	}
	n := c.Students + c.Staff
	switch {
	case n < 100:
		return 1
	case n <= 1000:
		return 2
	}
	return 2 + (n-1000+499)/500
}

// StandardJSON is the 20-requirement standard the national dataset is measured against, in the compliance
// package's JSON format (version 1): ten requirements for every campus and ten (R11–R20, scope "school") for
// 中小学 only. It is synthetic benchmark data modelled on 公治〔2015〕168号 and GB/T 29315-2022, not a
// published standard.
//
//go:embed standard.json
var StandardJSON []byte

// LoadStandard loads and validates StandardJSON with the library.
func LoadStandard() (compliance.Standard, error) {
	return compliance.LoadStandard(StandardJSON)
}
