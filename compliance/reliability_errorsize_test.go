package compliance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Bounds on errors (docs/bad-input.md, "Bounds on errors"): every error of the library is at most maxErrorLines lines
// and maxErrorBytes bytes, whatever its input: errorC = 0 bytes per byte of input and errorK = maxErrorBytes.
const (
	maxErrorLines = errbound.MaxPerCall + 4
	maxErrorBytes = 128 << 10
)

// faultyRequirement returns a requirement with about 500 faults, the tester's case of issue 15 finding 1:
// id as its ID, 64 bands each wrong in five ways, and five scope lists of 64 values that name nothing.
func faultyRequirement(id string) string {
	bands := strings.TrimSuffix(strings.Repeat(`{"from":-1,"min":-1,"exempt":true,"undetermined":true},`, maxBands), ",")
	bad := strings.TrimSuffix(strings.Repeat(`"?",`, maxScopeValues), ",")
	return `{"id":"` + id + `","title":"t","source":{"confidence":"?"},"scope":{"groups":[` + bad + `],"kinds":[` + bad +
		`],"stages":[` + bad + `],"licenses":[` + bad + `],"locales":[` + bad + `],"boarding":"?","min_level":"?"},` +
		`"rule":{"kind":"count_scaled","indicator":"full_time_guards","basis":"?","min":-1,"bands":[` + bands +
		`],"step":{"basis":"?","above":-1,"per":-1,"add":-1,"round":"?"}}}`
}

// faultyStandard returns a standard JSON document whose requirements are reqs.
func faultyStandard(reqs ...string) []byte {
	return []byte(`{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14","requirements":[` +
		strings.Join(reqs, ",") + `]}`)
}

// TestErrorAmplificationRegression is issue 15's finding 1: a 203 KB standard with a 200,000-byte requirement
// ID and about 500 faults in that requirement produced a 102 MB error and allocated 317 MB, every message
// quoting the whole ID. Now the ID is quoted as a 64-byte prefix, the requirement's problems are capped and
// counted, and the allocation stays within the project's bound for decoding (40 × input + 16 MiB).
func TestErrorAmplificationRegression(t *testing.T) {
	data := faultyStandard(faultyRequirement(strings.Repeat("a", 200_000)))
	require.Greater(t, len(data), 200_000)
	var err error
	alloc := allocated(func() { _, err = LoadStandard(data) })
	require.Error(t, err)
	msg := err.Error()
	t.Logf("input %d bytes, error %d bytes in %d lines, %d bytes allocated", len(data), len(msg),
		strings.Count(msg, "\n")+1, alloc)
	assert.LessOrEqual(t, len(msg), 16<<10, "the error is a few KB, not 102 MB")
	assert.LessOrEqual(t, alloc, 40*uint64(len(data))+16<<20, "allocated %d bytes", alloc)
	name := `requirement "` + strings.Repeat("a", errbound.MaxQuoteBytes) + `"… (200000 bytes)`
	assert.Contains(t, msg, `compliance: standard "s": `+name+": ", "each problem names the standard and the requirement by an elided prefix")
	assert.Contains(t, msg, "more problems with "+name, "the requirement's other problems are counted")
	assert.Equal(t, errbound.MaxPerItem+1, strings.Count(msg, name), "at most MaxPerItem problems shown, then a count")
	var more *errbound.More
	require.ErrorAs(t, err, &more)
	assert.Greater(t, more.N, 400, "the ~500 problems are all counted")
	var se *StandardError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, strings.Repeat("a", 200_000), se.Requirement, "the whole ID is in the error value, not its message")

	// The same standard built in Go and validated: the same bound.
	s := Standard{ID: "s", Title: "t", Version: "1", Effective: civil.MustParseDate("2012-02-14")}
	r := Requirement{ID: strings.Repeat("a", 200_000), Title: "t", Rule: Rule{RuleKind: RuleCountScaled,
		Indicator: FullTimeGuards, Basis: Basis(99), Min: -1}}
	for range maxBands {
		r.Rule.Bands = append(r.Rule.Bands, Band{From: -1, Min: -1, Exempt: true, Undetermined: true})
	}
	s.Requirements = []Requirement{r}
	err = s.Validate()
	require.Error(t, err)
	assert.LessOrEqual(t, len(err.Error()), 16<<10)
	assert.Contains(t, err.Error(), "more problems with "+name)
}

