package incident

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// Tally counts incidents by category, and the major ones among them. It is a commutative monoid, as
// compliance.Tally is: the zero value is the empty tally and the identity of Merge, and Add and Merge are
// associative and commutative, so tallies can be built in any order and in pieces — per jurisdiction and
// up the tree, per period, across machines — and combined. Roll-ups sum counts; they never average.
//
// Whether an incident is major depends on a Policy, so a tally counts majors under the policy of the
// Summary that built it; Merge tallies built under one policy.
//
// Bound: a tally counts at most MaxTally incidents in all. Add and Merge cannot return an error (a combiner
// must not), so when the total would exceed MaxTally they return the overflowed tally instead of wrapping
// around: it reports Overflowed, counts nothing, stays overflowed under Add and Merge, and fails
// MarshalJSON. NewTally and UnmarshalJSON reject counts whose sum is larger.
//
// Tallies are comparable values; the counts are unexported so that the total always equals the sum of the
// categories and the major count never exceeds it.
type Tally struct {
	n     [numCategories + 1]int64 // n[c] counts category c; n[0] is 0, or -1 for the overflowed tally
	major int64
}

// MaxTally is the largest number of incidents one tally counts in all: the largest int64.
const MaxTally = math.MaxInt64

var overflowedTally = Tally{n: [numCategories + 1]int64{-1}}

// NewTally returns the tally of the given counts by category, of which major are major. A negative count,
// more major incidents than incidents, or counts whose sum exceeds MaxTally, is an error wrapping
// ErrInvalidTally.
func NewTally(criminal, publicOrder, safety, other, major int64) (Tally, error) {
	if criminal < 0 || publicOrder < 0 || safety < 0 || other < 0 || major < 0 {
		return Tally{}, fmt.Errorf("%w: negative count (%d, %d, %d, %d; %d major)",
			ErrInvalidTally, criminal, publicOrder, safety, other, major)
	}
	t := Tally{n: [numCategories + 1]int64{0, criminal, publicOrder, safety, other}, major: major}
	sum, ok := checkedSum(t.n[:])
	switch {
	case !ok:
		return Tally{}, fmt.Errorf("%w: counts (%d, %d, %d, %d) add up to more than %d",
			ErrInvalidTally, criminal, publicOrder, safety, other, int64(MaxTally))
	case major > sum:
		return Tally{}, fmt.Errorf("%w: %d major incidents among %d", ErrInvalidTally, major, sum)
	}
	return t, nil
}

// checkedSum returns the sum of the non-negative counts n, and false when it exceeds MaxTally.
func checkedSum(n []int64) (int64, bool) {
	var sum int64
	for _, c := range n {
		if c > MaxTally-sum {
			return 0, false
		}
		sum += c
	}
	return sum, true
}

// Add returns t with one more incident of category c, major or not. An invalid category leaves t
// unchanged (the library's own producers never pass one); a tally that already counts MaxTally incidents
// becomes the overflowed tally.
func (t Tally) Add(c Category, major bool) Tally {
	switch {
	case !c.IsValid() || t.Overflowed():
		return t
	case t.Total() == MaxTally:
		return overflowedTally
	}
	t.n[c]++
	if major {
		t.major++
	}
	return t
}

// Merge returns the tally of the incidents counted in t and in u, or the overflowed tally when either is
// overflowed or the total would exceed MaxTally. No single count can overflow when the total does not.
func (t Tally) Merge(u Tally) Tally {
	if t.Overflowed() || u.Overflowed() || t.Total() > MaxTally-u.Total() {
		return overflowedTally
	}
	for c := range t.n {
		t.n[c] += u.n[c]
	}
	t.major += u.major
	return t
}

// Overflowed reports whether t is the overflowed tally (see Tally).
func (t Tally) Overflowed() bool { return t.n[0] != 0 }

// Count returns the number of incidents of category c (0 for an invalid c).
func (t Tally) Count(c Category) int64 {
	if !c.IsValid() {
		return 0
	}
	return t.n[c]
}

// Total returns the number of incidents counted, of every category.
func (t Tally) Total() int64 {
	if t.Overflowed() {
		return 0
	}
	return t.n[1] + t.n[2] + t.n[3] + t.n[4]
}

// Major returns the number of major incidents counted (under the policy the tally was built with).
func (t Tally) Major() int64 { return t.major }

// IsZero reports whether t is the empty tally (the overflowed tally is not).
func (t Tally) IsZero() bool { return t == Tally{} }

// tallyJSON is the JSON form of a Tally.
type tallyJSON struct {
	Total           int64 `json:"total"`
	CriminalCase    int64 `json:"criminal_case"`
	PublicOrderCase int64 `json:"public_order_case"`
	SafetyAccident  int64 `json:"safety_accident"`
	Other           int64 `json:"other"`
	Major           int64 `json:"major"`
}

var tallySchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "total", Required: true, Value: jsonInt},
	{Name: "criminal_case", Required: true, Value: jsonInt},
	{Name: "public_order_case", Required: true, Value: jsonInt},
	{Name: "safety_accident", Required: true, Value: jsonInt},
	{Name: "other", Required: true, Value: jsonInt},
	{Name: "major", Required: true, Value: jsonInt},
}}

// MarshalJSON encodes t as {"total":…,"criminal_case":…,"public_order_case":…,"safety_accident":…,
// "other":…,"major":…}: the counts by category id, their total, and the major ones among them. The
// overflowed tally has no JSON form: it is an error wrapping ErrInvalidTally.
func (t Tally) MarshalJSON() ([]byte, error) {
	if t.Overflowed() {
		return nil, fmt.Errorf("%w: the tally overflowed (more than %d counted)", ErrInvalidTally, int64(MaxTally))
	}
	return json.Marshal(tallyJSON{t.Total(), t.n[CriminalCase], t.n[PublicOrderCase], t.n[SafetyAccident], t.n[Other], t.major})
}

// UnmarshalJSON decodes the form MarshalJSON writes: all six keys required, spelt exactly and given once,
// integers only. Unknown, missing, duplicate or case-variant keys, negative counts, counts whose sum
// overflows, more major incidents than incidents, or a total that is not the sum of the counts, are errors
// wrapping ErrInvalidTally. t is unchanged on error.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var j tallyJSON
	if err := jsonstrict.Decode(b, tallySchema, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidTally, err)
	}
	v, err := NewTally(j.CriminalCase, j.PublicOrderCase, j.SafetyAccident, j.Other, j.Major)
	if err != nil {
		return err
	}
	if v.Total() != j.Total {
		return fmt.Errorf("%w: total %d is not the sum of the counts (%d)", ErrInvalidTally, j.Total, v.Total())
	}
	*t = v
	return nil
}
