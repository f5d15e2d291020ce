package campus

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewRegisterInputOrder builds the 2012 register from its schools and campuses in many orders: every
// register equals the first one (the indexes are functions of the content, not of the input order), whether
// the schools come in the campuses' order (NewRegister's cheap path for the school lookups) or not.
func TestNewRegisterInputOrder(t *testing.T) {
	tree := testTree(t)
	schools, campuses := report2012Input()
	want, err := NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(20, 12))
	for round := range 6 {
		s, c := slices.Clone(schools), slices.Clone(campuses)
		switch round {
		case 0:
			slices.Reverse(s)
		case 1:
			slices.Reverse(c)
		default:
			rng.Shuffle(len(s), func(a, b int) { s[a], s[b] = s[b], s[a] })
			rng.Shuffle(len(c), func(a, b int) { c[a], c[b] = c[b], c[a] })
		}
		got, err := NewRegister(tree, s, c)
		require.NoError(t, err)
		require.Equal(t, want, got, "round %d", round)
	}
	checkRegister(t, want, schools, campuses)
}

// sharedPrefixID returns an ID whose first 8 bytes are the same for every n.
func sharedPrefixID(n uint64) uuid.UUID {
	var u uuid.UUID
	binary.BigEndian.PutUint64(u[:8], 0x5eed5eed5eed5eed)
	binary.BigEndian.PutUint64(u[8:], n*0x9e3779b97f4a7c15)
	return u
}

// TestNewRegisterSharedIDPrefix gives schools and campuses IDs that differ only in their last 8 bytes: the
// order is still by ID bytes, every ID is found, and a repeated one is still reported.
func TestNewRegisterSharedIDPrefix(t *testing.T) {
	tree := testTree(t)
	var schools []School
	var campuses []Campus
	for k := range 300 {
		s := School{ID: sharedPrefixID(uint64(k)), Name: fmt.Sprint("学校", k)}
		schools = append(schools, s)
		campuses = append(campuses, Campus{ID: sharedPrefixID(uint64(1000 + k)), School: s.ID, Name: s.Name,
			Kind: Kindergarten, License: Unlicensed, Locale: LocaleVillage, Jurisdiction: townships[k%5], Main: true})
	}
	rng := rand.New(rand.NewPCG(3, 3))
	rng.Shuffle(len(schools), func(a, b int) { schools[a], schools[b] = schools[b], schools[a] })
	r, err := NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	checkRegister(t, r, schools, campuses)
	got := r.Schools()
	assert.True(t, slices.IsSortedFunc(got, func(a, b School) int { return slices.Compare(a.ID[:], b.ID[:]) }))

	dup := append(slices.Clone(schools), School{ID: schools[7].ID, Name: "重复"})
	_, err = NewRegister(tree, dup, campuses)
	require.ErrorIs(t, err, ErrDuplicateID)
	dupc := append(slices.Clone(campuses), campuses[9])
	dupc[len(dupc)-1].Main = false
	_, err = NewRegister(tree, schools, dupc)
	require.ErrorIs(t, err, ErrDuplicateID)
}

// TestCodeIndex checks that codeIndex answers like Tree.Index, with its own table and without.
func TestCodeIndex(t *testing.T) {
	tree := testTree(t)
	unknown := []hierarchy.Code{{}, hierarchy.MustParseCode("320505999"), hierarchy.MustParseCode("110101")}
	for _, campuses := range []int{0, 1000} {
		x := newCodeIndex(tree, campuses)
		assert.Equal(t, campuses > 0, x.slots != nil)
		for j := range tree.All() {
			want, _ := tree.Index(j.Code)
			got, ok := x.index(j.Code)
			require.True(t, ok)
			require.Equal(t, want, got)
		}
		for _, c := range unknown {
			_, ok := x.index(c)
			assert.False(t, ok, c)
		}
	}
}

// Lookups by ID are on callers' hot paths (history building, drill-down): they must not allocate.
func TestLookupsByIDDoNotAllocate(t *testing.T) {
	schools, campuses := smallFixture()
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	allocs := testing.AllocsPerRun(100, func() {
		_, _ = r.IndexOf(campuses[2].ID)
		_, _ = r.School(schools[1].ID)
	})
	assert.Zero(t, allocs)
}