// TestErrorAmplificationAtTheLimits loads standards with as many faulty requirements as the limits allow, each
// with a long ID and ~500 faults, up to MaxStandardBytes, and checks that the error stays within the bounds on
// errors and the allocation within 40 × input + 16 MiB. It prints the worst ratio of allocation to input.
func TestErrorAmplificationAtTheLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a few hundred megabytes")
	}
	worst := 0.0
	for _, tc := range []struct {
		name  string
		n     int
		idLen int
	}{
		{"one requirement, 8 MB ID", 1, MaxStandardBytes - 20_000},
		{"1000 requirements, short IDs", MaxRequirements, 1},
		{"1000 requirements, 3 KB IDs", MaxRequirements, 3000},
		{"two requirements, duplicate 1 MB IDs", 2, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reqs := make([]string, tc.n)
			for i := range reqs {
				reqs[i] = faultyRequirement(strings.Repeat("r", tc.idLen))
			}
			data := faultyStandard(reqs...)
			require.LessOrEqual(t, len(data), MaxStandardBytes)
			var err error
			alloc := allocated(func() { _, err = LoadStandard(data) })
			require.Error(t, err)
			msg := err.Error()
			assert.LessOrEqual(t, len(msg), maxErrorBytes)
			assert.LessOrEqual(t, strings.Count(msg, "\n")+1, maxErrorLines)
			assert.LessOrEqual(t, alloc, 40*uint64(len(data))+16<<20, "allocated %d bytes for %d", alloc, len(data))
			ratio := float64(alloc) / float64(len(data))
			worst = max(worst, ratio)
			t.Logf("input %d bytes: error %d bytes, allocated %d bytes (%.1f× input)", len(data), len(msg), alloc, ratio)
		})
	}
	t.Logf("worst allocation ratio: %.1f× input", worst)
}

// TestStandardRejectsInvalidUTF8IDs is issue 15's finding 8: IDs "a\xff" and "a\xfe" used to pass
// validation, marshal both as "a\ufffd" and reload as duplicates. Now each is rejected, naming the
// requirement (its bytes escaped), so no two distinct IDs collapse into one.
func TestStandardRejectsInvalidUTF8IDs(t *testing.T) {
	s := Standard{ID: "s", Title: "t", Version: "1", Effective: civil.MustParseDate("2012-02-14")}
	for _, id := range []string{"a\xff", "a\xfe"} {
		s.Requirements = append(s.Requirements, Requirement{ID: id, Title: "t",
			Rule: Rule{RuleKind: RuleFact, Indicator: ClosedManagement}})
	}
	_, err := NewStandard(s)
	require.Error(t, err)
	assert.True(t, hasProblem(err, "a\xff", "id") && hasProblem(err, "a\xfe", "id"))
	assert.NotContains(t, err.Error(), "used twice", "distinct IDs are not collapsed")
	assert.Contains(t, err.Error(), `requirement "a\xff": id: not valid UTF-8`)
	assert.Contains(t, err.Error(), `requirement "a\xfe": id: not valid UTF-8`)
	_, err = json.Marshal(s)
	require.Error(t, err, "an invalid standard does not marshal")
	assert.ErrorIs(t, err, ErrInvalidStandard)

	// A 128-byte ID of \xff (within maxIDLen) used to marshal as 384 bytes of U+FFFD and fail to reload.
	s.Requirements = []Requirement{{ID: strings.Repeat("\xff", maxIDLen), Title: "t",
		Rule: Rule{RuleKind: RuleFact, Indicator: ClosedManagement}}}
	err = s.Validate()
	require.Error(t, err)
	assert.True(t, hasProblem(err, strings.Repeat("\xff", maxIDLen), "id"))

	// In JSON, bytes that are not UTF-8 are rejected rather than read as U+FFFD.
	data := faultyStandard(`{"id":"a` + "\xff" + `","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}`)
	_, err = LoadStandard(data)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), "not valid UTF-8")
	assert.NotContains(t, err.Error(), "used twice")
}

// TestJSONTextIsUTF8: the decoders refuse text that encoding/json would read as U+FFFD (the scan itself is
// tested in internal/jsonstrict).
func TestJSONTextIsUTF8(t *testing.T) {
	for _, id := range []string{`a\ud800`, `a\udc00`} {
		_, err := LoadStandard(faultyStandard(`{"id":"` + id + `","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}`))
		assert.ErrorIs(t, err, ErrInvalidJSON, id)
	}
	var f Figure
	assert.ErrorIs(t, f.UnmarshalJSON([]byte(`{"title":"\ud800"}`)), ErrInvalidFigure)
}
