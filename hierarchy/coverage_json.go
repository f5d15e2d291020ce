package hierarchy

import (
	"reflect"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// The JSON forms of Assignment, Coverage, Overlap and Entry are encoding/json's, from their Go field names
// (they have no JSON tags, and their output is kept as it was): {"Team": "一组", "Areas": ["320505001"]},
// {"Root": "320505", "Gaps": [Jurisdiction…], "Overlaps": [Overlap…]}, {"Jurisdiction": Jurisdiction,
// "Teams": ["一组", "二组"]}, {"Code": "320505", "Value": V}. Their decoders read only that form: every key
// required, spelt exactly (the Go name, case included), once, no unknown key. A list is null only for a nil
// list, the form encoding/json writes for it (so that every value reads back exactly); a code is "" only
// for the zero code.
var (
	jsonCodes = &jsonstrict.Schema{Type: jsonstrict.Array, Null: true, MaxLen: maxTreeJSON,
		Elem: &jsonstrict.Schema{Type: jsonstrict.String}}
	jsonTeams = &jsonstrict.Schema{Type: jsonstrict.Array, Null: true, MaxLen: maxTreeJSON,
		Elem: &jsonstrict.Schema{Type: jsonstrict.String}}
	assignmentSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Team", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
		{Name: "Areas", Required: true, Value: jsonCodes},
	}}
	overlapSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Jurisdiction", Required: true, Value: jurisdictionSchema},
		{Name: "Teams", Required: true, Value: jsonTeams},
	}}
	coverageSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Root", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
		{Name: "Gaps", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Array, Null: true, MaxLen: maxTreeJSON,
			Elem: jurisdictionSchema}},
		{Name: "Overlaps", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Array, Null: true, MaxLen: maxTreeJSON,
			Elem: overlapSchema}},
	}}
	entrySchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Code", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
		{Name: "Value", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Any}},
	}}
	entryNullSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "Code", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
		{Name: "Value", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Any, Null: true}},
	}}
)

// UnmarshalJSON decodes {"Team": "一组", "Areas": ["320505001"]}: both keys required, spelt exactly,
// once; "Areas" null only for a nil list. An unknown, duplicate, case-variant or missing key, null for the
// team, a wrong type, or more than 4,194,304 areas is an error wrapping ErrInvalidJSON that names the key;
// an area that does not parse wraps ErrInvalidCode too. The team is not checked: CheckCoverage does that.
// a is unchanged on error.
func (a *Assignment) UnmarshalJSON(b []byte) error {
	type plain Assignment
	var v plain
	if err := decodeStrict(b, assignmentSchema, &v); err != nil {
		return err
	}
	*a = Assignment(v)
	return nil
}

// UnmarshalJSON decodes {"Jurisdiction": {"code": …, "name": …}, "Teams": [...]}: both keys required,
// spelt exactly, once; "Teams" null only for a nil list. Errors wrap ErrInvalidJSON and name the key (and
// ErrInvalidCode for a code that does not parse). o is unchanged on error.
func (o *Overlap) UnmarshalJSON(b []byte) error {
	type plain Overlap
	var v plain
	if err := decodeStrict(b, overlapSchema, &v); err != nil {
		return err
	}
	*o = Overlap(v)
	return nil
}

// UnmarshalJSON decodes {"Root": "320505", "Gaps": [...], "Overlaps": [...]}: every key required, spelt
// exactly, once; "Root" "" for the zero code (the whole tree, as CheckCoverage reads it), a list null only
// when it is nil. Errors wrap ErrInvalidJSON and name the path ("Overlaps[0].Teams"), and ErrInvalidCode
// for a code that does not parse. The coverage is not checked against a tree. c is unchanged on error.
func (c *Coverage) UnmarshalJSON(b []byte) error {
	type plain Coverage
	var v plain
	if err := decodeStrict(b, coverageSchema, &v); err != nil {
		return err
	}
	*c = Coverage(v)
	return nil
}

// UnmarshalJSON decodes {"Code": "320505", "Value": V}: both keys required, spelt exactly, once; "Code" ""
// for the zero code. "Value" is decoded by V's own decoder, and is null only when V's zero value is (a
// pointer, slice, map or interface), so that a null is never read silently as a zero number or struct.
// Errors wrap ErrInvalidJSON and name the key (and ErrInvalidCode for a code that does not parse, and the
// sentinel of a value V's decoder refuses). e is unchanged on error.
func (e *Entry[V]) UnmarshalJSON(b []byte) error {
	s := entrySchema
	switch reflect.TypeFor[V]().Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		s = entryNullSchema
	}
	type plain Entry[V]
	var v plain
	if err := decodeStrict(b, s, &v); err != nil {
		return err
	}
	*e = Entry[V](v)
	return nil
}
