package finding

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var jsonID = uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")

// rectifiedFinding is a finding with every key of the format set.
var rectifiedFinding = Finding{Campus: jsonID, Requirement: "guards", Inspection: jsonID, Found: civil.MustParseDate("2012-02-14"),
	Deadline: civil.MustParseDate("2012-03-14"), Observed: 0, Required: 1, RectifiedBy: jsonID,
	Rectified: civil.MustParseDate("2012-03-01")}

// refFinding is rectifiedFinding with the refs of its campus and inspection.
var refFinding = func() Finding {
	f := rectifiedFinding
	f.CampusRef, f.InspectionRef = "C-1", "JC-2012-0001"
	return f
}()

// fullTally counts one finding in each state.
var fullTally = Tally{}.Add(Open).Add(Overdue).Add(RectifiedOnTime).Add(RectifiedLate)

// marshalled returns the JSON of v, which must marshal.
func marshalled(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// decodeInto returns a Decode function that unmarshals into a fresh *T.
func decodeInto[T any]() func([]byte) error {
	return func(b []byte) error {
		var v T
		return json.Unmarshal(b, &v)
	}
}

// The JSON formats of the package, by the number the fuzz targets pick them with.
const (
	formatFinding = iota
	formatPolicy
	formatTally
	formats
)

// jsonTests is the table of JSON documents of the package's formats: what decodes and to what, and what is
// rejected with which sentinels. It seeds the fuzz targets.
var jsonTests = []struct {
	name   string
	format int
	in     string
	want   any     // the decoded value, when in is valid
	is     []error // the sentinels of the error, when it is not
	names  []string
}{
	{"finding rectified", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"guards",` +
		`"inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","found":"2012-02-14","deadline":"2012-03-14","observed":0,"required":1,` +
		`"rectified_by":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","rectified":"2012-03-01"}`, rectifiedFinding, nil, nil},
	{"finding open", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r",` +
		`"inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2}`,
		Finding{Campus: jsonID, Requirement: "r", Inspection: jsonID, Found: civil.MustParseDate("2012-02-14"),
			Deadline: civil.MustParseDate("2012-02-20"), Observed: 1, Required: 2}, nil, nil},
	{"finding bad date", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r",` +
		`"inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","found":"2012-02-30","deadline":"2012-02-20","observed":1,"required":2}`,
		nil, []error{ErrInvalidJSON, civil.ErrInvalidDate}, []string{"2012-02-30"}},
	{"finding bad campus", formatFinding, `{"campus":"x","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2}`, nil, []error{ErrInvalidJSON}, nil},
	{"finding missing key", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r"}`,
		nil, []error{ErrInvalidJSON}, []string{"inspection"}},
	{"finding unknown key", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r",` +
		`"inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2,` +
		`"waived":true}`, nil, []error{ErrInvalidJSON}, []string{"waived"}},
	{"finding fraction", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r",` +
		`"inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","found":"2012-02-14","deadline":"2012-02-20","observed":1.5,"required":2}`,
		nil, []error{ErrInvalidJSON}, []string{"observed"}},
	{"finding found empty", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"","deadline":"2012-02-20","observed":1,"required":2}`,
		nil, []error{ErrInvalidJSON}, []string{`"found"`}},
	{"finding deadline empty", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"2012-02-14","deadline":"","observed":1,"required":2}`,
		nil, []error{ErrInvalidJSON}, []string{`"deadline"`}},
	{"finding rectified alone", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2,"rectified":"2012-02-18"}`,
		nil, []error{ErrInvalidJSON}, []string{`"rectified_by"`}},
	{"finding rectified_by alone", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2,"rectified_by":"6ba7b810-9dad-11d1-80b4-00c04fd430c8"}`,
		nil, []error{ErrInvalidJSON}, []string{`"rectified"`}},
	{"finding empty refs", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2,"campus_ref":"","inspection_ref":""}`,
		nil, []error{ErrInvalidJSON}, []string{`"campus_ref"`, `"inspection_ref"`}},
	{"finding with refs", formatFinding, `{"campus":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","requirement":"r","inspection":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"found":"2012-02-14","deadline":"2012-02-20","observed":1,"required":2,"campus_ref":"C-1","inspection_ref":"R-1"}`,
		Finding{Campus: jsonID, Requirement: "r", Inspection: jsonID, Found: civil.MustParseDate("2012-02-14"),
			Deadline: civil.MustParseDate("2012-02-20"), Observed: 1, Required: 2, CampusRef: "C-1", InspectionRef: "R-1"}, nil, nil},
	{"finding null", formatFinding, `null`, nil, []error{ErrInvalidJSON}, nil},
	{"finding array", formatFinding, `[]`, nil, []error{ErrInvalidJSON}, nil},
	{"finding syntax", formatFinding, `{"campus":`, nil, []error{ErrInvalidJSON}, nil},

	{"policy", formatPolicy, `{"days":30}`, Policy{Days: 30}, nil, nil},
	{"policy same day", formatPolicy, `{"days":0}`, Policy{}, nil, nil},
	{"policy negative", formatPolicy, `{"days":-1}`, nil, []error{ErrInvalidJSON, ErrInvalidPolicy}, []string{"-1"}},
	{"policy absurd", formatPolicy, `{"days":99999999}`, nil, []error{ErrInvalidJSON, ErrInvalidPolicy}, []string{"99999999"}},
	{"policy missing days", formatPolicy, `{}`, nil, []error{ErrInvalidJSON}, []string{"days"}},
	{"policy string days", formatPolicy, `{"days":"30"}`, nil, []error{ErrInvalidJSON}, []string{"days"}},
	{"policy fraction", formatPolicy, `{"days":1.5}`, nil, []error{ErrInvalidJSON}, []string{"days"}},
	{"policy case variant", formatPolicy, `{"Days":30}`, nil, []error{ErrInvalidJSON}, []string{"Days"}},
	{"policy duplicate", formatPolicy, `{"days":30,"days":1}`, nil, []error{ErrInvalidJSON}, []string{"days"}},
	{"policy null", formatPolicy, `null`, nil, []error{ErrInvalidJSON}, nil},

	{"tally", formatTally, `{"total":4,"open":1,"overdue":1,"rectified_on_time":1,"rectified_late":1}`, fullTally, nil, nil},
	{"tally empty", formatTally, `{"total":0,"open":0,"overdue":0,"rectified_on_time":0,"rectified_late":0}`, Tally{}, nil, nil},
	{"tally bad total", formatTally, `{"total":4,"open":1,"overdue":1,"rectified_on_time":2,"rectified_late":1}`,
		nil, []error{ErrInvalidTally}, []string{"total 4"}},
	{"tally negative", formatTally, `{"total":-1,"open":-1,"overdue":0,"rectified_on_time":0,"rectified_late":0}`,
		nil, []error{ErrInvalidTally}, []string{"negative"}},
	{"tally negative partial", formatTally, `{"open":-1}`, nil, []error{ErrInvalidTally}, nil},
	{"tally unknown key", formatTally, `{"waived":1}`, nil, []error{ErrInvalidTally}, []string{"waived"}},
	{"tally overflow to the total", formatTally, fmt.Sprintf(`{"total":%d,"open":%d,"overdue":1,"rectified_on_time":0,"rectified_late":0}`,
		int64(math.MinInt64), int64(math.MaxInt64)), nil, []error{ErrInvalidTally}, []string{"overflow"}},
	{"tally over the bound", formatTally, fmt.Sprintf(`{"total":%d,"open":%d,"overdue":1,"rectified_on_time":0,"rectified_late":0}`,
		int64(math.MaxInt64), int64(math.MaxInt64)), nil, []error{ErrInvalidTally}, nil},
	{"tally compliance form", formatTally, `{"total":4,"compliant":1,"non_compliant":1,"incomplete":1,"unassessed":1}`,
		nil, []error{ErrInvalidTally}, []string{"compliant"}},
	{"tally array", formatTally, `[]`, nil, []error{ErrInvalidTally}, nil},
	{"tally fraction", formatTally, `{"total":1,"open":0.5,"overdue":0.5,"rectified_on_time":0,"rectified_late":0}`,
		nil, []error{ErrInvalidTally}, nil},
}

