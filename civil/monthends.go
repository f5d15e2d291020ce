package civil

import "time"

// MonthEnds returns the last day of every month from from's month to to's
// month, both inclusive, ascending — the as-of dates of a monthly series:
// MonthEnds(2010-05-01, 2012-02-14) is 2010-05-31, 2010-06-30, …,
// 2012-01-31, 2012-02-29 (22 dates). It is nil when either date is zero or
// to is before from.
func MonthEnds(from, to Date) []Date {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	y, m, _ := from.Date()
	ty, tm, _ := to.Date()
	out := make([]Date, 0, (ty-y)*12+int(tm-m)+1)
	for y < ty || (y == ty && m <= tm) {
		out = append(out, Date{n: int32(daysFromCivil(y, int(m), daysIn(y, m)))})
		if m == time.December {
			y, m = y+1, time.January
		} else {
			m++
		}
	}
	return out
}
