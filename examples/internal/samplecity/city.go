package samplecity

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
)

// City is the sample city: its jurisdiction tree, schools and campuses, and the areas of its inspection
// teams. Build makes a new one each call; two builds are identical.
type City struct {
	// Code is the city's division code (321400).
	Code hierarchy.Code
	// Tree holds 江苏省, the city, its ten districts and county-level cities and their 101 towns.
	Tree *hierarchy.Tree
	// Schools and Campuses are the register's input, in the order they were laid out.
	Schools  []campus.School
	Campuses []campus.Campus
	// Register is the validated register of every school and campus (底数清、情况明).
	Register *campus.Register
	// Assignments are the inspection teams' areas (分片包干), with one gap and one overlap.
	Assignments []hierarchy.Assignment
	// Inspections are the inspections from April 2010 to February 2012, in campus order then date order.
	Inspections []compliance.Inspection
	// History is the validated, indexed inspection history of the register's campuses.
	History *compliance.History
	// Standard is the city's checklist (Standard), which the report measures against.
	Standard compliance.Standard
	// Records, when set, are the city's prevention-level schedule and incidents as read from data files
	// (a city loaded from an office's own files): Schedule and Incidents return them instead of the sample
	// city's synthetic ones. Build leaves it nil.
	Records *Records
}

// Records are a city's prevention-level schedule and its incidents involving campuses, as read from files.
type Records struct {
	Schedule  prevention.Schedule
	Incidents []incident.Incident
}

// Build lays out the sample city and builds it with the library's constructors.
func Build() (*City, error) {
	towns := planTowns()
	js, err := jurisdictions(towns)
	if err != nil {
		return nil, err
	}
	c := &City{Code: hierarchy.MustParseCode(CityCode)}
	if c.Tree, err = hierarchy.NewTree(js...); err != nil {
		return nil, err
	}
	schoolPlans, campusPlans := planCampuses(towns)
	if c.Schools, err = buildSchools(towns, schoolPlans, campusPlans); err != nil {
		return nil, err
	}
	if c.Campuses, err = buildCampuses(towns, c.Schools, campusPlans); err != nil {
		return nil, err
	}
	if c.Register, err = campus.NewRegister(c.Tree, c.Schools, c.Campuses); err != nil {
		return nil, err
	}
	if c.Assignments, err = assignments(towns); err != nil {
		return nil, err
	}
	ids := make([]uuid.UUID, len(c.Campuses))
	for i, cp := range c.Campuses {
		ids[i] = cp.ID
	}
	if c.Inspections, err = buildInspections(towns, campusPlans, ids); err != nil {
		return nil, err
	}
	if c.History, err = compliance.NewHistory(c.Register, c.Inspections); err != nil {
		return nil, err
	}
	if c.Standard, err = Standard(); err != nil {
		return nil, err
	}
	return c, nil
}

// Assignments returns the inspection teams' areas (分片包干) over the sample city's towns, as Build sets
// City.Assignments: they are not in the city's data files.
func Assignments() ([]hierarchy.Assignment, error) {
	return assignments(planTowns())
}

// Coverage checks the teams' areas over the whole city.
func (c *City) Coverage() (hierarchy.Coverage, error) {
	return hierarchy.CheckCoverage(c.Tree, c.Code, c.Assignments)
}
