package compliance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/google/uuid"
)

// The schemas of the JSON forms of an Indicator, Measurements and an Inspection (see their UnmarshalJSON).
var (
	indicatorSchema = &jsonstrict.Schema{Type: jsonstrict.Object, IDKey: "id", Fields: []jsonstrict.Field{
		{Name: "id", Required: true, Value: strictString},
		{Name: "label", Required: true, Value: strictString},
		{Name: "kind", Required: true, Value: strictString},
	}}
	measurementsSchema = &jsonstrict.Schema{Type: jsonstrict.Map, MaxLen: len(wellKnown) + maxIndicators,
		Elem: &jsonstrict.Schema{Type: jsonstrict.BoolOrInt}}
	inspectionSchema = &jsonstrict.Schema{Type: jsonstrict.Object, IDKey: "id", Fields: []jsonstrict.Field{
		{Name: "id", Required: true, Value: strictString},
		{Name: "campus", Required: true, Value: strictString},
		{Name: "date", Required: true, Value: strictString},
		{Name: "team", Required: true, Value: strictString},
		{Name: "measurements", Required: true, Value: measurementsSchema},
		{Name: "ref", Value: optionalString},
	}}
)

// indicatorJSON (standard_dto.go) is also the JSON form of an Indicator.

// MarshalJSON encodes the indicator as {"id": …, "label": …, "kind": "fact"|"count"}, the form a standard
// declares its indicators in. The zero Indicator, and one not built by NewIndicator or LookupIndicator, has
// no JSON form: the error wraps ErrInvalidIndicator.
func (i Indicator) MarshalJSON() ([]byte, error) {
	if i.IsZero() || !i.known() {
		return nil, fmt.Errorf("%w: %s has no JSON form", ErrInvalidIndicator, i)
	}
	return json.Marshal(indicatorJSON{ID: i.id, Label: i.label, Kind: i.kind.String()})
}

// UnmarshalJSON decodes {"id": …, "label": …, "kind": …}, every key required, spelt exactly, once. A
// well-known id (LookupIndicator) gives the well-known indicator and must carry exactly its label and kind;
// any other id must make a valid caller-defined indicator (NewIndicator). Errors wrap ErrInvalidJSON and, for
// a value refused, ErrInvalidIndicator or ErrInvalidValueKind; i is left unchanged.
func (i *Indicator) UnmarshalJSON(b []byte) error {
	var j indicatorJSON
	if err := decodeRecord(b, indicatorSchema, &j); err != nil {
		return err
	}
	kind, err := ParseValueKind(j.Kind)
	if err != nil {
		return fmt.Errorf("%w: indicator %s: %w", ErrInvalidJSON, errbound.Quote(j.ID), err)
	}
	if wk, ok := LookupIndicator(j.ID); ok {
		if wk.label != j.Label || wk.kind != kind {
			return fmt.Errorf("%w: %w: %s is well-known as %s (%s), not %s (%s)", ErrInvalidJSON, ErrInvalidIndicator,
				errbound.Quote(j.ID), errbound.Quote(wk.label), wk.kind, errbound.Quote(j.Label), kind)
		}
		*i = wk
		return nil
	}
	v, err := NewIndicator(j.ID, j.Label, kind)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	*i = v
	return nil
}

