package campus

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityCountsJSONDeterministicError checks that JSON with several bad keys always gives the same
// error, whatever the map order (the contract: deterministic order everywhere).
func TestReliabilityCountsJSONDeterministicError(t *testing.T) {
	in := []byte(`{"total":1,"kind":{"a":1,"b":1,"c":1,"d":1,"e":1,"f":1,"g":1,"h":1},` +
		`"group_licence":{"x":{},"y":{},"z":{}},"stage":{"p":1,"q":1,"r":1},"locale":{"m":1,"n":1,"o":1}}`)
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
