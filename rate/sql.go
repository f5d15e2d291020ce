package rate

import (
	"database/sql/driver"
	"fmt"
)

// Value implements driver.Valuer: the rate as its exact "num/den" text ("1394/1396"), never a decimal, which
// would lose the counts and round before a figure is presented. The zero Rate is the undefined rate "0/0", a
// value, not NULL.
func (r Rate) Value() (driver.Value, error) { return r.String(), nil }

// Scan implements sql.Scanner: a string or []byte "num/den" as Parse reads it. NULL is refused (a rate column
// is NOT NULL: 0/0 is the undefined rate, and reading NULL as it would hide a missing value), and so is any
// other type, a float above all. Errors wrap ErrInvalidRate; on error r is unchanged.
func (r *Rate) Scan(src any) error {
	switch s := src.(type) {
	case string:
		return r.UnmarshalText([]byte(s))
	case []byte:
		return r.UnmarshalText(s)
	case nil:
		return fmt.Errorf("%w: NULL is not a rate (store \"0/0\" for the undefined rate)", ErrInvalidRate)
	}
	return fmt.Errorf("%w: cannot scan %T into a Rate (want \"num/den\" text)", ErrInvalidRate, src)
}
