package compliance

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/campussec/campussec/civil"
)

// ErrInvalidPeriod reports a period with a zero end or from after to.
var ErrInvalidPeriod = errors.New("compliance: invalid period")

// InspectionCoverage says which campuses were inspected in a period, both ends
// inclusive (不留死角: the ones that were not are listed).
type InspectionCoverage struct {
	From, To civil.Date
	// Uninspected holds the dense indexes of the campuses with no inspection
	// in the period, in register order.
	Uninspected []int
	// Teams lists each team that inspected in the period, by team name.
	Teams []TeamCoverage
}

// TeamCoverage is one team's campuses in a period (分片包干).
type TeamCoverage struct {
	Team string
	// Campuses holds the dense indexes of the campuses the team inspected in
	// the period, each once, in register order.
	Campuses []int
}

// Coverage returns the inspection coverage of the period [from, to], both
// ends inclusive. from and to must be set and from must not be after to
// (ErrInvalidPeriod).
func (h *History) Coverage(from, to civil.Date) (InspectionCoverage, error) {
	if h == nil {
		return InspectionCoverage{}, fmt.Errorf("%w: nil history", ErrNilRegister)
	}
	if from.IsZero() || to.IsZero() || from.After(to) {
		return InspectionCoverage{}, fmt.Errorf("%w: [%s, %s]", ErrInvalidPeriod, from, to)
	}
	cov := InspectionCoverage{From: from, To: to}
	byTeam := map[string][]int{}
	for i := range h.reg.Len() {
		inspected := false
		for _, in := range h.Of(i) {
			if in.Date.Before(from) || in.Date.After(to) {
				continue
			}
			inspected = true
			if cs := byTeam[in.Team]; len(cs) == 0 || cs[len(cs)-1] != i {
				byTeam[in.Team] = append(cs, i)
			}
		}
		if !inspected {
			cov.Uninspected = append(cov.Uninspected, i)
		}
	}
	for team, cs := range byTeam {
		cov.Teams = append(cov.Teams, TeamCoverage{Team: team, Campuses: cs})
	}
	slices.SortFunc(cov.Teams, func(a, b TeamCoverage) int { return strings.Compare(a.Team, b.Team) })
	return cov, nil
}
