package compliance

import (
	"testing"
	"time"

	"github.com/campussec/campussec/civil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReplaceLongCycle: two steps with long, different periods whose demands differ once in a cycle of
// 988,027 pupils (at 329,011 the variant asks 330,006 guards, the base 330,007): the replacement loosens and is
// refused, however far past the first steps the shortfall lies (an outside tester's case).
func TestReplaceLongCycle(t *testing.T) {
	base := Requirement{ID: "guards", Title: "保安员", Rule: Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards,
		Basis: BasisStudents, Bands: []Band{{From: 0, Min: 0}}, Step: Step{Per: 997, Add: 997, Round: StepCeil}}}
	std, err := NewStandard(Standard{ID: "b", Title: "b", Version: "1", Effective: civil.MustParseDate("2020-01-01"),
		Requirements: []Requirement{base}})
	require.NoError(t, err)
	w := base
	w.Rule.Bands = []Band{{From: 0, Min: 1985}}
	w.Rule.Step = Step{Per: 991, Add: 991, Round: StepFloor}
	start := time.Now()
	_, err = Tailor(std, Tailoring{ID: "t", Version: "1",
		Replace: []Replacement{{Requirement: "guards", With: w, Change: "c", Reason: "r"}}})
	require.ErrorIs(t, err, ErrLoosening)
	t.Logf("refused in %v: %v", time.Since(start), err)
	// The same steps with the variant's minimum one higher never fall short, and are accepted.
	w.Rule.Bands = []Band{{From: 0, Min: 1986}}
	_, err = Tailor(std, Tailoring{ID: "t", Version: "1",
		Replace: []Replacement{{Requirement: "guards", With: w, Change: "c", Reason: "r"}}})
	assert.NoError(t, err)
}
