package compliance

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/rate"
)

// Tally counts campuses by status. It counts the campuses outside the
// standard's population (OutOfScope) too, apart: they are in Total but in no
// rate's denominator (InScope is the population). It is a commutative monoid: the zero value
// is the empty tally and the identity of Merge, and Add and Merge are
// associative and commutative, so tallies can be built in any order, in
// pieces, and combined — per jurisdiction and then up the tree, per group or
// license, or across machines.
//
// The mapping to a distributed engine's combiner (Apache Beam's CombineFn) is
// one to one, with no dependency on it:
//
//	CreateAccumulator  → Tally{}
//	AddInput(t, s)     → t.Add(s)
//	MergeAccumulators  → a.Merge(b)
//	ExtractOutput(t)   → t.Rate(m) for each campus measure m
//
// and a Tally round-trips through JSON, Beam's default coder. Roll-ups sum
// counts and take rates of the sums; they never average rates.
//
// Tallies are comparable values; the counts are unexported so that the total
// always equals the sum of the five statuses.
//
// Bound: a tally counts at most MaxTally campuses in all, so that Total and
// every rate's parts fit an int64. NewTally and UnmarshalJSON reject counts
// whose sum is larger. Add and Merge cannot return an error (a combiner must
// not), so when their total would exceed MaxTally they return the overflowed
// tally instead of wrapping around: it reports Overflowed, counts nothing (every
// count is 0 and every rate undefined, so no figure is ever taken of it), stays
// overflowed under Add and Merge (which therefore stay associative and
// commutative), and fails MarshalJSON. A tally the library builds from a
// register never overflows.
type Tally struct {
	n [statusCount]int64 // indexed by Status; n[0] is 0, or -1 for the overflowed tally (all others 0)
}

// MaxTally is the largest number of campuses (or, for a finding.Tally, findings)
// one tally counts in all: the largest int64.
const MaxTally = math.MaxInt64

// overflowedTally is the one overflowed Tally.
var overflowedTally = Tally{n: [statusCount]int64{-1}}

// NewTally returns the tally of the given counts (no campus out of scope: add
// those with AddN). A negative count, or counts whose sum exceeds MaxTally, is
// an error wrapping ErrInvalidTally.
func NewTally(compliant, nonCompliant, incomplete, unassessed int64) (Tally, error) {
	if compliant < 0 || nonCompliant < 0 || incomplete < 0 || unassessed < 0 {
		return Tally{}, fmt.Errorf("%w: negative count (%d, %d, %d, %d)",
			ErrInvalidTally, compliant, nonCompliant, incomplete, unassessed)
	}
	var t Tally
	t.n[Compliant], t.n[NonCompliant], t.n[Incomplete], t.n[Unassessed] = compliant, nonCompliant, incomplete, unassessed
	if _, ok := checkedSum(t.n[:]); !ok {
		return Tally{}, fmt.Errorf("%w: counts (%d, %d, %d, %d) add up to more than %d",
			ErrInvalidTally, compliant, nonCompliant, incomplete, unassessed, int64(MaxTally))
	}
	return t, nil
}

// checkedSum returns the sum of the non-negative counts n, and false when it
// exceeds MaxTally.
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

// Add returns t with one more campus of status s. An invalid status is not a
// campus status and leaves t unchanged (the library's own producers never
// yield one). A tally that already counts MaxTally campuses becomes the
// overflowed tally (see Tally).
func (t Tally) Add(s Status) Tally {
	switch {
	case !s.IsValid() || t.Overflowed():
		return t
	case t.Total() == MaxTally:
		return overflowedTally
	}
	t.n[s]++
	return t
}

// AddN returns t with n more campuses of status s. An invalid status, a
// negative n, or a count that would overflow int64 is an error wrapping
// ErrInvalidTally, and t is returned unchanged.
func (t Tally) AddN(s Status, n int64) (Tally, error) {
	switch {
	case !s.IsValid():
		return t, fmt.Errorf("%w: status %d", ErrInvalidTally, uint8(s))
	case n < 0:
		return t, fmt.Errorf("%w: negative count %d of %s", ErrInvalidTally, n, s)
	case t.Overflowed():
		return t, fmt.Errorf("%w: the tally is overflowed", ErrInvalidTally)
	case n > MaxTally-t.Total():
		return t, fmt.Errorf("%w: %d more %s campuses overflow the total", ErrInvalidTally, n, s)
	}
	t.n[s] += n
	return t, nil
}

