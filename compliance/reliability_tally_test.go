package compliance

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityTallyJSONOverflow checks that tallies whose counts only add up to the total through int64
// overflow are rejected: otherwise Total is negative and the rates break 0 <= num <= den.
func TestReliabilityTallyJSONOverflow(t *testing.T) {
	in := fmt.Sprintf(`{"total":%d,"compliant":%d,"non_compliant":1,"incomplete":0,"unassessed":0}`,
		int64(math.MinInt64), int64(math.MaxInt64))
	var tl Tally
	err := json.Unmarshal([]byte(in), &tl)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidTally)
	assert.True(t, tl.IsZero())
}

// TestReliabilityTallyJSONUnknownField checks that a status the format does not know is an error rather than
// campuses silently dropped ({"exempt": 5} is not an empty tally).
func TestReliabilityTallyJSONUnknownField(t *testing.T) {
	var tl Tally
	err := json.Unmarshal([]byte(`{"exempt":5}`), &tl)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidTally)
	assert.Contains(t, err.Error(), "exempt")
}
