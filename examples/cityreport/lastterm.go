package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/visit"
	"github.com/campussec/campussec/examples/internal/samplecity"
)

// termSection is the library's inspection coverage of the last term (不留死角): what each team inspected
// and the campuses no one inspected.
type termSection struct {
	From       civil.Date  `json:"from"`
	To         civil.Date  `json:"to"`
	Licensed   []campusRef `json:"licensed_not_inspected"`
	Unlicensed int         `json:"unlicensed_not_inspected"`
	teams      []teamTerm  // joined to the team areas by buildCoverage
}

// teamTerm is how many campuses a team inspected in the term (visit.Team).
type teamTerm struct {
	Team     string `json:"team"`
	Campuses int    `json:"campuses"`
}

// campusRef names a campus and where it is.
type campusRef struct {
	Name  string `json:"name"`
	Place string `json:"place"`
}

// buildTerm reads visit.Between over the term's first and last day.
func buildTerm(h *compliance.History) (termSection, error) {
	from, err := civil.ParseDate(samplecity.LastTermFrom)
	if err != nil {
		return termSection{}, err
	}
	to, err := civil.ParseDate(samplecity.LastTermTo)
	if err != nil {
		return termSection{}, err
	}
	cov, err := visit.Between(h, from, to)
	if err != nil {
		return termSection{}, err
	}
	s := termSection{From: cov.From, To: cov.To}
	for _, t := range cov.Teams {
		s.teams = append(s.teams, teamTerm{t.Name, len(t.Campuses)})
	}
	reg := h.Register()
	for _, c := range cov.Unvisited {
		if c.License != campus.Licensed {
			s.Unlicensed++
			continue
		}
		j, _ := reg.Tree().Lookup(c.Jurisdiction)
		s.Licensed = append(s.Licensed, campusRef{c.Name, j.Name})
	}
	return s, nil
}
