package compliance

import (
	"github.com/campussec/campussec/campus"
)

// maxThreshold bounds every minimum and step increment in a rule.
const maxThreshold = 1_000_000

// maxBasisValue bounds band starts and step parameters (a headcount).
const maxBasisValue = 10_000_000

// maxBands is the largest number of bands a scaled rule may have.
const maxBands = 64

// Rule is what a requirement demands, as declarative closed-set data (never a
// Go func), so that it round-trips through JSON:
//
//   - RuleFact: the fact Indicator was observed present.
//   - RuleCountAtLeast: the count Indicator was observed at least Min.
//   - RuleCountScaled: the count Indicator was observed at least a threshold
//     that depends on the campus: Bands over Basis, plus an optional Step.
//
// Fields a kind does not use must be zero.
type Rule struct {
	// RuleKind selects what the rule demands.
	RuleKind RuleKind
	// Indicator is what the inspection observes: a fact for RuleFact, a
	// count for the count rules.
	Indicator Indicator
	// Min is the minimum count for RuleCountAtLeast (0 to 1,000,000).
	Min int
	// Basis is the campus attribute the bands of RuleCountScaled range over.
	Basis Basis
	// Bands is the band table of RuleCountScaled: 1 to 64 bands, the first
	// starting at 0, starts strictly ascending. A campus falls in the last
	// band whose From is at most its basis value.
	Bands []Band
	// Step optionally adds to the band minimum for large campuses
	// (RuleCountScaled only); the zero Step adds nothing.
	Step Step
}

// Band is one row of a scaled rule's table: from basis value From upward (up
// to the next band's From) the count must be at least Min. A band may instead
// be Exempt — the requirement does not apply there (outcome NotApplicable) —
// or Undetermined — the source leaves the threshold unspecified there, so
// compliance cannot be decided (outcome Undetermined, which makes the campus
// Incomplete rather than guessing). Exempt and Undetermined bands have Min 0.
type Band struct {
	From         int
	Min          int
	Exempt       bool
	Undetermined bool
}

// Step adds Add for every Per units of the basis above Above, on top of the
// band minimum ("above 1000, one more per 500 students"). With Round
// StepCeil every started Per counts (1001..1500 → +Add, 1501 → +2·Add); with
// StepFloor only completed ones (1500 → +Add, 1999 → +Add, 2000 → +2·Add).
// Basis 0 means the rule's basis. The zero Step (Per 0) adds nothing. The
// step applies only where the band is neither exempt nor undetermined.
type Step struct {
	Basis Basis
	Above int
	Per   int
	Add   int
	Round StepRounding
}

// isZero reports whether s is the zero Step (no step).
func (s Step) isZero() bool { return s == Step{} }

// threshold returns the count a scaled rule requires of c; ok is false with
// exempt true for an exempt band, and false with exempt false when the
// threshold cannot be determined (an undetermined band, an unknown basis
// value, or a malformed rule).
func (r *Rule) threshold(c *campus.Campus) (req int, exempt, ok bool) {
	v, known := r.Basis.value(c)
	if !known || len(r.Bands) == 0 {
		return 0, false, false
	}
	b := r.band(v)
	if b < 0 {
		return 0, false, false
	}
	band := &r.Bands[b]
	switch {
	case band.Exempt:
		return 0, true, false
	case band.Undetermined:
		return 0, false, false
	}
	add, ok := r.Step.extra(c, r.Basis)
	if !ok {
		return 0, false, false
	}
	return min(band.Min+add, maxCount), false, true
}

// band returns the index of the last band starting at or below v, or -1.
func (r *Rule) band(v int) int {
	i := -1
	for j := range r.Bands {
		if r.Bands[j].From > v {
			break
		}
		i = j
	}
	return i
}

// extra returns the step's addition for c; ok is false when the step's basis
// value is unknown or the step is malformed.
func (s *Step) extra(c *campus.Campus, ruleBasis Basis) (int, bool) {
	if s.Per == 0 && s.Add == 0 && s.Above == 0 {
		return 0, true
	}
	if s.Per <= 0 || s.Add < 0 {
		return 0, false
	}
	basis := s.Basis
	if basis == 0 {
		basis = ruleBasis
	}
	v, ok := basis.value(c)
	if !ok {
		return 0, false
	}
	if v <= s.Above {
		return 0, true
	}
	over := v - s.Above
	n := over / s.Per
	switch s.Round {
	case StepCeil:
		if over%s.Per != 0 {
			n++
		}
	case StepFloor:
	default:
		return 0, false
	}
	if n > maxCount/max(s.Add, 1) {
		return maxCount, true
	}
	return n * s.Add, true
}

// check evaluates the rule against an observed value. It returns the
// outcome, the observed value (meaningful when observed) and the requirement
// (the count or, for a fact, 1).
func (r *Rule) check(c *campus.Campus, v int, observed bool) (Outcome, int) {
	req := 1
	switch r.RuleKind {
	case RuleFact:
	case RuleCountAtLeast:
		req = r.Min
	case RuleCountScaled:
		t, exempt, ok := r.threshold(c)
		if exempt {
			return NotApplicable, 0
		}
		if !ok {
			return Undetermined, 0
		}
		req = t
	default:
		return Undetermined, 0
	}
	switch {
	case !observed:
		return NotObserved, req
	case v >= req:
		return Met, req
	}
	return Unmet, req
}
