package compliance

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/prevention"
)

// The schemas of the JSON forms encoding/json writes for the library's plain records, checked before
// anything is decoded. Every key the form always writes is required (an absent count, date or ID would
// otherwise be a silent zero); a Result's "requirements" may be null (a result with no requirement encodes so); a Result's
// "parts" and a RequirementResult's "origin", written only for a combined standard, are optional.
var (
	requirementResultSchema = &jsonstrict.Schema{Type: jsonstrict.Object, IDKey: "requirement", Fields: []jsonstrict.Field{
		{Name: "requirement", Required: true, Value: strictString},
		{Name: "title", Required: true, Value: strictString},
		{Name: "outcome", Required: true, Value: strictString},
		{Name: "observed", Required: true, Value: strictInt},
		{Name: "required", Required: true, Value: strictInt},
		{Name: "origin", Value: originSchema},
	}}
	resultSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "standard", Required: true, Value: strictString},
		{Name: "version", Required: true, Value: strictString},
		{Name: "campus", Required: true, Value: strictString},
		{Name: "level", Required: true, Value: strictString},
		{Name: "status", Required: true, Value: strictString},
		{Name: "requirements", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Array, Null: true,
			MaxLen: MaxRequirements, Elem: requirementResultSchema}},
		{Name: "parts", Value: &jsonstrict.Schema{Type: jsonstrict.Array, MaxLen: maxParts, Elem: referenceSchema}},
	}}
)

// decodeRecord decodes b into v after checking it against s; every error wraps ErrInvalidJSON (and,
// for a value a field rejects, that field's sentinel).
func decodeRecord(b []byte, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	return nil
}

// requiredEnum reports an unset (zero) enum in a record's JSON: an error wrapping ErrInvalidJSON and
// the enum's sentinel that names the key. An enum's zero value marshals as "" and "" unmarshals as it, so
// that every record marshals; a decoded record refuses it where a value is required.
func requiredEnum[E Enum](key string, v E) error {
	if table[E]().IsValid(v) {
		return nil
	}
	_, err := table[E]().Parse("") // the enum's own error for "", quoting it
	return fmt.Errorf("%w: %q: %w", ErrInvalidJSON, key, err)
}

// requiredLevel is requiredEnum for the "level" key, whose enum lives in package prevention.
func requiredLevel(v prevention.Level) error {
	if v.IsValid() {
		return nil
	}
	_, err := prevention.ParseLevel("") // the enum's own error for "", quoting it
	return fmt.Errorf("%w: %q: %w", ErrInvalidJSON, "level", err)
}

// MarshalJSON writes a requirement's result as UnmarshalJSON reads it:
//
//	{"requirement": "r", "title": "…", "outcome": "met", "observed": 2, "required": 2}
//
// with "origin" added for a requirement of a combined standard. An unset outcome (the zero
// RequirementResult) is an error wrapping ErrInvalidJSON and ErrInvalidOutcome: it would not read back.
func (r RequirementResult) MarshalJSON() ([]byte, error) {
	if err := requiredEnum("outcome", r.Outcome); err != nil {
		return nil, fmt.Errorf("%w (a RequirementResult is made by evaluating a requirement)", err)
	}
	type plain RequirementResult
	return json.Marshal(plain(r))
}

// UnmarshalJSON decodes the form encoding/json writes for a RequirementResult; every key is required and
// spelt exactly, once, and "outcome" is a valid outcome, not "". Errors wrap ErrInvalidJSON (and, for
// an unset outcome, ErrInvalidOutcome); r is left unchanged.
func (r *RequirementResult) UnmarshalJSON(b []byte) error {
	type plain RequirementResult
	var v plain
	if err := decodeRecord(b, requirementResultSchema, &v); err != nil {
		return err
	}
	if err := requiredEnum("outcome", v.Outcome); err != nil {
		return err
	}
	*r = RequirementResult(v)
	return nil
}

// MarshalJSON writes a result as UnmarshalJSON reads it:
//
//	{"standard": "gbt-29315", "version": "2022", "campus": "<uuid>", "level": "normal", "status": "compliant",
//	 "requirements": [RequirementResult, …]}
//
// with "parts" added for a combined standard. An unset prevention level or status (the zero Result, which
// is no result) is an error wrapping ErrInvalidJSON and prevention.ErrInvalidLevel or ErrInvalidStatus: it
// would not read back.
func (r Result) MarshalJSON() ([]byte, error) {
	if err := errors.Join(requiredLevel(r.PreventionLevel), requiredEnum("status", r.Status)); err != nil {
		return nil, fmt.Errorf("%w (a Result is made by Query.Evaluate or a Summary)", err)
	}
	type plain Result
	return json.Marshal(plain(r))
}

// UnmarshalJSON decodes the form encoding/json writes for a Result; every key is required and spelt
// exactly, once, "level" and "status" are valid values, not "" (the zero Result is no result, and
// refuses to marshal), and "requirements" holds at most MaxRequirements results (counted before they are decoded) or
// is null. Errors wrap ErrInvalidJSON (and, for an unset level or status, prevention.ErrInvalidLevel or
// ErrInvalidStatus); r is left unchanged.
func (r *Result) UnmarshalJSON(b []byte) error {
	type plain Result
	var v plain
	if err := decodeRecord(b, resultSchema, &v); err != nil {
		return err
	}
	if err := errors.Join(requiredLevel(v.PreventionLevel), requiredEnum("status", v.Status)); err != nil {
		return err
	}
	*r = Result(v)
	return nil
}
