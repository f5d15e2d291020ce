package rate

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// ErrInvalidJSON reports JSON of a Change, RatioChange or Precision that is not in its documented form: a
// syntax error, a key that is not exactly a documented one (unknown, misspelt, or in another case), a key
// given twice, a missing key, null, or a value of the wrong type. A value that does not parse wraps its own
// sentinel too (ErrInvalidRate, ErrInvalidRatio, ErrInvalidRounding).
var ErrInvalidJSON = errors.New("rate: invalid JSON")

// The schemas of the package's JSON forms, checked before anything is decoded: every key required, spelt
// exactly, once, no null, no unknown key.
var (
	jsonString   = &jsonstrict.Schema{Type: jsonstrict.String}
	changeSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "from", Required: true, Value: jsonString},
		{Name: "to", Required: true, Value: jsonString},
	}}
	precisionSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "places", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Int}},
		{Name: "rounding", Required: true, Value: jsonString},
	}}
)

// decodeStrict decodes b, the JSON form of what, into v after checking it against s; every error wraps
// ErrInvalidJSON and names what (and, for a value that does not parse, wraps that value's sentinel).
func decodeStrict(b []byte, what string, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalidJSON, what, err)
	}
	return nil
}

// UnmarshalJSON decodes {"from": "539/800", "to": "1394/1396"}: both keys required, spelt exactly, once.
// An unknown, duplicate, case-variant or missing key, null, or a wrong type is an error wrapping
// ErrInvalidJSON that names the key; a rate that does not parse wraps ErrInvalidRate too. c is unchanged
// on error. The output (encoding/json's, from the field tags) is unchanged.
func (c *Change) UnmarshalJSON(b []byte) error {
	type plain Change
	var v plain
	if err := decodeStrict(b, "change", changeSchema, &v); err != nil {
		return err
	}
	*c = Change(v)
	return nil
}

// UnmarshalJSON decodes {"from": "3/20000", "to": "1/10000"}: both keys required, spelt exactly, once.
// An unknown, duplicate, case-variant or missing key, null, or a wrong type is an error wrapping
// ErrInvalidJSON that names the key; a ratio that does not parse wraps ErrInvalidRatio too. c is unchanged
// on error.
func (c *RatioChange) UnmarshalJSON(b []byte) error {
	type plain RatioChange
	var v plain
	if err := decodeStrict(b, "ratio change", changeSchema, &v); err != nil {
		return err
	}
	*c = RatioChange(v)
	return nil
}

// UnmarshalJSON decodes {"places": 1, "rounding": "half_even"}: both keys required, spelt exactly, once,
// places an integer in canonical form. An unknown, duplicate, case-variant or missing key, null, or a wrong
// type is an error wrapping ErrInvalidJSON that names the key; places out of int32's range is one too, and
// an unknown rounding id wraps ErrInvalidRounding as well. "rounding": "" is the zero (unset) rounding, the
// form the zero Precision marshals to; the precision is not validated (IsValid says whether it can round).
// p is unchanged on error.
func (p *Precision) UnmarshalJSON(b []byte) error {
	type plain Precision
	var v plain
	if err := decodeStrict(b, "precision", precisionSchema, &v); err != nil {
		return err
	}
	*p = Precision(v)
	return nil
}
