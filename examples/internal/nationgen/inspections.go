package nationgen

import (
	"math/rand/v2"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
)

// The inspection calendar: three rounds over two years, and the date the summary is taken.
var (
	// From is the first day inspections may fall on.
	From = civil.MustParseDate("2023-01-01")
	// To is the last day inspections may fall on.
	To = civil.MustParseDate("2024-12-31")
	// AsOf is the date the example summarises the country as of: the end of the second year.
	AsOf = To
)

// inspectionGen draws the inspections of campuses.
type inspectionGen struct {
	measurer
	teamOf func(c campus.Campus) string
	rounds [Rounds][2]civil.Date
}

func newInspectionGen(r *rand.Rand, teamOf func(campus.Campus) string) *inspectionGen {
	g := &inspectionGen{measurer: measurer{r: r}, teamOf: teamOf}
	days := From.DaysUntil(To) + 1
	for k := range Rounds {
		lo := From.AddDays(days * k / Rounds)
		hi := From.AddDays(days*(k+1)/Rounds - 1)
		g.rounds[k] = [2]civil.Date{lo, hi}
	}
	return g
}

// inspect appends the inspections of campus c to out: none for NeverInspectedPerMille of campuses, else one in
// each round on a random day of the round, failing with the round's FailPerMille.
func (g *inspectionGen) inspect(out []compliance.Inspection, c campus.Campus) []compliance.Inspection {
	if g.r.IntN(1000) < NeverInspectedPerMille {
		return out
	}
	team := g.teamOf(c)
	for k := range Rounds {
		lo, hi := g.rounds[k][0], g.rounds[k][1]
		d := lo.AddDays(g.r.IntN(lo.DaysUntil(hi) + 1))
		out = append(out, compliance.Inspection{
			ID:           newID(g.r),
			Campus:       c.ID,
			Date:         d,
			Team:         team,
			Measurements: g.measurements(c, FailPerMille[k]),
		})
	}
	return out
}
