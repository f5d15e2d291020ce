package campus

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeInto returns a Decode function for badinput.JSONFormat that unmarshals into a fresh *T.
func decodeInto[T any]() func([]byte) error {
	return func(b []byte) error {
		var v T
		return json.Unmarshal(b, &v)
	}
}

// TestReliabilityJSONClassSweep sweeps every JSON format of the campus package for the class of issue 15's
// findings 4, 6 and 9: a duplicate key, a key in another case or with a Unicode folding variant (U+017F ſ,
// U+212A K), an unknown key, a missing required key and a null are each rejected, at every key of every
// object, with the format's sentinel.
func TestReliabilityJSONClassSweep(t *testing.T) {
	r := report2012(t)
	cc, err := json.Marshal(r.CampusCounts())
	require.NoError(t, err)
	sc, err := json.Marshal(r.SchoolCounts())
	require.NoError(t, err)
	for _, f := range []badinput.JSONFormat{
		// A breakdown's keys are optional (absent is zero): every breakdown must still add up.
		{Name: "campus counts", Valid: string(cc), Decode: decodeInto[CampusCounts](), Is: []error{ErrInvalidCounts},
			Optional: []string{"*"}},
		{Name: "school counts", Valid: string(sc), Decode: decodeInto[SchoolCounts](), Is: []error{ErrInvalidCounts},
			Optional: []string{"*"}},
		{Name: "campus", Valid: validCampusJSON, Decode: decodeInto[Campus](), Is: []error{ErrInvalidJSON}},
		{Name: "school", Valid: `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","code":"2132050001"}`,
			Decode: decodeInto[School](), Is: []error{ErrInvalidJSON}, Optional: []string{"code"}},
		{Name: "group × license", Valid: `{"group":"school","license":"licensed"}`, Decode: decodeInto[GroupLicense](),
			Is: []error{ErrInvalidJSON}},
	} {
		badinput.SweepJSON(t, f)
	}
}

// TestIssue15CountsUnknownField is the regression test of issue 15's finding 6: Counts JSON with a key it
// does not define, at the top level or in a breakdown, in another case, or twice, is rejected naming it.
func TestIssue15CountsUnknownField(t *testing.T) {
	for in, names := range map[string]string{
		`{"total":0,"kinds":{"primary":5},"unknown_kind":7}`:                         `unknown key "kinds"`,
		`{"total":0,"unknown_kind":7}`:                                               `unknown key "unknown_kind"`,
		`{"total":0,"Total":5}`:                                                      `unknown key "Total"`,
		`{"total":1,"total":0}`:                                                      `key "total" given twice`,
		`{"total":0,"kind":{"primary":0,"primary":5}}`:                               `kind: key "primary" given twice`,
		`{"total":0,"kind":{"primary":"5"}}`:                                         `kind["primary"]: a string, want an integer`,
		`{"total":0,"kind":{"primary":5.0}}`:                                         `not an integer`,
		`{"total":null}`:                                                             `total: null`,
		`{"total":0,"group_license":{"school":{"licensed":0,"unlicensed":0,"x":1}}}`: `more than 2 keys`,
	} {
		var n CampusCounts
		err := json.Unmarshal([]byte(in), &n)
		require.ErrorIs(t, err, ErrInvalidCounts, in)
		assert.Contains(t, err.Error(), names, in)
		assert.True(t, n.IsZero(), "unchanged")
	}
}

// TestIssue15CampusJSONStrict checks the record forms of the package against the issue's finding 4 and 9:
// a case-variant key no longer replaces a value, and an absent count is an error, not 0.
func TestIssue15CampusJSONStrict(t *testing.T) {
	var c Campus
	err := json.Unmarshal([]byte(strings.Replace(validCampusJSON, `"students":1`, `"students":1,"Students":-1`, 1)), &c)
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), `unknown key "Students"`)
	err = json.Unmarshal([]byte(strings.Replace(validCampusJSON, `,"students":1`, ``, 1)), &c)
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), `missing required key "students"`)
	assert.Zero(t, c, "unchanged")
}

