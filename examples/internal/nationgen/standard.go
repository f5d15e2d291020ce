package nationgen

import "github.com/campussec/campussec/campus"

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
