package civil

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Value implements driver.Valuer: the date as "YYYY-MM-DD" text, which every SQL database reads into a DATE
// column; nil (SQL NULL) for the zero Date (unset).
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan implements sql.Scanner. NULL gives the zero Date (unset), and so does "" (as UnmarshalText); a string
// or []byte must be "YYYY-MM-DD"; a time.Time (what drivers return for a DATE column) gives its calendar date
// in its own location, and one outside years 1..9999 is an error. Any other type is an error. Errors wrap
// ErrInvalidDate; on error d is unchanged.
func (d *Date) Scan(src any) error {
	switch s := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		return d.UnmarshalText([]byte(s))
	case []byte:
		return d.UnmarshalText(s)
	case time.Time:
		v := DateOf(s)
		if v.IsZero() {
			return fmt.Errorf("%w: %s is outside years 1..9999", ErrInvalidDate, s.Format(time.RFC3339))
		}
		*d = v
		return nil
	}
	return fmt.Errorf("%w: cannot scan %T into a Date", ErrInvalidDate, src)
}
