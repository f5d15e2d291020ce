package main

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/examples/internal/samplecity"
)

// part is one standard of the combination, with the date it is in force from.
type part struct {
	Ref       compliance.Reference `json:"ref"`
	Title     string               `json:"title"`
	Effective civil.Date           `json:"effective"`
}

// gap is a requirement whose indicator the inspections did not record, with the number of campuses
// (unit: campus) it leaves incomplete.
type gap struct {
	Requirement string            `json:"requirement"`
	Origin      compliance.Origin `json:"origin"`
	Title       string            `json:"title"`
	Campuses    int64             `json:"campuses"`
}

// combinedSection measures every campus against the city's checklist and the 2010 Fujian notice at once
// (compliance.Combine): one status per campus under both. Why that pair: it is the one provincial text of
// the catalog, in force on the report date; no national norm of the catalog was (Earliest says from when
// the first one is).
type combinedSection struct {
	AsOf       civil.Date           `json:"as_of"`
	Standard   compliance.Reference `json:"standard"`
	Effective  civil.Date           `json:"effective"`
	Parts      []part               `json:"parts"`
	Licensed   statusLine           `json:"licensed"`
	Unlicensed statusLine           `json:"unlicensed"`
	All        statusLine           `json:"all"`
	// NotObserved lists, in the standard's order, the requirements the incomplete campuses' inspections
	// did not observe.
	NotObserved []gap `json:"not_observed"`
	// ProvinceOutOfScope counts the campuses to which no requirement of the notice applies (the notice
	// alone, unit: campus): the combination measures them by the city's checklist only.
	ProvinceOutOfScope int64 `json:"province_out_of_scope"`
	// Earliest is the first national norm of the catalog to come into force, and its date.
	Earliest part `json:"earliest_national_norm"`
}

// combination is the city's checklist combined with the Fujian notice.
func (o *settings) combination() (compliance.Standard, error) {
	return compliance.Combine(compliance.Combination{
		ID: "example-city-and-fujian-2010", Title: "示例市检查清单 + 福建省2010年通知", Version: "2012",
		Issuer: "campussec 示例", Parts: []compliance.Standard{o.std, catalog.Fujian2010()},
	})
}

// buildCombined summarizes the city under the combination as of the report date and reads its cells, the
// requirements left unobserved and the campuses outside the notice.
func (o *settings) buildCombined(city *samplecity.City) (combinedSection, error) {
	both, err := o.combination()
	if err != nil {
		return combinedSection{}, err
	}
	q := compliance.MustQuery(compliance.QuerySpec{Standard: both, AsOf: o.asOf, Schedule: o.schedule})
	s, err := compliance.Summarize(city.History, q)
	if err != nil {
		return combinedSection{}, err
	}
	c := combinedSection{AsOf: q.Spec().AsOf, Standard: both.Ref(), Effective: both.Effective}
	fujian := catalog.Fujian2010()
	for _, p := range []compliance.Standard{o.std, fujian} {
		c.Parts = append(c.Parts, part{p.Ref(), p.Title, p.Effective})
	}
	for _, l := range []struct {
		dst *statusLine
		lic campus.License
	}{{&c.Licensed, campus.Licensed}, {&c.Unlicensed, campus.Unlicensed}, {&c.All, 0}} {
		if *l.dst, err = o.line(s, city.Code, l.lic); err != nil {
			return c, err
		}
	}
	c.NotObserved = notObserved(s, q)
	alone, err := compliance.Summarize(city.History,
		compliance.MustQuery(compliance.QuerySpec{Standard: fujian, AsOf: o.asOf, Schedule: o.schedule}))
	if err != nil {
		return c, err
	}
	total, _ := alone.Tally(compliance.AllCampuses())
	c.ProvinceOutOfScope = total.Count(compliance.OutOfScope)
	for a := range s.Campuses(compliance.AllCampuses().In(city.Code), compliance.Compliant) { // the text says so: check it
		if b, _ := alone.Assessment(a.Campus.ID); b.Status != compliance.OutOfScope {
			return c, fmt.Errorf("combined: %s is compliant but inside the Fujian notice's population", a.Campus.Name)
		}
	}
	all, err := catalog.All()
	if err != nil {
		return c, err
	}
	for _, n := range all { // ordered by effective date; every standard but the notice is national
		if n.ID != fujian.ID {
			c.Earliest = part{n.Ref(), n.Title, n.Effective}
			break
		}
	}
	if !c.Earliest.Effective.After(c.AsOf) { // the text says no national norm was in force: check it
		return c, fmt.Errorf("combined: %s was in force on %s: combine it", c.Earliest.Ref, c.AsOf)
	}
	return c, nil
}

// notObserved counts, per requirement of q's standard, the incomplete campuses whose inspection did not
// observe it.
func notObserved(s *compliance.Summary, q compliance.Query) []gap {
	n := map[string]int64{}
	for a := range s.Campuses(compliance.AllCampuses(), compliance.Incomplete) {
		for _, r := range a.Result.With(compliance.NotObserved) {
			n[r.Requirement]++
		}
	}
	var out []gap
	for _, r := range q.Spec().Standard.Requirements {
		if n[r.ID] > 0 {
			out = append(out, gap{r.ID, r.Origin, r.Title, n[r.ID]})
		}
	}
	return out
}
