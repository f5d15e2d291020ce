package main

import (
	"fmt"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/rate"
)

// incidentPlaces is how many decimal places the per-10,000-pupil and per-campus figures keep.
const incidentPlaces = 2

// incidentSection is the incidents involving campuses (涉校案事件) by district over the report's period, and
// the last term against the same term a year earlier. The incidents are the sample city's synthetic ones.
type incidentSection struct {
	Synthetic bool            `json:"synthetic"`
	Period    incident.Period `json:"period"`
	Policy    incident.Policy `json:"major_policy"`
	// PolicyNote says whose definition of "major" the policy is.
	PolicyNote string         `json:"major_policy_note"`
	Precision  rate.Precision `json:"precision"`
	// Major is the number of major incidents in the city over the period, and NoMajor whether it is 0:
	// "没有发生涉及校园安全与稳定的重大案事件" is this count, computed.
	Major   int64             `json:"major"`
	NoMajor bool              `json:"no_major_incident"`
	Rows    []incidentRow     `json:"by_district"`
	Term    incidentTermDelta `json:"last_term_vs_year_before"`
}

// incidentRow is the city or one district: its tally, denominators and exact ratios, and the
// per-10,000-pupil figure rounded (null when undefined).
type incidentRow struct {
	Code      hierarchy.Code `json:"code"`
	Name      string         `json:"name"`
	Counts    incident.Tally `json:"counts"`
	Campuses  int64          `json:"campuses"`
	Pupils    int64          `json:"pupils"`
	PerCampus rate.Ratio     `json:"per_campus"`
	PerPupils rate.Ratio     `json:"per_pupil"`
	Per10000  *string        `json:"per_10000_pupils"`
	perCampus string         // the per-campus figure as printed
}

// incidentTermDelta is the city's last term against the same term a year earlier.
type incidentTermDelta struct {
	Then         incident.Period `json:"then"`
	Now          incident.Period `json:"now"`
	ThenCounts   incident.Tally  `json:"then_counts"`
	NowCounts    incident.Tally  `json:"now_counts"`
	Change       int64           `json:"change"`
	Relative     *string         `json:"relative_change_percent"`     // percent of the earlier count; null from 0
	PerPupilsDif *string         `json:"per_10000_pupils_difference"` // in incidents per 10,000 pupils, not a percent
	cmp          incident.Comparison
}

// buildIncidents summarises the sample city's synthetic incidents over the report's period (from the
// campaign's start to the report date) under the library's default policy, by district.
func (o *settings) buildIncidents(city *samplecity.City) (incidentSection, error) {
	log, err := city.IncidentLog()
	if err != nil {
		return incidentSection{}, err
	}
	period, err := incident.ParsePeriod(samplecity.IncidentsFrom + "/" + o.asOf.String())
	if err != nil {
		return incidentSection{}, err
	}
	pol := incident.DefaultPolicy()
	s, err := log.Summarize(period, pol)
	if err != nil {
		return incidentSection{}, err
	}
	p := rate.Precision{Places: incidentPlaces, Rounding: o.rounding}
	out := incidentSection{Synthetic: true, Period: period, Policy: pol, Precision: p,
		PolicyNote: "the library's own default (major from the 重大 grade of 生产安全事故报告和调查处理条例 第三条), not an official definition"}
	rows := []hierarchy.Jurisdiction{}
	if j, ok := city.Tree.Lookup(city.Code); ok {
		rows = append(rows, j)
	}
	rows = append(rows, city.Tree.Children(city.Code)...)
	for _, j := range rows {
		r := incidentRow{Code: j.Code, Name: j.Name}
		r.Counts, _ = s.Tally(j.Code)
		r.Campuses, _ = s.Campuses(j.Code)
		r.Pupils, _ = s.Pupils(j.Code)
		r.PerCampus, _ = s.PerCampus(j.Code)
		r.PerPupils, _ = s.PerPupils(j.Code)
		if v, ok := r.PerPupils.Per(incident.PupilScale, p); ok {
			t := v.StringFixed(p.Places)
			r.Per10000 = &t
		}
		r.perCampus = r.PerCampus.Format(1, p)
		out.Rows = append(out.Rows, r)
	}
	all, _ := s.Tally(city.Code)
	out.Major, out.NoMajor = all.Major(), all.Major() == 0
	out.Term, err = termDelta(log, pol, city.Code, p)
	return out, err
}

// termDelta compares the last term (samplecity.LastTermFrom–LastTermTo) with the same term a year earlier.
func termDelta(log *incident.Log, pol incident.Policy, code hierarchy.Code, p rate.Precision) (incidentTermDelta, error) {
	term, err := incident.ParsePeriod(samplecity.LastTermFrom + "/" + samplecity.LastTermTo)
	if err != nil {
		return incidentTermDelta{}, err
	}
	before, ok := term.YearEarlier()
	if !ok {
		return incidentTermDelta{}, fmt.Errorf("no year before %s", term)
	}
	now, err := log.Summarize(term, pol)
	if err != nil {
		return incidentTermDelta{}, err
	}
	then, err := log.Summarize(before, pol)
	if err != nil {
		return incidentTermDelta{}, err
	}
	c, err := incident.Compare(then, now, code)
	if err != nil {
		return incidentTermDelta{}, err
	}
	d := incidentTermDelta{Then: c.Then, Now: c.Now, ThenCounts: c.ThenTally, NowCounts: c.NowTally, Change: c.Change(), cmp: c}
	if v, ok := c.Relative(p); ok {
		t := v.StringFixed(p.Places)
		d.Relative = &t
	}
	if v, ok := c.PerPupils.Difference(incident.PupilScale, p); ok {
		t := v.StringFixed(p.Places)
		d.PerPupilsDif = &t
	}
	return d, nil
}
