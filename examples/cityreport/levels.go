package main

import (
	"strings"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// levelSection is the city's prevention levels (防范等级): its schedule of level changes
// (samplecity's City.Schedule, a prevention.Schedule) and the level(s) in force across the city on each
// date the report measures, read from each query (compliance.Query.Levels). Every figure also records
// its own level(s) (compliance.Figure's "level", or "levels" when several applied).
type levelSection struct {
	Changes  []levelChange `json:"changes"`
	Measured []levelOnDate `json:"measured_at"`
}

// levelChange is one change of the schedule, with its jurisdiction's name.
type levelChange struct {
	Effective    civil.Date       `json:"effective"`
	Jurisdiction hierarchy.Code   `json:"jurisdiction,omitzero"` // absent: the whole tree
	Name         string           `json:"name,omitempty"`
	Level        prevention.Level `json:"level"`
	Notice       string           `json:"notice"`
}

// levelOnDate is the set of levels in force across the city on a date the report measures.
type levelOnDate struct {
	AsOf   civil.Date          `json:"as_of"`
	Levels prevention.LevelSet `json:"levels"`
}

// buildLevels lists the schedule's changes and the levels in force across the city on each of dates.
func (o *settings) buildLevels(tree *hierarchy.Tree, city hierarchy.Code, dates ...civil.Date) levelSection {
	var s levelSection
	for _, c := range o.schedule.Changes() {
		lc := levelChange{Effective: c.Effective, Jurisdiction: c.Jurisdiction, Level: c.Level, Notice: c.Notice}
		if j, ok := tree.Lookup(c.Jurisdiction); ok {
			lc.Name = j.Name
		}
		s.Changes = append(s.Changes, lc)
	}
	for _, d := range dates {
		s.Measured = append(s.Measured, levelOnDate{AsOf: d, Levels: o.query(d).Levels().In(city)})
	}
	return s
}

// figureLevels is the set of levels a figure was measured at: its one level, or its several.
func figureLevels(f compliance.Figure) prevention.LevelSet {
	if f.Levels != 0 {
		return f.Levels
	}
	return prevention.SetOf(f.PreventionLevel)
}

// levelNames names the levels of s in lang, lowest first: "加强", "常态、加强", "normal, heightened".
func levelNames(s prevention.LevelSet, lang rate.Lang) string {
	var names []string
	for _, l := range s.Levels() {
		names = append(names, l.Name(lang))
	}
	if lang == rate.English {
		return strings.Join(names, ", ")
	}
	return strings.Join(names, "、")
}

// writeLevels prints the schedule of levels and the level(s) each date of the report was measured at.
func writeLevels(p *printer, s levelSection) {
	p.say("levels.head")
	for _, c := range s.Changes {
		where := p.msg("levels.whole")
		if !c.Jurisdiction.IsZero() {
			where = c.Name + "(" + c.Jurisdiction.String() + ")"
			if p.en() {
				where = c.Name + " (" + c.Jurisdiction.String() + ")"
			}
		}
		p.say("levels.change", c.Effective, where, c.Level.Name(p.lang), c.Notice)
	}
	var ds []string
	for _, m := range s.Measured {
		ds = append(ds, m.AsOf.String()+" "+levelNames(m.Levels, p.lang))
	}
	sep := ";"
	if p.en() {
		sep = "; "
	}
	p.say("levels.measured", strings.Join(ds, sep))
}
