package compliance

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allocated returns the bytes f allocates on the heap (runtime.MemStats.TotalAlloc, which only grows, so the
// measure does not depend on when the collector runs).
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestReliabilityStandardJSONLimits feeds LoadStandard pathological standard JSON from an untrusted third
// party — megabytes of whitespace, deep nesting, huge lists of tiny elements, enormous numbers, long strings —
// and checks that each is answered with an error wrapping the documented sentinel, that the error stays
// short (no line per element of a huge list), and that the memory allocated stays within a fixed multiple
// of the input's size, which MaxStandardBytes bounds. (The bound is a size, not a time: the test is not
// flaky on a slow machine.)
func TestReliabilityStandardJSONLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates about a gigabyte in total")
	}
	rep := strings.Repeat
	list := func(item string, n int) string { return strings.TrimSuffix(rep(item+",", n), ",") }
	const hdr = `"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14"`
	const fact = `"rule":{"kind":"fact","indicator":"closed_management"}`
	cases := []struct {
		name     string
		in       string
		is       []error
		maxLines int
	}{
		{"whitespace", rep(" \n\t\r", MaxStandardBytes/4-1) + "{}", []error{ErrInvalidJSON}, 1},
		{"whitespace over the limit", rep(" ", MaxStandardBytes) + "{}", []error{ErrInvalidJSON}, 1},
		{"deep arrays", `{"format":1,"id":` + rep("[", 3_000_000) + `}`, []error{ErrInvalidJSON}, 1},
		{"deep objects", `{"format":1,"derived_from":` + rep(`{"id":`, 1_000_000) + `}`, []error{ErrInvalidJSON}, 1},
		{"two million empty requirements", `{` + hdr + `,"requirements":[` + list(`{}`, 2_000_000) + `]}`,
			[]error{ErrInvalidStandard}, 1},
		{"many requirements", `{` + hdr + `,"requirements":[` + list(`{"id":"r","title":"t",`+fact+`}`, 100_000) + `]}`,
			[]error{ErrInvalidStandard}, 1},
		{"many indicators", `{` + hdr + `,"indicators":[` + list(`{"id":"X","label":"","kind":"k"}`, 200_000) +
			`],"requirements":[{"id":"r","title":"t",` + fact + `}]}`, []error{ErrInvalidStandard}, 2},
		{"many scope values", `{` + hdr + `,"requirements":[{"id":"r","title":"t","scope":{"kinds":[` +
			list(`"zz"`, 1_500_000) + `]},` + fact + `}]}`, []error{ErrInvalidJSON}, 1},
		{"many bands", `{` + hdr + `,"requirements":[{"id":"r","title":"t","rule":{"kind":"count_scaled",` +
			`"indicator":"full_time_guards","basis":"students","bands":[` + list(`{"from":-1,"min":-1}`, 350_000) +
			`]}}]}`, []error{ErrInvalidJSON}, 1},
		{"enormous number", `{` + hdr + `,"requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_least",` +
			`"indicator":"full_time_guards","min":1` + rep("0", 7_000_000) + `}}]}`, []error{ErrInvalidJSON}, 1},
		{"exponent", `{` + hdr + `,"requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_least",` +
			`"indicator":"full_time_guards","min":1e999999999}}]}`, []error{ErrInvalidJSON}, 1},
		{"long requirement ID", `{` + hdr + `,"requirements":[{"id":"` + rep("x", 7_000_000) + `","title":"t",` +
			fact + `}]}`, []error{ErrInvalidStandard}, 1},
		{"long escapes", `{` + hdr + `,"requirements":[{"id":"r","title":"` + rep(`\u0000`, 1_300_000) + `",` +
			fact + `}]}`, []error{ErrInvalidStandard}, 1},
		{"format last, after a huge list", `{"id":"s","title":"t","version":"1","effective":"2012-02-14",` +
			`"requirements":[` + list(`{}`, 2_000_000) + `],"format":2}`, []error{ErrInvalidJSON}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.in)
			var err error
			alloc := allocated(func() { _, err = LoadStandard(data) })
			require.Error(t, err)
			for _, s := range tc.is {
				assert.ErrorIs(t, err, s)
			}
			lines := strings.Count(err.Error(), "\n") + 1
			assert.LessOrEqual(t, lines, tc.maxLines, "a short error: %.200s", err.Error())
			assert.LessOrEqual(t, len(err.Error()), 2*len(data)+1024, "the error is at most twice the input")
			limit := 40*uint64(len(data)) + 16<<20
			assert.LessOrEqual(t, alloc, limit, "allocated %d bytes for %d bytes of input", alloc, len(data))
		})
	}
}

// TestReliabilityStandardJSONAtLimits checks that the documented limits themselves are accepted: a standard
// with exactly MaxRequirements requirements, maxIndicators declared indicators, maxBands bands and every kind
// in a scope list loads, and one more than each limit (maxScopeValues for a scope list) is rejected naming
// the limit.
func TestReliabilityStandardJSONAtLimits(t *testing.T) {
	build := func(nReq, nInd, nBands, nScope int) string {
		var inds, reqs, bands, kinds []string
		for i := range nInd {
			inds = append(inds, fmt.Sprintf(`{"id":"ind_%d","label":"l","kind":"fact"}`, i))
		}
		for i := range nBands {
			bands = append(bands, fmt.Sprintf(`{"from":%d,"min":%d}`, i*10, i+1))
		}
		all := campus.Values[campus.Kind]()
		for i := range nScope {
			kinds = append(kinds, `"`+all[i%len(all)].String()+`"`) // distinct up to the 21 kinds
		}
		reqs = append(reqs, `{"id":"scaled","title":"t","scope":{"kinds":[`+strings.Join(kinds, ",")+`]},`+
			`"rule":{"kind":"count_scaled","indicator":"full_time_guards","basis":"students","bands":[`+
			strings.Join(bands, ",")+`]}}`)
		for i := 1; i < nReq; i++ {
			reqs = append(reqs, fmt.Sprintf(`{"id":"r%d","title":"t","rule":{"kind":"fact","indicator":"ind_%d"}}`,
				i, i%max(nInd, 1)))
		}
		return `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14","indicators":[` +
			strings.Join(inds, ",") + `],"requirements":[` + strings.Join(reqs, ",") + `]}`
	}
	s, err := LoadStandard([]byte(build(MaxRequirements, maxIndicators, maxBands, len(campus.Values[campus.Kind]()))))
	require.NoError(t, err)
	assert.Len(t, s.Requirements, MaxRequirements)
	assert.Len(t, s.Indicators, maxIndicators)

	for _, tc := range []struct {
		name string
		in   string
		is   error
		n    int
	}{
		{"requirements", build(MaxRequirements+1, maxIndicators, 1, 1), ErrInvalidStandard, MaxRequirements},
		{"indicators", build(10, maxIndicators+1, 1, 1), ErrInvalidStandard, maxIndicators},
		{"bands", build(10, 10, maxBands+1, 1), ErrInvalidJSON, maxBands},
		{"scope values", build(10, 10, 1, maxScopeValues+1), ErrInvalidJSON, maxScopeValues},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadStandard([]byte(tc.in))
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
			assert.Contains(t, err.Error(), fmt.Sprintf("at most %d", tc.n))
		})
	}
}