// decodeFormat decodes b as format into a fresh value, returning it. It calls the UnmarshalJSON method
// itself: json.Unmarshal would report bad syntax before calling it.
func decodeFormat(format int, b []byte) (any, error) {
	switch format {
	case formatFinding:
		var v Finding
		err := v.UnmarshalJSON(b)
		return v, err
	case formatPolicy:
		var v Policy
		err := v.UnmarshalJSON(b)
		return v, err
	}
	var v Tally
	err := v.UnmarshalJSON(b)
	return v, err
}

// TestJSON checks the table: valid documents decode to their value and marshal back to themselves (up to
// key order); the others are refused with their sentinels, naming the key or value at fault.
func TestJSON(t *testing.T) {
	for _, tt := range jsonTests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := decodeFormat(tt.format, []byte(tt.in))
			if tt.is != nil {
				require.Error(t, err)
				for _, s := range tt.is {
					assert.ErrorIs(t, err, s)
				}
				for _, n := range tt.names {
					assert.Contains(t, err.Error(), n)
				}
				requireSentinels(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, v)
			assert.JSONEq(t, tt.in, marshalled(t, v))
		})
	}
	// A failed decode leaves the receiver unchanged.
	f, p, tl := rectifiedFinding, Policy{Days: 7}, fullTally
	for _, tt := range jsonTests {
		if tt.is == nil {
			continue
		}
		switch tt.format {
		case formatFinding:
			require.Error(t, f.UnmarshalJSON([]byte(tt.in)))
		case formatPolicy:
			require.Error(t, p.UnmarshalJSON([]byte(tt.in)))
		case formatTally:
			require.Error(t, tl.UnmarshalJSON([]byte(tt.in)))
		}
	}
	assert.Equal(t, rectifiedFinding, f)
	assert.Equal(t, Policy{Days: 7}, p)
	assert.Equal(t, fullTally, tl)
}

