package hierarchy

import (
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityNilTree checks that every method of a nil *Tree answers like the empty tree instead of
// panicking (At and ParentIndex panic like an empty slice, as documented), and that every function taking
// a tree reports a nil one with ErrNilTree.
func TestReliabilityNilTree(t *testing.T) {
	var tr *Tree
	c := MustParseCode("320500")
	require.NotPanics(t, func() {
		assert.Equal(t, 0, tr.Len())
		_, ok := tr.Index(c)
		assert.False(t, ok)
		_, ok = tr.Lookup(c)
		assert.False(t, ok)
		assert.Nil(t, tr.Children(c))
		assert.Nil(t, tr.Ancestors(c))
		assert.Nil(t, tr.Descendants(c))
		assert.Nil(t, tr.Roots())
		for range tr.All() {
			t.Fatal("nil tree yields nothing")
		}
		for range tr.Walk(c) {
			t.Fatal("nil tree yields nothing")
		}
	})
	assert.Panics(t, func() { tr.At(0) }, "At is out of range on an empty tree")
	assert.Panics(t, func() { tr.ParentIndex(0) }, "ParentIndex is out of range on an empty tree")

	_, err := RollUpIndexed(tr, []int{}, add)
	assert.ErrorIs(t, err, ErrNilTree)
	_, err = RollUp(tr, []Entry[int]{{Code: c, Value: 1}}, add)
	assert.ErrorIs(t, err, ErrNilTree)
	_, err = CheckCoverage(tr, c, nil)
	assert.ErrorIs(t, err, ErrNilTree)
}

// TestReliabilityRollUpArguments checks that the other argument errors of the roll-ups wrap
// ErrInvalidArgument and say what is wrong.
func TestReliabilityRollUpArguments(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	_, err := RollUpIndexed[int](tr, make([]int, tr.Len()), nil)
	assert.ErrorIs(t, err, ErrInvalidArgument)
	assert.ErrorContains(t, err, "merge function")
	_, err = RollUpIndexed(tr, make([]int, 3), add)
	assert.ErrorIs(t, err, ErrInvalidArgument)
	assert.ErrorContains(t, err, "3 values for 10 jurisdictions")
	_, err = RollUp[int](tr, nil, nil)
	assert.ErrorIs(t, err, ErrInvalidArgument)
	assert.ErrorContains(t, err, "merge function")
}

// TestReliabilityZeroValues checks the documented zero results of the value types and of the zero Tree.
func TestReliabilityZeroValues(t *testing.T) {
	var c Code
	require.NotPanics(t, func() {
		assert.Equal(t, "", c.String())
		assert.Equal(t, Level(0), c.Level())
		_, ok := c.Parent()
		assert.False(t, ok)
		assert.False(t, c.Contains(c))
		assert.True(t, c.Contains(MustParseCode("320000")), "the zero code is the whole tree")
		assert.False(t, MustParseCode("320000").Contains(c))
		assert.True(t, c.Truncate(Province).IsZero())
		assert.True(t, MustParseCode("320505").Truncate(0).IsZero())
		assert.True(t, MustParseCode("320505").Truncate(Level(200)).IsZero())
		assert.Equal(t, 0, c.Province())
		b, err := c.MarshalText()
		assert.NoError(t, err)
		assert.Empty(t, b)
	})
	var l Level
	require.NotPanics(t, func() {
		assert.Equal(t, "Level(0)", l.String())
		assert.Equal(t, "Level(255)", Level(255).String())
		assert.Equal(t, "", l.Name(rate.Chinese))
		assert.Equal(t, "", Level(255).Name(rate.Chinese))
		b, err := l.MarshalText()
		assert.NoError(t, err, "the zero level is unset and marshals as \"\"")
		assert.Empty(t, b)
		_, err = Level(6).MarshalText()
		assert.ErrorIs(t, err, ErrInvalidLevel)
	})
	var r Rollup[int]
	require.NotPanics(t, func() {
		_, ok := r.Get(c)
		assert.False(t, ok)
		for range r.All() {
			t.Fatal("zero Rollup yields nothing")
		}
	})
	var zt Tree
	require.NotPanics(t, func() {
		assert.Nil(t, zt.Ancestors(c))
		assert.Nil(t, zt.Descendants(c))
		for range zt.Walk(c) {
			t.Fatal("zero tree yields nothing")
		}
		_, err := RollUp(&zt, []Entry[int]{{Code: MustParseCode("320000"), Value: 1}}, add)
		assert.ErrorIs(t, err, ErrUnknownCode)
		_, err = CheckCoverage(&zt, MustParseCode("320000"), nil)
		assert.ErrorIs(t, err, ErrUnknownCode)
	})
	tr, err := NewTree()
	require.NoError(t, err)
	assert.Equal(t, 0, tr.Len())
}
