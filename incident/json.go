package incident

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// incidentSchema is the schema of the JSON form of an Incident, checked before anything is decoded: keys
// exactly as documented, each at most once, no unknown key, no null. "id", "date", "category" and
// "severity" are required; "ref", "campus", "jurisdiction" and "summary" are omitted when unset.
var incidentSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "id", Required: true, Value: jsonString},
	{Name: "ref", Value: jsonOptional},
	{Name: "date", Required: true, Value: jsonString},
	{Name: "campus", Value: jsonString},
	{Name: "jurisdiction", Value: jsonString},
	{Name: "category", Required: true, Value: jsonString},
	{Name: "severity", Required: true, Value: jsonString},
	{Name: "summary", Value: jsonOptional},
}}

// jsonOptional is an optional string the writer omits when it is unset: "" is refused, so that it is not
// a second spelling of the absent key.
var jsonOptional = &jsonstrict.Schema{Type: jsonstrict.String, NonEmpty: true}

// ratioChangeSchema is the form of a rate.RatioChange, checked here so that an error names its path
// ("per_campus.from"); rate.RatioChange.UnmarshalJSON checks it again.
var ratioChangeSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "from", Required: true, Value: jsonString},
	{Name: "to", Required: true, Value: jsonString},
}}

// comparisonSchema is the schema of the JSON form of a Comparison: every key required but "code" (absent,
// never "", for the whole tree), spelt exactly, once, no null, no unknown key.
var comparisonSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "code", Value: jsonOptional},
	{Name: "then", Required: true, Value: jsonString},
	{Name: "now", Required: true, Value: jsonString},
	{Name: "then_tally", Required: true, Value: tallySchema},
	{Name: "now_tally", Required: true, Value: tallySchema},
	{Name: "per_campus", Required: true, Value: ratioChangeSchema},
	{Name: "per_pupils", Required: true, Value: ratioChangeSchema},
}}

// UnmarshalJSON decodes the form Comparison's JSON takes (see Comparison). A key that is not exactly a
// documented one (unknown, misspelt, case-variant), a key given twice, a missing key (all are required but
// "code"), "code": "", null, or a wrong type is an error wrapping ErrInvalidJSON that names its path
// ("then_tally.major"); a value that does not parse wraps its sentinel too (hierarchy.ErrInvalidCode,
// ErrInvalidPeriod, ErrInvalidTally, rate.ErrInvalidRatio). The comparison is not checked against any
// summary. c is unchanged on error.
func (c *Comparison) UnmarshalJSON(b []byte) error {
	type plain Comparison
	var v plain
	if err := decodeStrict(b, comparisonSchema, &v); err != nil {
		return err
	}
	*c = Comparison(v)
	return nil
}

// MarshalJSON encodes the incident in its documented form. An incident whose form would not read back as
// itself refuses to marshal: a Ref or Summary that is not valid UTF-8 (encoding/json would write U+FFFD) is
// an error wrapping ErrInvalidText, and a non-zero invalid category or severity one wrapping its sentinel.
// Other problems (a nil ID, no date) marshal as they are, for NewLog to report.
func (in Incident) MarshalJSON() ([]byte, error) {
	if !utf8.ValidString(in.Ref) || !utf8.ValidString(in.Summary) {
		return nil, fmt.Errorf("%w: %s: text that is not valid UTF-8 has no exact JSON form", ErrInvalidText, in.describe())
	}
	type plain Incident
	return json.Marshal(plain(in))
}

// UnmarshalJSON decodes the form MarshalJSON writes. A key that is not exactly a documented one, a key
// given twice, a missing required key, "" for "ref" or "summary" (omitted when unset, so "" is not read
// as unset), null, or a wrong type is an error wrapping ErrInvalidJSON; then
// every value a field rejects (an unknown category, a malformed date, UUID or code) is reported at once,
// each naming its key and wrapping ErrInvalidJSON and, where it has one, that field's sentinel
// (ErrInvalidCategory, ErrInvalidSeverity, civil.ErrInvalidDate, hierarchy.ErrInvalidCode). The incident
// is not validated: NewLog does that. in is unchanged on error.
func (in *Incident) UnmarshalJSON(b []byte) error {
	var j incidentJSON
	if err := decodeStrict(b, incidentSchema, &j); err != nil {
		return err
	}
	var v Incident
	var errs []error
	field := func(key string, text *string, dst encoding.TextUnmarshaler) {
		if text == nil {
			return
		}
		if err := dst.UnmarshalText([]byte(*text)); err != nil {
			errs = append(errs, fmt.Errorf("%w: incident %s: %w", ErrInvalidJSON, key, err))
		}
	}
	field("id", &j.ID, &v.ID)
	field("date", &j.Date, &v.Date)
	field("campus", j.Campus, &v.Campus)
	field("jurisdiction", j.Jurisdiction, &v.Jurisdiction)
	field("category", &j.Category, &v.Category)
	field("severity", &j.Severity, &v.Severity)
	if len(errs) > 0 {
		return errors.Join(errs...) // at most one per key: bounded
	}
	v.Ref, v.Summary = j.Ref, j.Summary
	*in = v
	return nil
}

// incidentJSON is the JSON form of an Incident with every value as its text, so that UnmarshalJSON can
// report each field's problem.
type incidentJSON struct {
	ID           string  `json:"id"`
	Ref          string  `json:"ref"`
	Date         string  `json:"date"`
	Campus       *string `json:"campus"`
	Jurisdiction *string `json:"jurisdiction"`
	Category     string  `json:"category"`
	Severity     string  `json:"severity"`
	Summary      string  `json:"summary"`
}

// MarshalJSON refuses: a Log holds its register and indexes, which have no JSON form (encoding/json would
// write "{}" and lose every incident). Marshal its incidents (All) and rebuild the log with NewLog against
// the register. The error wraps ErrInvalidJSON.
func (Log) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Log has no JSON form: marshal its incidents and rebuild it with NewLog", ErrInvalidJSON)
}

// UnmarshalJSON refuses (see MarshalJSON): a log is built by NewLog against a register. The error wraps
// ErrInvalidJSON and l is unchanged.
func (*Log) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Log has no JSON form: decode its incidents and build it with NewLog", ErrInvalidJSON)
}

// MarshalJSON refuses: a Summary holds its log and per-jurisdiction tallies, which have no JSON form
// (encoding/json would write "{}"). Marshal the figures a report needs (Tally, Ratio values, Period,
// Policy), each of which has one. The error wraps ErrInvalidJSON.
func (Summary) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Summary has no JSON form: marshal its tallies (Tally) and ratios", ErrInvalidJSON)
}

// UnmarshalJSON refuses (see MarshalJSON): a summary is built by Log.Summarize. The error wraps
// ErrInvalidJSON and s is unchanged.
func (*Summary) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Summary has no JSON form: build it with Log.Summarize", ErrInvalidJSON)
}
