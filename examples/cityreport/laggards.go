package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// laggard is a non-compliant licensed campus with the requirements its latest inspection found unmet.
type laggard struct {
	ID        uuid.UUID                      `json:"id"`
	Name      string                         `json:"name"`
	Kind      campus.Kind                    `json:"kind"`
	Place     []string                       `json:"place"` // district, town
	Inspected civil.Date                     `json:"inspected"`
	Team      string                         `json:"team"`
	Unmet     []compliance.RequirementResult `json:"unmet"`
}

// buildLaggards answers "which two?": the summary's drill-down to the licensed campuses that are
// non-compliant as of its date, each evaluated in full by the history to name what it lacks.
func (o *settings) buildLaggards(now *compliance.Summary, h *compliance.History, code hierarchy.Code) []laggard {
	tree := h.Register().Tree()
	var out []laggard
	for a := range now.Campuses(compliance.AllCampuses().In(code).License(campus.Licensed), compliance.NonCompliant) {
		c, in := a.Campus, a.Inspection
		l := laggard{ID: c.ID, Name: c.Name, Kind: c.Kind, Inspected: in.Date, Team: in.Team,
			Unmet: a.Result.With(compliance.Unmet)}
		if up := tree.Ancestors(c.Jurisdiction); len(up) > 0 {
			l.Place = append(l.Place, up[0].Name)
		}
		if j, ok := tree.Lookup(c.Jurisdiction); ok {
			l.Place = append(l.Place, j.Name)
		}
		out = append(out, l)
	}
	return out
}
