package campus

import (
	"math/rand/v2"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// randomCounts counts n random valid campuses.
func randomCounts(r *rand.Rand, n int) CampusCounts {
	var c CampusCounts
	for range n {
		c.add(Campus{Kind: Kind(1 + r.IntN(numKinds)), License: License(1 + r.IntN(numLicenses)),
			Locale: Values[Locale]()[r.IntN(numLocales)]})
	}
	return c
}

// TestReliabilityCountsMergeLaws checks on seeded random counts that Merge is associative and commutative
// with the zero Counts as identity, and that the JSON form round-trips.
func TestReliabilityCountsMergeLaws(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 3))
	for range 300 {
		a, b, c := randomCounts(r, r.IntN(20)), randomCounts(r, r.IntN(20)), randomCounts(r, r.IntN(20))
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)), "associative")
		require.Equal(t, a.Merge(b), b.Merge(a), "commutative")
		require.Equal(t, a, a.Merge(CampusCounts{}), "identity")
		require.Equal(t, a.Total()+b.Total(), a.Merge(b).Total())
		js, err := a.MarshalJSON()
		require.NoError(t, err)
		var back CampusCounts
		require.NoError(t, back.UnmarshalJSON(js))
		require.Equal(t, a, back)
	}
}

// TestReliabilityRegisterPartitionInvariance splits the 2012 register's schools into random shards, builds
// a register per shard and checks that the merged shard counts, whole and by jurisdiction, equal the whole
// register's: no campus lost or counted twice however the input is split, and input order changes nothing.
func TestReliabilityRegisterPartitionInvariance(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 4))
	schools, campuses := report2012Input()
	tree := testTree(t)
	whole, err := NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	wantByJ := whole.CampusCountsByJurisdiction()
	for range 5 {
		k := 1 + r.IntN(6)
		shardOf := make(map[uuid.UUID]int, len(schools))
		shardSchools := make([][]School, k)
		shardCampuses := make([][]Campus, k)
		for _, s := range schools {
			i := r.IntN(k)
			shardOf[s.ID] = i
			shardSchools[i] = append(shardSchools[i], s)
		}
		for _, c := range campuses {
			i := shardOf[c.School]
			shardCampuses[i] = append(shardCampuses[i], c)
		}
		var campusN CampusCounts
		var schoolN SchoolCounts
		byJ := make([]CampusCounts, tree.Len())
		for i := range k {
			r.Shuffle(len(shardCampuses[i]), func(a, b int) {
				shardCampuses[i][a], shardCampuses[i][b] = shardCampuses[i][b], shardCampuses[i][a]
			})
			reg, err := NewRegister(tree, shardSchools[i], shardCampuses[i])
			require.NoError(t, err)
			campusN = campusN.Merge(reg.CampusCounts())
			schoolN = schoolN.Merge(reg.SchoolCounts())
			for j := range tree.Len() {
				byJ[j] = byJ[j].Merge(reg.CampusCountsByJurisdiction().At(j))
			}
		}
		require.Equal(t, whole.CampusCounts(), campusN)
		require.Equal(t, whole.SchoolCounts(), schoolN)
		for j := range tree.Len() {
			require.Equal(t, wantByJ.At(j), byJ[j], "jurisdiction %s", tree.At(j).Code)
		}
	}
	// Input order changes nothing.
	shuffled := append([]Campus(nil), campuses...)
	r.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
	again, err := NewRegister(tree, schools, shuffled)
	require.NoError(t, err)
	require.Equal(t, whole, again)
}
