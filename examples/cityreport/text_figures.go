package main

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
)

// rate formats a line's full-compliance rate with the library ("99.9%"), or "—" when undefined.
func rate(l statusLine) string {
	return l.Rate.Rate.Format(l.Rate.Places, l.Rate.Rounding)
}

// roundingNote names the rounding mode, and says whether the other mode would print the same.
func (p *printer) roundingNote(r compliance.Rounding, same bool) string {
	name := r.Label()
	if p.en() {
		name = r.String()
	}
	if same {
		return fmt.Sprintf(messages["rounding.same"][p.idx()], name)
	}
	return fmt.Sprintf(messages["rounding.differs"][p.idx()], name)
}

// idx is the printer's column in messages.
func (p *printer) idx() int {
	if p.en() {
		return 1
	}
	return 0
}

// writeCompliance prints the status of every campus on the report date.
func writeCompliance(p *printer, r *Report) {
	c := r.Compliance
	level := r.Standard.Level.Label()
	if p.en() {
		level = r.Standard.Level.String()
	}
	p.say("compliance.head", c.AsOf, r.Standard.Title, r.Standard.Version, level)
	l := c.Licensed
	p.say("compliance.licensed", l.Compliant, l.Total, rate(l), p.roundingNote(r.Rounding, l.SameInBothModes), l.NonComp, l.Incomplete, l.Unassessed)
	for _, g := range c.Laggards {
		var unmet []string
		for _, u := range g.Unmet {
			unmet = append(unmet, fmt.Sprintf(messages["laggard.unmet"][p.idx()], u.Title, u.Observed, u.Required))
		}
		p.say("laggard", strings.Join(g.Place, " "), g.Name, p.kindName(g.Kind), g.Inspected, g.Team, strings.Join(unmet, "; "))
	}
	u := c.Unlicensed
	p.say("compliance.unlicensed", u.Compliant, u.Total, rate(u), p.roundingNote(r.Rounding, u.SameInBothModes), u.NonComp, u.Incomplete)
	p.say("compliance.unassessed", u.Unassessed, l.Unassessed)
	a := c.All
	p.say("compliance.all", a.Compliant, a.Total, rate(a), a.Unassessed)
}

// writeChange prints the change since the baseline: points first, the relative change labelled apart.
func writeChange(p *printer, r *Report) {
	c := r.Change
	from, to := c.From, c.To
	p.say("change.head", c.Baseline)
	p.say("change.rates", c.Baseline, from.Rate.Format(from.Places, from.Rounding), from.Rate, to.AsOf, to.Rate.Format(to.Places, to.Rounding), to.Rate)
	p.say("change.points", compliance.FormatPoints(c.Points, from.Places, p.lang))
	p.say("change.relative", compliance.FormatRelative(c.Relative, from.Places, p.lang))
}

// writeTable prints the table by district / county-level city and town.
func writeTable(p *printer, rows []row) {
	p.say("table.head")
	p.say("table.columns")
	for _, w := range rows {
		indent := ""
		if w.Level == hierarchy.Township {
			indent = "  "
		}
		p.say("table.row", indent+w.Code.String(), w.Name, w.All.Total,
			fmt.Sprintf("%d/%d", w.Licensed.Compliant, w.Licensed.Total), rate(w.Licensed),
			fmt.Sprintf("%d/%d", w.Unlicensed.Compliant, w.Unlicensed.Total), rate(w.Unlicensed),
			w.All.Unassessed, rate(w.All))
	}
}
