package civil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMonthEnds(t *testing.T) {
	d := MustParseDate
	tests := []struct {
		name     string
		from, to Date
		want     []string
	}{
		{"one month", d("2012-02-01"), d("2012-02-29"), []string{"2012-02-29"}},
		{"from a month-end", d("2010-05-31"), d("2010-07-01"), []string{"2010-05-31", "2010-06-30", "2010-07-31"}},
		{"across a year, leap and common February", d("2011-12-15"), d("2013-02-01"), []string{"2011-12-31", "2012-01-31",
			"2012-02-29", "2012-03-31", "2012-04-30", "2012-05-31", "2012-06-30", "2012-07-31", "2012-08-31", "2012-09-30",
			"2012-10-31", "2012-11-30", "2012-12-31", "2013-01-31", "2013-02-28"}},
		{"century rule: 1900 has no 29 February, 2000 has", d("1900-02-01"), d("1900-02-01"), []string{"1900-02-28"}},
		{"2000-02", d("2000-02-10"), d("2000-02-10"), []string{"2000-02-29"}},
		{"the calendar's last month", d("9999-12-01"), d("9999-12-31"), []string{"9999-12-31"}},
		{"to before from", d("2012-02-14"), d("2012-02-13"), nil},
		{"zero from", Date{}, d("2012-02-13"), nil},
		{"zero to", d("2012-02-13"), Date{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range MonthEnds(tt.from, tt.to) {
				got = append(got, e.String())
			}
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Len(t, MonthEnds(MustParseDate("0001-01-01"), MustParseDate("9999-12-31")), 9999*12)
}
