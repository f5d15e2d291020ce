package compliance

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewHistoryFastMatchesExact builds histories of valid inspections, in shuffled and in grouped order, with
// NewHistory (whose fast path takes them) and with the exact path, and requires the same result.
func TestNewHistoryFastMatchesExact(t *testing.T) {
	reg := testRegister(t, 40)
	rng := rand.New(rand.NewPCG(8, 8))
	base := MustParseDate("2023-01-01")
	for round := range 20 {
		var ins []Inspection
		for i := range reg.Len() {
			days := rng.Perm(300)[:rng.IntN(5)]
			for _, d := range days {
				ins = append(ins, Inspection{ID: testID(fmt.Sprint("fast", round, len(ins))), Campus: reg.At(i).ID,
					Date: base.AddDays(d), Team: "一组"})
			}
		}
		if round%2 == 1 {
			rng.Shuffle(len(ins), func(a, b int) { ins[a], ins[b] = ins[b], ins[a] })
		}
		fast := newHistoryFast(reg, ins)
		require.NotNil(t, fast, "valid input takes the fast path")
		exact, err := newHistoryExact(reg, ins)
		require.NoError(t, err)
		assert.Equal(t, exact.start, fast.start)
		assert.Equal(t, exact.insp, fast.insp)
		got, err := NewHistory(reg, ins)
		require.NoError(t, err)
		assert.Equal(t, exact.insp, got.insp)
	}
}

// TestNewHistoryFingerprintCollision gives two different inspection IDs with one fingerprint: the fast path
// declines and the exact path accepts both.
func TestNewHistoryFingerprintCollision(t *testing.T) {
	reg := testRegister(t, 2)
	var a, b uuid.UUID
	binary.BigEndian.PutUint64(a[:8], 0x0123456789abcdef)
	binary.BigEndian.PutUint64(b[:8], 0x0123456789abcdef^0x9e3779b97f4a7c15)
	binary.BigEndian.PutUint64(b[8:], 1)
	require.NotEqual(t, a, b)
	require.Equal(t, fingerprint(a), fingerprint(b))
	ins := []Inspection{
		{ID: a, Campus: reg.At(0).ID, Date: MustParseDate("2024-01-01"), Team: "一组"},
		{ID: b, Campus: reg.At(0).ID, Date: MustParseDate("2024-01-02"), Team: "一组"},
	}
	assert.Nil(t, newHistoryFast(reg, ins))
	h, err := NewHistory(reg, ins)
	require.NoError(t, err)
	assert.Len(t, h.Of(0), 2)
}
