package samplecity

import (
	"fmt"
	"slices"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
)

// The sample city's incident record runs from the first of the city's emergency notices, 2010-04-29 (the
// report: 市公安局 … 2010年4月29日 … 下发《关于进一步加强我市小学、幼儿园及其周边地区安全保卫工作的紧急通知》), to the
// report date. The report's "校园安保工作启动以来" gives no date; taking the first notice as the start is this
// example's reading.
const (
	IncidentsFrom = "2010-04-29"
	IncidentsTo   = "2012-02-14"
)

// numIncidents is how many synthetic incidents the city records.
const numIncidents = 48

// Incidents returns the sample city's incidents involving campuses (涉校案事件): SYNTHETIC, laid out by a
// fixed rule over the register, not taken from any report — the 2012 report publishes no incident counts.
// Most are at a campus; every third is recorded at a town or district without one. Categories cycle, with
// public-order cases the most common; every severity is 一般 or 较大, so none is major under the library's
// default policy (major from 重大): the report's "没有发生涉及校园安全与稳定的重大案事件" then follows from the
// data, computed by the library. Two calls return equal slices.
// A city with Records returns a copy of their incidents.
func (c *City) Incidents() []incident.Incident {
	if c.Records != nil {
		return slices.Clone(c.Records.Incidents)
	}
	from := civil.MustParseDate(IncidentsFrom)
	span := from.DaysUntil(civil.MustParseDate(IncidentsTo)) + 1
	categories := []incident.Category{incident.PublicOrderCase, incident.SafetyAccident, incident.PublicOrderCase,
		incident.CriminalCase, incident.Other, incident.PublicOrderCase, incident.SafetyAccident}
	var places []hierarchy.Code // towns and districts, for the incidents without a campus
	for j := range c.Tree.Walk(c.Code) {
		if j.Code != c.Code {
			places = append(places, j.Code)
		}
	}
	out := make([]incident.Incident, numIncidents)
	for k := range out {
		cat := categories[k%len(categories)]
		in := incident.Incident{
			ID:       id("incident", fmt.Sprint(k)),
			Ref:      fmt.Sprintf("示例-%03d", k+1),
			Date:     from.AddDays((k*37 + k*k*11) % span),
			Category: cat,
			Severity: incident.General,
			Summary:  "合成示例数据(synthetic)",
		}
		if k%5 == 3 {
			in.Severity = incident.Larger
		}
		if k%3 == 2 {
			in.Jurisdiction = places[(k*29)%len(places)]
		} else {
			in.Campus = c.Register.At((k * 389) % c.Register.Len()).ID
		}
		out[k] = in
	}
	return out
}

// IncidentLog validates the city's incidents against its register.
func (c *City) IncidentLog() (*incident.Log, error) {
	return incident.NewLog(c.Register, c.Incidents())
}
