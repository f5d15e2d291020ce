// Package visit says which campuses the inspection teams visited in a period,
// and which none visited (分片包干、不留死角): a question about visits,
// whatever they found, read from a compliance.History. Whether the areas
// assigned to teams cover the tree is hierarchy's Coverage; whether the
// campuses visited meet a standard is compliance's Summarize.
//
//	p, err := visit.Between(h, civil.MustParseDate("2011-09-01"), civil.MustParseDate("2012-01-31"))
//	for _, t := range p.Teams { fmt.Println(t.Name, len(t.Campuses)) }
//	fmt.Println(len(p.Unvisited), "campuses no team visited")
//
// The package is pure: no I/O, no clock, no package state.
package visit

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
)

// ErrInvalidPeriod reports a period with a zero end or from after to.
var ErrInvalidPeriod = errors.New("visit: invalid period")

// Period says which campuses were inspected in a period, both ends
// inclusive, and by which team (分片包干、不留死角: the campuses no team
// visited are listed). It is about visits, whatever they found.
type Period struct {
	// From and To are the period's first and last days.
	From civil.Date `json:"from"`
	To   civil.Date `json:"to"`
	// Unvisited holds the campuses with no inspection in the period, in
	// register order (jurisdiction code, then campus name, ref and ID).
	Unvisited []campus.Campus `json:"unvisited"`
	// Teams lists each team that inspected in the period, by team name.
	Teams []Team `json:"teams"`
}

// Team is one team's visits in a period.
type Team struct {
	// Name is the team's name as the inspections record it
	// (compliance.Inspection.Team).
	Name string `json:"name"`
	// Campuses holds the campuses the team inspected in the period, each once,
	// in register order.
	Campuses []campus.Campus `json:"campuses"`
}

// Between returns the visits of the period [from, to], both ends inclusive,
// of the campuses of h's register. Errors: a nil history (compliance.ErrNil);
// a zero end or from after to (ErrInvalidPeriod).
func Between(h *compliance.History, from, to civil.Date) (Period, error) {
	if h == nil {
		return Period{}, fmt.Errorf("%w: nil *History", compliance.ErrNil)
	}
	if from.IsZero() || to.IsZero() || from.After(to) {
		return Period{}, fmt.Errorf("%w: [%s, %s]", ErrInvalidPeriod, from, to)
	}
	p := Period{From: from, To: to}
	reg := h.Register()
	byTeam := map[string][]int{}
	for i := range reg.Len() {
		visited := false
		for _, in := range h.Of(reg.At(i).ID) {
			if in.Date.Before(from) || in.Date.After(to) {
				continue
			}
			visited = true
			if cs := byTeam[in.Team]; len(cs) == 0 || cs[len(cs)-1] != i {
				byTeam[in.Team] = append(cs, i)
			}
		}
		if !visited {
			p.Unvisited = append(p.Unvisited, reg.At(i))
		}
	}
	for team, is := range byTeam {
		cs := make([]campus.Campus, len(is))
		for k, i := range is {
			cs[k] = reg.At(i)
		}
		p.Teams = append(p.Teams, Team{Name: team, Campuses: cs})
	}
	slices.SortFunc(p.Teams, func(a, b Team) int { return strings.Compare(a.Name, b.Name) })
	return p, nil
}