// FuzzRecordJSON feeds the Campus, School and GroupLicense decoders arbitrary bytes: never a panic; errors
// wrap ErrInvalidJSON and leave the value unchanged; what is accepted and marshals round-trips.
func FuzzRecordJSON(f *testing.F) {
	f.Add(uint8(0), []byte(validCampusJSON))
	f.Add(uint8(0), []byte(strings.Replace(validCampusJSON, `"staff"`, `"Staff"`, 1)))
	f.Add(uint8(1), []byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","code":"2132050001"}`))
	f.Add(uint8(2), []byte(`{"group":"school","license":"licensed"}`))
	f.Add(uint8(0), []byte(strings.Replace(validCampusJSON, `"staff":1`, `"staff":1,"ref":""`, 1)))
	f.Add(uint8(1), []byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","code":"","ownership":""}`))
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		switch which % 3 {
		case 0:
			roundTrip[Campus](t, b)
		case 1:
			roundTrip[School](t, b)
		case 2:
			roundTrip[GroupLicense](t, b)
		}
	})
}

// roundTrip decodes b into a fresh *T: on error the error wraps ErrInvalidJSON and the value stays zero; on
// success a value that marshals decodes back to itself.
func roundTrip[T any](t *testing.T, b []byte) {
	var v, zero T
	if err := any(&v).(json.Unmarshaler).UnmarshalJSON(b); err != nil { // json.Unmarshal would report bad syntax itself
		require.ErrorIs(t, err, ErrInvalidJSON)
		require.Equal(t, zero, v, "unchanged on error")
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		return // an invalid enum or code refuses to marshal; NewRegister would reject it
	}
	var back T
	require.NoError(t, json.Unmarshal(out, &back), "%s", out)
	require.Equal(t, v, back)
}

// TestReliabilityJSONPathologicalCorpus is the campus half of the corpus test of issue 15's "Done when"
// (the compliance package holds the other, and the bounds' documentation): generated pathological Counts,
// Campus and School JSON decode within 40 × input + 16 MiB bytes allocated and the structural check within
// 4 × input + 4096 steps. It logs the worst ratios seen. Under -short or the race detector only 64 KiB
// documents are decoded.
func TestReliabilityJSONPathologicalCorpus(t *testing.T) {
	cc, err := json.Marshal(report2012(t).CampusCounts())
	require.NoError(t, err)
	formats := []struct {
		name, valid string
		schema      *jsonstrict.Schema
		decode      func([]byte) error
	}{
		{"campus counts", string(cc), countsSchema, decodeInto[CampusCounts]()},
		{"campus", validCampusJSON, campusSchema, decodeInto[Campus]()},
		{"school", `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","code":"2132050001"}`, schoolSchema,
			decodeInto[School]()},
	}
	sizes := []int{64 << 10, 1 << 20}
	if testing.Short() || underRaceDetector {
		sizes = sizes[:1]
	}
	var worstAlloc, worstWork float64
	docs := 0
	for _, f := range formats {
		for _, size := range sizes {
			for _, d := range badinput.Pathological(f.valid, size, 3) {
				data := d.Make()
				name := fmt.Sprintf("%s, %d bytes: %s", f.name, size, d.Name)
				work, _ := jsonstrict.CheckWork(data, f.schema)
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				assert.NotPanics(t, func() { _ = f.decode(data) }, name)
				runtime.ReadMemStats(&after)
				alloc, n := after.TotalAlloc-before.TotalAlloc, uint64(len(data))
				assert.LessOrEqual(t, alloc, 40*n+16<<20, "%s: allocated %d bytes", name, alloc)
				assert.LessOrEqual(t, work, 4*len(data)+4096, "%s: %d steps", name, work)
				worstAlloc = max(worstAlloc, float64(alloc)/float64(n))
				worstWork = max(worstWork, float64(work)/float64(n))
				docs++
			}
		}
	}
	t.Logf("%d documents; worst allocation %.2f bytes and worst structural work %.2f steps per input byte",
		docs, worstAlloc, worstWork)
}
