package civil_test

import (
	"fmt"
	"math"
	"time"

	"github.com/campussec/campussec/civil"
)

// A civil date parses from and prints as ISO 8601, with no time zone.
func ExampleParseDate() {
	d, err := civil.ParseDate("2012-02-14")
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Before(civil.MustParseDate("2012-03-01")))
	_, err = civil.ParseDate("2011-02-29")
	fmt.Println(err)
	// Output:
	// 2012-02-14 true
	// civil: invalid date: "2011-02-29" does not exist
}

// DateOf takes the date a caller's time.Time shows in its own location: the package never reads the clock.
func ExampleDateOf() {
	beijing := time.FixedZone("CST", 8*60*60)
	t := time.Date(2012, time.February, 13, 23, 30, 0, 0, time.UTC) // 07:30 on the 14th in Beijing
	fmt.Println(civil.DateOf(t), civil.DateOf(t.In(beijing)))
	// Output:
	// 2012-02-13 2012-02-14
}

// ExampleDate_AddDays shows date arithmetic saturating at the calendar's ends.
func ExampleDate_AddDays() {
	d := civil.MustParseDate("2012-02-14")
	fmt.Println(d.AddDays(15))
	fmt.Println(d.AddDays(math.MaxInt))
	fmt.Println(d.AddDays(math.MinInt))
	// Output:
	// 2012-02-29
	// 9999-12-31
	// 0001-01-01
}

// MonthEnds gives the month-ends of a monthly series: here the first and last
// of the 2012 report's trend, from May 2010 to the report's month.
func ExampleMonthEnds() {
	ends := civil.MonthEnds(civil.MustParseDate("2010-05-01"), civil.MustParseDate("2012-02-14"))
	fmt.Println(len(ends), ends[0], ends[1], ends[len(ends)-1])
	// Output: 22 2010-05-31 2010-06-30 2012-02-29
}
