package main

import (
	"fmt"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/rate"
)

// figureWords are a figure's label, rounded value, counts and what its numerator and denominator count.
func (p *printer) figureWords(f compliance.Figure) []any {
	return []any{f.Measure.Name(rate.Chinese), pct(f), f.Rate, f.Numerator(p.lang), f.Denominator(p.lang)}
}

// writeRect prints rectification: every finding's state, the rates, the roll-up by district and the
// overdue findings at licensed campuses.
func writeRect(p *printer, s rectSection) {
	p.say("rect.head", s.AsOf, levelNames(figureLevels(s.Rate), p.lang), s.Policy.Days)
	t := s.Counts
	p.say("rect.counts", t.Total(), t.Count(finding.RectifiedOnTime), t.Count(finding.RectifiedLate), t.Count(finding.Open), t.Count(finding.Overdue))
	p.say("rect.rate", p.figureWords(s.Rate)...)
	p.say("rect.ontime", p.figureWords(s.OnTime)...)
	g := grid{right: []bool{false, false, true, true, true, true, true, true}}
	g.add(p.columns("rect.columns")...)
	for _, w := range s.Rows {
		c := w.Counts
		g.add(w.Code.String(), w.Name, fmt.Sprint(c.Total()), fmt.Sprint(c.Count(finding.RectifiedOnTime)),
			fmt.Sprint(c.Count(finding.RectifiedLate)), fmt.Sprint(c.Count(finding.Open)), fmt.Sprint(c.Count(finding.Overdue)),
			w.fig.Rate.Format(w.fig.Precision))
	}
	p.grid(g, "  ")
	p.say("rect.overdue", len(s.Licensed), s.Unlic)
	for _, f := range s.Licensed {
		p.say("rect.item", f.Campus, f.Title, f.Finding.Found, f.Finding.Deadline)
	}
}
