package prevention

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
)

// MaxScheduleBytes bounds the JSON text LoadSchedule reads: room for MaxChanges changes with long notices.
const MaxScheduleBytes = 8 << 20

// changeJSON is the JSON form of a Change: codes, dates and the level as their canonical text.
type changeJSON struct {
	Jurisdiction *string `json:"jurisdiction,omitempty"`
	Effective    string  `json:"effective"`
	Level        string  `json:"level"`
	Notice       string  `json:"notice"`
}

// scheduleJSON is the JSON form of a Schedule.
type scheduleJSON struct {
	Changes []changeJSON `json:"changes"`
}

var (
	jsonString   = &jsonstrict.Schema{Type: jsonstrict.String}
	changeSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "jurisdiction", Value: jsonString},
		{Name: "effective", Required: true, Value: jsonString},
		{Name: "level", Required: true, Value: jsonString},
		{Name: "notice", Required: true, Value: jsonString},
	}}
	scheduleSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "changes", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Array, Elem: changeSchema,
			MaxLen: MaxChanges, TooMany: ErrInvalidSchedule}},
	}}
)

// toJSON returns the JSON form of c.
func (c Change) toJSON() changeJSON {
	j := changeJSON{Effective: c.Effective.String(), Level: c.Level.String(), Notice: c.Notice}
	if !c.Jurisdiction.IsZero() {
		s := c.Jurisdiction.String()
		j.Jurisdiction = &s
	}
	return j
}

// change parses the JSON form of a change, returning every field's problem.
func (j changeJSON) change() (Change, []error) {
	var c Change
	var errs []error
	if j.Jurisdiction != nil {
		code, err := hierarchy.ParseCode(*j.Jurisdiction)
		if err != nil {
			errs = append(errs, err)
		}
		c.Jurisdiction = code
	}
	d, err := civil.ParseDate(j.Effective)
	if err != nil {
		errs = append(errs, fmt.Errorf("effective: %w", err))
	}
	c.Effective = d
	l, err := ParseLevel(j.Level)
	if err != nil {
		errs = append(errs, err)
	}
	c.Level = l
	c.Notice = j.Notice
	return c, errs
}

// MarshalJSON encodes the change as one element of a schedule's "changes":
//
//	{"jurisdiction":"350702","effective":"2010-03-24","level":"heightened","notice":"…"}
//
// "jurisdiction" is omitted for the whole tree (the zero code). A change that is invalid on its own (a zero
// date, an invalid level, a bad notice) is an error wrapping ErrInvalidSchedule: it could not be read back.
func (c Change) MarshalJSON() ([]byte, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	return json.Marshal(c.toJSON())
}

// UnmarshalJSON decodes the form MarshalJSON writes, and only that form (keys exactly as written, each once,
// no other key, no null; "jurisdiction" absent for the whole tree, never ""). The change is checked as far
// as it can be without a tree (see NewSchedule, which checks the jurisdiction is in the tree); every problem
// is reported, wrapping ErrInvalidSchedule, and c is left unchanged on error.
func (c *Change) UnmarshalJSON(b []byte) error {
	var j changeJSON
	if err := jsonstrict.Decode(b, changeSchema, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidSchedule, errbound.Short(err))
	}
	v, errs := j.change()
	if len(errs) > 0 {
		return fmt.Errorf("%w: change: %w", ErrInvalidSchedule, joinCapped(errs, "change"))
	}
	if err := v.validate(); err != nil {
		return err
	}
	*c = v
	return nil
}

// validate checks what a change can be checked for without a tree.
func (c Change) validate() error {
	var errs []error
	if c.Effective.IsZero() {
		errs = append(errs, fmt.Errorf("%w: change (%s): no effective date", ErrInvalidSchedule, c.where()))
	}
	if !c.Level.IsValid() {
		errs = append(errs, fmt.Errorf("%w: change (%s): %w: %s", ErrInvalidSchedule, c.where(), ErrInvalidLevel, c.Level))
	}
	if p := noticeProblem(c.Notice); p != "" {
		errs = append(errs, fmt.Errorf("%w: change (%s): %w: %s", ErrInvalidSchedule, c.where(), ErrInvalidNotice, p))
	}
	return joinCapped(errs, "change")
}

// joinCapped joins errs, at most errbound.MaxPerItem of them.
func joinCapped(errs []error, item string) error {
	var l errbound.List
	l.Add(errbound.Cap(errs, item)...)
	return l.Err()
}

