package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
)

// printer writes the text report in one language, keeping the first write error.
type printer struct {
	w    io.Writer
	lang compliance.Lang
	err  error
}

// say prints the message id in the printer's language, formatted with args, and a newline.
func (p *printer) say(id string, args ...any) {
	m, ok := messages[id]
	if !ok {
		panic("cityreport: no message " + id)
	}
	format := m[0]
	if p.lang == compliance.English {
		format = m[1]
	}
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
	}
}

// en reports whether the printer writes English.
func (p *printer) en() bool { return p.lang == compliance.English }

// groupName names a report group in the printer's language.
func (p *printer) groupName(g campus.Group) string {
	if p.en() {
		return map[campus.Group]string{campus.GroupSchool: "primary/secondary", campus.GroupPreschool: "kindergarten/nursery"}[g]
	}
	return g.Label()
}

// licenceName names a licence status in the printer's language.
func (p *printer) licenceName(l campus.Licence) string {
	if p.en() {
		return l.String()
	}
	return l.Label()
}

// kindName names a kind in the printer's language.
func (p *printer) kindName(k campus.Kind) string {
	if p.en() {
		return strings.ReplaceAll(k.String(), "_", " ")
	}
	return k.Label()
}

// writeText renders the report.
func writeText(w io.Writer, r *Report, lang compliance.Lang) error {
	p := &printer{w: w, lang: lang}
	p.say("title", r.City.Name, r.City.Code)
	p.say("note")
	writeRegister(p, r.Register)
	writeCompliance(p, r)
	writeChange(p, r)
	writeTable(p, r.Table)
	writeCoverage(p, r.Coverage)
	writeRect(p, r.Rectify)
	return p.err
}

// writeRegister prints the register section.
func writeRegister(p *printer, s registerSection) {
	p.say("register.head")
	p.say("register.total", s.Campuses, s.Schools, s.Branches)
	var gs, ls []string
	for _, g := range s.Groups {
		gs = append(gs, fmt.Sprintf("%s %d", p.groupName(g.Group), g.Campuses))
	}
	for _, l := range s.Licences {
		ls = append(ls, fmt.Sprintf("%s %d", p.licenceName(l.Licence), l.Campuses))
	}
	p.say("register.split", s.Campuses, strings.Join(gs, " + "), s.Campuses, strings.Join(ls, " + "))
	for _, c := range s.Cells {
		p.say("register.cell", p.groupName(c.Group), p.licenceName(c.Licence), c.Campuses, c.Schools)
	}
	var ks []string
	for _, k := range s.Kinds {
		ks = append(ks, fmt.Sprintf("%s %d", p.kindName(k.Kind), k.Campuses))
	}
	p.say("register.kinds", strings.Join(ks, ", "))
}

// writeCoverage prints the 分片包干 check.
func writeCoverage(p *printer, s coverageSection) {
	p.say("coverage.head")
	for _, t := range s.Teams {
		var as []string
		for _, a := range t.Areas {
			as = append(as, a.Name)
		}
		p.say("coverage.team", t.Team, strings.Join(as, ", "))
	}
	if len(s.Gaps) == 0 {
		p.say("coverage.nogap")
	}
	for _, g := range s.Gaps {
		p.say("coverage.gap", g.Code, g.Name, g.Campuses)
	}
	for _, o := range s.Overlaps {
		p.say("coverage.overlap", o.Code, o.Name, o.Campuses, strings.Join(o.Teams, ", "))
	}
	p.say("term.head", s.Term.From, s.Term.To, len(s.Term.Licensed), s.Term.Unlicensed)
	for _, c := range s.Term.Licensed {
		p.say("term.campus", c.Place, c.Name)
	}
}

// writeRect prints rectification: every finding's state, the rate, and the overdue ones at licensed campuses.
func writeRect(p *printer, s rectSection) {
	p.say("rect.head", s.AsOf, s.Days)
	p.say("rect.counts", s.Total, s.OnTime, s.Late, s.Open, s.Overdue)
	p.say("rect.rate", s.Rate.Rate.Format(s.Rate.Places, s.Rate.Rounding), s.Rate.Rate)
	p.say("rect.overdue", len(s.Licensed), s.Unlic)
	for _, f := range s.Licensed {
		p.say("rect.item", f.Campus, f.Title, f.Finding.Found, f.Finding.Deadline)
	}
}
