package main

import (
	"fmt"
	"strings"
)

// writeCoverage prints the 分片包干 check and last term's inspection coverage.
func writeCoverage(p *printer, s coverageSection) {
	p.say("coverage.head", s.Term.From, s.Term.To)
	g := grid{right: []bool{false, true, false}}
	g.add(p.columns("coverage.columns")...)
	for _, t := range s.Teams {
		g.add(t.Team, fmt.Sprint(t.Inspected), p.areaNames(t))
	}
	p.grid(g, "  ")
	if len(s.Gaps) == 0 {
		p.say("coverage.nogap")
	}
	for _, g := range s.Gaps {
		p.say("coverage.gap", g.Code, g.Name, g.Campuses)
	}
	for _, o := range s.Overlaps {
		p.say("coverage.overlap", o.Code, o.Name, o.Campuses, strings.Join(o.Teams, ", "))
	}
	writeTerm(p, s.Term)
}

// areaNames lists a team's areas, or says it holds none.
func (p *printer) areaNames(t teamArea) string {
	if len(t.Areas) == 0 {
		return p.msg("coverage.noarea")
	}
	names := make([]string, len(t.Areas))
	for i, a := range t.Areas {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}

// writeTerm prints the campuses no one inspected last term.
func writeTerm(p *printer, s termSection) {
	p.say("term.head", len(s.Licensed), s.Unlicensed)
	g := grid{right: []bool{false, false}}
	for _, c := range s.Licensed {
		g.add(c.Place, c.Name)
	}
	p.grid(g, "    ")
}
