package incident

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/shopspring/decimal"
)

// Comparison sets one jurisdiction's incidents in two periods side by side — this term against the same
// term a year earlier (Period.YearEarlier) — with the change in counts and in each ratio, each reading
// labelled as package rate labels them. It is a comparable value; the zero Comparison compares nothing
// (zero tallies, undefined ratios, zero periods).
//
// Each period's ratios take their denominators (campuses, pupils) from its own summary's register, so a
// caller who keeps the register of each year compares like with like; with one register for both, the
// denominators are equal and the ratios change only with the counts.
//
// Its JSON writes every field but a zero code, and round-trips exactly:
//
//	{"code": "320505", "then": "2010-09-01/2011-01-31", "now": "2011-09-01/2012-01-31",
//	 "then_tally": Tally, "now_tally": Tally,
//	 "per_campus": {"from": "3/200", "to": "1/200"}, "per_pupils": {"from": "3/90000", "to": "1/90000"}}
//
// "code" is absent for the whole tree (the zero code), never ""; periods are Period's text ("" for the zero
// Period), ratios rate.Ratio's. UnmarshalJSON reads only that form (see there).
type Comparison struct {
	// Code is the jurisdiction compared; the zero code is the whole tree.
	Code hierarchy.Code `json:"code,omitzero"`
	// Then is the baseline period.
	Then Period `json:"then"`
	// Now is the report period.
	Now Period `json:"now"`
	// ThenTally is the jurisdiction's tally in the baseline period.
	ThenTally Tally `json:"then_tally"`
	// NowTally is the jurisdiction's tally in the report period.
	NowTally Tally `json:"now_tally"`
	// PerCampus is the incidents per campus in each period (see Summary.PerCampus).
	PerCampus rate.RatioChange `json:"per_campus"`
	// PerPupils is the incidents per pupil in each period (see Summary.PerPupils).
	PerPupils rate.RatioChange `json:"per_pupils"`
}

// Compare compares the jurisdiction with the given code in two summaries: then (the baseline) and now.
// Both must be built by Summarize (ErrNil for a nil or zero Summary) under equal policies (ErrIncomparable:
// a major incident must mean one thing in both), and the code must be in both trees
// (hierarchy.ErrUnknownCode). All problems are reported at once.
func Compare(then, now *Summary, code hierarchy.Code) (Comparison, error) {
	if !then.built() || !now.built() {
		return Comparison{}, fmt.Errorf("%w: Compare needs two summaries built by Summarize", ErrNil)
	}
	var errs []error
	if then.policy != now.policy {
		errs = append(errs, fmt.Errorf("%w: major from %s in the baseline but from %s now", ErrIncomparable,
			then.policy.MajorFrom, now.policy.MajorFrom))
	}
	tt, ok1 := then.Tally(code)
	nt, ok2 := now.Tally(code)
	if !ok1 || !ok2 {
		errs = append(errs, fmt.Errorf("incident: compare: %w %q: not in the tree of both summaries", hierarchy.ErrUnknownCode, code))
	}
	if len(errs) > 0 {
		return Comparison{}, errors.Join(errs...)
	}
	c := Comparison{Code: code, Then: then.period, Now: now.period, ThenTally: tt, NowTally: nt}
	c.PerCampus.From, _ = then.PerCampus(code)
	c.PerCampus.To, _ = now.PerCampus(code)
	c.PerPupils.From, _ = then.PerPupils(code)
	c.PerPupils.To, _ = now.PerPupils(code)
	return c, nil
}

// Change returns the change in the number of incidents, now minus then (it cannot overflow: both counts
// are non-negative int64s).
func (c Comparison) Change() int64 { return c.NowTally.Total() - c.ThenTally.Total() }

// MajorChange returns the change in the number of major incidents, now minus then.
func (c Comparison) MajorChange() int64 { return c.NowTally.Major() - c.ThenTally.Major() }

// Relative returns the change in the number of incidents relative to the baseline, in percent of it,
// rounded once to p; false when the baseline counted none (a rise from nothing has no relative size) or p
// is invalid. Format it with rate.FormatRelative, which labels it as relative.
func (c Comparison) Relative(p rate.Precision) (decimal.Decimal, bool) {
	from, _ := rate.NewRatio(c.ThenTally.Total(), 1)
	to, _ := rate.NewRatio(c.NowTally.Total(), 1)
	return rate.RatioChange{From: from, To: to}.Relative(p)
}
