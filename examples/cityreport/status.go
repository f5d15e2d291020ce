package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
)

// split is a tally of campuses by status for each licence; index 0 is every campus.
type split [3]compliance.Tally

// merge adds two splits; it is the roll-up's merge.
func (s split) merge(o split) split {
	for i := range s {
		s[i] = s[i].Merge(o[i])
	}
	return s
}

// tallies takes every campus's status from the history as the query says and rolls the tallies up the
// tree: out[i] is the split of tree node i (its own campuses and its descendants').
func tallies(h *history, q query) ([]split, error) {
	reg := h.Register()
	own := make([]split, reg.Tree().Len())
	for i, c := range reg.Campuses() {
		s := h.Status(i, q)
		n := reg.Node(i)
		own[n][0] = own[n][0].Add(s)
		own[n][c.Licence] = own[n][c.Licence].Add(s)
	}
	return hierarchy.RollUpIndexed(reg.Tree(), own, split.merge)
}

// figure describes a tally's full-compliance rate (全达标率) as a self-describing library Figure.
func (o *settings) figure(t compliance.Tally, asOf compliance.Date, at hierarchy.Code, l campus.Licence) compliance.Figure {
	places := o.places
	if l == campus.Unlicensed {
		places = o.unlicensedPlaces
	}
	return compliance.Figure{
		Measure: compliance.ComplianceMeasure, Rate: t.ComplianceRate(), Places: places, Rounding: o.rounding,
		AsOf: asOf, StandardID: o.std.ID, StandardVersion: o.std.Version, Level: o.level,
		Jurisdiction: at, Licence: l,
	}
}
