package hierarchy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func add(a, b int) int { return a + b }

func TestRollUpIndexed(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	// 320000 320500 320505 320505001 320505001001 320505002 320506 320506100 320507 320508
	own := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	out, err := RollUpIndexed(tr, own, add)
	require.NoError(t, err)
	assert.Equal(t, []int{55, 54, 18, 9, 5, 6, 15, 8, 9, 10}, out)
	assert.Equal(t, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, own, "input untouched")

	_, err = RollUpIndexed(tr, own[:3], add)
	assert.EqualError(t, err, "hierarchy: roll-up got 3 values for 10 jurisdictions")
	_, err = RollUpIndexed(nil, own, add)
	assert.Error(t, err)
	_, err = RollUpIndexed[int](tr, own, nil)
	assert.Error(t, err)
}

func TestRollUp(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	entries := []Entry[int]{
		{MustParseCode("320505001001"), 5},
		{MustParseCode("320505002"), 1},
		{MustParseCode("320505002"), 2}, // same code twice: merged
		{MustParseCode("320506100"), 10},
		{MustParseCode("320508"), 100},
	}
	r, err := RollUp(tr, entries, add)
	require.NoError(t, err)
	want := map[string]int{
		"320000": 118, "320500": 118, "320505": 8, "320505001": 5, "320505001001": 5, "320505002": 3,
		"320506": 10, "320506100": 10, "320507": 0, "320508": 100,
	}
	for c, v := range want {
		got, ok := r.Get(MustParseCode(c))
		assert.True(t, ok, c)
		assert.Equal(t, v, got, c)
	}
	_, ok := r.Get(MustParseCode("320509"))
	assert.False(t, ok)
	var seen []string
	for jr, v := range r.All() {
		seen = append(seen, jr.Code.String())
		assert.Equal(t, want[jr.Code.String()], v)
	}
	assert.Equal(t, codes(tr.nodes), seen)
}

func TestRollUpUnknown(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	entries := []Entry[int]{
		{MustParseCode("320509"), 1},
		{MustParseCode("320505"), 1},
		{Code{}, 1},
		{MustParseCode("330000"), 1},
	}
	r, err := RollUp(tr, entries, add)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrUnknownCode)
	assert.Equal(t, []string{
		`hierarchy: unknown code: entry #0 has code "320509", not in the tree`,
		`hierarchy: unknown code: entry #2 has code "", not in the tree`,
		`hierarchy: unknown code: entry #3 has code "330000", not in the tree`,
	}, errorLines(err))
	_, ok := r.Get(MustParseCode("320505"))
	assert.False(t, ok)
	_, err = RollUp(nil, entries, add)
	assert.Error(t, err)
}

func TestRollUpNoIdentity(t *testing.T) {
	// min has no identity among ints: merge must never see a zero value that no entry gave.
	tr := mustTree(t, suzhou()...)
	r, err := RollUp(tr, []Entry[int]{{MustParseCode("320506100"), 7}, {MustParseCode("320508"), 3}},
		func(a, b int) int { return min(a, b) })
	require.NoError(t, err)
	v, _ := r.Get(MustParseCode("320506"))
	assert.Equal(t, 7, v)
	v, _ = r.Get(MustParseCode("320500"))
	assert.Equal(t, 3, v)
	var zero Rollup[int]
	_, ok := zero.Get(MustParseCode("320500"))
	assert.False(t, ok)
	for range zero.All() {
		t.Fatal("zero Rollup yields nothing")
	}
}

func TestRollupAllStops(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	r, err := RollUp(tr, nil, add)
	require.NoError(t, err)
	n := 0
	for _, v := range r.All() {
		assert.Zero(t, v)
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}