// MarshalJSON encodes the schedule as {"changes":[…]}, its changes in canonical order (see NewSchedule)
// each as Change.MarshalJSON writes it:
//
//	{"changes":[{"effective":"2010-03-24","level":"heightened","notice":"…"},
//	            {"jurisdiction":"350702","effective":"2011-05-01","level":"high","notice":"…"}]}
//
// The tree is not written: LoadSchedule reads the text back against a tree (json.Unmarshal into a Schedule is
// an error, see UnmarshalJSON). The zero Schedule is an error
// wrapping ErrInvalidSchedule (it has no change, and could not be read back).
func (s Schedule) MarshalJSON() ([]byte, error) {
	if s.s == nil {
		return nil, fmt.Errorf("%w: the zero Schedule", ErrInvalidSchedule)
	}
	j := scheduleJSON{Changes: make([]changeJSON, len(s.s.changes))}
	for i, c := range s.s.changes {
		j.Changes[i] = c.toJSON()
	}
	return json.Marshal(j)
}

// LoadSchedule reads the JSON form MarshalJSON writes and builds the schedule against tree, as NewSchedule
// does: LoadSchedule(tree, b) of s's JSON is Equal to s when tree is s's tree, and marshals to the same
// bytes. The changes may come in any order.
//
// The text is checked before anything is decoded: at most MaxScheduleBytes, valid UTF-8, keys exactly as
// documented, each once, no other key, no null, at most MaxChanges changes; a structural problem is one
// error wrapping ErrInvalidSchedule naming its path ("changes[3].level"). Otherwise every problem of every
// change is reported at once, each naming the change by position (changes[i]) and jurisdiction: values
// that do not parse (hierarchy.ErrInvalidCode, civil's date error, ErrInvalidLevel), then everything
// NewSchedule reports. The error is bounded as NewSchedule's is.
func LoadSchedule(tree *hierarchy.Tree, data []byte) (Schedule, error) {
	if len(data) > MaxScheduleBytes {
		return Schedule{}, fmt.Errorf("%w: %d bytes, at most %d", ErrInvalidSchedule, len(data), MaxScheduleBytes)
	}
	var doc scheduleJSON
	if err := jsonstrict.Decode(data, scheduleSchema, &doc); err != nil {
		return Schedule{}, fmt.Errorf("%w: %w", ErrInvalidSchedule, errbound.Short(err))
	}
	changes := make([]Change, len(doc.Changes))
	var errs errbound.List
	for i, j := range doc.Changes {
		c, problems := j.change()
		changes[i] = c
		if len(problems) > 0 {
			where := "whole tree"
			if j.Jurisdiction != nil {
				where = "jurisdiction " + errbound.Quote(*j.Jurisdiction)
			}
			for k, p := range problems {
				problems[k] = &ChangeError{Index: i, Jurisdiction: c.Jurisdiction, Err: p, where: where}
			}
			errs.Add(errbound.Cap(problems, fmt.Sprintf("changes[%d]", i))...)
		}
	}
	if err := errs.Err(); err != nil {
		return Schedule{}, err
	}
	return NewSchedule(tree, changes...)
}

// UnmarshalJSON refuses: a schedule's JSON names jurisdictions of a tree that the text does not carry, so
// it is read with LoadSchedule(tree, data). Without this, encoding/json would leave the zero Schedule and
// report nothing. The error wraps ErrInvalidSchedule and s is unchanged.
func (s *Schedule) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Schedule is read against its tree, which its JSON does not carry: use prevention.LoadSchedule(tree, data)", ErrInvalidSchedule)
}

// MarshalJSON refuses: an InForce is a schedule resolved on one date, holding the schedule's tree; it has no
// JSON form (encoding/json would write "{}" and read it back as the zero InForce). Record the levels a
// figure was measured at as a LevelSet (In), or the Schedule and the date. The error wraps
// ErrInvalidSchedule.
func (f InForce) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: an InForce has no JSON form: record In's LevelSet, or the schedule and the date", ErrInvalidSchedule)
}

// UnmarshalJSON refuses (see MarshalJSON); f is unchanged. The error wraps ErrInvalidSchedule.
func (f *InForce) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: an InForce has no JSON form: resolve the schedule with Schedule.On", ErrInvalidSchedule)
}
