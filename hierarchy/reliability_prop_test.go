package hierarchy

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomTree builds a random but valid tree from r: one or two provinces with prefectures, counties
// (some prefectures skip the county group, like 东莞), townships and communities.
func randomTree(t testing.TB, r *rand.Rand) *Tree {
	t.Helper()
	var js []Jurisdiction
	add := func(code string) {
		js = append(js, Jurisdiction{Code: MustParseCode(code), Name: "n" + code})
	}
	provinces := []int{32, 44}[:1+r.IntN(2)]
	for _, p := range provinces {
		add(fmt.Sprintf("%02d0000", p))
		for pr := 1; pr <= 1+r.IntN(3); pr++ {
			add(fmt.Sprintf("%02d%02d00", p, pr))
			counties := []int{0}
			if r.IntN(4) > 0 {
				counties = counties[:0]
				for co := 1; co <= 1+r.IntN(4); co++ {
					add(fmt.Sprintf("%02d%02d%02d", p, pr, co))
					counties = append(counties, co)
				}
			}
			for _, co := range counties {
				for tw := 1; tw <= r.IntN(4); tw++ {
					add(fmt.Sprintf("%02d%02d%02d%03d", p, pr, co, tw))
					for cm := 1; cm <= r.IntN(3); cm++ {
						add(fmt.Sprintf("%02d%02d%02d%03d%03d", p, pr, co, tw, cm))
					}
				}
			}
		}
	}
	r.Shuffle(len(js), func(a, b int) { js[a], js[b] = js[b], js[a] })
	tr, err := NewTree(js...)
	require.NoError(t, err)
	return tr
}

// TestReliabilityRollUpConservation checks, on seeded random trees, that every node's rolled-up value is
// exactly the sum of its own and its descendants' values (computed naively with Walk), that the roots'
// values add up to the grand total, and that RollUp and RollUpIndexed agree.
func TestReliabilityRollUpConservation(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 2012))
	for range 200 {
		tr := randomTree(t, r)
		checkTreeInvariants(t, tr)
		own := make([]int, tr.Len())
		var entries []Entry[int]
		total := 0
		for range r.IntN(3 * tr.Len()) {
			i := r.IntN(tr.Len())
			v := r.IntN(100)
			own[i] += v
			total += v
			entries = append(entries, Entry[int]{Code: tr.At(i).Code, Value: v})
		}
		out, err := RollUpIndexed(tr, own, add)
		require.NoError(t, err)
		ru, err := RollUp(tr, entries, add)
		require.NoError(t, err)
		for i := range tr.Len() {
			c := tr.At(i).Code
			want := 0
			for d := range tr.Walk(c) {
				k, _ := tr.Index(d.Code)
				want += own[k]
			}
			require.Equal(t, want, out[i], "node %s", c)
			got, ok := ru.Get(c)
			require.True(t, ok)
			require.Equal(t, want, got, "RollUp node %s", c)
			// A node's value is its own plus its children's rolled-up values.
			sum := own[i]
			for _, ch := range tr.Children(c) {
				k, _ := tr.Index(ch.Code)
				sum += out[k]
			}
			require.Equal(t, out[i], sum, "node %s", c)
		}
		rootSum := 0
		for _, root := range tr.Roots() {
			k, _ := tr.Index(root.Code)
			rootSum += out[k]
		}
		require.Equal(t, total, rootSum, "nothing lost, nothing counted twice")
	}
}

// TestReliabilityNewTreeOrderInvariance checks that the input order changes nothing: the same
// jurisdictions shuffled give the same tree, and the same errors in the same order.
func TestReliabilityNewTreeOrderInvariance(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 1))
	base := suzhou()
	want := mustTree(t, base...)
	bad := append(suzhou(), j("320505", "重复"), j("320509001", "无父"), j("320600", ""), j("320611001", "y"))
	_, wantErr := NewTree(bad...)
	require.Error(t, wantErr)
	for range 100 {
		r.Shuffle(len(base), func(a, b int) { base[a], base[b] = base[b], base[a] })
		got := mustTree(t, base...)
		assert.Equal(t, want, got)
		// Errors about codes come sorted by code; the one blank name is reported first whatever its position.
		r.Shuffle(len(bad), func(a, b int) { bad[a], bad[b] = bad[b], bad[a] })
		_, err := NewTree(bad...)
		require.Error(t, err)
		assert.Equal(t, wantErr.Error(), err.Error())
	}
}