// TestJSONClassSweep sweeps every JSON format of the package for the class of compliance's issue 15
// findings 4, 6 and 9: a duplicate key, a key in another case or with a Unicode folding variant, an unknown
// key, a missing required key and a null are each rejected, at every key, with the format's sentinel
// (moved from compliance's TestReliabilityJSONClassSweep).
func TestJSONClassSweep(t *testing.T) {
	for _, f := range []badinput.JSONFormat{
		{Name: "tally", Valid: marshalled(t, fullTally), Decode: decodeInto[Tally](), Is: []error{ErrInvalidTally}},
		{Name: "finding", Valid: marshalled(t, refFinding), Decode: decodeInto[Finding](), Is: []error{ErrInvalidJSON},
			Optional: []string{"rectified_by", "rectified", "campus_ref", "inspection_ref"}},
		{Name: "policy", Valid: marshalled(t, Policy{Days: 30}), Decode: decodeInto[Policy](), Is: []error{ErrInvalidJSON}},
	} {
		badinput.SweepJSON(t, f)
	}
}

// TestTallyJSONOverflow: counts that add up to the total only through int64 overflow are refused, as is
// a status the format does not know (moved from compliance's TestReliabilityTallyJSONOverflow and
// TestReliabilityTallyJSONUnknownField).
func TestTallyJSONOverflow(t *testing.T) {
	fin := fmt.Sprintf(`{"total":%d,"open":%d,"overdue":1}`, int64(math.MinInt64), int64(math.MaxInt64))
	var ft Tally
	err := json.Unmarshal([]byte(fin), &ft)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidTally)
	assert.True(t, ft.IsZero())

	err = json.Unmarshal([]byte(`{"waived":5}`), &ft)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidTally)
	assert.Contains(t, err.Error(), "waived")
	assert.True(t, ft.IsZero())
}

