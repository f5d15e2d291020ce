package hierarchy

import (
	"database/sql/driver"
	"fmt"
)

// Value implements driver.Valuer: the code as text ("320505"), never a number (a code's length is its level);
// nil (SQL NULL) for the zero Code.
func (c Code) Value() (driver.Value, error) {
	if c.IsZero() {
		return nil, nil
	}
	return c.String(), nil
}

// Scan implements sql.Scanner. NULL and "" give the zero Code; a string or []byte must parse with ParseCode;
// any other type (a number, whose leading digits and length a database may have changed) is an error. Errors
// wrap ErrInvalidCode; on error c is unchanged.
func (c *Code) Scan(src any) error {
	switch s := src.(type) {
	case nil:
		*c = Code{}
		return nil
	case string:
		return c.UnmarshalText([]byte(s))
	case []byte:
		return c.UnmarshalText(s)
	}
	return fmt.Errorf("%w: cannot scan %T into a Code (want its digits as text)", ErrInvalidCode, src)
}
