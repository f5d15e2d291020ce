package samplecity

import "fmt"

// The register's published totals. Every count below is a campus (校园, branch campuses 校区 included).
const (
	LicensedSchools      = 761 // licensed primary and secondary campuses (有证中小学)
	LicensedPreschools   = 635 // licensed kindergarten and nursery campuses (有证幼托)
	UnlicensedPreschools = 500 // unlicensed kindergartens and nurseries (无证幼托)
	UnlicensedSchools    = 39  // unlicensed schools, mostly for migrant workers' children (无证中小学)
)

// sector is one of the four group × license cells the register is built from.
type sector uint8

const (
	licSchool sector = iota
	licPreschool
	unlPreschool
	unlSchool
	numSectors
)

// quota is the number of campuses of each sector.
var quota = [numSectors]int{LicensedSchools, LicensedPreschools, UnlicensedPreschools, UnlicensedSchools}

// licensed reports whether campuses of the sector are licensed.
func (s sector) licensed() bool { return s == licSchool || s == licPreschool }

// baseWeight is how heavily each class of township weighs in each sector: schools spread evenly, licensed
// kindergartens crowd the streets, unlicensed ones the towns on the urban fringe.
var baseWeight = [numSectors][4]int{
	licSchool:    {0, 7, 9, 6},
	licPreschool: {0, 9, 6, 3},
	unlPreschool: {0, 4, 7, 5},
	unlSchool:    {0, 1, 2, 1},
}

// campusPlan is one campus before it becomes a campus.Campus: plain fields, library-independent.
type campusPlan struct {
	Name     string
	Kind     string // campus.Kind stable id
	Sector   sector
	Town     int // index into the towns
	School   int // index into the schools
	Main     bool
	Boarding bool
	Locale   int // 城乡分类代码 (NBS)
	Students int
	Staff    int
}

// schoolPlan is one school: a name and, for licensed schools with an MOE kind, a category for its code.
type schoolPlan struct {
	Name string
	Kind string // the kind of its main campus
	Seq  int    // 1-based, for its 学校标识码 sequence; 0 = no code
}

// planCampuses lays out every school and campus town by town, sector by sector.
func planCampuses(towns []townPlan) ([]schoolPlan, []campusPlan) {
	per := allocateSectors(towns)
	var schools []schoolPlan
	var campuses []campusPlan
	codeSeq := 0
	for ti, t := range towns {
		for s := range numSectors {
			names := map[string]int{}
			first := map[int]int{} // per-town position -> campus index of a school's main campus
			for j := range per[s][ti] {
				c := campusPlan{Sector: s, Town: ti, Main: true}
				c.Kind = kindFor(s, t.Class, j)
				if branchOf, ok := branchSlot(s, j); ok && per[s][ti] > branchOf+2 {
					main := campuses[first[branchOf]]
					c.Kind, c.Main, c.School = main.Kind, false, main.School
					c.Name = fmt.Sprintf("%s（%s校区）", main.Name, branchNames[(j+t.Seq)%len(branchNames)])
				} else {
					c.Name = campusName(t, c.Kind, s, names)
					c.School = len(schools)
					sp := schoolPlan{Name: c.Name, Kind: c.Kind}
					if s.licensed() && c.Kind != "nursery" {
						codeSeq++
						sp.Seq = codeSeq
					}
					schools = append(schools, sp)
				}
				first[j] = len(campuses)
				fillAttributes(&c, t, j)
				campuses = append(campuses, c)
			}
		}
	}
	return schools, campuses
}

// allocateSectors gives each town its number of campuses in each sector.
func allocateSectors(towns []townPlan) [numSectors][]int {
	var out [numSectors][]int
	for s := range numSectors {
		w := make([]int, len(towns))
		for i, t := range towns {
			w[i] = baseWeight[s][t.Class] + int(hash32(t.Code, fmt.Sprint(s))%5)
		}
		out[s] = allocate(quota[s], w)
	}
	return out
}

var branchNames = []string{"东", "西", "南", "北"}

// branchSlot says whether the j-th campus of a sector in a town is a branch campus, and of which position.
func branchSlot(s sector, j int) (int, bool) {
	switch {
	case s == licSchool && j == 3:
		return 0, true
	case s == licPreschool && j == 4:
		return 0, true
	}
	return 0, false
}

// kindFor picks the kind of the j-th campus of a sector in a town of a class.
func kindFor(s sector, class townClass, j int) string {
	switch s {
	case licSchool:
		pattern := map[townClass][]string{
			street:   {"primary", "junior_secondary", "primary", "nine_year", "primary", "complete_secondary", "senior_secondary", "vocational_high", "special_intellectual"},
			town:     {"primary", "junior_secondary", "teaching_point", "primary", "nine_year", "teaching_point", "complete_secondary", "primary"},
			township: {"primary", "teaching_point", "junior_secondary", "teaching_point", "primary"},
		}[class]
		return pattern[j%len(pattern)]
	case licPreschool:
		if j%6 == 5 {
			return "nursery"
		}
		return "kindergarten"
	case unlPreschool:
		if j%3 == 2 {
			return "nursery"
		}
		return "kindergarten"
	default:
		return "primary"
	}
}

// nameSuffix is the usual name ending of a kind.
var nameSuffix = map[string]string{
	"primary":              "小学",
	"teaching_point":       "小学教学点",
	"junior_secondary":     "初级中学",
	"nine_year":            "实验学校",
	"complete_secondary":   "中学",
	"senior_secondary":     "高级中学",
	"vocational_high":      "职业高级中学",
	"special_intellectual": "培智学校",
	"kindergarten":         "幼儿园",
	"nursery":              "托儿所",
}

// campusName names a new school's main campus after its town, numbering repeats (东门小学, 东门第二小学 …).
// Unlicensed ones are named as the registers of the time list them: 看护点 and 外来务工子弟学校.
func campusName(t townPlan, kind string, s sector, seen map[string]int) string {
	suffix := nameSuffix[kind]
	switch {
	case s == unlPreschool && kind == "kindergarten":
		suffix = "家庭看护点"
	case s == unlPreschool:
		suffix = "托管班"
	case s == unlSchool:
		suffix = "外来务工子弟学校"
	}
	seen[suffix]++
	if n := seen[suffix]; n > 1 {
		return fmt.Sprintf("%s第%s%s", t.Stem, numeralZH(n), suffix)
	}
	return t.Stem + suffix
}