// TestTallyOverflow: a Tally keeps compliance.MaxTally as its bound: beyond it the overflowed tally counts
// nothing, stays overflowed, and refuses to marshal (moved from compliance's
// TestReliabilityFindingTallyOverflow).
func TestTallyOverflow(t *testing.T) {
	var full Tally
	require.NoError(t, json.Unmarshal([]byte(fmt.Sprintf(`{"total":%d,"open":%d,"overdue":1,"rectified_on_time":0,"rectified_late":0}`,
		int64(math.MaxInt64), int64(math.MaxInt64-1))), &full))
	require.Equal(t, int64(compliance.MaxTally), full.Total())
	for _, o := range []Tally{full.Add(Open), full.Merge(full), Tally{}.Add(Overdue).Merge(full)} {
		require.True(t, o.Overflowed())
		assert.Zero(t, o.Total())
		for _, s := range Values[State]() {
			assert.Zero(t, o.Count(s))
		}
		assert.False(t, o.IsZero(), "the overflowed tally is not the empty one")
		_, ok := o.Rate(compliance.RectificationMeasure).Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_, ok = o.Rate(compliance.OnTimeRectificationMeasure).Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_, err := json.Marshal(o)
		assert.ErrorIs(t, err, ErrInvalidTally)
		assert.True(t, o.Merge(Tally{}).Overflowed())
		assert.True(t, Tally{}.Merge(o).Overflowed())
		assert.True(t, o.Add(RectifiedLate).Overflowed())
	}
	assert.False(t, full.Overflowed())
	assert.False(t, full.Merge(Tally{}).Overflowed())
	assert.Equal(t, full, full.Add(0), "an invalid state changes nothing, even at the bound")
}

// TestTallyMergeBound: Merge of tallies near the bound is exact below it and overflowed above it, never
// wrapped: checked against big integers on random tallies.
func TestTallyMergeBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(63, 64))
	big4 := func() (Tally, *big.Int) {
		var n [4]int64
		left := int64(math.MaxInt64)
		if rng.IntN(2) == 0 {
			left = rng.Int64N(1000)
		}
		for i := range n {
			n[i] = rng.Int64N(left/4 + 1)
		}
		var tl Tally
		require.NoError(t, json.Unmarshal(fmt.Appendf(nil, `{"total":%d,"open":%d,"overdue":%d,"rectified_on_time":%d,"rectified_late":%d}`,
			n[0]+n[1]+n[2]+n[3], n[0], n[1], n[2], n[3]), &tl))
		sum := new(big.Int)
		for _, c := range n {
			sum.Add(sum, big.NewInt(c))
		}
		return tl, sum
	}
	limit := big.NewInt(compliance.MaxTally)
	for range 2000 {
		a, sa := big4()
		b, sb := big4()
		c, sc := big4()
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)))
		require.Equal(t, a.Merge(b), b.Merge(a))
		sum := new(big.Int).Add(sa, sb)
		sum.Add(sum, sc)
		abc := a.Merge(b).Merge(c)
		require.Equal(t, sum.Cmp(limit) > 0, abc.Overflowed())
		if !abc.Overflowed() {
			require.Equal(t, sum.Int64(), abc.Total())
			for _, s := range Values[State]() {
				require.Equal(t, a.Count(s)+b.Count(s)+c.Count(s), abc.Count(s))
			}
		}
	}
}

// TestPolicyDeadlineSaturates: a deadline far in the future saturates at the calendar's last day (see
// package civil) (moved from compliance's TestReliabilityDeadlineSaturates).
func TestPolicyDeadlineSaturates(t *testing.T) {
	last := civil.MustParseDate("9999-12-31")
	assert.Equal(t, last, Policy{Days: math.MaxInt}.Deadline(civil.MustParseDate("2012-02-14")))
	assert.Equal(t, last, Policy{Days: maxDeadlineDays}.Deadline(civil.MustParseDate("9990-01-01")))
}

// roundTrip decodes b into a fresh *T. On error the error must wrap is, name the package and leave the
// value zero; on success the value must marshal and decode back to itself.
func roundTrip[T any](t *testing.T, b []byte, is error) {
	var v, zero T
	err := any(&v).(json.Unmarshaler).UnmarshalJSON(b) // json.Unmarshal would report bad syntax itself
	if err != nil {
		require.ErrorIs(t, err, is)
		requireSentinels(t, err)
		require.Equal(t, zero, v, "unchanged on error")
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		return // a decoded finding need not be valid: a zero date does not marshal
	}
	var back T
	require.NoError(t, json.Unmarshal(out, &back), "%s", out)
	require.Equal(t, v, back)
}