// Merge returns the tally of the campuses counted in t and in u, or the
// overflowed tally when t or u is overflowed or the total would exceed
// MaxTally (see Tally). No single count can overflow when the total does not.
func (t Tally) Merge(u Tally) Tally {
	if t.Overflowed() || u.Overflowed() || t.Total() > MaxTally-u.Total() {
		return overflowedTally
	}
	for s := Compliant; s <= OutOfScope; s++ {
		t.n[s] += u.n[s]
	}
	return t
}

// Overflowed reports whether t is the overflowed tally: the result of an Add or
// Merge whose total would have exceeded MaxTally (see Tally).
func (t Tally) Overflowed() bool { return t.n[0] != 0 }

// Sub returns the tally of the campuses counted in t but not in u, for
// callers that keep running totals; false if some count would go negative or
// either tally is overflowed.
func (t Tally) Sub(u Tally) (Tally, bool) {
	if t.Overflowed() || u.Overflowed() {
		return Tally{}, false
	}
	for s := Compliant; s <= OutOfScope; s++ {
		if t.n[s] < u.n[s] {
			return Tally{}, false
		}
		t.n[s] -= u.n[s]
	}
	return t, true
}

// Count returns the number of campuses with status s (0 for an invalid s).
func (t Tally) Count(s Status) int64 {
	if !s.IsValid() {
		return 0
	}
	return t.n[s]
}

// Total returns the number of campuses counted, whatever their status, the
// campuses out of scope included.
func (t Tally) Total() int64 {
	return t.InScope() + t.n[OutOfScope]
}

// InScope returns the number of campuses in the standard's population: every
// campus counted but those OutOfScope. It is the denominator of
// Rate.
func (t Tally) InScope() int64 {
	return t.n[Compliant] + t.n[NonCompliant] + t.n[Incomplete] + t.n[Unassessed]
}

// Assessed returns the number of campuses with an inspection that counts:
// compliant, non-compliant or incomplete.
func (t Tally) Assessed() int64 {
	return t.n[Compliant] + t.n[NonCompliant] + t.n[Incomplete]
}

// IsZero reports whether t is the empty tally (the overflowed tally is not).
func (t Tally) IsZero() bool { return t == Tally{} }

// Rate returns the rate of campus measure m over the tally, exact:
//
//   - ComplianceMeasure: compliant campuses over ALL campuses in the
//     standard's population, unassessed ones included — the report's 全达标率
//     (1394/1396 licensed campuses). A campus never inspected counts against
//     the rate, never for it; a campus out of scope counts in neither part.
//   - AssessedComplianceMeasure: compliant campuses over ASSESSED campuses
//     only. Publish it next to AssessedMeasure, since a low share assessed
//     makes it flattering.
//   - AssessedMeasure: assessed campuses over all campuses in scope, the share
//     with an inspection that counts (不留死角 means 100 %).
//
// A rate is undefined (0/0) when its denominator is zero, and for any other
// measure (the rectification measures are rates of a finding.Tally):
// Summary.Figure refuses those with an error.
func (t Tally) Rate(m Measure) rate.Rate {
	switch m {
	case ComplianceMeasure:
		return ratio(t.n[Compliant], t.InScope())
	case AssessedComplianceMeasure:
		return ratio(t.n[Compliant], t.Assessed())
	case AssessedMeasure:
		return ratio(t.Assessed(), t.InScope())
	}
	return rate.Rate{}
}

// tallyJSON is the JSON form: every count by its status id, and the total.
// "out_of_scope" is omitted when zero, so tallies without it keep the form
// they had before the status existed.
type tallyJSON struct {
	Total        int64 `json:"total"`
	Compliant    int64 `json:"compliant"`
	NonCompliant int64 `json:"non_compliant"`
	Incomplete   int64 `json:"incomplete"`
	Unassessed   int64 `json:"unassessed"`
	OutOfScope   int64 `json:"out_of_scope,omitzero"`
}

