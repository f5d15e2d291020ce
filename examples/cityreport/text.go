package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/campussec/campussec/rate"
)

// printer writes the text report in one language, keeping the first write error.
type printer struct {
	w    io.Writer
	lang rate.Lang
	err  error
}

// msg returns the message id in the printer's language, formatted with args.
func (p *printer) msg(id string, args ...any) string {
	m, ok := messages[id]
	if !ok {
		panic("cityreport: no message " + id)
	}
	return fmt.Sprintf(m[p.idx()], args...)
}

// say prints the message id in the printer's language, formatted with args, and a newline.
func (p *printer) say(id string, args ...any) {
	p.line(p.msg(id, args...))
}

// line prints s and a newline.
func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = fmt.Fprintln(p.w, s)
	}
}

// columns returns the header cells of a table, from a message of "|"-separated column names.
func (p *printer) columns(id string) []string {
	return strings.Split(p.msg(id), "|")
}

// en reports whether the printer writes English.
func (p *printer) en() bool { return p.lang == rate.English }

// idx is the printer's column in messages.
func (p *printer) idx() int {
	if p.en() {
		return 1
	}
	return 0
}

// writeText renders the report.
func writeText(w io.Writer, r *Report, lang rate.Lang) error {
	p := &printer{w: w, lang: lang}
	p.say("title", r.City.Name, r.City.Code)
	p.say("note")
	writeLevels(p, r.Levels)
	writeRegister(p, r.Register)
	writeCompliance(p, r)
	writeChange(p, r.Change)
	writeTrend(p, r.Trend)
	writeTable(p, r.Table)
	writeCoverage(p, r.Coverage)
	writeRect(p, r.Rectify)
	writeCombined(p, r)
	writeIncidents(p, r.Incidents)
	return p.err
}

// writeRegister prints the register section.
func writeRegister(p *printer, s registerSection) {
	p.say("register.head")
	p.say("register.total", s.Campuses, s.Schools, s.Branches)
	var gs, ls []string
	for _, g := range s.Groups {
		gs = append(gs, fmt.Sprintf("%s %d", g.Group.Name(p.lang), g.Campuses))
	}
	for _, l := range s.Licenses {
		ls = append(ls, fmt.Sprintf("%s %d", l.License.Name(p.lang), l.Campuses))
	}
	p.say("register.split", s.Campuses, strings.Join(gs, " + "), s.Campuses, strings.Join(ls, " + "))
	g := grid{right: []bool{false, false, true, true}}
	g.add(p.columns("register.columns")...)
	for _, c := range s.Cells {
		g.add(c.Group.Name(p.lang), c.License.Name(p.lang), fmt.Sprint(c.Campuses), fmt.Sprint(c.Schools))
	}
	p.grid(g, "    ")
	var ks []string
	for _, k := range s.Kinds {
		ks = append(ks, fmt.Sprintf("%s %d", k.Kind.Name(p.lang), k.Campuses))
	}
	p.say("register.kinds", strings.Join(ks, ", "))
}

// grid prints a table, each line indented.
func (p *printer) grid(g grid, indent string) {
	for _, l := range g.lines(indent) {
		p.line(l)
	}
}
