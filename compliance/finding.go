package compliance

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// ErrInvalidPolicy reports a deadline policy with a negative or absurd (over a
// century) number of days.
var ErrInvalidPolicy = errors.New("compliance: invalid deadline policy")

// ErrInvalidFindingState reports a finding state that is not one of the four
// defined ones, or text that names none of them.
var ErrInvalidFindingState = errors.New("compliance: invalid finding state")

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
}

// State returns the finding's state as of a date: open (not rectified, before
// or on its deadline), overdue (not rectified, past its deadline), rectified
// on time or rectified late. A rectification after asOf is not yet known on
// asOf. The zero FindingState is returned when asOf is before the finding was
// made: it did not exist yet.
func (f Finding) State(asOf civil.Date) FindingState {
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

// FindingState is the state of a finding as of a date. The zero value is
// invalid (and is what Finding.State returns before the finding was made).
type FindingState uint8

const (
	// Open (待整改): not rectified, and its deadline has not passed.
	Open FindingState = iota + 1
	// Overdue (逾期未整改): not rectified, and its deadline has passed.
	Overdue
	// RectifiedOnTime (按期整改): rectified on or before its deadline.
	RectifiedOnTime
	// RectifiedLate (逾期整改): rectified, but after its deadline.
	RectifiedLate
)

const findingStateCount = int(RectifiedLate) + 1

var findingStateEnum = enum.MustNew(enum.Spec[FindingState]{
	Type:    "FindingState",
	IDs:     []string{"open", "overdue", "rectified_on_time", "rectified_late"},
	Labels:  []string{"待整改", "逾期未整改", "按期整改", "逾期整改"},
	English: []string{"open", "overdue", "rectified on time", "rectified late"},
	Text:    enum.ErrorForm{Err: ErrInvalidFindingState, Detail: ": "},
})

// IsValid reports whether s is a defined state.
func (s FindingState) IsValid() bool { return findingStateEnum.IsValid(s) }

// Rectified reports whether s is one of the rectified states.
func (s FindingState) Rectified() bool { return s == RectifiedOnTime || s == RectifiedLate }

// String returns the stable English id ("open", "overdue",
// "rectified_on_time", "rectified_late"), or "FindingState(N)".
func (s FindingState) String() string { return findingStateEnum.String(s) }

// Label returns the Chinese label (待整改, 逾期未整改, 按期整改, 逾期整改), or "".
func (s FindingState) Label() string { return findingStateEnum.Label(s) }

// Name returns the name of s for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (s FindingState) Name(lang rate.Lang) string { return findingStateEnum.Name(s, enum.Lang(lang)) }

// ParseFindingState parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidFindingState and quotes the text.
func ParseFindingState(text string) (FindingState, error) { return findingStateEnum.Parse(text) }

// MarshalText encodes s as its English id, or "" for the zero value (unset); any other invalid value is an
// error.
func (s FindingState) MarshalText() ([]byte, error) { return findingStateEnum.MarshalText(s) }

// UnmarshalText accepts what ParseFindingState accepts, the stable id only; "" gives the zero value. Other
// text is an error wrapping ErrInvalidFindingState that quotes it, and leaves the receiver unchanged.
func (s *FindingState) UnmarshalText(text []byte) error {
	return findingStateEnum.UnmarshalText(s, text)
}

// DeadlinePolicy sets the rectification deadline of a finding: Days calendar
// days after the inspection that found it (Days = 0: the same day). The zero
// value is that same-day policy; a negative Days is invalid.
type DeadlinePolicy struct {
	Days int `json:"days"`
}

// maxDeadlineDays bounds a policy to something a calendar can hold.
const maxDeadlineDays = 100 * 366

// Validate reports a negative or absurd (over a century) deadline.
func (p DeadlinePolicy) Validate() error {
	if p.Days < 0 || p.Days > maxDeadlineDays {
		return fmt.Errorf("%w: %d days", ErrInvalidPolicy, p.Days)
	}
	return nil
}

// Deadline returns the deadline of a finding made on found.
func (p DeadlinePolicy) Deadline(found civil.Date) civil.Date { return found.AddDays(p.Days) }

// FindingTally counts findings by state as of a date. Like Tally it is a
// commutative monoid (zero value = identity; Add and Merge associative and
// commutative), so rectification rolls up the jurisdiction tree by the same
// mechanism as compliance. It has Tally's bound: at most MaxTally findings in
// all; an Add or Merge beyond it returns the overflowed FindingTally, which
// counts nothing, stays overflowed, and fails MarshalJSON (see Tally).
type FindingTally struct {
	n [findingStateCount]int64 // indexed by FindingState; n[0] is 0, or -1 when overflowed (all others 0)
}

// overflowedFindingTally is the one overflowed FindingTally.
var overflowedFindingTally = FindingTally{n: [findingStateCount]int64{-1}}

// Add returns t with one more finding in state s; an invalid state (a finding
// not yet made) leaves t unchanged. A tally that already counts MaxTally
// findings becomes the overflowed tally.
func (t FindingTally) Add(s FindingState) FindingTally {
	switch {
	case !s.IsValid() || t.Overflowed():
		return t
	case t.Total() == MaxTally:
		return overflowedFindingTally
	}
	t.n[s]++
	return t
}

// Overflowed reports whether t is the overflowed tally: the result of an Add or
// Merge whose total would have exceeded MaxTally.
func (t FindingTally) Overflowed() bool { return t.n[0] != 0 }

// Merge returns the tally of the findings counted in t and in u, or the
// overflowed tally when t or u is overflowed or the total would exceed
// MaxTally.
func (t FindingTally) Merge(u FindingTally) FindingTally {
	if t.Overflowed() || u.Overflowed() || t.Total() > MaxTally-u.Total() {
		return overflowedFindingTally
	}
	for s := Open; s <= RectifiedLate; s++ {
		t.n[s] += u.n[s]
	}
	return t
}

// Count returns the number of findings in state s (0 for an invalid s).
func (t FindingTally) Count(s FindingState) int64 {
	if !s.IsValid() {
		return 0
	}
	return t.n[s]
}

// Total returns the number of findings counted.
func (t FindingTally) Total() int64 {
	return t.n[Open] + t.n[Overdue] + t.n[RectifiedOnTime] + t.n[RectifiedLate]
}

// Rate returns the rate of rectification measure m over the tally, exact:
//
//   - RectificationMeasure: rectified findings (on time or late) over all
//     findings made on or before the date (整改率);
//   - OnTimeRectificationMeasure: findings rectified on time over findings
//     whose outcome is settled — rectified or overdue (按期整改率); open
//     findings still within their deadline are left out, as they may yet be
//     rectified on time.
//
// A rate is undefined (0/0) when its denominator is zero, and for any other
// measure (the campus measures are rates of a Tally): Rectification.Figure
// refuses those with an error.
func (t FindingTally) Rate(m Measure) rate.Rate {
	rectified := t.n[RectifiedOnTime] + t.n[RectifiedLate]
	switch m {
	case RectificationMeasure:
		return ratio(rectified, t.Total())
	case OnTimeRectificationMeasure:
		return ratio(t.n[RectifiedOnTime], rectified+t.n[Overdue])
	}
	return rate.Rate{}
}

// IsZero reports whether t is the empty tally (the overflowed tally is not).
func (t FindingTally) IsZero() bool { return t == FindingTally{} }

// findingTallyJSON is the JSON form of a FindingTally.
type findingTallyJSON struct {
	Total           int64 `json:"total"`
	Open            int64 `json:"open"`
	Overdue         int64 `json:"overdue"`
	RectifiedOnTime int64 `json:"rectified_on_time"`
	RectifiedLate   int64 `json:"rectified_late"`
}

// MarshalJSON encodes t as {"total":…,"open":…,"overdue":…,
// "rectified_on_time":…,"rectified_late":…}.
func (t FindingTally) MarshalJSON() ([]byte, error) {
	if t.Overflowed() {
		return nil, errTallyOverflowed
	}
	return json.Marshal(findingTallyJSON{t.Total(), t.n[Open], t.n[Overdue], t.n[RectifiedOnTime], t.n[RectifiedLate]})
}

// UnmarshalJSON decodes the form MarshalJSON writes, all five keys required,
// spelt exactly and given once; unknown, missing, duplicate or case-variant
// keys, a count that is not an integer, negative counts, counts whose sum
// overflows, or a total that is not their sum, are errors wrapping
// ErrInvalidTally.
func (t *FindingTally) UnmarshalJSON(b []byte) error {
	var j findingTallyJSON
	if err := decodeTally(b, findingTallySchema, &j); err != nil {
		return err
	}
	if j.Open < 0 || j.Overdue < 0 || j.RectifiedOnTime < 0 || j.RectifiedLate < 0 {
		return fmt.Errorf("%w: negative finding count", ErrInvalidTally)
	}
	var v FindingTally
	v.n[Open], v.n[Overdue], v.n[RectifiedOnTime], v.n[RectifiedLate] = j.Open, j.Overdue, j.RectifiedOnTime, j.RectifiedLate
	if err := checkTallySum("finding counts", j.Total, v.n[:]); err != nil {
		return err
	}
	*t = v
	return nil
}
