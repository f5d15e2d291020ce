package main

// writeCombined prints the combined evaluation: the standards it is made of and why, the statuses under
// it, and plainly why so many campuses are incomplete.
func writeCombined(p *printer, r *Report) {
	c := r.Combined
	level := r.Standard.Level.Name(p.lang)
	p.say("combined.head", c.AsOf, level)
	p.say("combined.standard", c.Standard, c.Effective)
	for _, pt := range c.Parts {
		p.say("combined.part", pt.Ref, pt.Title, pt.Effective)
	}
	p.say("combined.why", c.Earliest.Ref, c.Earliest.Title, c.Earliest.Effective)
	l, lt := c.Licensed, c.Licensed.Counts
	p.say("compliance.licensed", lt.Compliant(), lt.InScope(), pct(l.Rate), p.roundingNote(l.Rate, l.SameInBothModes),
		lt.NonCompliant(), lt.Incomplete(), lt.Unassessed())
	u, ut := c.Unlicensed, c.Unlicensed.Counts
	p.say("compliance.unlicensed", ut.Compliant(), ut.InScope(), pct(u.Rate), p.roundingNote(u.Rate, u.SameInBothModes),
		ut.NonCompliant(), ut.Incomplete())
	a := c.All.Counts
	p.say("compliance.unassessed", a.Unassessed(), ut.Unassessed(), lt.Unassessed())
	if n := a.OutOfScope(); n > 0 {
		p.say("compliance.outofscope", n, ut.OutOfScope(), lt.OutOfScope())
	}
	p.say("compliance.all", a.Compliant(), a.InScope(), pct(c.All.Rate))
	p.say("combined.incomplete", a.Incomplete())
	for _, g := range c.NotObserved {
		p.say("combined.gap", g.Requirement, g.Title, g.Campuses)
	}
	p.say("combined.outofscope", c.ProvinceOutOfScope, a.Compliant())
}
