package samplecity

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// Namespace is the UUID namespace of every ID in the sample city, itself derived with uuid.NewSHA1 so that
// nothing in the example depends on a random or clock-based ID.
var Namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://example.org/campussec/samplecity"))

// id derives a stable ID from a kind of thing and its stable name.
func id(kind string, parts ...string) uuid.UUID {
	name := kind
	for _, p := range parts {
		name += "/" + p
	}
	return uuid.NewSHA1(Namespace, []byte(name))
}

// jurisdictions lists the province, the city, its districts and county-level cities and their towns.
func jurisdictions(towns []townPlan) ([]hierarchy.Jurisdiction, error) {
	specs := [][2]string{{ProvinceCode, ProvinceName}, {CityCode, CityName}}
	for _, d := range districts {
		specs = append(specs, [2]string{d.Code, d.Name})
	}
	for _, t := range towns {
		specs = append(specs, [2]string{t.Code, t.Name})
	}
	out := make([]hierarchy.Jurisdiction, 0, len(specs))
	for _, s := range specs {
		c, err := hierarchy.ParseCode(s[0])
		if err != nil {
			return nil, err
		}
		out = append(out, hierarchy.Jurisdiction{Code: c, Name: s[1]})
	}
	return out, nil
}

// buildSchools turns the school plans into campus.Schools, with a 学校标识码 for the licensed MOE kinds.
func buildSchools(towns []townPlan, plans []schoolPlan, campuses []campusPlan) ([]campus.School, error) {
	out := make([]campus.School, len(plans))
	for _, c := range campuses {
		if !c.Main {
			continue
		}
		p := plans[c.School]
		s := campus.School{ID: id("school", towns[c.Town].Code, p.Name), Name: p.Name}
		if p.Seq > 0 {
			k, err := campus.ParseKind(p.Kind)
			if err != nil {
				return nil, err
			}
			code, err := campus.ParseSchoolCode(fmt.Sprintf("%s32%06d", k.Category().Code(), p.Seq))
			if err != nil {
				return nil, err
			}
			s.Code = code
		}
		out[c.School] = s
	}
	return out, nil
}

// buildCampuses turns the campus plans into campus.Campuses.
func buildCampuses(towns []townPlan, schools []campus.School, plans []campusPlan) ([]campus.Campus, error) {
	out := make([]campus.Campus, len(plans))
	for i, p := range plans {
		k, err := campus.ParseKind(p.Kind)
		if err != nil {
			return nil, err
		}
		code, err := hierarchy.ParseCode(towns[p.Town].Code)
		if err != nil {
			return nil, err
		}
		lic := campus.Unlicensed
		if p.Sector.licensed() {
			lic = campus.Licensed
		}
		out[i] = campus.Campus{
			ID: id("campus", towns[p.Town].Code, p.Name), School: schools[p.School].ID, Name: p.Name,
			Kind: k, License: lic, Locale: campus.Locale(p.Locale), Jurisdiction: code,
			Main: p.Main, Boarding: p.Boarding, Students: p.Students, Staff: p.Staff,
		}
	}
	return out, nil
}
