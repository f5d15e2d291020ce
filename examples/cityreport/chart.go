package main

import "github.com/campussec/campussec/compliance"

// districtChart is the bar chart of compliance by district.
func districtChart(r *Report, lang compliance.Lang) chart {
	c := chart{Title: r.City.Name, Axis: "%"}
	for _, t := range r.Coverage.Teams {
		c.Groups = append(c.Groups, barGroup{Label: t.Team})
	}
	return c
}
