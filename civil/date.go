package civil

import (
	"errors"
	"fmt"
	"time"

	"github.com/campussec/campussec/internal/errbound"
)

// ErrInvalidDate reports text that is not a valid civil date in the form
// "2006-01-02" with a year from 0001 to 9999, or a date that does not exist
// (2012-02-30, 2011-02-29).
var ErrInvalidDate = errors.New("civil: invalid date")

// Date is a civil (calendar) date with no time zone and no time of day: the
// date of an inspection, the effective date of a standard, the as-of date of a
// report. It is a small comparable value (== and map keys work) and orders
// cheaply.
//
// The zero value means "unset"; it compares before every set date. Set dates
// range from 0001-01-01 to 9999-12-31.
type Date struct {
	// n is the number of days since 0000-03-01 in the proleptic Gregorian
	// calendar; 0001-01-01 is 306, so n == 0 never names a valid date and
	// serves as the zero (unset) value.
	n int32
}

const (
	minDateDays = 306     // 0001-01-01
	maxDateDays = 3652364 // 9999-12-31
)

// NewDate returns the date year-month-day, or an error wrapping ErrInvalidDate
// if it does not exist or the year is outside 1..9999.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < 1 || year > 9999 || month < time.January || month > time.December ||
		day < 1 || day > daysIn(year, month) {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d", ErrInvalidDate, year, int(month), day)
	}
	return Date{n: int32(daysFromCivil(year, int(month), day))}, nil
}

// ParseDate parses a date written exactly as "YYYY-MM-DD" (four-digit year,
// two-digit month and day). Errors wrap ErrInvalidDate and quote the input.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w: %s: want YYYY-MM-DD", ErrInvalidDate, errbound.Quote(s))
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("%w: %s: want YYYY-MM-DD", ErrInvalidDate, errbound.Quote(s))
	}
	date, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, fmt.Errorf("%w: %s does not exist", ErrInvalidDate, errbound.Quote(s))
	}
	return date, nil
}

// MustParseDate is ParseDate that panics on error; for tests and constants.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the civil date of t in t's own location. It returns the
// zero Date if the year is outside 1..9999.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	date, err := NewDate(y, m, d)
	if err != nil {
		return Date{}
	}
	return date
}

// IsZero reports whether d is the zero (unset) date.
func (d Date) IsZero() bool { return d.n == 0 }

// Date returns the year, month and day; all zero for the zero Date.
func (d Date) Date() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n))
	return y, time.Month(m), dd
}

// String returns the date as "2006-01-02"; "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	y, m, dd := d.Date()
	b := make([]byte, 0, 10)
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	return string(appendPadded(b, dd, 2))
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero
// Date is before every set date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// AddDays returns the date n days after d (before it when n is negative).
// The zero Date stays zero. The calendar's ends saturate: a result after
// 9999-12-31 is 9999-12-31 and one before 0001-01-01 is 0001-01-01, for every
// n down to math.MinInt and up to math.MaxInt (the sum is never formed where
// it could overflow).
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	cur := int(d.n)
	switch {
	case n > maxDateDays-cur:
		return Date{n: maxDateDays}
	case n < minDateDays-cur:
		return Date{n: minDateDays}
	}
	return Date{n: int32(cur + n)}
}

// DaysUntil returns the number of days from d to e: positive when e is after
// d, 0 on the same day, and 0 when either date is zero.
func (d Date) DaysUntil(e Date) int {
	if d.n == 0 || e.n == 0 {
		return 0
	}
	return int(e.n) - int(d.n)
}

// MarshalText encodes the date as String does ("" for the zero Date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes "YYYY-MM-DD", or "" as the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
