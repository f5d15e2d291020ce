package finding

import (
	"fmt"
	"iter"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// Rectification holds finding tallies as of a date for every jurisdiction
// of a tree, rolled up; see Ledger.Rectification. It is immutable and safe
// for concurrent use. A nil *Rectification answers like an empty one.
type Rectification struct {
	reg   *campus.Register
	q     compliance.Query
	cells []Tally
	total Tally
}

// Tally returns the tally of the findings at campuses in the jurisdiction
// with the given code and its descendants; the zero code is the whole
// register. false when the code is not in the tree.
func (r *Rectification) Tally(code hierarchy.Code) (Tally, bool) {
	if r == nil {
		return Tally{}, false
	}
	if code.IsZero() {
		return r.total, true
	}
	i, ok := r.reg.Tree().Index(code)
	if !ok {
		return Tally{}, false
	}
	return r.cells[i], true
}

// Jurisdictions iterates over every jurisdiction in ascending code order with
// its rolled-up finding tally.
func (r *Rectification) Jurisdictions() iter.Seq2[hierarchy.Jurisdiction, Tally] {
	return func(yield func(hierarchy.Jurisdiction, Tally) bool) {
		if r == nil {
			return
		}
		tree := r.reg.Tree()
		for i := range r.cells {
			if !yield(tree.At(i), r.cells[i]) {
				return
			}
		}
	}
}

// Figure returns the self-describing figure of a rectification measure
// (RectificationMeasure or OnTimeRectificationMeasure) for the findings at
// campuses in the jurisdiction with the given code and its descendants (zero
// code: the whole register), rounded once to p. Errors: a nil or zero rectification (compliance.ErrNil); a code not in the
// tree (ErrInvalidCell), another measure (ErrInvalidMeasure), an invalid p
// (ErrInvalidFigure).
func (r *Rectification) Figure(m compliance.Measure, code hierarchy.Code, p rate.Precision) (compliance.Figure, error) {
	if r == nil || r.reg == nil {
		return compliance.Figure{}, fmt.Errorf("%w: nil or zero *Rectification (Ledger.Rectification gives one)", compliance.ErrNil)
	}
	t, ok := r.Tally(code)
	if !ok {
		return compliance.Figure{}, fmt.Errorf("%w: no jurisdiction %s", compliance.ErrInvalidCell, code)
	}
	if m.Unit() != compliance.UnitFinding {
		return compliance.Figure{}, fmt.Errorf("%w: %s is not a rectification measure", compliance.ErrInvalidMeasure, m)
	}
	rt := t.Rate(m)
	spec := r.q.Spec()
	f := compliance.Figure{Measure: m, Rate: rt, Precision: p, AsOf: spec.AsOf, StandardID: spec.Standard.ID,
		StandardVersion: spec.Standard.Version}
	f.Jurisdiction = code
	// The levels in force across the jurisdiction on the as-of date, as a
	// compliance figure records them: one level, or the set when several.
	if set := r.q.Levels().In(code); set.Len() == 1 {
		f.PreventionLevel, _ = set.Single()
	} else {
		f.Levels = set
	}
	return f, f.Validate()
}
