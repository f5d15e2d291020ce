package hierarchy

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCheckCoverageBruteForce compares CheckCoverage with a direct reading of its definition on
// random assignments.
func TestCheckCoverageBruteForce(t *testing.T) {
	tr := coverTree(t)
	all := slices.Collect(tr.All())
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 2000 {
		scope := all[rng.IntN(len(all))].Code
		var as []Assignment
		for k := range rng.IntN(5) {
			var areas []Code
			for range rng.IntN(4) {
				c := all[rng.IntN(len(all))].Code
				if scope.Contains(c) || c.Contains(scope) {
					areas = append(areas, c)
				}
			}
			as = append(as, Assignment{Team: fmt.Sprint("team", k), Areas: areas})
		}
		cov, err := CheckCoverage(tr, scope, as)
		require.NoError(t, err)
		gaps, overlaps := bruteCoverage(tr, scope, as)
		require.Equal(t, gaps, nilIfEmpty(codes(cov.Gaps)), "round %d", round)
		require.Equal(t, overlaps, overlapCodes(cov.Overlaps), "round %d", round)
	}
}

func bruteCoverage(tr *Tree, scope Code, as []Assignment) ([]string, []overlapWant) {
	teams := func(c Code) []string {
		var out []string
		for _, a := range as {
			for _, ar := range a.Areas {
				if ar.Contains(c) {
					out = append(out, a.Team)
					break
				}
			}
		}
		slices.Sort(out)
		return out
	}
	bare := func(c Code) bool {
		for j := range tr.Walk(c) {
			if len(teams(j.Code)) > 0 {
				return false
			}
		}
		return true
	}
	var gaps []string
	var overlaps []overlapWant
	for j := range tr.Walk(scope) {
		p, _ := j.Code.Parent()
		top := j.Code == scope
		if bare(j.Code) && (top || !bare(p)) {
			gaps = append(gaps, j.Code.String())
		}
		if ts := teams(j.Code); len(ts) >= 2 && (top || len(teams(p)) != len(ts)) {
			overlaps = append(overlaps, overlapWant{j.Code.String(), ts})
		}
	}
	return gaps, overlaps
}
