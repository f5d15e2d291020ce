package samplecity

import (
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/google/uuid"
)

// buildInspections lays out the campaign's inspections and observes each campus as its fate says.
func buildInspections(towns []townPlan, plans []campusPlan, ids []uuid.UUID) ([]compliance.Inspection, error) {
	vs := planVisits(towns, plans, assignFates(towns, plans))
	out := make([]compliance.Inspection, len(vs))
	for i, v := range vs {
		m, err := measurements(plans[v.Campus], v.Missing)
		if err != nil {
			return nil, fmt.Errorf("samplecity: %s on %s: %w", plans[v.Campus].Name, v.Date, err)
		}
		d, err := civil.ParseDate(v.Date)
		if err != nil {
			return nil, err
		}
		out[i] = compliance.Inspection{
			ID:     id("inspection", ids[v.Campus].String(), v.Date),
			Campus: ids[v.Campus], Date: d, Team: v.Team, Measurements: m,
		}
	}
	return out, nil
}
