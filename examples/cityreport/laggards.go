package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/google/uuid"
)

// laggard is a non-compliant licensed campus with the requirements its latest inspection found unmet.
type laggard struct {
	ID        uuid.UUID                      `json:"id"`
	Name      string                         `json:"name"`
	Kind      campus.Kind                    `json:"kind"`
	Place     []string                       `json:"place"` // district, town
	Inspected compliance.Date                `json:"inspected"`
	Team      string                         `json:"team"`
	Unmet     []compliance.RequirementResult `json:"unmet"`
}

// buildLaggards drills down to the licensed campuses that are non-compliant as of the report date and
// evaluates each one's latest inspection to name what it lacks.
func (o *settings) buildLaggards(h *history, q query) []laggard {
	reg := h.Register()
	var out []laggard
	for i, c := range reg.Campuses() {
		if c.Licence != campus.Licensed || h.Status(i, q) != compliance.NonCompliant {
			continue
		}
		in, _ := h.Latest(i, q.AsOf)
		res := compliance.Evaluate(o.std, c, in.Measurements, q.Level)
		l := laggard{ID: c.ID, Name: c.Name, Kind: c.Kind, Inspected: in.Date, Team: in.Team,
			Unmet: res.With(compliance.Unmet)}
		for _, j := range reg.Tree().Ancestors(c.Jurisdiction)[:1] {
			l.Place = append(l.Place, j.Name)
		}
		if j, ok := reg.Tree().Lookup(c.Jurisdiction); ok {
			l.Place = append(l.Place, j.Name)
		}
		out = append(out, l)
	}
	return out
}
