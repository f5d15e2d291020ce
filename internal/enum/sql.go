package enum

import (
	"database/sql/driver"
	"fmt"
)

// Value is the driver.Valuer of every enum: the stable id of v as a string; nil (SQL NULL) for the zero
// value (unset), so an optional enum column stores NULL rather than ""; any other invalid value is the error
// MarshalText gives.
func (t *Table[E]) Value(v E) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := t.MarshalText(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan is the sql.Scanner of every enum: NULL (nil) and "" set the zero value (unset), as UnmarshalText does
// for ""; a string or []byte holding a stable id sets that value; anything else — an unknown id, a Chinese
// label, a number — is an error wrapping Spec.Text's sentinel that quotes the text or names the type. On
// error *p is unchanged.
func (t *Table[E]) Scan(p *E, src any) error {
	switch s := src.(type) {
	case nil:
		*p = 0
		return nil
	case string:
		return t.UnmarshalText(p, []byte(s))
	case []byte:
		return t.UnmarshalText(p, s)
	}
	return fmt.Errorf("%w%scannot scan %T into %s (want its id as text)", t.s.Text.Err, t.s.Text.Detail, src, t.s.Type)
}
