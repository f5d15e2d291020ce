package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
)

// place is a jurisdiction with the number of campuses answerable to it.
type place struct {
	Code     hierarchy.Code `json:"code"`
	Name     string         `json:"name"`
	Campuses int            `json:"campuses"`
}

// teamArea is one team's areas under 分片包干.
type teamArea struct {
	Team  string  `json:"team"`
	Areas []place `json:"areas"`
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

// buildAreas checks the teams' areas over the city with hierarchy.CheckCoverage.
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
