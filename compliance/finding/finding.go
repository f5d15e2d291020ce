package finding

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/campussec/campussec/campus"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// Finding is one unmet requirement at one campus, found by one inspection,
// with a deadline for rectification (整改期限). A later inspection of the
// campus that meets the requirement rectifies it; one that finds it still
// unmet does not open a second finding; one that does not observe it changes
// nothing (a rectification is never inferred from a missing observation).
//
// Findings are comparable values. The zero Finding is invalid.
type Finding struct {
	// Campus is the campus the requirement is unmet at.
	Campus uuid.UUID `json:"campus"`
	// Requirement is the ID of the unmet requirement in the standard.
	Requirement string `json:"requirement"`
	// Inspection is the ID of the inspection that found it, on Found.
	Inspection uuid.UUID `json:"inspection"`
	// Found is the date of that inspection.
	Found civil.Date `json:"found"`
	// Deadline is the last day on which rectification counts as on time.
	Deadline civil.Date `json:"deadline"`
	// Observed and Required are what the finding inspection saw and what the
	// rule demanded (see RequirementResult).
	Observed int `json:"observed"`
	Required int `json:"required"`
	// RectifiedBy is the ID of the first later inspection that met the
	// requirement, on Rectified; both zero while it is unrectified.
	RectifiedBy uuid.UUID  `json:"rectified_by,omitzero"`
	Rectified   civil.Date `json:"rectified,omitzero"`
	// CampusRef and InspectionRef are the Refs (the platform's own keys) of
	// the campus and of the inspection that found it, copied by Derive so
	// that a ledger names its records as the platform does; empty when the
	// records have none, and then omitted from JSON.
	CampusRef     string `json:"campus_ref,omitempty"`
	InspectionRef string `json:"inspection_ref,omitempty"`
}

// State returns the finding's state as of a date: open (not rectified, before
// or on its deadline), overdue (not rectified, past its deadline), rectified
// on time or rectified late. A rectification after asOf is not yet known on
// asOf. The zero State is returned when asOf is before the finding was
// made: it did not exist yet.
func (f Finding) State(asOf civil.Date) State {
	switch {
	case asOf.Before(f.Found):
		return 0
	case !f.Rectified.IsZero() && !f.Rectified.After(asOf):
		if f.Rectified.After(f.Deadline) {
			return RectifiedLate
		}
		return RectifiedOnTime
	case asOf.After(f.Deadline):
		return Overdue
	}
	return Open
}

// State is the state of a finding as of a date. The zero value is
// invalid (and is what Finding.State returns before the finding was made).
type State uint8

const (
	// Open (待整改): not rectified, and its deadline has not passed.
	Open State = iota + 1
	// Overdue (逾期未整改): not rectified, and its deadline has passed.
	Overdue
	// RectifiedOnTime (按期整改): rectified on or before its deadline.
	RectifiedOnTime
	// RectifiedLate (逾期整改): rectified, but after its deadline.
	RectifiedLate
)

const stateCount = int(RectifiedLate) + 1

var stateEnum = enum.MustNew(enum.Spec[State]{
	Type:    "State",
	IDs:     []string{"open", "overdue", "rectified_on_time", "rectified_late"},
	Labels:  []string{"待整改", "逾期未整改", "按期整改", "逾期整改"},
	English: []string{"open", "overdue", "rectified on time", "rectified late"},
	Text:    enum.ErrorForm{Err: ErrInvalidState, Detail: ": "},
})

// IsValid reports whether s is a defined state.
func (s State) IsValid() bool { return stateEnum.IsValid(s) }

// Rectified reports whether s is one of the rectified states.
func (s State) Rectified() bool { return s == RectifiedOnTime || s == RectifiedLate }

// String returns the stable English id ("open", "overdue",
// "rectified_on_time", "rectified_late"), or "State(N)".
func (s State) String() string { return stateEnum.String(s) }

// Name returns the name of s for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (s State) Name(lang rate.Lang) string { return stateEnum.Name(s, enum.Lang(lang)) }

// ParseState parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidState and quotes the text.
func ParseState(text string) (State, error) { return stateEnum.Parse(text) }

// MarshalText encodes s as its English id, or "" for the zero value (unset); any other invalid value is an
// error.
func (s State) MarshalText() ([]byte, error) { return stateEnum.MarshalText(s) }

// UnmarshalText accepts what ParseState accepts, the stable id only; "" gives the zero value. Other
// text is an error wrapping ErrInvalidState that quotes it, and leaves the receiver unchanged.
func (s *State) UnmarshalText(text []byte) error {
	return stateEnum.UnmarshalText(s, text)
}

// findingSchema is the JSON form encoding/json writes for a Finding: every key
// required but "rectified_by" and "rectified", omitted while it is unrectified, and "campus_ref" and
// "inspection_ref", omitted when empty.
var findingSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "campus", Required: true, Value: strictString},
	{Name: "requirement", Required: true, Value: strictString},
	{Name: "inspection", Required: true, Value: strictString},
	{Name: "found", Required: true, Value: strictString},
	{Name: "deadline", Required: true, Value: strictString},
	{Name: "observed", Required: true, Value: strictInt},
	{Name: "required", Required: true, Value: strictInt},
	{Name: "rectified_by", Value: strictString},
	{Name: "rectified", Value: strictString},
	{Name: "campus_ref", Value: strictString},
	{Name: "inspection_ref", Value: strictString},
}}

var (
	strictString = &jsonstrict.Schema{Type: jsonstrict.String}
	strictInt    = &jsonstrict.Schema{Type: jsonstrict.Int}
)

