package finding

import (
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/jsonstrict"
)

// Policy sets the rectification deadline of a finding: Days calendar
// days after the inspection that found it (Days = 0: the same day). The zero
// value is that same-day policy; a negative Days is invalid.
type Policy struct {
	Days int `json:"days"`
}

// maxDeadlineDays bounds a policy to something a calendar can hold.
const maxDeadlineDays = 100 * 366

// Validate reports a negative or absurd (over a century) deadline.
func (p Policy) Validate() error {
	if p.Days < 0 || p.Days > maxDeadlineDays {
		return fmt.Errorf("%w: %d days", ErrInvalidPolicy, p.Days)
	}
	return nil
}

// Deadline returns the deadline of a finding made on found.
func (p Policy) Deadline(found civil.Date) civil.Date { return found.AddDays(p.Days) }

// policySchema is the JSON form of a Policy: {"days": n}.
var policySchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "days", Required: true, Value: strictInt},
}}

// UnmarshalJSON decodes {"days": n}; "days" is required, and a policy Validate refuses (a negative or
// absurd number of days) is refused here too. Errors wrap
// ErrInvalidJSON (and ErrInvalidPolicy for a refused policy); p is left unchanged.
func (p *Policy) UnmarshalJSON(b []byte) error {
	type plain Policy
	var v plain
	if err := decode(b, policySchema, &v); err != nil {
		return err
	}
	if err := Policy(v).Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	*p = Policy(v)
	return nil
}
