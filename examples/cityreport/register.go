package main

import "github.com/campussec/campussec/campus"

// registerSection is the register's totals (底数清): campuses and, as a separate unit, schools.
type registerSection struct {
	Campuses int             `json:"campuses"`
	Schools  int             `json:"schools"`
	Cells    []registerCell  `json:"by_group_and_license"`
	Groups   []groupTotal    `json:"by_group"`
	Licenses []licenseTotal  `json:"by_license"`
	Kinds    []kindTotal     `json:"by_kind"`
	Branches int             `json:"branch_campuses"`
	Counts   campusAndSchool `json:"-"`
}

// campusAndSchool keeps the library's two count types, which cannot be mixed.
type campusAndSchool struct {
	Campuses campus.CampusCounts
	Schools  campus.SchoolCounts
}

type registerCell struct {
	Group    campus.Group   `json:"group"`
	License  campus.License `json:"license"`
	Campuses int            `json:"campuses"`
	Schools  int            `json:"schools"`
}

type groupTotal struct {
	Group    campus.Group `json:"group"`
	Campuses int          `json:"campuses"`
}

type licenseTotal struct {
	License  campus.License `json:"license"`
	Campuses int            `json:"campuses"`
}

type kindTotal struct {
	Kind     campus.Kind `json:"kind"`
	Campuses int         `json:"campuses"`
}

// buildRegister reads the register's counts from the library.
func buildRegister(reg *campus.Register) registerSection {
	cc, sc := reg.CampusCounts(), reg.SchoolCounts()
	s := registerSection{
		Campuses: int(cc.Total()), Schools: int(sc.Total()),
		Branches: int(cc.Total()) - int(sc.Total()),
		Counts:   campusAndSchool{cc, sc},
	}
	for gl, n := range cc.ByGroupLicense() {
		s.Cells = append(s.Cells, registerCell{gl.Group, gl.License, int(n), int(sc.GroupLicense(gl.Group, gl.License))})
	}
	for g, n := range cc.ByGroup() {
		s.Groups = append(s.Groups, groupTotal{g, int(n)})
	}
	for l, n := range cc.ByLicense() {
		s.Licenses = append(s.Licenses, licenseTotal{l, int(n)})
	}
	for k, n := range cc.ByKind() {
		if n > 0 {
			s.Kinds = append(s.Kinds, kindTotal{k, int(n)})
		}
	}
	return s
}