// MarshalJSON writes the finding as encoding/json writes its fields (see the field tags): every key but
// "rectified_by" and "rectified", absent while it is unrectified, and "campus_ref" and "inspection_ref",
// absent when empty. A finding UnmarshalJSON would refuse has no JSON form — the zero Finding, one without
// the date it was found or its deadline, with half a rectification, with a deadline or rectification
// before the date found, or with a ref campus.CheckRef refuses — and is an error wrapping ErrInvalidJSON
// that names each problem: it could not be read back.
func (f Finding) MarshalJSON() ([]byte, error) {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if f.Found.IsZero() {
		bad("no date found")
	}
	switch {
	case f.Deadline.IsZero():
		bad("no deadline")
	case f.Deadline.Before(f.Found):
		bad("deadline %s before the date found %s", f.Deadline, f.Found)
	}
	switch {
	case (f.RectifiedBy == uuid.Nil) != f.Rectified.IsZero():
		bad("half a rectification (rectified_by %s, rectified %s): both are set once it is rectified, neither before", f.RectifiedBy, f.Rectified)
	case !f.Rectified.IsZero() && f.Rectified.Before(f.Found):
		bad("rectified %s before the date found %s", f.Rectified, f.Found)
	}
	for _, r := range []struct{ key, ref string }{{"campus_ref", f.CampusRef}, {"inspection_ref", f.InspectionRef}} {
		if err := campus.CheckRef(r.ref); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.key, err))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w: finding of requirement %s at campus %s has no JSON form: %w", ErrInvalidJSON,
			errbound.Quote(f.Requirement), f.Campus, errors.Join(errbound.Cap(errs, "finding")...))
	}
	type plain Finding
	return json.Marshal(plain(f))
}

// findingJSON is what UnmarshalJSON reads: the optional keys as pointers, so that a key present with
// the empty value ("rectified":"", "campus_ref":"") is told apart from an absent one.
type findingJSON struct {
	Campus        uuid.UUID  `json:"campus"`
	Requirement   string     `json:"requirement"`
	Inspection    uuid.UUID  `json:"inspection"`
	Found         civil.Date `json:"found"`
	Deadline      civil.Date `json:"deadline"`
	Observed      int        `json:"observed"`
	Required      int        `json:"required"`
	RectifiedBy   *uuid.UUID `json:"rectified_by"`
	Rectified     *string    `json:"rectified"`
	CampusRef     *string    `json:"campus_ref"`
	InspectionRef *string    `json:"inspection_ref"`
}

// UnmarshalJSON decodes the form encoding/json writes for a Finding, and only
// that form: every key is required and spelt exactly, once, except
// "rectified_by" and "rectified", both absent while the finding is
// unrectified and both present once it is, and "campus_ref" and
// "inspection_ref", absent when empty. A value the writer never writes is
// refused, each problem named: "found" or "deadline" "" (the zero date),
// "rectified" or "rectified_by" without the other, "rectified" "" or
// "rectified_by" the nil UUID, "campus_ref" or "inspection_ref" "" (absent
// is the empty ref), and a deadline or rectification before the date found.
// Errors wrap ErrInvalidJSON (and the value's own sentinel:
// civil.ErrInvalidDate for a date, campus.ErrInvalidRef for a ref CheckRef
// refuses); f is left unchanged.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j findingJSON
	if err := decode(b, findingSchema, &j); err != nil {
		return err
	}
	v := Finding{Campus: j.Campus, Requirement: j.Requirement, Inspection: j.Inspection, Found: j.Found,
		Deadline: j.Deadline, Observed: j.Observed, Required: j.Required}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if v.Found.IsZero() {
		bad(`"found" is "": a finding has the date it was found`)
	}
	if v.Deadline.IsZero() {
		bad(`"deadline" is "": a finding has a deadline`)
	} else if !v.Found.IsZero() && v.Deadline.Before(v.Found) {
		bad(`"deadline" %s is before "found" %s`, v.Deadline, v.Found)
	}
	switch {
	case j.RectifiedBy != nil && j.Rectified == nil:
		bad(`"rectified_by" without "rectified": both are present once a finding is rectified, both absent before`)
	case j.RectifiedBy == nil && j.Rectified != nil:
		bad(`"rectified" without "rectified_by": both are present once a finding is rectified, both absent before`)
	}
	if j.RectifiedBy != nil {
		if *j.RectifiedBy == uuid.Nil {
			bad(`"rectified_by" is the nil UUID: absent while the finding is unrectified`)
		}
		v.RectifiedBy = *j.RectifiedBy
	}
	if j.Rectified != nil {
		d, err := civil.ParseDate(*j.Rectified)
		switch {
		case *j.Rectified == "":
			bad(`"rectified" is "": absent while the finding is unrectified`)
		case err != nil:
			errs = append(errs, fmt.Errorf(`"rectified": %w`, err))
		case !v.Found.IsZero() && d.Before(v.Found):
			bad(`"rectified" %s is before "found" %s`, d, v.Found)
		}
		v.Rectified = d
	}
	for _, r := range []struct {
		key string
		val *string
		dst *string
	}{{"campus_ref", j.CampusRef, &v.CampusRef}, {"inspection_ref", j.InspectionRef, &v.InspectionRef}} {
		if r.val == nil {
			continue
		}
		if *r.val == "" {
			bad(`%q is "": absent when the record has no ref`, r.key)
		} else if err := campus.CheckRef(*r.val); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.key, err))
		}
		*r.dst = *r.val
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: finding: %w", ErrInvalidJSON, errors.Join(errbound.Cap(errs, "finding")...))
	}
	*f = v
	return nil
}

// decode checks b against s and decodes it into v; errors wrap ErrInvalidJSON.
func decode(b []byte, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	return nil
}

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (s State) Value() (driver.Value, error) { return stateEnum.Value(s) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (s *State) Scan(src any) error { return stateEnum.Scan(s, src) }
