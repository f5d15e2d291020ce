package incident

import (
	"errors"
	"fmt"
	"iter"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// PupilScale is the scale of the per-pupil figure: incidents per 10,000 pupils (每万名学生), the usual
// denominator of Chinese safety statistics. Present Summary.PerPupils with ratio.Per(PupilScale, p).
const PupilScale = 10000

// Summary is a log's incidents of one period counted by jurisdiction and category, rolled up the tree,
// under one Policy. Build it with Log.Summarize. It is immutable and safe for concurrent readers.
//
// Every method takes a jurisdiction code; the zero code is the whole tree (every root's total), and a code
// not in the log's tree answers false. A nil *Summary, and the zero Summary (not built by Summarize),
// answer false everywhere and yield nothing; Compare refuses them (ErrNil).
//
// A Summary has no JSON form: json.Marshal refuses it (ErrInvalidJSON). Write its tallies (Tally's JSON) or
// a Comparison (which has one).
type Summary struct {
	log      *Log
	period   Period
	policy   Policy
	own      []Tally // per tree index: the incidents counted at the jurisdiction itself
	sub      []Tally // per tree index: the jurisdiction and its descendants
	pupils   []int64 // per tree index: the pupils of the campuses of the subtree
	total    Tally
	totalPup int64
}

// Summarize counts the incidents dated within p (both ends included) at the jurisdictions where they count
// and rolls the tallies up the tree: each jurisdiction's tally is its own incidents merged with its
// children's tallies. An incident is major when pol.IsMajor(its severity).
//
// A nil or zero log is an error wrapping ErrNil; an unset period one wrapping ErrInvalidPeriod; an invalid
// policy one wrapping ErrInvalidPolicy; all of them are reported at once. The cost is O(jurisdictions +
// campuses + incidents in p), allocating per jurisdiction, not per incident.
func (l *Log) Summarize(p Period, pol Policy) (*Summary, error) {
	var errs []error
	if l == nil || l.reg == nil {
		errs = append(errs, fmt.Errorf("%w: Summarize needs a log built by NewLog", ErrNil))
	}
	if p.IsZero() {
		errs = append(errs, fmt.Errorf("%w: Summarize needs a period", ErrInvalidPeriod))
	}
	if err := pol.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	tree := l.reg.Tree()
	n := tree.Len()
	s := &Summary{log: l, period: p, policy: pol, own: make([]Tally, n), pupils: l.pupils, totalPup: l.totalPup}
	lo, hi := l.span(p)
	for i := lo; i < hi; i++ {
		in := &l.incidents[i]
		node := l.nodes[i]
		s.own[node] = s.own[node].Add(in.Category, pol.IsMajor(in.Severity))
	}
	var err error
	if s.sub, err = hierarchy.RollUpIndexed(tree, s.own, Tally.Merge); err != nil {
		return nil, err
	}
	for _, r := range tree.Roots() {
		i, _ := tree.Index(r.Code)
		s.total = s.total.Merge(s.sub[i])
	}
	return s, nil
}

// Period returns the period the summary counts.
func (s *Summary) Period() Period {
	if s == nil {
		return Period{}
	}
	return s.period
}

// Policy returns the policy that decided which incidents are major.
func (s *Summary) Policy() Policy {
	if s == nil {
		return Policy{}
	}
	return s.policy
}

// Log returns the log the summary counts.
func (s *Summary) Log() *Log {
	if s == nil {
		return nil
	}
	return s.log
}

// built reports whether s was built by Summarize (not nil, not the zero Summary).
func (s *Summary) built() bool { return s != nil && s.log != nil && s.log.reg != nil }

// index returns the tree index of code, -1 for the zero code (the whole tree), and false for a code not in
// the tree.
func (s *Summary) index(code hierarchy.Code) (int, bool) {
	if !s.built() {
		return 0, false
	}
	if code.IsZero() {
		return -1, true
	}
	return s.log.reg.Tree().Index(code)
}

// Tally returns the incidents of the period counted at the jurisdiction and its descendants.
func (s *Summary) Tally(code hierarchy.Code) (Tally, bool) {
	i, ok := s.index(code)
	switch {
	case !ok:
		return Tally{}, false
	case i < 0:
		return s.total, true
	}
	return s.sub[i], true
}

// Own returns the incidents of the period counted at the jurisdiction itself: at its own campuses, or
// recorded at it. For the zero code it is the whole tree's tally (nothing is recorded above the roots).
func (s *Summary) Own(code hierarchy.Code) (Tally, bool) {
	i, ok := s.index(code)
	switch {
	case !ok:
		return Tally{}, false
	case i < 0:
		return s.total, true
	}
	return s.own[i], true
}

// Campuses returns the number of the register's campuses in the jurisdiction and its descendants.
func (s *Summary) Campuses(code hierarchy.Code) (int64, bool) {
	if _, ok := s.index(code); !ok {
		return 0, false
	}
	lo, hi := s.log.reg.Range(code)
	return int64(hi - lo), true
}

// Pupils returns the number of pupils (campus.Campus.Students) of the register's campuses in the
// jurisdiction and its descendants.
func (s *Summary) Pupils(code hierarchy.Code) (int64, bool) {
	i, ok := s.index(code)
	switch {
	case !ok:
		return 0, false
	case i < 0:
		return s.totalPup, true
	}
	return s.pupils[i], true
}

// PerCampus returns the incidents of the period per campus of the jurisdiction and its descendants, exact:
// Tally(code).Total() over Campuses(code). Every incident of the subtree counts, at a campus or not. It
// may exceed 1. It is the undefined ratio when the subtree has no campus (even if it has incidents).
// Present it with Ratio.Per(1, p).
func (s *Summary) PerCampus(code hierarchy.Code) (rate.Ratio, bool) {
	t, ok := s.Tally(code)
	if !ok {
		return rate.Ratio{}, false
	}
	n, _ := s.Campuses(code)
	return ratioOf(t.Total(), n), true
}

// PerPupils returns the incidents of the period per pupil of the jurisdiction and its descendants, exact:
// Tally(code).Total() over Pupils(code); undefined when the subtree has no pupil. Present it per 10,000
// pupils with Ratio.Per(PupilScale, p), never as a percent.
func (s *Summary) PerPupils(code hierarchy.Code) (rate.Ratio, bool) {
	t, ok := s.Tally(code)
	if !ok {
		return rate.Ratio{}, false
	}
	n, _ := s.Pupils(code)
	return ratioOf(t.Total(), n), true
}

// ratioOf returns num/den, or the undefined ratio when den is 0.
func ratioOf(num, den int64) rate.Ratio {
	r, err := rate.NewRatio(num, den)
	if err != nil {
		return rate.Ratio{}
	}
	return r
}

// Incidents yields the incidents of the period counted in the jurisdiction and its descendants, in (date,
// ID) order: the drill-down behind Tally. It yields nothing for a code not in the tree.
func (s *Summary) Incidents(code hierarchy.Code) iter.Seq[Incident] {
	return func(yield func(Incident) bool) {
		if _, ok := s.index(code); !ok {
			return
		}
		tree := s.log.reg.Tree()
		lo, hi := s.log.span(s.period)
		for i := lo; i < hi; i++ {
			if code.IsZero() || code.Contains(tree.At(int(s.log.nodes[i])).Code) {
				if !yield(s.log.incidents[i]) {
					return
				}
			}
		}
	}
}

// Major returns the major incidents of the period in the jurisdiction and its descendants, in (date, ID)
// order, as a new slice; nil when there are none. Its length is Tally(code).Major().
func (s *Summary) Major(code hierarchy.Code) []Incident {
	var out []Incident
	for in := range s.Incidents(code) {
		if s.policy.IsMajor(in.Severity) {
			out = append(out, in)
		}
	}
	return out
}
