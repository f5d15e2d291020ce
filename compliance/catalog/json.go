package catalog

import (
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// The schemas of the JSON forms of Population and TargetScope, checked before anything is decoded: keys
// exactly as encoding/json writes them (a Source, which has no JSON tags, by its Go field names), each once,
// all required, no null, no unknown key.
var (
	jsonString       = &jsonstrict.Schema{Type: jsonstrict.String}
	populationSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "schools", Required: true, Value: jsonString},
		{Name: "kindergartens", Required: true, Value: jsonString},
		{Name: "schools_ownership", Value: jsonString},
		{Name: "kindergartens_ownership", Value: jsonString},
	}}
	targetScopeSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "name", Required: true, Value: jsonString},
		{Name: "guards", Required: true, Value: populationSchema},
		{Name: "closed_management", Required: true, Value: populationSchema},
		{Name: "alarm_video", Required: true, Value: populationSchema},
		{Name: "school_gate_post", Required: true, Value: populationSchema},
		{Name: "source", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
			{Name: "Document", Required: true, Value: jsonString},
			{Name: "Clause", Required: true, Value: jsonString},
			{Name: "Address", Required: true, Value: jsonString},
			{Name: "Confidence", Required: true, Value: jsonString},
			{Name: "Note", Required: true, Value: jsonString},
		}}},
	}}
)

// decodeStrict decodes b, the JSON form of what (a "population"), into v after checking it against s; every
// error wraps ErrInvalidJSON and names what.
func decodeStrict(b []byte, what string, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInvalidJSON, what, err)
	}
	return nil
}

// UnmarshalJSON decodes {"schools": …, "kindergartens": …}, both keys required, spelt exactly, once; errors
// wrap ErrInvalidJSON (and ErrInvalidReach for a reach that does not parse) and leave p unchanged. The
// population is not validated: Validate does that.
func (p *Population) UnmarshalJSON(b []byte) error {
	type plain Population
	var v plain
	if err := decodeStrict(b, "population", populationSchema, &v); err != nil {
		return err
	}
	*p = Population(v)
	return nil
}

// UnmarshalJSON decodes the form encoding/json writes for a TargetScope, every key required, spelt exactly,
// once; errors wrap ErrInvalidJSON (and the sentinel of a value that does not parse) and leave s unchanged.
// The scope is not validated: Validate does that.
func (s *TargetScope) UnmarshalJSON(b []byte) error {
	type plain TargetScope
	var v plain
	if err := decodeStrict(b, "target scope", targetScopeSchema, &v); err != nil {
		return err
	}
	*s = TargetScope(v)
	return nil
}
