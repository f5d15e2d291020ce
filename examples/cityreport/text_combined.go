package main

import "github.com/campussec/campussec/compliance"

// writeCombined prints the combined evaluation: the standards it is made of and why, the statuses under
// it, and plainly why so many campuses are incomplete.
func writeCombined(p *printer, r *Report) {
	c := r.Combined
	level := levelNames(figureLevels(c.Licensed.Rate), p.lang)
	p.say("combined.head", c.AsOf, level)
	p.say("combined.standard", c.Standard, c.Effective)
	for _, pt := range c.Parts {
		p.say("combined.part", pt.Ref, pt.Title, pt.Effective)
	}
	p.say("combined.why", c.Earliest.Ref, c.Earliest.Title, c.Earliest.Effective)
	l, lt := c.Licensed, c.Licensed.Counts
	p.say("compliance.licensed", lt.Count(compliance.Compliant), lt.InScope(), pct(l.Rate), p.roundingNote(l.Rate, l.SameInBothModes),
		lt.Count(compliance.NonCompliant), lt.Count(compliance.Incomplete), lt.Count(compliance.Unassessed))
	u, ut := c.Unlicensed, c.Unlicensed.Counts
	p.say("compliance.unlicensed", ut.Count(compliance.Compliant), ut.InScope(), pct(u.Rate), p.roundingNote(u.Rate, u.SameInBothModes),
		ut.Count(compliance.NonCompliant), ut.Count(compliance.Incomplete))
	a := c.All.Counts
	p.say("compliance.unassessed", a.Count(compliance.Unassessed), ut.Count(compliance.Unassessed), lt.Count(compliance.Unassessed))
	if n := a.Count(compliance.OutOfScope); n > 0 {
		p.say("compliance.outofscope", n, ut.Count(compliance.OutOfScope), lt.Count(compliance.OutOfScope))
	}
	p.say("compliance.all", a.Count(compliance.Compliant), a.InScope(), pct(c.All.Rate))
	p.say("combined.incomplete", a.Count(compliance.Incomplete))
	for _, g := range c.NotObserved {
		p.say("combined.gap", g.Requirement, g.Title, g.Campuses)
	}
	p.say("combined.outofscope", c.ProvinceOutOfScope, a.Count(compliance.Compliant))
}
