package compliance

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The documented bounds of decoding JSON (docs/bad-input.md, "JSON decoding"): for n bytes of input, any decoder of
// the library allocates at most allocPerByte·n + allocFixed bytes, and its structural check does at most
// workPerByte·n + workFixed steps (a step is a byte read or a key compared; encoding/json then decodes
// only input that passed the check, in one pass).
const (
	allocPerByte = 40
	allocFixed   = 16 << 20
	workPerByte  = 4
	workFixed    = 4096
)

// corpusFormat is one JSON format of the package for the pathological corpus.
type corpusFormat struct {
	name   string
	valid  string
	schema *jsonstrict.Schema
	decode func([]byte) error
}

// maximalStandard is a valid standard at the limits: MaxRequirements requirements, each with a title of
// maxTextLen bytes and maxBands bands.
func maximalStandard() []byte {
	var b strings.Builder
	b.WriteString(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14","requirements":[`)
	title := strings.Repeat("题", maxTextLen/3)
	for i := range MaxRequirements {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"r%d","title":"%s","rule":{"kind":"count_scaled","indicator":"full_time_guards",`+
			`"basis":"students","bands":[`, i, title)
		for j := range maxBands {
			if j > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"from":%d,"min":%d}`, j*10, j+1)
		}
		b.WriteString(`]}}`)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// TestReliabilityJSONPathologicalCorpus is the corpus test of issue 15's "Done when": generated
// pathological standard, tally, figure and result JSON (compliance/finding has the same test for its
// formats) up to the input limit (lists of {}, deep nesting, long strings and escapes, long and many keys,
// many copies of a key, long numbers, whitespace), and a valid standard at every limit at once, are decoded within the documented allocation
// bound (allocPerByte × input + allocFixed, measured as runtime.MemStats.TotalAlloc) and the structural
// check within the documented work bound (workPerByte × input + workFixed steps). It logs the worst ratios
// seen; wall time is logged, never asserted. Under -short or the race detector only the 64 KiB
// documents are decoded.
func TestReliabilityJSONPathologicalCorpus(t *testing.T) {
	id := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	tally, err := NewTally(1, 2, 3, 4)
	require.NoError(t, err)
	result := Result{Standard: "s", Version: "1", Campus: id, PreventionLevel: prevention.Normal, Status: NonCompliant,
		Requirements: []RequirementResult{{Requirement: "guards", Title: "t", Outcome: Unmet, Required: 1}}}
	formats := []corpusFormat{
		{"standard", sweepStandardJSON, standardSchema, func(b []byte) error { _, err := LoadStandard(b); return err }},
		{"tally", marshalled(t, tally), tallySchema, decodeInto[Tally]()},
		{"figure", marshalled(t, sweepFigure()), figureSchema, decodeInto[Figure]()},
		{"result", marshalled(t, result), resultSchema, decodeInto[Result]()},
	}
	// Up to the input limit: MaxStandardBytes for a standard; the other formats have no limit of their
	// own (their caller bounds the input), and the bound is the same at every size, so 1 MiB stands for them.
	sizes := func(f corpusFormat) []int {
		switch {
		case testing.Short() || underRaceDetector:
			return []int{64 << 10}
		case f.schema == standardSchema:
			return []int{64 << 10, 1 << 20, MaxStandardBytes - 4096}
		}
		return []int{64 << 10, 1 << 20}
	}
	var worstAlloc, worstWork, worstNs float64
	var worstAllocName, worstWorkName string
	measure := func(name string, data []byte, schema *jsonstrict.Schema, decode func([]byte) error) {
		t.Helper()
		work, _ := jsonstrict.CheckWork(data, schema)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		assert.NotPanics(t, func() { _ = decode(data) }, name)
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		alloc := after.TotalAlloc - before.TotalAlloc
		n := uint64(len(data))
		assert.LessOrEqual(t, alloc, allocPerByte*n+allocFixed, "%s: allocated %d bytes for %d", name, alloc, n)
		assert.LessOrEqual(t, work, workPerByte*len(data)+workFixed, "%s: %d steps for %d bytes", name, work, n)
		if r := float64(alloc) / float64(n); r > worstAlloc {
			worstAlloc, worstAllocName = r, name
		}
		if r := float64(work) / float64(n); r > worstWork {
			worstWork, worstWorkName = r, name
		}
		worstNs = max(worstNs, float64(elapsed.Nanoseconds())/float64(n))

	}
	docs := 0
	for _, f := range formats {
		require.NoError(t, f.decode([]byte(f.valid)), f.name)
		for _, size := range sizes(f) {
			maxStrings := 1 << 30
			if size > 1<<20 {
				maxStrings = 3
			}
			for _, d := range badinput.Pathological(f.valid, size, maxStrings) {
				data := d.Make()
				if len(data) > MaxStandardBytes {
					continue // over every input limit the issue asks about
				}
				measure(fmt.Sprintf("%s, %d bytes: %s", f.name, size, d.Name), data, f.schema, f.decode)
				docs++
			}
		}
	}
	if !testing.Short() && !underRaceDetector {
		max := maximalStandard()
		require.LessOrEqual(t, len(max), MaxStandardBytes)
		_, err := LoadStandard(max)
		require.NoError(t, err, "the standard at every limit loads")
		measure("valid standard at the limits", max, standardSchema, func(b []byte) error { _, err := LoadStandard(b); return err })
		docs++
	}
	t.Logf("%d documents; worst allocation %.2f bytes per input byte (%s); worst structural work %.2f steps per "+
		"input byte (%s); worst wall time %.1f ns per input byte (not asserted)",
		docs, worstAlloc, worstAllocName, worstWork, worstWorkName, worstNs)
}
