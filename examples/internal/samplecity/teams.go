package samplecity

import (
	"strings"

	"github.com/campussec/campussec/hierarchy"
)

// Teams are the inspection teams of the city bureau's 内保支队 that take areas under 分片包干.
var Teams = []string{"内保支队一组", "内保支队二组", "内保支队三组", "内保支队四组", "内保支队五组"}

// GapTown and OverlapTown are the two flaws deliberately left in the team areas, so that the coverage check
// has something to find: 临湖市's only 乡 is assigned to no team, and 湖西区's first street is assigned
// both to team 三组 (through its district) and to team 二组 (by name).
const (
	GapTown     = "321484201"
	OverlapTown = "321407001"
)

// teamAreas lists each team's areas by code; team 五组 takes 临湖市 town by town and misses GapTown.
func teamAreas(towns []townPlan) [][]string {
	var five []string
	for _, t := range towns {
		if strings.HasPrefix(t.Code, "321484") && t.Code != GapTown {
			five = append(five, t.Code)
		}
	}
	return [][]string{
		{"321402", "321403"},
		{"321404", "321405", "321406", OverlapTown},
		{"321407", "321481"},
		{"321482", "321483"},
		five,
	}
}

// assignments builds the teams' hierarchy.Assignments.
func assignments(towns []townPlan) ([]hierarchy.Assignment, error) {
	areas := teamAreas(towns)
	out := make([]hierarchy.Assignment, len(Teams))
	for i, team := range Teams {
		out[i].Team = team
		for _, a := range areas[i] {
			c, err := hierarchy.ParseCode(a)
			if err != nil {
				return nil, err
			}
			out[i].Areas = append(out[i].Areas, c)
		}
	}
	return out, nil
}

// teamsFor are the teams whose areas hold a town, or, for a town no team holds, the county-level bureau
// (e.g. 临湖市公安局), which then inspects it on its own.
func teamsFor(areas [][]string, t townPlan) []string {
	var out []string
	for i, as := range areas {
		for _, a := range as {
			if strings.HasPrefix(t.Code, a) {
				out = append(out, Teams[i])
			}
		}
	}
	if len(out) == 0 {
		out = append(out, districts[t.District].Name+"公安局")
	}
	return out
}
