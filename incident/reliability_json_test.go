package incident

import (
	"encoding/json"
	"fmt"
	"runtime"
	"testing"

	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/stretchr/testify/assert"
)

// decodeInto returns a Decode function for badinput.JSONFormat that unmarshals into a fresh *T.
func decodeInto[T any]() func([]byte) error {
	return func(b []byte) error {
		var v T
		return json.Unmarshal(b, &v)
	}
}

// validIncidentJSON holds every key of the Incident form.
const validIncidentJSON = `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","ref":"R-1","date":"2011-10-10",` +
	`"campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8","jurisdiction":"320505001","category":"public_order_case",` +
	`"severity":"general","summary":"s"}`

const validTallyJSON = `{"total":3,"criminal_case":1,"public_order_case":1,"safety_accident":1,"other":0,"major":1}`

// TestReliabilityJSONClassSweep mutates every key of every JSON form of the package — duplicated, in another
// case, with U+017F or U+212A, renamed, removed and nulled — and checks each is rejected with the form's
// sentinel (a removed optional key is accepted).
func TestReliabilityJSONClassSweep(t *testing.T) {
	for _, f := range []badinput.JSONFormat{
		{Name: "incident", Valid: validIncidentJSON, Decode: decodeInto[Incident](), Is: []error{ErrInvalidJSON},
			Optional: []string{"ref", "campus", "jurisdiction", "summary"}},
		{Name: "policy", Valid: `{"major_from":"major"}`, Decode: decodeInto[Policy](), Is: []error{ErrInvalidJSON}},
		{Name: "tally", Valid: validTallyJSON, Decode: decodeInto[Tally](), Is: []error{ErrInvalidTally}},
	} {
		badinput.SweepJSON(t, f)
	}
}

// TestReliabilityJSONPathologicalCorpus checks the documented bounds of decoding JSON (docs/bad-input.md,
// "JSON decoding") for the package's forms: generated pathological documents decode within 40 × input +
// 16 MiB bytes allocated and the structural check within 4 × input + 4096 steps.
func TestReliabilityJSONPathologicalCorpus(t *testing.T) {
	formats := []struct {
		name, valid string
		schema      *jsonstrict.Schema
		decode      func([]byte) error
	}{
		{"incident", validIncidentJSON, incidentSchema, decodeInto[Incident]()},
		{"policy", `{"major_from":"major"}`, policySchema, decodeInto[Policy]()},
		{"tally", validTallyJSON, tallySchema, decodeInto[Tally]()},
		{"comparison", validComparisonJSON, comparisonSchema, decodeInto[Comparison]()},
	}
	sizes := []int{64 << 10, 1 << 20}
	if testing.Short() || underRaceDetector {
		sizes = sizes[:1]
	}
	var worstAlloc, worstWork float64
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
			}
		}
	}
	t.Logf("worst allocation %.2f bytes and worst structural work %.2f steps per input byte", worstAlloc, worstWork)
}
