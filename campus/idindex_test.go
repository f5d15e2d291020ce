package campus

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// idSets are the ID sets the index tests run on: random IDs, the set of issue 15's finding 2 (which made the
// old index walk 5,109 slots per lookup at 40,000 IDs), IDs that all hash to 0, tag included, and IDs whose
// hashes crowd one part of the table with one tag.
var idSets = []struct {
	name string
	ids  func(n int, salt uint64) []uuid.UUID
}{
	{"random", randomIDs},
	{"issue", issueIDs},
	{"colliding", allCollidingIDs},
	{"clustered", clusteredIDs},
}

// maxLookupSteps is the bound on the steps of one lookup among n IDs that idIndex's doc promises whatever the
// IDs, 2·log2(n) + 19; for the sizes the tests use (n ≥ 2,048) it is below 4·log2(n), which they check too.
func maxLookupSteps(n int) int {
	bound := int(2*math.Log2(float64(n))) + 19
	if c := int(4 * math.Log2(float64(n))); n >= 2048 && c < bound {
		return c
	}
	return bound
}

// TestIDIndexWorstCase builds the index over every ID set at sizes where the old index was clearly quadratic
// and requires every lookup, of a present or an absent ID, to take at most maxLookupSteps steps, and to answer
// right.
func TestIDIndexWorstCase(t *testing.T) {
	for _, set := range idSets {
		for _, n := range []int{2_048, 40_000} {
			t.Run(fmt.Sprint(set.name, "/", n), func(t *testing.T) {
				ids := set.ids(n, 1)
				x, ok := buildIDIndex(n, func(i int) uuid.UUID { return ids[i] })
				require.True(t, ok)
				at := func(i int) uuid.UUID { return ids[i] }
				worst := 0
				for i, v := range ids {
					j, found, steps := x.lookup(v, at)
					require.True(t, found, "ID %d", i)
					require.Equal(t, i, j)
					worst = max(worst, steps)
				}
				for _, v := range set.ids(n/10, 3) { // absent IDs from the same family
					_, found, steps := x.lookup(v, at)
					require.False(t, found)
					worst = max(worst, steps)
				}
				t.Logf("%d IDs: at most %d steps per lookup (bound %d), %d in the overflow", n, worst,
					maxLookupSteps(n), len(x.overflow))
				assert.LessOrEqual(t, worst, maxLookupSteps(n))
				if set.name == "random" {
					assert.Empty(t, x.overflow, "random IDs stay in the table")
				}
			})
		}
	}
}

// TestIDIndexRepeatedID requires a repeated ID to be found wherever it lands: in the table, in the overflow,
// or once in each.
func TestIDIndexRepeatedID(t *testing.T) {
	const n = 500
	for _, set := range idSets {
		ids := set.ids(n, 1)
		for _, dup := range []int{0, 1, n / 2, n - 1} {
			with := append(ids[:n:n], ids[dup])
			_, ok := buildIDIndex(len(with), func(i int) uuid.UUID { return with[i] })
			assert.False(t, ok, "%s: ID %d twice", set.name, dup)
		}
	}
}

// TestRegisterIDIndexesWorstCase builds registers whose school and campus IDs come from every ID set, through
// NewRegister, and bounds the steps of every lookup in both of its ID indexes; the registers built from the same
// data in another input order are equal (the index is a function of the IDs).
func TestRegisterIDIndexesWorstCase(t *testing.T) {
	const n = 40_000
	for _, set := range idSets {
		t.Run(set.name, func(t *testing.T) {
			tree, schools, campuses := idSetInput(t, n, set.ids)
			r, err := NewRegister(tree, schools, campuses)
			require.NoError(t, err)
			campusAt := func(i int) uuid.UUID { return r.campuses[i].ID }
			schoolAt := func(j int) uuid.UUID { return r.schools[j].ID }
			worst := 0
			for k := range n {
				i, found, steps := r.campusIx.lookup(campuses[k].ID, campusAt)
				require.True(t, found)
				require.Equal(t, campuses[k].ID, r.At(i).ID)
				worst = max(worst, steps)
				j, found, steps := r.schoolIx.lookup(schools[k].ID, schoolAt)
				require.True(t, found)
				require.Equal(t, schools[k].ID, r.schools[j].ID)
				worst = max(worst, steps)
			}
			assert.LessOrEqual(t, worst, maxLookupSteps(n))
			allocs := testing.AllocsPerRun(100, func() { // through the overflow too: still allocation-free
				_, _ = r.IndexOf(campuses[n-1].ID)
				_, _ = r.School(schools[n/2].ID)
				_, _ = r.IndexOf(uuid.Nil)
			})
			assert.Zero(t, allocs)

			reversed := func(s []Campus) []Campus {
				out := make([]Campus, len(s))
				for k := range s {
					out[k] = s[len(s)-1-k]
				}
				return out
			}
			again, err := NewRegister(tree, schools, reversed(campuses))
			require.NoError(t, err)
			assert.True(t, r.equalIndexes(again))
		})
	}
}

// equalIndexes reports whether r and s have identical ID indexes (require.Equal on whole registers of 40,000
// campuses is slow to fail usefully).
func (r *Register) equalIndexes(s *Register) bool {
	eq := func(a, b idIndex) bool {
		return a.window == b.window && a.shift == b.shift && fmt.Sprint(a.slots) == fmt.Sprint(b.slots) &&
			fmt.Sprint(a.overflow) == fmt.Sprint(b.overflow)
	}
	return eq(r.campusIx, s.campusIx) && eq(r.schoolIx, s.schoolIx)
}
