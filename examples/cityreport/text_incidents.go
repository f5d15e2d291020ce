package main

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/rate"
)

// incidentMessages are the incident section's sentences, Chinese first, as messages are.
var incidentMessages = map[string][2]string{
	"head": {"\n八、涉校案事件(%s 至 %s:自本市首份紧急通知起,本示例以此为“校园安保工作启动以来”;合成的示例数据)",
		"\n8. Incidents involving campuses (%s to %s: from the city's first emergency notice, which this example takes as the start of the campaign; synthetic example data)"},
	"policy": {"  “重大”口径:等级在“%s”及以上(本库自定的默认口径,参照《生产安全事故报告和调查处理条例》第三条的等级名称;该报告未定义“重大案事件”)",
		"  \"major\": graded %s or above (the library's own default, after the grade names of 生产安全事故报告和调查处理条例 art. 3; the report does not define a major incident)"},
	"none": {"  共发生涉校案事件 %d 起,其中重大 %d 起:没有发生涉及校园安全与稳定的重大案事件。", "  %d incidents, %d of them major: no major incident involving campus safety and stability."},
	"some": {"  共发生涉校案事件 %d 起,其中重大案事件 %d 起。", "  %d incidents, %d of them major."},
	"columns": {"代码|名称|案事件|刑事案件|治安案件|安全事故|其他|重大|每校|每万名学生",
		"code|name|incidents|criminal|public order|safety accident|other|major|per campus|per 10,000 pupils"},
	"note": {"  (每校 = 案事件数 / 校园数,每万名学生 = 案事件数 / 学生数 × 10000;均由精确比例只修约一次,保留 %d 位小数,不是百分比;各级为下级之和)",
		"  (per campus = incidents / campuses; per 10,000 pupils = incidents / pupils × 10,000; from the exact ratios, rounded once to %d places; not percents; each level sums its parts)"},
	"term": {"  上学期(%s)与上年同期(%s)相比:%d 起 → %d 起,%+d 起,%s;每万名学生 %s",
		"  last term (%s) against the same term a year earlier (%s): %d → %d incidents, %+d, %s; per 10,000 pupils %s"},
}

// imsg returns the incident message id in the printer's language, formatted with args.
func (p *printer) imsg(id string, args ...any) string {
	m, ok := incidentMessages[id]
	if !ok {
		panic("cityreport: no incident message " + id)
	}
	return fmt.Sprintf(m[p.idx()], args...)
}

// writeIncidents prints the incident section: the count of major incidents (the report's "no major
// incident", computed), the table by district and the term comparison.
func writeIncidents(p *printer, s incidentSection) {
	p.line(p.imsg("head", s.Period.From(), s.Period.To()))
	p.line(p.imsg("policy", s.Policy.MajorFrom.Name(p.lang)))
	city := s.Rows[0].Counts
	if s.NoMajor {
		p.line(p.imsg("none", city.Total(), s.Major))
	} else {
		p.line(p.imsg("some", city.Total(), s.Major))
	}
	g := grid{right: []bool{false, false, true, true, true, true, true, true, true, true}}
	g.add(p.columns2("columns")...)
	for _, r := range s.Rows {
		c := r.Counts
		per := rate.Undefined
		if r.Per10000 != nil {
			per = *r.Per10000
		}
		g.add(r.Code.String(), r.Name, fmt.Sprint(c.Total()), fmt.Sprint(c.Count(incident.CriminalCase)),
			fmt.Sprint(c.Count(incident.PublicOrderCase)), fmt.Sprint(c.Count(incident.SafetyAccident)),
			fmt.Sprint(c.Count(incident.Other)), fmt.Sprint(c.Major()), r.perCampus, per)
	}
	p.grid(g, "  ")
	p.line(p.imsg("note", s.Precision.Places))
	t := s.Term
	rel := rate.Undefined
	if v, ok := t.cmp.Relative(s.Precision); ok {
		rel = rate.FormatRelative(v, s.Precision.Places, p.lang)
	}
	p.line(p.imsg("term", t.Now, t.Then, t.ThenCounts.Total(), t.NowCounts.Total(), t.Change, rel,
		t.cmp.PerPupils.Format(incident.PupilScale, s.Precision, p.lang)))
}

// columns2 returns the header cells of an incident table.
func (p *printer) columns2(id string) []string { return strings.Split(p.imsg(id), "|") }
