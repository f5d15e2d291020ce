package main

import (
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

// districtChart is the bar chart of full-compliance rates by district / county-level city: licensed and
// unlicensed campuses side by side, each bar labelled with the library's rounded figure.
func districtChart(r *Report, lang rate.Lang) chart {
	c := chart{
		Title:  r.City.Name + " 全达标率(截至 " + r.Compliance.AsOf.String() + ")",
		Axis:   "全达标率 %",
		Series: []string{"有证校园", "无证校园"},
	}
	if lang == rate.English {
		c.Title = r.City.Name + " full-compliance rate as of " + r.Compliance.AsOf.String()
		c.Axis = "full-compliance rate %"
		c.Series = []string{"licensed campuses", "unlicensed campuses"}
	}
	for _, w := range r.Table.Rows {
		if w.Level != hierarchy.County {
			continue
		}
		c.Groups = append(c.Groups, barGroup{Label: w.Name, Bars: []bar{barOf(w.Licensed), barOf(w.Unlicensed)}})
	}
	return c
}

// barOf is a bar for a table cell: its height from the library's rounded value, its text the figure.
func barOf(c cell) bar {
	v, ok := c.fig.Value()
	if !ok {
		return bar{Text: rate.Undefined}
	}
	return bar{Percent: v.InexactFloat64(), Text: pct(c.fig)}
}
