package finding

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ledgerSnapshot reads everything a ledger answers, and its rectification's tallies and figures, into one
// string.
func ledgerSnapshot(fs *Ledger) string {
	var b []byte
	add := func(format string, args ...any) { b = fmt.Appendf(b, format, args...) }
	add("%d %v %v %v|", fs.Len(), fs.Policy(), fs.Overdue(), fs.Tally())
	for f := range fs.All() {
		add("%v %v|", f, fs.Of(f.Campus))
	}
	rect := fs.Rectification()
	for j, tl := range rect.Jurisdictions() {
		fig, err := rect.Figure(compliance.RectificationMeasure, j.Code, rate.Precision{Places: 1, Rounding: rate.HalfEven})
		add("%s %v %s %v|", j.Code, tl, fig.Format(rate.Chinese), err)
	}
	total, ok := rect.Tally(hierarchy.Code{})
	add("%v %v", total, ok)
	return string(b)
}

// TestConcurrentReaders derives a ledger once, then from many goroutines at once derives it again from the
// shared history and query and reads every answer of the shared ledger and its rectification (run with
// -race): all are immutable after construction, so every goroutine sees exactly the single-threaded
// answers (moved from compliance's TestReliabilityConcurrentReaders).
func TestConcurrentReaders(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	tree := synthTree(t, 2, 2, 2)
	reg := synthRegister(t, rng, tree, 300)
	h := synthHistory(t, rng, reg, 4)
	q := compliance.MustQuery(compliance.QuerySpec{Standard: figStandard(t), AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Normal, Window: 180})
	fs, err := Derive(h, q, Policy{Days: 30})
	require.NoError(t, err)
	require.Positive(t, fs.Len())
	want := ledgerSnapshot(fs)
	wantAll := slices.Collect(fs.All())

	const goroutines = 16
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine, err := Derive(h, q, Policy{Days: 30})
			if !assert.NoError(t, err) {
				return
			}
			assert.Equal(t, want, ledgerSnapshot(mine), "goroutine %d: its own ledger", g)
			assert.Equal(t, want, ledgerSnapshot(fs), "goroutine %d: the shared ledger", g)
			assert.Equal(t, fmt.Sprint(fs.Overdue(), fs.Tally()), fmt.Sprint(mine.Overdue(), mine.Tally()), "goroutine %d", g)
		}()
	}
	wg.Wait()
	// Nothing changed underneath.
	assert.Equal(t, want, ledgerSnapshot(fs))
	assert.Equal(t, wantAll, slices.Collect(fs.All()))
}
