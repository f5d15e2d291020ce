package campus

import (
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// The schemas of the JSON forms of Campus, School and GroupLicense, checked before anything is decoded: keys
// exactly as documented (no case or Unicode-folding variants), each at most once, no unknown key, no null,
// integers in canonical form. Every key MarshalJSON writes is required — an absent count or flag would
// otherwise be a silent zero or false — except School's "code" and the "ownership" and "designation" of a
// School and a Campus, which are omitted when zero (not recorded).
var (
	jsonString = &jsonstrict.Schema{Type: jsonstrict.String}
	jsonInt    = &jsonstrict.Schema{Type: jsonstrict.Int}
	jsonBool   = &jsonstrict.Schema{Type: jsonstrict.Bool}
	// jsonOptional is an optional value MarshalJSON leaves out when unset: "" is refused, not read as a
	// second spelling of the absent key.
	jsonOptional = &jsonstrict.Schema{Type: jsonstrict.String, NonEmpty: true}

	campusSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "id", Required: true, Value: jsonString},
		{Name: "school", Required: true, Value: jsonString},
		{Name: "name", Required: true, Value: jsonString},
		{Name: "kind", Required: true, Value: jsonString},
		{Name: "license", Required: true, Value: jsonString},
		{Name: "locale", Required: true, Value: jsonString},
		{Name: "jurisdiction", Required: true, Value: jsonString},
		{Name: "main", Required: true, Value: jsonBool},
		{Name: "boarding", Required: true, Value: jsonBool},
		{Name: "students", Required: true, Value: jsonInt},
		{Name: "staff", Required: true, Value: jsonInt},
		{Name: "ownership", Value: jsonOptional},
		{Name: "designation", Value: jsonOptional},
		{Name: "ref", Value: jsonOptional},
	}}
	schoolSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "id", Required: true, Value: jsonString},
		{Name: "name", Required: true, Value: jsonString},
		{Name: "code", Value: jsonOptional},
		{Name: "ownership", Value: jsonOptional},
		{Name: "designation", Value: jsonOptional},
		{Name: "ref", Value: jsonOptional},
	}}
	groupLicenseSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "group", Required: true, Value: jsonString},
		{Name: "license", Required: true, Value: jsonString},
	}}
)

// decodeStrict decodes b into v after checking it against s; every error wraps ErrInvalidJSON (and, for a
// value a field rejects, that field's sentinel).
func decodeStrict(b []byte, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	return nil
}

// UnmarshalJSON decodes the form encoding/json writes for a Campus. Every key is required but "ownership"
// and "designation" (absent when not recorded) and must be spelt exactly as documented, once; an unknown, duplicate, case-variant or missing key, null, or a number that is
// not an integer is an error wrapping ErrInvalidJSON, and a value a field rejects (an unknown kind) wraps
// that field's sentinel too. c is left unchanged on error. The campus is not validated: NewRegister does that.
func (c *Campus) UnmarshalJSON(b []byte) error {
	type plain Campus
	var v plain
	if err := decodeStrict(b, campusSchema, &v); err != nil {
		return err
	}
	*c = Campus(v)
	return nil
}

// UnmarshalJSON decodes {"id": …, "name": …, "code": …, "ownership": …, "designation": …}: "id" and "name"
// are required; "code", "ownership" and "designation" are optional (absent when zero, not recorded);
// otherwise as Campus.UnmarshalJSON.
func (s *School) UnmarshalJSON(b []byte) error {
	type plain School
	var v plain
	if err := decodeStrict(b, schoolSchema, &v); err != nil {
		return err
	}
	*s = School(v)
	return nil
}

// UnmarshalJSON decodes {"group": …, "license": …}, both required; otherwise as Campus.UnmarshalJSON.
func (gl *GroupLicense) UnmarshalJSON(b []byte) error {
	type plain GroupLicense
	var v plain
	if err := decodeStrict(b, groupLicenseSchema, &v); err != nil {
		return err
	}
	*gl = GroupLicense(v)
	return nil
}