// MarshalJSON encodes the observations as one object keyed by indicator id, in the order of All: a fact as
// true or false, a count as an integer. {"full_time_guards": 2, "closed_management": true}; {} when nothing
// was observed. A caller-defined indicator is written by id only: decode it with DecodeInspection, which is
// told the indicators (a standard's Indicators).
func (m Measurements) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	for o := range m.All() {
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(strconv.Quote(o.Indicator.id))
		b.WriteByte(':')
		switch {
		case o.Indicator.kind == CountValue:
			b.WriteString(strconv.Itoa(o.Value))
		case o.Value == 1:
			b.WriteString("true")
		default:
			b.WriteString("false")
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON decodes the object MarshalJSON writes, knowing the well-known indicators only
// (LookupIndicator): any other id is an error, never dropped — decode measurements of caller-defined
// indicators inside an Inspection with DecodeInspection. See DecodeInspection for the rules; errors wrap
// ErrInvalidJSON. m is left unchanged on error.
func (m *Measurements) UnmarshalJSON(b []byte) error {
	if err := jsonstrict.Check(b, measurementsSchema); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	v, err := decodeMeasurements(b, nil)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// inspectionJSON is the JSON form of an Inspection, its measurements kept raw until the indicators are known.
type inspectionJSON struct {
	ID           uuid.UUID       `json:"id"`
	Campus       uuid.UUID       `json:"campus"`
	Date         civil.Date      `json:"date"`
	Team         string          `json:"team"`
	Measurements json.RawMessage `json:"measurements"`
	Ref          string          `json:"ref"`
}

// UnmarshalJSON decodes an Inspection as DecodeInspection(b) does: knowing the well-known indicators only.
// A caller-defined indicator's id is an error; decode such an inspection with DecodeInspection.
func (in *Inspection) UnmarshalJSON(b []byte) error {
	v, err := DecodeInspection(b)
	if err != nil {
		return err
	}
	*in = v
	return nil
}

// DecodeInspection decodes the JSON form of an Inspection:
//
//	{"id": "…", "campus": "…", "date": "2012-02-14", "team": "市局检查组",
//	 "measurements": {"full_time_guards": 2, "closed_management": true, "canteen_camera": false},
//	 "ref": "JC-2012-0001"}
//
// Every key but "ref" is required, spelt exactly, once; an unknown, duplicate, case-variant or missing key,
// null, or a value of the wrong type is an error. The measurements are an object keyed by indicator id: a
// well-known id (LookupIndicator) is always known, and so is the id of each indicator in declared — pass the
// caller-defined indicators of the standard the inspection was made against (std.Indicators) — while any
// other id is an error naming it: nothing is dropped. A fact takes true or false, a count an integer from 0
// to 2,147,483,647; another value is an error naming the indicator. At most 276 (the well-known indicators
// and a standard's 256) indicators are read. Every problem of the measurements is reported, joined (at most
// 100). Errors wrap ErrInvalidJSON and, for an observation, ErrInvalidObservation (ErrInvalidIndicator for
// an unknown id or a bad declaration). The inspection is not validated: NewHistory does that (a bad ref is
// then an error wrapping campus.ErrInvalidRef).
func DecodeInspection(data []byte, declared ...Indicator) (Inspection, error) {
	var j inspectionJSON
	if err := decodeRecord(data, inspectionSchema, &j); err != nil {
		return Inspection{}, err
	}
	m, err := decodeMeasurements(j.Measurements, declared)
	if err != nil {
		return Inspection{}, fmt.Errorf("inspection %s%s: %w", j.ID, campus.DescribeRef(j.Ref), err)
	}
	return Inspection{ID: j.ID, Campus: j.Campus, Date: j.Date, Team: j.Team, Measurements: m, Ref: j.Ref}, nil
}

// decodeMeasurements decodes a measurements object that passed measurementsSchema, knowing the well-known
// indicators and declared.
func decodeMeasurements(b []byte, declared []Indicator) (Measurements, error) {
	var errs errbound.List
	for _, d := range declared {
		if d.IsZero() || !d.known() {
			errs.Add(fmt.Errorf("%w: %w: declared indicator %s is not a valid indicator", ErrInvalidJSON, ErrInvalidIndicator, d))
		}
	}
	if errs.Len() > 0 {
		return Measurements{}, errs.Err()
	}
	// The keys in document order: a decoder yields them as they come.
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // '{'
		return Measurements{}, fmt.Errorf("%w: measurements: %w", ErrInvalidJSON, err)
	}
	var obs []Observation
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return Measurements{}, fmt.Errorf("%w: measurements: %w", ErrInvalidJSON, err)
		}
		id, _ := kt.(string)
		vt, err := dec.Token()
		if err != nil {
			return Measurements{}, fmt.Errorf("%w: measurements: %w", ErrInvalidJSON, err)
		}
		ind, ok := LookupIndicator(id)
		if !ok {
			i := slices.IndexFunc(declared, func(d Indicator) bool { return d.id == id })
			if i < 0 {
				errs.Add(fmt.Errorf("%w: %w: measurements: unknown indicator %s (not well-known, not declared)",
					ErrInvalidJSON, ErrInvalidIndicator, errbound.Quote(id)))
				continue
			}
			ind = declared[i]
		}
		switch v := vt.(type) {
		case bool:
			if ind.kind != FactValue {
				errs.Add(fmt.Errorf("%w: %w: measurements: %s is a count, not true or false", ErrInvalidJSON, ErrInvalidObservation, id))
				continue
			}
			obs = append(obs, ObserveFact(ind, v))
		case json.Number:
			n, err := strconv.ParseInt(string(v), 10, 64)
			switch {
			case ind.kind != CountValue:
				errs.Add(fmt.Errorf("%w: %w: measurements: %s is a fact: want true or false, not %s", ErrInvalidJSON, ErrInvalidObservation, id, v))
			case err != nil || n < 0 || n > maxCount:
				errs.Add(fmt.Errorf("%w: %w: measurements: %s: count %s outside 0..%d", ErrInvalidJSON, ErrInvalidObservation, id, v, maxCount))
			default:
				obs = append(obs, ObserveCount(ind, int(n)))
			}
		}
	}
	if errs.Len() > 0 {
		return Measurements{}, errs.Err()
	}
	m, err := NewMeasurements(obs...)
	if err != nil {
		return Measurements{}, fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	return m, nil
}