// MarshalJSON encodes t as {"total":…,"compliant":…,"non_compliant":…,
// "incomplete":…,"unassessed":…,"out_of_scope":…}, "out_of_scope" omitted
// when zero; total counts the campuses out of scope too. The overflowed tally
// has no JSON form: it is an error wrapping ErrInvalidTally.
func (t Tally) MarshalJSON() ([]byte, error) {
	if t.Overflowed() {
		return nil, errTallyOverflowed
	}
	return json.Marshal(tallyJSON{t.Total(), t.n[Compliant], t.n[NonCompliant], t.n[Incomplete], t.n[Unassessed], t.n[OutOfScope]})
}

// UnmarshalJSON decodes the form MarshalJSON writes: the five keys "total",
// "compliant", "non_compliant", "incomplete" and "unassessed" required and
// "out_of_scope" optional (0 when absent), each spelt exactly and given once;
// unknown, missing, duplicate or case-variant keys, a count that is not an
// integer, negative counts, counts whose sum overflows, or a total that is
// not the sum of the counts, are errors wrapping ErrInvalidTally.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var j tallyJSON
	if err := decodeTally(b, tallySchema, &j); err != nil {
		return err
	}
	v, err := NewTally(j.Compliant, j.NonCompliant, j.Incomplete, j.Unassessed)
	if err != nil {
		return err
	}
	if j.OutOfScope < 0 {
		return fmt.Errorf("%w: negative out-of-scope count %d", ErrInvalidTally, j.OutOfScope)
	}
	v.n[OutOfScope] = j.OutOfScope
	if err := checkTallySum("counts", j.Total, v.n[:]); err != nil {
		return err
	}
	*t = v
	return nil
}

// countsSchema is the schema of a tally's JSON form: exactly the given keys, each required, each an integer.
func countsSchema(keys ...string) *jsonstrict.Schema {
	s := &jsonstrict.Schema{Type: jsonstrict.Object}
	for _, k := range keys {
		s.Fields = append(s.Fields, jsonstrict.Field{Name: k, Required: true, Value: strictInt})
	}
	return s
}

// tallySchema is the schema of the JSON form of a Tally.
var tallySchema = func() *jsonstrict.Schema {
	s := countsSchema("total", "compliant", "non_compliant", "incomplete", "unassessed")
	s.Fields = append(s.Fields, jsonstrict.Field{Name: "out_of_scope", Value: strictInt})
	return s
}()

// decodeTally decodes the JSON form of a tally into j, checked against s first: every key exactly as written
// by MarshalJSON and present once (a status the format does not know, or a second spelling of one it does,
// must not be dropped or replace a count silently), integers only, nothing after the value; the error wraps
// ErrInvalidTally.
func decodeTally(b []byte, s *jsonstrict.Schema, j any) error {
	if err := jsonstrict.Decode(b, s, j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidTally, err)
	}
	return nil
}

// errTallyOverflowed is MarshalJSON's error for an overflowed tally.
var errTallyOverflowed = fmt.Errorf("%w: the tally overflowed (more than %d counted)", ErrInvalidTally, int64(MaxTally))

// checkTallySum checks the non-negative counts of a tally (n, indexed by status or finding state; n[0] is
// unused and zero) decoded from JSON against the total the JSON states: counts whose sum overflows int64 (what
// names them in the message: "counts", "finding counts"), or whose sum is not total, are an error wrapping
// ErrInvalidTally.
func checkTallySum(what string, total int64, n []int64) error {
	sum, ok := checkedSum(n)
	if !ok {
		return fmt.Errorf("%w: the %s overflow", ErrInvalidTally, what)
	}
	if sum != total {
		return fmt.Errorf("%w: total %d is not the sum of the counts (%d)", ErrInvalidTally, total, sum)
	}
	return nil
}

// ratio returns num/den for counts a tally keeps, where 0 <= num <= den
// always holds (an overflowed tally counts nothing: 0/0).
func ratio(num, den int64) rate.Rate {
	r, err := rate.New(num, den)
	if err != nil {
		return rate.Rate{}
	}
	return r
}
