package compliance

import (
	"iter"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
)

// Campuses returns the campuses behind a cell of the summary — officials
// always ask "which two?": those in the jurisdiction with the given code and
// its descendants (zero code: the whole register), in report group g and with
// license l (zero: all), whose status is st (zero: any status). They come in
// register order (jurisdiction code, then campus ID), so the answer is the
// same on every call. The slice is new; nil when there are none, or the code
// is not in the tree, or g, l or st is neither zero nor valid.
//
// len(Campuses(code, g, l, st)) equals Cell(code, g, l).Count(st).
func (s *Summary) Campuses(code hierarchy.Code, g campus.Group, l campus.License, st Status) []campus.Campus {
	var out []campus.Campus
	for _, c := range s.CampusesSeq(code, g, l, st) {
		out = append(out, c)
	}
	return out
}

// CampusesSeq is Campuses as an iterator over the campuses' dense indexes and
// values, allocating nothing.
func (s *Summary) CampusesSeq(code hierarchy.Code, g campus.Group, l campus.License, st Status) iter.Seq2[int, campus.Campus] {
	return func(yield func(int, campus.Campus) bool) {
		if (g != 0 && !g.IsValid()) || (l != 0 && !l.IsValid()) || (st != 0 && !st.IsValid()) {
			return
		}
		lo, hi, ok := s.span(code)
		if !ok {
			return
		}
		for i := lo; i < hi; i++ {
			if st != 0 && s.status[i] != st {
				continue
			}
			c := s.reg.At(i)
			if (g != 0 && c.Kind.Group() != g) || (l != 0 && c.License != l) {
				continue
			}
			if !yield(i, c) {
				return
			}
		}
	}
}
