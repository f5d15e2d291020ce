package main

import (
	"fmt"

	"github.com/campussec/campussec/rate"
)

// writeTrend prints the trend: a row per date with the version measured against and the two rates with their
// counts, then the licensed rate's change from the first date to the last, both readings labelled.
func writeTrend(p *printer, t trendSection) {
	if len(t.Points) == 0 {
		return
	}
	p.say("trend.head")
	g := grid{right: []bool{false, false, true, true, true, true}}
	g.add(p.columns("trend.columns")...)
	for _, pt := range t.Points {
		l, u := pt.licensed, pt.unlicensed
		g.add(pt.Date.String(), fmt.Sprintf("%s (%s)", l.StandardVersion, l.StandardEffective),
			pct(l), l.Rate.String(), pct(u), u.Rate.String())
	}
	p.grid(g, "  ")
	c := t.Change
	p.say("trend.change", c.From.AsOf, c.To.AsOf, c.Format(p.lang))
	pts, _ := c.Points()
	p.say("trend.points", rate.FormatPoints(pts, c.To.Precision.Places, p.lang), c.VersionChanged())
	p.say("trend.note")
}
