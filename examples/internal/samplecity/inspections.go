package samplecity

import (
	"fmt"

	"github.com/campussec/campussec/compliance"
	"github.com/google/uuid"
)

// Visit is one inspection of the sample city as data: the campus, the date, the team and what it observed.
type Visit struct {
	ID           uuid.UUID
	Campus       uuid.UUID
	Date         compliance.Date
	Team         string
	Measurements compliance.Measurements
}

// buildVisits lays out the campaign's inspections and observes each campus as its fate says.
func buildVisits(towns []townPlan, plans []campusPlan, ids []uuid.UUID) ([]Visit, error) {
	vs := planVisits(towns, plans, assignFates(towns, plans))
	out := make([]Visit, len(vs))
	for i, v := range vs {
		m, err := measurements(plans[v.Campus], v.Missing)
		if err != nil {
			return nil, fmt.Errorf("samplecity: %s on %s: %w", plans[v.Campus].Name, v.Date, err)
		}
		d, err := compliance.ParseDate(v.Date)
		if err != nil {
			return nil, err
		}
		out[i] = Visit{
			ID:     id("inspection", ids[v.Campus].String(), v.Date),
			Campus: ids[v.Campus], Date: d, Team: v.Team, Measurements: m,
		}
	}
	return out, nil
}