// FuzzRecordJSON feeds the Finding and Policy decoders arbitrary bytes: never a panic; errors wrap
// ErrInvalidJSON and leave the value unchanged; what is accepted round-trips (moved from compliance's
// FuzzRecordJSON).
func FuzzRecordJSON(f *testing.F) {
	for _, tt := range jsonTests {
		if tt.format != formatTally {
			f.Add(uint8(tt.format), []byte(tt.in))
			f.Add(uint8(tt.format), []byte(strings.Replace(tt.in, `":`, `":null,"x":`, 1)))
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		switch which % 2 {
		case formatFinding:
			roundTrip[Finding](t, b, ErrInvalidJSON)
		case formatPolicy:
			roundTrip[Policy](t, b, ErrInvalidJSON)
		}
	})
}

// FuzzTallyJSON checks Tally JSON: errors wrap ErrInvalidTally and leave the receiver unchanged; accepted
// tallies are non-negative, add up, keep their rates in [0, 1], and round-trip (moved from compliance's
// FuzzTallyJSON).
func FuzzTallyJSON(f *testing.F) {
	for _, tt := range jsonTests {
		if tt.format == formatTally {
			f.Add([]byte(tt.in))
		}
	}
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ft := fullTally
		if err := ft.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidTally)
			requireSentinels(t, err)
			require.Equal(t, fullTally, ft, "unchanged on error")
			return
		}
		require.False(t, ft.Overflowed())
		sum := int64(0)
		for _, s := range Values[State]() {
			require.GreaterOrEqual(t, ft.Count(s), int64(0))
			sum += ft.Count(s)
		}
		require.Equal(t, sum, ft.Total())
		for _, m := range []compliance.Measure{compliance.RectificationMeasure, compliance.OnTimeRectificationMeasure} {
			r := ft.Rate(m)
			require.True(t, r.Num() >= 0 && r.Num() <= r.Den())
		}
		out, err := ft.MarshalJSON()
		require.NoError(t, err)
		var back Tally
		require.NoError(t, back.UnmarshalJSON(out))
		require.Equal(t, ft, back)
	})
}

// The documented bounds of decoding JSON (docs/bad-input.md, "JSON decoding"), as compliance's corpus test states them:
// for n bytes of input a decoder allocates at most allocPerByte·n + allocFixed bytes, and its structural
// check does at most workPerByte·n + workFixed steps.
const (
	allocPerByte = 40
	allocFixed   = 16 << 20
	workPerByte  = 4
	workFixed    = 4096
)

// TestJSONPathologicalCorpus: generated pathological finding, policy and tally JSON (lists of {}, deep
// nesting, long strings and escapes, long and many keys, many copies of a key, long numbers, whitespace)
// is decoded within the documented allocation and work bounds (moved from compliance's
// TestReliabilityJSONPathologicalCorpus). Under -short or the race detector only 64 KiB documents are
// decoded; wall time is not asserted.
func TestJSONPathologicalCorpus(t *testing.T) {
	sizes := []int{64 << 10, 1 << 20}
	if testing.Short() || underRaceDetector {
		sizes = sizes[:1]
	}
	for _, f := range []struct {
		name   string
		valid  string
		schema *jsonstrict.Schema
		decode func([]byte) error
	}{
		{"tally", marshalled(t, fullTally), tallySchema, decodeInto[Tally]()},
		{"finding", marshalled(t, rectifiedFinding), findingSchema, decodeInto[Finding]()},
		{"policy", marshalled(t, Policy{Days: 30}), policySchema, decodeInto[Policy]()},
	} {
		require.NoError(t, f.decode([]byte(f.valid)), f.name)
		for _, size := range sizes {
			for _, d := range badinput.Pathological(f.valid, size, 1<<30) {
				data := d.Make()
				name := fmt.Sprintf("%s, %d bytes: %s", f.name, size, d.Name)
				work, _ := jsonstrict.CheckWork(data, f.schema)
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				require.NotPanics(t, func() { _ = f.decode(data) }, name) // some are valid: whitespace, a long requirement ID
				runtime.ReadMemStats(&after)
				alloc, n := after.TotalAlloc-before.TotalAlloc, uint64(len(data))
				assert.LessOrEqual(t, alloc, allocPerByte*n+allocFixed, "%s: allocated %d bytes for %d", name, alloc, n)
				assert.LessOrEqual(t, work, workPerByte*len(data)+workFixed, "%s: %d steps for %d bytes", name, work, n)
			}
		}
	}
}
