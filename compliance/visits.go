package compliance

import (
	"fmt"
	"slices"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
)

// Visits says which campuses were inspected in a period, both ends inclusive,
// and by which team (分片包干、不留死角: the campuses no team visited are
// listed). It is about visits, whatever they found; whether the areas
// assigned to teams cover the tree is hierarchy's Coverage.
type Visits struct {
	// From and To are the period's first and last days.
	From, To civil.Date
	// Unvisited holds the campuses with no inspection in the period, in
	// register order (jurisdiction code, then campus name, ref and ID).
	Unvisited []campus.Campus
	// Teams lists each team that inspected in the period, by team name.
	Teams []TeamVisits
}

// TeamVisits is one team's visits in a period.
type TeamVisits struct {
	// Team is the team's name as the inspections record it.
	Team string
	// Campuses holds the campuses the team inspected in the period, each once,
	// in register order.
	Campuses []campus.Campus
}

// Visits returns the visits of the period [from, to], both ends inclusive.
// Errors: a nil history (ErrNil); a zero end or from after to
// (ErrInvalidPeriod).
func (h *History) Visits(from, to civil.Date) (Visits, error) {
	if h == nil {
		return Visits{}, fmt.Errorf("%w: nil *History", ErrNil)
	}
	if from.IsZero() || to.IsZero() || from.After(to) {
		return Visits{}, fmt.Errorf("%w: [%s, %s]", ErrInvalidPeriod, from, to)
	}
	v := Visits{From: from, To: to}
	byTeam := map[string][]int{}
	for i := range h.reg.Len() {
		visited := false
		for _, in := range h.of(i) {
			if in.Date.Before(from) || in.Date.After(to) {
				continue
			}
			visited = true
			if cs := byTeam[in.Team]; len(cs) == 0 || cs[len(cs)-1] != i {
				byTeam[in.Team] = append(cs, i)
			}
		}
		if !visited {
			v.Unvisited = append(v.Unvisited, h.reg.At(i))
		}
	}
	for team, is := range byTeam {
		cs := make([]campus.Campus, len(is))
		for k, i := range is {
			cs[k] = h.reg.At(i)
		}
		v.Teams = append(v.Teams, TeamVisits{Team: team, Campuses: cs})
	}
	slices.SortFunc(v.Teams, func(a, b TeamVisits) int { return strings.Compare(a.Team, b.Team) })
	return v, nil
}
