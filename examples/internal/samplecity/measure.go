package samplecity

import (
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
)

// guardsRequired is the example checklist's guard minimum for a campus (see standard.json): a school
// campus of 100 or more pupils and staff needs 2, a smaller one or a kindergarten or nursery 1.
func guardsRequired(c campusPlan) int {
	if c.Sector == licSchool || c.Sector == unlSchool {
		if c.Students+c.Staff >= 100 {
			return 2
		}
	}
	return 1
}

// measurements is what an inspection of campus c observed, given what it found missing: everything the
// checklist asks about is observed (so the campus is never merely incomplete), present unless missing.
func measurements(c campusPlan, missing deficiency) (compliance.Measurements, error) {
	guards := guardsRequired(c)
	if c.Students > 1500 {
		guards++
	}
	if missing&lacksGuards != 0 {
		guards = guardsRequired(c) - 1
	}
	has := func(d deficiency) bool { return missing&d == 0 }
	obs := []compliance.Observation{
		compliance.ObserveCount(catalog.FullTimeGuards, guards),
		compliance.ObserveFact(catalog.VideoSurveillance, has(lacksVideo)),
		compliance.ObserveFact(catalog.PerimeterIntrusionAlarm, has(lacksAlarm)),
		compliance.ObserveFact(catalog.VisitorRegistration, has(lacksVisitorLog)),
		compliance.ObserveFact(catalog.EmergencyPlan, has(lacksPlan)),
		compliance.ObserveFact(catalog.SchoolGatePolicePost, has(lacksGatePost)),
	}
	if c.Boarding {
		obs = append(obs, compliance.ObserveFact(catalog.GuardroomStaffed24h, has(lacksGuardroom)))
	}
	return compliance.NewMeasurements(obs...)
}
