package compliance

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewHistoryFastMatchesExact builds histories of valid inspections, in shuffled and in grouped order, with
// NewHistory (whose fast path takes them) and with the exact path, and requires the same result.
func TestNewHistoryFastMatchesExact(t *testing.T) {
	reg := testRegister(t, 40)
	rng := rand.New(rand.NewPCG(8, 8))
	base := civil.MustParseDate("2023-01-01")
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
		assert.Equal(t, exact.baseStart, fast.baseStart)
		assert.Equal(t, exact.base, fast.base)
		got, err := NewHistory(reg, ins)
		require.NoError(t, err)
		assert.Equal(t, exact.base, got.base)
	}
}

// TestNewHistoryFingerprintCollision gives two different inspection IDs with one fingerprint: the fast path
// tells them apart and accepts both.
func TestNewHistoryFingerprintCollision(t *testing.T) {
	reg := testRegister(t, 2)
	var a, b uuid.UUID
	binary.BigEndian.PutUint64(a[:8], 0x0123456789abcdef)
	binary.BigEndian.PutUint64(b[:8], 0x0123456789abcdef^0x9e3779b97f4a7c15)
	binary.BigEndian.PutUint64(b[8:], 1)
	require.NotEqual(t, a, b)
	require.Equal(t, fingerprint(a), fingerprint(b))
	ins := []Inspection{
		{ID: a, Campus: reg.At(0).ID, Date: civil.MustParseDate("2024-01-01"), Team: "一组"},
		{ID: b, Campus: reg.At(0).ID, Date: civil.MustParseDate("2024-01-02"), Team: "一组"},
	}
	require.NotNil(t, newHistoryFast(reg, ins))
	h, err := NewHistory(reg, ins)
	require.NoError(t, err)
	assert.Len(t, h.Of(reg.At(0).ID), 2)
}

// sameFingerprintID returns the k-th of a family of IDs that all have the fingerprint f.
func sameFingerprintID(f, k uint64) uuid.UUID {
	var u uuid.UUID
	binary.BigEndian.PutUint64(u[8:], k)
	binary.BigEndian.PutUint64(u[:8], f^k*0x9e3779b97f4a7c15)
	return u
}

// collidingCampusID returns the k-th of a family of IDs that all hash to 0 in the register's ID index (their
// first 8 bytes, little-endian, are its hash's seed).
func collidingCampusID(salt, k uint64) uuid.UUID {
	var u uuid.UUID
	binary.LittleEndian.PutUint64(u[:8], 0x9e3779b97f4a7c15)
	binary.LittleEndian.PutUint64(u[8:], salt<<40|k)
	return u
}

// TestNewHistoryChosenIDs builds a history whose campus IDs all collide in the register's ID index and whose
// inspection IDs all share one fingerprint, at a size where a quadratic index or a quadratic duplicate check
// would show: the fast path takes it (no fallback), agrees with the exact path, and still finds a repeated ID
// among the colliding ones.
func TestNewHistoryChosenIDs(t *testing.T) {
	const n = 20_000
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "区"},
	)
	require.NoError(t, err)
	schools := make([]campus.School, n)
	campuses := make([]campus.Campus, n)
	for i := range n {
		schools[i] = campus.School{ID: collidingCampusID(1, uint64(i)), Name: "学校"}
		campuses[i] = campus.Campus{ID: collidingCampusID(2, uint64(i)), School: schools[i].ID, Name: "校区",
			Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
			Jurisdiction: hierarchy.MustParseCode("320505"), Main: true}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	var ins []Inspection
	for i := range n {
		for d := range 2 {
			ins = append(ins, Inspection{ID: sameFingerprintID(0xfeed, uint64(len(ins))), Campus: campuses[i].ID,
				Date: civil.MustParseDate("2024-01-01").AddDays(d), Team: "一组"})
		}
	}
	fast := newHistoryFast(reg, ins)
	require.NotNil(t, fast, "valid input takes the fast path whatever its IDs")
	exact, err := newHistoryExact(reg, ins)
	require.NoError(t, err)
	assert.Equal(t, exact.baseStart, fast.baseStart)
	assert.Equal(t, exact.base, fast.base)

	dup := append(ins[:len(ins):len(ins)], ins[len(ins)/2])
	dup[len(dup)-1].Date = civil.MustParseDate("2025-01-01")
	assert.Nil(t, newHistoryFast(reg, dup))
	_, err = NewHistory(reg, dup)
	require.ErrorIs(t, err, ErrInspectionConflict)
}

// TestNewHistoryManyInspectionsOfOneCampus gives one campus thousands of inspections in descending date order
// (the worst order for an insertion sort): the fast path sorts them and still finds two on one date.
func TestNewHistoryManyInspectionsOfOneCampus(t *testing.T) {
	reg := testRegister(t, 2)
	const n = 5_000
	base := civil.MustParseDate("2000-01-01")
	ins := make([]Inspection, n)
	for k := range ins {
		ins[k] = Inspection{ID: testID(fmt.Sprint("many", k)), Campus: reg.At(1).ID, Date: base.AddDays(n - k),
			Team: "一组"}
	}
	fast := newHistoryFast(reg, ins)
	require.NotNil(t, fast)
	exact, err := newHistoryExact(reg, ins)
	require.NoError(t, err)
	assert.Equal(t, exact.base, fast.base)

	ins[n-1].Date = ins[0].Date
	assert.Nil(t, newHistoryFast(reg, ins))
	_, err = NewHistory(reg, ins)
	require.ErrorIs(t, err, ErrInspectionConflict)
}
