package main

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
)

// deadlineDays is the example's rectification deadline: 120 days (about a term) after the inspection that
// found a problem, since the teams come back once a term.
const deadlineDays = 120

// rectSection is rectification (整改) as of the report date.
//
// Library gap: findings can only be derived inside the library from a compliance.History, which is not in
// the library yet; until it is, the example opens and closes compliance.Findings itself with the library's
// rule (an unmet requirement opens one, a later inspection that meets it rectifies it) and lets the library
// decide each finding's state (Finding.State), tally them (FindingTally) and give the rate (整改率).
type rectSection struct {
	AsOf     compliance.Date   `json:"as_of"`
	Days     int               `json:"deadline_days"`
	Open     int64             `json:"open"`
	Overdue  int64             `json:"overdue"`
	OnTime   int64             `json:"rectified_on_time"`
	Late     int64             `json:"rectified_late"`
	Total    int64             `json:"total"`
	Rate     compliance.Figure `json:"rectification_rate"`
	Licensed []overdueFinding  `json:"overdue_at_licensed_campuses"`
	Unlic    int64             `json:"overdue_at_unlicensed_campuses"`
}

// overdueFinding is an overdue finding at a licensed campus.
type overdueFinding struct {
	Campus  string             `json:"campus"`
	Title   string             `json:"requirement_title"`
	Finding compliance.Finding `json:"finding"`
}

// findingsOf derives campus i's findings from its inspections in date order.
func (o *settings) findingsOf(h *history, i int) []compliance.Finding {
	policy := compliance.DeadlinePolicy{Days: deadlineDays}
	c := h.Register().At(i)
	var out []compliance.Finding
	open := map[string]int{}
	for _, v := range h.of[i] {
		res := compliance.Evaluate(o.std, c, v.Measurements, o.level)
		for _, rr := range res.Requirements {
			k, isOpen := open[rr.Requirement]
			switch {
			case rr.Outcome == compliance.Unmet && !isOpen:
				open[rr.Requirement] = len(out)
				out = append(out, compliance.Finding{Campus: c.ID, Requirement: rr.Requirement, Inspection: v.ID,
					Found: v.Date, Deadline: policy.Deadline(v.Date), Observed: rr.Observed, Required: rr.Required})
			case rr.Outcome == compliance.Met && isOpen:
				out[k].RectifiedBy, out[k].Rectified = v.ID, v.Date
				delete(open, rr.Requirement)
			}
		}
	}
	return out
}

// buildRect tallies every finding's state as of the report date.
func (o *settings) buildRect(h *history) rectSection {
	var t compliance.FindingTally
	s := rectSection{AsOf: o.asOf, Days: deadlineDays}
	for i, c := range h.Register().Campuses() {
		for _, f := range o.findingsOf(h, i) {
			st := f.State(o.asOf)
			t = t.Add(st)
			switch {
			case st != compliance.Overdue:
			case c.Licence == campus.Licensed:
				req, _ := o.std.Requirement(f.Requirement)
				s.Licensed = append(s.Licensed, overdueFinding{c.Name, req.Title, f})
			default:
				s.Unlic++
			}
		}
	}
	s.Open, s.Overdue = t.Count(compliance.Open), t.Count(compliance.Overdue)
	s.OnTime, s.Late, s.Total = t.Count(compliance.RectifiedOnTime), t.Count(compliance.RectifiedLate), t.Total()
	s.Rate = compliance.Figure{
		Measure: compliance.RectificationMeasure, Rate: t.RectificationRate(), Places: o.places, Rounding: o.rounding,
		AsOf: o.asOf, StandardID: o.std.ID, StandardVersion: o.std.Version, Level: o.level,
	}
	return s
}
