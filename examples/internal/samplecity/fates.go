package samplecity

import (
	"cmp"
	"slices"
)

// The figures the data is built to reproduce, as counts of campuses. The report's rates are computed from
// the inspections by the library; these constants only steer how the synthetic inspections come out.
const (
	BaselineLicensedCompliant = 174 // licensed campuses compliant as of 2010-05-31
	LicensedNonCompliant      = 2   // licensed campuses not compliant as of 2012-02-14
	UnlicensedCompliant       = 178 // unlicensed campuses compliant as of 2012-02-14
	UnlicensedUnassessed      = 30  // unlicensed campuses never inspected (found in the last sweep)
)

// The two licensed campuses that are not compliant on the report date: a rural primary school short of a
// guard and without a perimeter alarm, and a city kindergarten whose video surveillance failed a spot check.
const (
	laggardSchoolTown       = "321482201"
	laggardKindergartenTown = "321403003"
)

// fate is how a campus's inspections turn out over the campaign.
type fate uint8

const (
	improves            fate = iota + 1 // licensed: non-compliant in May 2010, compliant from 2011
	earlyCompliant                      // licensed: compliant from the first inspection
	laggardSchool                       // licensed: still short on the report date
	laggardKindergarten                 // licensed: compliant until a failed spot check in February 2012
	unlCompliant                        // unlicensed: brought up to standard
	unlNonCompliant                     // unlicensed: still short
	unlUnassessed                       // unlicensed: never inspected
)

// assignFates decides every campus's fate so that the published counts follow from the inspections.
func assignFates(towns []townPlan, cs []campusPlan) []fate {
	out := make([]fate, len(cs))
	out[firstIn(towns, cs, laggardSchoolTown, licSchool)] = laggardSchool
	out[firstIn(towns, cs, laggardKindergartenTown, licPreschool)] = laggardKindergarten
	var lic, unl []int
	for i, c := range cs {
		switch {
		case out[i] != 0:
		case c.Sector.licensed():
			out[i] = improves
			lic = append(lic, i)
		default:
			unl = append(unl, i)
		}
	}
	for _, i := range topBy(lic, BaselineLicensedCompliant, func(i int) uint32 { return score(towns, cs[i]) }) {
		out[i] = earlyCompliant
	}
	assignUnlicensed(towns, cs, unl, out)
	return out
}

// firstIn is the index of the first campus of a sector in the town with the given code.
func firstIn(towns []townPlan, cs []campusPlan, code string, s sector) int {
	for i, c := range cs {
		if c.Sector == s && towns[c.Town].Code == code {
			return i
		}
	}
	panic("samplecity: no campus of sector in town " + code) // the layout guarantees one
}

// assignUnlicensed picks the never-inspected, then the compliant, unlicensed campuses.
func assignUnlicensed(towns []townPlan, cs []campusPlan, unl []int, out []fate) {
	for _, i := range unl {
		out[i] = unlNonCompliant
	}
	unassessed := topBy(unl, UnlicensedUnassessed, func(i int) uint32 { return hash32("unassessed", cs[i].Name) })
	for _, i := range unassessed {
		out[i] = unlUnassessed
	}
	rest := slices.DeleteFunc(slices.Clone(unl), func(i int) bool { return out[i] == unlUnassessed })
	for _, i := range topBy(rest, UnlicensedCompliant, func(i int) uint32 { return score(towns, cs[i]) }) {
		out[i] = unlCompliant
	}
}

// score ranks campuses for early compliance: city streets first, then towns, then townships, varied by name.
func score(towns []townPlan, c campusPlan) uint32 {
	bonus := [...]uint32{0, 400, 150, 0}[towns[c.Town].Class]
	return bonus + hash32("score", c.Name)%1000
}

// topBy returns the n indexes with the highest key, ties broken by index.
func topBy(idx []int, n int, key func(int) uint32) []int {
	s := slices.Clone(idx)
	slices.SortStableFunc(s, func(a, b int) int { return cmp.Compare(key(b), key(a)) })
	return s[:n]
}
