package main

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// pct formats a figure's rounded percentage with the library ("99.9%"), or "—" when undefined.
func pct(f compliance.Figure) string {
	return f.Rate.Format(f.Precision)
}

// roundingNote names the figure's rounding mode, and says whether the other mode would print the same.
func (p *printer) roundingNote(f compliance.Figure, same bool) string {
	name := f.Precision.Rounding.Name(p.lang)
	if same {
		return p.msg("rounding.same", name)
	}
	return p.msg("rounding.differs", name)
}

// writeCompliance prints the status of every campus on the report date.
func writeCompliance(p *printer, r *Report) {
	c := r.Compliance
	level := levelNames(figureLevels(c.Licensed.Rate), p.lang)
	p.say("compliance.head", c.AsOf, r.Standard.Title, r.Standard.Version, level)
	l, lt := c.Licensed, c.Licensed.Counts
	p.say("compliance.licensed", lt.Count(compliance.Compliant), lt.InScope(), pct(l.Rate), p.roundingNote(l.Rate, l.SameInBothModes),
		lt.Count(compliance.NonCompliant), lt.Count(compliance.Incomplete), lt.Count(compliance.Unassessed))
	for _, g := range c.Laggards {
		var unmet []string
		for _, u := range g.Unmet {
			unmet = append(unmet, p.msg("laggard.unmet", u.Title, u.Observed, u.Required))
		}
		p.say("laggard", strings.Join(g.Place, " "), g.Name, g.Kind.Name(p.lang), g.Inspected, g.Team, strings.Join(unmet, "; "))
	}
	u, ut := c.Unlicensed, c.Unlicensed.Counts
	p.say("compliance.unlicensed", ut.Count(compliance.Compliant), ut.InScope(), pct(u.Rate), p.roundingNote(u.Rate, u.SameInBothModes),
		ut.Count(compliance.NonCompliant), ut.Count(compliance.Incomplete))
	p.say("compliance.unassessed", c.All.Counts.Count(compliance.Unassessed), ut.Count(compliance.Unassessed), lt.Count(compliance.Unassessed))
	if n := c.All.Counts.Count(compliance.OutOfScope); n > 0 { // a line of their own, only when some campus is outside the checklist
		p.say("compliance.outofscope", n, ut.Count(compliance.OutOfScope), lt.Count(compliance.OutOfScope))
	}
	a := c.All.Counts
	p.say("compliance.all", a.Count(compliance.Compliant), a.InScope(), pct(c.All.Rate))
}

// writeChange prints the change since the baseline: points first, the relative change labelled apart.
func writeChange(p *printer, c changeSection) {
	from, to := c.From, c.To
	p.say("change.head", c.Baseline)
	p.say("change.summary", from.Measure.Name(p.lang)+" "+c.change.Format(from.Precision, p.lang))
	p.say("change.rates", from.AsOf, pct(from), from.Rate, to.AsOf, pct(to), to.Rate)
	p.say("change.points", rate.FormatPoints(c.points, from.Precision.Places, p.lang))
	p.say("change.relative", rate.FormatRelative(c.relative, from.Precision.Places, p.lang))
}

// writeTable prints the table by district / county-level city and town, aligned by display width.
func writeTable(p *printer, t tableSection) {
	p.say("table.head", t.Definition.AsOf, levelNames(t.Definition.Level, p.lang))
	g := grid{right: []bool{false, false, true, true, true, true, true, true, true}}
	g.add(p.columns("table.columns")...)
	for _, w := range t.Rows {
		name := w.Name
		if w.Level == hierarchy.Township {
			name = "  " + name
		}
		g.add(w.Code.String(), name, fmt.Sprint(w.All.Counts.Total()),
			ratio(w.Licensed), pct(w.Licensed.fig), ratio(w.Unlicensed), pct(w.Unlicensed.fig),
			fmt.Sprint(w.All.Counts.Count(compliance.Unassessed)), pct(w.All.fig))
	}
	p.grid(g, "  ")
	d := t.Definition
	p.say("table.note", d.Label, d.fig.Numerator(p.lang), d.fig.Denominator(p.lang),
		d.Places.Licensed, d.Places.Unlicensed, d.Rounding.Name(p.lang), d.Rounding.Name(p.lang))
}

// ratio is a cell's compliant campuses over its campuses, as the figure counts them.
func ratio(c cell) string {
	return c.fig.Rate.String()
}
