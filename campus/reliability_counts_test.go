package campus

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityCountsJSONDeterministicError checks that JSON with several bad keys always gives the same
// error, whatever the map order (the contract: deterministic order everywhere).
func TestReliabilityCountsJSONDeterministicError(t *testing.T) {
	in := []byte(`{"total":1,"kind":{"a":1,"b":1,"c":1,"d":1,"e":1,"f":1,"g":1,"h":1},` +
		`"group_license":{"x":{},"y":{},"z":{}},"stage":{"p":1,"q":1,"r":1},"locale":{"m":1,"n":1,"o":1}}`)
	var n CampusCounts
	first := n.UnmarshalJSON(in)
	require.Error(t, first)
	for range 50 {
		err := n.UnmarshalJSON(in)
		require.Error(t, err)
		require.Equal(t, first.Error(), err.Error())
	}
}

// TestReliabilityCountsJSONOverflow checks that breakdowns whose sums only agree with the total through
// integer overflow are rejected: preschool kinds of 2^63-1, 2^62 and 2^62+1 campuses "add up" to a total of
// 0 in 64 bits, and so do their group and stage.
func TestReliabilityCountsJSONOverflow(t *testing.T) {
	in := fmt.Sprintf(`{"total":0,"kind":{"kindergarten":%d,"kindergarten_class":%d,"nursery":%d}}`,
		uint64(1<<63-1), uint64(1<<62), uint64(1<<62+1))
	var n CampusCounts
	err := n.UnmarshalJSON([]byte(in))
	require.Error(t, err, "counts of 2^62 and more cannot add up to a total of 0")
	assert.ErrorIs(t, err, ErrInvalidCounts)
	assert.True(t, n.IsZero())
	// Likewise a single breakdown cell larger than the total.
	err = n.UnmarshalJSON([]byte(fmt.Sprintf(`{"total":1,"locale":{"village":%d,"main_urban":%d}}`,
		uint64(1<<63-1), uint64(1<<63-1)+0)))
	require.Error(t, err)
}

// TestReliabilityCountsMergeOverflow (issue 15, finding 7's class): Merge never wraps. Counts whose merged
// total would exceed math.MaxInt give the overflowed Counts, which counts nothing, stays overflowed and has no
// JSON form; below the bound every breakdown adds up exactly.
func TestReliabilityCountsMergeOverflow(t *testing.T) {
	one := func(c Campus, times int) CampusCounts {
		var n CampusCounts
		n.add(c)
		n.total *= CampusCount(times)
		for g := range n.groupLicense {
			for l := range n.groupLicense[g] {
				n.groupLicense[g][l] *= CampusCount(times)
			}
		}
		for k := range n.kind {
			n.kind[k] *= CampusCount(times)
		}
		for s := range n.stage {
			n.stage[s] *= CampusCount(times)
		}
		for l := range n.locale {
			n.locale[l] *= CampusCount(times)
		}
		return n
	}
	c := Campus{Kind: NineYear, License: Licensed, Locale: LocaleVillage}
	half := one(c, math.MaxInt/2+1)
	require.NoError(t, half.consistent())
	b, err := json.Marshal(half)
	require.NoError(t, err)
	var back CampusCounts
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, half, back)

	for _, o := range []CampusCounts{half.Merge(half), half.Merge(one(c, math.MaxInt/2)).Merge(one(c, 1)),
		one(c, 1).Merge(half.Merge(half))} {
		require.True(t, o.Overflowed())
		assert.False(t, o.IsZero())
		assert.Zero(t, o.Total())
		assert.Zero(t, o.Kind(NineYear))
		assert.Zero(t, o.Stage(StagePrimary))
		_, err := json.Marshal(o)
		assert.ErrorIs(t, err, ErrInvalidCounts)
		assert.True(t, o.Merge(CampusCounts{}).Overflowed())
		assert.True(t, CampusCounts{}.Merge(o).Overflowed())
	}
	most := half.Merge(one(c, math.MaxInt/2))
	require.False(t, most.Overflowed())
	assert.Equal(t, CampusCount(math.MaxInt), most.Total())
	assert.Equal(t, CampusCount(math.MaxInt), most.Stage(StageJuniorSecondary))
	require.NoError(t, most.consistent())

	var s SchoolCounts
	s.add(c)
	s.total = math.MaxInt
	assert.True(t, s.Merge(s).Overflowed(), "school counts share the bound")
}
