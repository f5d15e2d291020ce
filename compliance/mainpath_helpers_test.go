package compliance

import (
	"iter"
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/stretchr/testify/require"
)

// mustTally is s.Tally(c), failing the test when the cell is refused.
func mustTally(t testing.TB, s *Summary, c Cell) Tally {
	t.Helper()
	tl, ok := s.Tally(c)
	require.True(t, ok, "cell %s", c)
	return tl
}

// totalOf is the tally of the whole register.
func totalOf(t testing.TB, s *Summary) Tally { return mustTally(t, s, AllCampuses()) }

// campusesOf collects the campuses Summary.Campuses yields.
func campusesOf(seq iter.Seq[Assessment]) []campus.Campus {
	var out []campus.Campus
	for a := range seq {
		out = append(out, a.Campus)
	}
	return out
}

// seqLen returns how many values seq yields.
func seqLen[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// assessmentsOf collects the assessments seq yields.
func assessmentsOf(seq iter.Seq[Assessment]) []Assessment { return slices.Collect(seq) }
