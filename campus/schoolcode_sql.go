package campus

import (
	"database/sql/driver"
	"fmt"
)

// Value implements driver.Valuer: the 10 digits as text; nil (SQL NULL) for the zero SchoolCode (none).
func (c SchoolCode) Value() (driver.Value, error) {
	if c.n == 0 {
		return nil, nil
	}
	return c.String(), nil
}

// Scan implements sql.Scanner. NULL and "" give the zero SchoolCode (none); a string or []byte must be 10
// digits as ParseSchoolCode reads them; any other type (a number) is an error. Errors wrap
// ErrInvalidSchoolCode; on error c is unchanged.
func (c *SchoolCode) Scan(src any) error {
	switch s := src.(type) {
	case nil:
		*c = SchoolCode{}
		return nil
	case string:
		return c.UnmarshalText([]byte(s))
	case []byte:
		return c.UnmarshalText(s)
	}
	return fmt.Errorf("%w: cannot scan %T into a SchoolCode (want its 10 digits as text)", ErrInvalidSchoolCode, src)
}
