package finding

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/rate"
)

// Tally counts findings by state as of a date. Like compliance.Tally it is a
// commutative monoid (zero value = identity; Add and Merge associative and
// commutative), so rectification rolls up the jurisdiction tree by the same
// mechanism as compliance. It has compliance.Tally's bound: at most
// compliance.MaxTally findings in all; an Add or Merge beyond it returns the
// overflowed Tally, which counts nothing, stays overflowed, and fails
// MarshalJSON (see compliance.Tally).
type Tally struct {
	n [stateCount]int64 // indexed by State; n[0] is 0, or -1 when overflowed (all others 0)
}

// overflowedTally is the one overflowed Tally.
var overflowedTally = Tally{n: [stateCount]int64{-1}}

// Add returns t with one more finding in state s; an invalid state (a finding
// not yet made) leaves t unchanged. A tally that already counts compliance.MaxTally
// findings becomes the overflowed tally.
func (t Tally) Add(s State) Tally {
	switch {
	case !s.IsValid() || t.Overflowed():
		return t
	case t.Total() == compliance.MaxTally:
		return overflowedTally
	}
	t.n[s]++
	return t
}

// Overflowed reports whether t is the overflowed tally: the result of an Add or
// Merge whose total would have exceeded compliance.MaxTally.
func (t Tally) Overflowed() bool { return t.n[0] != 0 }

// Merge returns the tally of the findings counted in t and in u, or the
// overflowed tally when t or u is overflowed or the total would exceed
// compliance.MaxTally.
func (t Tally) Merge(u Tally) Tally {
	if t.Overflowed() || u.Overflowed() || t.Total() > compliance.MaxTally-u.Total() {
		return overflowedTally
	}
	for s := Open; s <= RectifiedLate; s++ {
		t.n[s] += u.n[s]
	}
	return t
}

// Count returns the number of findings in state s (0 for an invalid s).
func (t Tally) Count(s State) int64 {
	if !s.IsValid() {
		return 0
	}
	return t.n[s]
}

// Total returns the number of findings counted.
func (t Tally) Total() int64 {
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
func (t Tally) Rate(m compliance.Measure) rate.Rate {
	rectified := t.n[RectifiedOnTime] + t.n[RectifiedLate]
	switch m {
	case compliance.RectificationMeasure:
		return ratio(rectified, t.Total())
	case compliance.OnTimeRectificationMeasure:
		return ratio(t.n[RectifiedOnTime], rectified+t.n[Overdue])
	}
	return rate.Rate{}
}

// IsZero reports whether t is the empty tally (the overflowed tally is not).
func (t Tally) IsZero() bool { return t == Tally{} }

// tallyJSON is the JSON form of a Tally.
type tallyJSON struct {
	Total           int64 `json:"total"`
	Open            int64 `json:"open"`
	Overdue         int64 `json:"overdue"`
	RectifiedOnTime int64 `json:"rectified_on_time"`
	RectifiedLate   int64 `json:"rectified_late"`
}

// MarshalJSON encodes t as {"total":…,"open":…,"overdue":…,
// "rectified_on_time":…,"rectified_late":…}.
func (t Tally) MarshalJSON() ([]byte, error) {
	if t.Overflowed() {
		return nil, errTallyOverflowed
	}
	return json.Marshal(tallyJSON{t.Total(), t.n[Open], t.n[Overdue], t.n[RectifiedOnTime], t.n[RectifiedLate]})
}

// UnmarshalJSON decodes the form MarshalJSON writes, all five keys required,
// spelt exactly and given once; unknown, missing, duplicate or case-variant
// keys, a count that is not an integer, negative counts, counts whose sum
// overflows, or a total that is not their sum, are errors wrapping
// ErrInvalidTally.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var j tallyJSON
	if err := jsonstrict.Decode(b, tallySchema, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidTally, err)
	}
	if j.Open < 0 || j.Overdue < 0 || j.RectifiedOnTime < 0 || j.RectifiedLate < 0 {
		return fmt.Errorf("%w: negative finding count", ErrInvalidTally)
	}
	var v Tally
	v.n[Open], v.n[Overdue], v.n[RectifiedOnTime], v.n[RectifiedLate] = j.Open, j.Overdue, j.RectifiedOnTime, j.RectifiedLate
	sum, ok := int64(0), true
	for _, c := range v.n {
		if sum > compliance.MaxTally-c {
			ok = false
			break
		}
		sum += c
	}
	switch {
	case !ok:
		return fmt.Errorf("%w: the finding counts overflow", ErrInvalidTally)
	case sum != j.Total:
		return fmt.Errorf("%w: total %d is not the sum of the counts (%d)", ErrInvalidTally, j.Total, sum)
	}
	*t = v
	return nil
}

// tallySchema is the schema of a Tally's JSON form: exactly its five keys, each required, each an integer.
var tallySchema = func() *jsonstrict.Schema {
	s := &jsonstrict.Schema{Type: jsonstrict.Object}
	for _, k := range []string{"total", "open", "overdue", "rectified_on_time", "rectified_late"} {
		s.Fields = append(s.Fields, jsonstrict.Field{Name: k, Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Int}})
	}
	return s
}()

// errTallyOverflowed is MarshalJSON's error for an overflowed tally.
var errTallyOverflowed = fmt.Errorf("%w: the tally overflowed (more than %d counted)", ErrInvalidTally, int64(compliance.MaxTally))

// ratio returns num/den for counts a tally keeps, where 0 <= num <= den
// always holds (an overflowed tally counts nothing: 0/0).
func ratio(num, den int64) rate.Rate {
	r, err := rate.New(num, den)
	if err != nil {
		return rate.Rate{}
	}
	return r
}
