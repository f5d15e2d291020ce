package main

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
)

// place is a jurisdiction with the number of campuses answerable to it.
type place struct {
	Code     hierarchy.Code `json:"code"`
	Name     string         `json:"name"`
	Campuses int            `json:"campuses"`
}

// teamArea is one team's areas under 分片包干 and how many campuses it inspected last term. A team that
// inspected without holding an area (a county bureau covering a gap) has no areas.
type teamArea struct {
	Team      string  `json:"team"`
	Areas     []place `json:"areas,omitempty"`
	Inspected int     `json:"inspected_last_term"`
}

// overlapPlace is a jurisdiction two or more teams hold.
type overlapPlace struct {
	place
	Teams []string `json:"teams"`
}

// coverageSection is the check of the teams' areas (不留死角) and of last term's inspections.
type coverageSection struct {
	Teams    []teamArea     `json:"teams"`
	Gaps     []place        `json:"gaps"`
	Overlaps []overlapPlace `json:"overlaps"`
	Term     termSection    `json:"last_term"`
}

// placeOf is the jurisdiction with the given code and its campus count (descendants included).
func placeOf(reg *campus.Register, code hierarchy.Code) (place, error) {
	j, ok := reg.Tree().Lookup(code)
	if !ok {
		return place{}, fmt.Errorf("%w: %s", hierarchy.ErrUnknownCode, code)
	}
	n, _ := reg.CampusCountsByJurisdiction().Get(code)
	return place{j.Code, j.Name, int(n.Total())}, nil
}

// buildCoverage checks the teams' areas over the city (hierarchy.CheckCoverage) and last term's
// inspections (visit.Between).
func buildCoverage(city *samplecity.City) (coverageSection, error) {
	s, err := buildAreas(city.Register, city.Code, city.Assignments)
	if err != nil {
		return s, err
	}
	if s.Term, err = buildTerm(city.History); err != nil {
		return s, err
	}
	s.Teams = joinTeams(s.Teams, s.Term.teams)
	return s, nil
}

// joinTeams adds each team's count of campuses inspected last term to its areas, in the order the teams
// were assigned, followed by the teams that inspected without an area, in the library's order.
func joinTeams(areas []teamArea, term []teamTerm) []teamArea {
	at := make(map[string]int, len(areas))
	for i, a := range areas {
		at[a.Team] = i
	}
	for _, t := range term {
		if i, ok := at[t.Team]; ok {
			areas[i].Inspected = t.Campuses
			continue
		}
		areas = append(areas, teamArea{Team: t.Team, Inspected: t.Campuses})
	}
	return areas
}

// buildAreas lists each team's areas, the gaps and the overlaps.
func buildAreas(reg *campus.Register, scope hierarchy.Code, as []hierarchy.Assignment) (coverageSection, error) {
	cov, err := hierarchy.CheckCoverage(reg.Tree(), scope, as)
	if err != nil {
		return coverageSection{}, err
	}
	counts := reg.CampusCountsByJurisdiction()
	at := func(j hierarchy.Jurisdiction) place {
		n, _ := counts.Get(j.Code)
		return place{j.Code, j.Name, int(n.Total())}
	}
	var s coverageSection
	for _, a := range as {
		t := teamArea{Team: a.Team}
		for _, c := range a.Areas {
			j, _ := reg.Tree().Lookup(c)
			t.Areas = append(t.Areas, at(j))
		}
		s.Teams = append(s.Teams, t)
	}
	for _, g := range cov.Gaps {
		s.Gaps = append(s.Gaps, at(g))
	}
	for _, o := range cov.Overlaps {
		s.Overlaps = append(s.Overlaps, overlapPlace{at(o.Jurisdiction), o.Teams})
	}
	return s, nil
}
