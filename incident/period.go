package incident

import (
	"fmt"
	"strings"
	"time"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
)

// Period is a span of civil dates, From and To both included: a term, a year, the time since a campaign
// began. Build one with NewPeriod or ParsePeriod, which validate it. Periods are comparable values.
//
// The zero Period is unset and invalid (Summarize refuses it). Its text form is "2011-09-01/2012-01-31",
// the two dates joined by "/" as ISO 8601 writes an interval; in JSON it is that string.
type Period struct {
	from, to civil.Date
}

// NewPeriod returns the period from from to to, both included. A zero date, or to before from, is an error
// wrapping ErrInvalidPeriod.
func NewPeriod(from, to civil.Date) (Period, error) {
	switch {
	case from.IsZero() || to.IsZero():
		return Period{}, fmt.Errorf("%w: %q/%q needs both dates", ErrInvalidPeriod, from, to)
	case to.Before(from):
		return Period{}, fmt.Errorf("%w: %s ends before it begins", ErrInvalidPeriod, Period{from, to})
	}
	return Period{from: from, to: to}, nil
}

// ParsePeriod parses "YYYY-MM-DD/YYYY-MM-DD" as String writes it, validating as NewPeriod does. The error
// wraps ErrInvalidPeriod (and civil.ErrInvalidDate for a bad date, which it quotes) and quotes the text.
func ParsePeriod(text string) (Period, error) {
	a, b, ok := strings.Cut(text, "/")
	if !ok {
		return Period{}, fmt.Errorf("%w: %s is not from/to", ErrInvalidPeriod, errbound.Quote(text))
	}
	from, err := civil.ParseDate(a)
	if err != nil {
		return Period{}, fmt.Errorf("%w: from: %w", ErrInvalidPeriod, err) // civil's error quotes the date
	}
	to, err := civil.ParseDate(b)
	if err != nil {
		return Period{}, fmt.Errorf("%w: to: %w", ErrInvalidPeriod, err)
	}
	return NewPeriod(from, to)
}

// MustParsePeriod is ParsePeriod that panics on error, for constants and tests.
func MustParsePeriod(text string) Period {
	p, err := ParsePeriod(text)
	if err != nil {
		panic(err)
	}
	return p
}

// From returns the first day of the period.
func (p Period) From() civil.Date { return p.from }

// To returns the last day of the period.
func (p Period) To() civil.Date { return p.to }

// IsZero reports whether p is the zero (unset) Period.
func (p Period) IsZero() bool { return p == Period{} }

// Contains reports whether d falls within p, both ends included. The zero Period contains no date.
func (p Period) Contains(d civil.Date) bool {
	return !p.IsZero() && !d.IsZero() && !d.Before(p.from) && !d.After(p.to)
}

// Days returns the number of days in p, both ends counted; 0 for the zero Period.
func (p Period) Days() int {
	if p.IsZero() {
		return 0
	}
	return p.from.DaysUntil(p.to) + 1
}

// YearEarlier returns the same span one calendar year earlier — the same term last year — each date moved
// back one year, 29 February becoming 28 February. ok is false for the zero Period and for a period that
// begins in year 1.
func (p Period) YearEarlier() (Period, bool) {
	if p.IsZero() {
		return Period{}, false
	}
	from, ok1 := yearEarlier(p.from)
	to, ok2 := yearEarlier(p.to)
	if !ok1 || !ok2 {
		return Period{}, false
	}
	return Period{from: from, to: to}, true
}

func yearEarlier(d civil.Date) (civil.Date, bool) {
	y, m, day := d.Date()
	if m == time.February && day == 29 {
		day = 28
	}
	e, err := civil.NewDate(y-1, m, day)
	return e, err == nil
}

// String returns "from/to", e.g. "2011-09-01/2012-01-31"; "" for the zero Period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	return p.from.String() + "/" + p.to.String()
}

// MarshalText encodes p as String does; the zero Period as "".
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes what ParsePeriod accepts; "" gives the zero Period. On error p is unchanged.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
