package compliance

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// ErrInvalidTally reports tally counts that are negative or do not add up.
var ErrInvalidTally = errors.New("compliance: invalid tally")

// Tally counts campuses by status. It is a commutative monoid: the zero value
// is the empty tally and the identity of Merge, and Add and Merge are
// associative and commutative, so tallies can be built in any order, in
// pieces, and combined — per jurisdiction and then up the tree, per group or
// licence, or across machines.
//
// The mapping to a distributed engine's combiner (Apache Beam's CombineFn) is
// one to one, with no dependency on it:
//
//	CreateAccumulator  → Tally{}
//	AddInput(t, s)     → t.Add(s)
//	MergeAccumulators  → a.Merge(b)
//	ExtractOutput(t)   → t.ComplianceRate(), t.AssessedComplianceRate(), t.Coverage()
//
// and a Tally round-trips through JSON, Beam's default coder. Roll-ups sum
// counts and take rates of the sums; they never average rates.
//
// Tallies are comparable values; the counts are unexported so that the total
// always equals the sum of the four statuses.
type Tally struct {
	n [statusCount]int64 // indexed by Status; n[0] unused
}

// NewTally returns the tally of the given counts; a negative count is an error
// wrapping ErrInvalidTally.
func NewTally(compliant, nonCompliant, incomplete, unassessed int64) (Tally, error) {
	if compliant < 0 || nonCompliant < 0 || incomplete < 0 || unassessed < 0 {
		return Tally{}, fmt.Errorf("%w: negative count (%d, %d, %d, %d)",
			ErrInvalidTally, compliant, nonCompliant, incomplete, unassessed)
	}
	var t Tally
	t.n[Compliant], t.n[NonCompliant], t.n[Incomplete], t.n[Unassessed] = compliant, nonCompliant, incomplete, unassessed
	return t, nil
}

// Add returns t with one more campus of status s. An invalid status is not a
// campus status and leaves t unchanged (the library's own producers never
// yield one).
func (t Tally) Add(s Status) Tally {
	if s.IsValid() {
		t.n[s]++
	}
	return t
}

// Merge returns the tally of the campuses counted in t and in u.
func (t Tally) Merge(u Tally) Tally {
	for s := Compliant; s <= Unassessed; s++ {
		t.n[s] += u.n[s]
	}
	return t
}

// Sub returns the tally of the campuses counted in t but not in u, for
// callers that keep running totals; false if some count would go negative.
func (t Tally) Sub(u Tally) (Tally, bool) {
	for s := Compliant; s <= Unassessed; s++ {
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

// Total returns the number of campuses counted, whatever their status.
func (t Tally) Total() int64 {
	return t.n[Compliant] + t.n[NonCompliant] + t.n[Incomplete] + t.n[Unassessed]
}

// Compliant returns the number of compliant (达标) campuses.
func (t Tally) Compliant() int64 { return t.n[Compliant] }

// NonCompliant returns the number of non-compliant (未达标) campuses.
func (t Tally) NonCompliant() int64 { return t.n[NonCompliant] }

// Incomplete returns the number of campuses whose inspection was incomplete.
func (t Tally) Incomplete() int64 { return t.n[Incomplete] }

// Unassessed returns the number of campuses with no inspection that counts.
func (t Tally) Unassessed() int64 { return t.n[Unassessed] }

// Assessed returns the number of campuses with an inspection that counts:
// compliant, non-compliant or incomplete.
func (t Tally) Assessed() int64 {
	return t.n[Compliant] + t.n[NonCompliant] + t.n[Incomplete]
}

// IsZero reports whether t counts no campus.
func (t Tally) IsZero() bool { return t == Tally{} }

// ComplianceRate returns compliant campuses over ALL campuses counted,
// unassessed ones included: the report's 全达标率 (1394/1396 licensed
// campuses). A campus never inspected counts against the rate, never for it.
// Undefined when the tally is empty.
func (t Tally) ComplianceRate() Rate { return Rate{num: t.Compliant(), den: t.Total()} }

// AssessedComplianceRate returns compliant campuses over ASSESSED campuses
// only (unassessed ones excluded from the denominator). Publish it next to
// Coverage, since a low coverage makes it flattering. Undefined when no campus
// was assessed.
func (t Tally) AssessedComplianceRate() Rate { return Rate{num: t.Compliant(), den: t.Assessed()} }

// Coverage returns assessed campuses over all campuses counted: the share
// with an inspection that counts (不留死角 means 100 %). Undefined when the
// tally is empty.
func (t Tally) Coverage() Rate { return Rate{num: t.Assessed(), den: t.Total()} }

// tallyJSON is the JSON form: every count by its status id, and the total.
type tallyJSON struct {
	Total        int64 `json:"total"`
	Compliant    int64 `json:"compliant"`
	NonCompliant int64 `json:"non_compliant"`
	Incomplete   int64 `json:"incomplete"`
	Unassessed   int64 `json:"unassessed"`
}

// MarshalJSON encodes t as {"total":…,"compliant":…,"non_compliant":…,
// "incomplete":…,"unassessed":…}.
func (t Tally) MarshalJSON() ([]byte, error) {
	return json.Marshal(tallyJSON{t.Total(), t.Compliant(), t.NonCompliant(), t.Incomplete(), t.Unassessed()})
}

// UnmarshalJSON decodes the form MarshalJSON writes, all five keys required,
// spelt exactly and given once; unknown, missing, duplicate or case-variant
// keys, a count that is not an integer, negative counts, counts whose sum
// overflows, or a total that is not the sum of the four, are errors wrapping
// ErrInvalidTally.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var j tallyJSON
	if err := decodeTally(b, tallySchema, &j); err != nil {
		return err
	}
	v, err := NewTally(j.Compliant, j.NonCompliant, j.Incomplete, j.Unassessed)
	if err != nil {
		return err
	}
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

// The schemas of the JSON forms of Tally and FindingTally.
var (
	tallySchema        = countsSchema("total", "compliant", "non_compliant", "incomplete", "unassessed")
	findingTallySchema = countsSchema("total", "open", "overdue", "rectified_on_time", "rectified_late")
)

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

// checkTallySum checks the non-negative counts of a tally (n, indexed by status or finding state; n[0] is
// unused and zero) decoded from JSON against the total the JSON states: counts whose sum overflows int64 (what
// names them in the message: "counts", "finding counts"), or whose sum is not total, are an error wrapping
// ErrInvalidTally.
func checkTallySum(what string, total int64, n []int64) error {
	var sum int64
	for _, c := range n {
		if c > math.MaxInt64-sum {
			return fmt.Errorf("%w: the %s overflow", ErrInvalidTally, what)
		}
		sum += c
	}
	if sum != total {
		return fmt.Errorf("%w: total %d is not the sum of the counts (%d)", ErrInvalidTally, total, sum)
	}
	return nil
}
