package tabular

import (
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// summaryRowSchema is the form of a SummaryRow's JSON, checked before anything is decoded: the breakdowns
// optional (absent when zero, never ""), the tally required (compliance.Tally's own decoder checks its
// keys and sums), each key spelt exactly, once, no null, no unknown key.
var (
	jsonOptional     = &jsonstrict.Schema{Type: jsonstrict.String, NonEmpty: true}
	summaryRowSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "jurisdiction", Value: jsonOptional},
		{Name: "group", Value: jsonOptional},
		{Name: "license", Value: jsonOptional},
		{Name: "kind", Value: jsonOptional},
		{Name: "tally", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Any}},
	}}
)

// UnmarshalJSON decodes the form SummaryRow's JSON takes (see SummaryRow). An unknown, misspelt, duplicate
// or case-variant key, a missing "tally", "" for "jurisdiction", "group", "license" or "kind" (each is
// absent when zero), null, or a wrong type is an error wrapping ErrInvalidJSON that names the key; a value
// that does not parse wraps its sentinel too (hierarchy.ErrInvalidCode, campus.ErrInvalidGroup,
// campus.ErrInvalidLicense, campus.ErrInvalidKind, compliance.ErrInvalidTally). r is unchanged on error.
func (r *SummaryRow) UnmarshalJSON(b []byte) error {
	type plain SummaryRow
	var v plain
	if err := jsonstrict.Decode(b, summaryRowSchema, &v); err != nil {
		return fmt.Errorf("%w: summary row: %w", ErrInvalidJSON, err)
	}
	*r = SummaryRow(v)
	return nil
}
