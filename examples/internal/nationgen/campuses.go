package nationgen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/campussec/campussec/campus"
	"github.com/google/uuid"
)

// kindShare is the share of a kind among new schools, per 100,000, in urban (城镇) and rural (乡村) places.
type kindShare struct {
	kind         campus.Kind
	urban, rural int
	// students is the typical range of pupils on a campus of the kind.
	studentsLo, studentsHi int
	suffix                 string // the end of a campus's name
}

// kindShares gives about half kindergartens and nurseries (幼托) nationally, teaching points only in rural places,
// and the rarer kinds (vocational, special, reform) mostly in towns and cities. Each column adds up to 100,000.
var kindShares = []kindShare{
	{campus.Kindergarten, 45000, 44430, 40, 420, "幼儿园"},
	{campus.KindergartenClass, 800, 2500, 15, 60, "附设幼儿班"},
	{campus.Nursery, 5200, 2500, 20, 150, "托育园"},
	{campus.Primary, 25500, 21200, 150, 2600, "小学"},
	{campus.TeachingPoint, 0, 15500, 5, 80, "教学点"},
	{campus.JuniorSecondary, 9400, 7200, 250, 2200, "初级中学"},
	{campus.NineYear, 3600, 3400, 300, 2400, "九年一贯制学校"},
	{campus.CompleteSecondary, 2200, 700, 800, 3500, "中学"},
	{campus.SeniorSecondary, 4000, 1300, 600, 3800, "高级中学"},
	{campus.TwelveYear, 500, 100, 800, 4000, "十二年一贯制学校"},
	{campus.SecondaryVocational, 900, 250, 300, 4000, "职业学校"},
	{campus.SecondaryTechnical, 500, 150, 300, 3000, "中等技术学校"},
	{campus.SecondaryNormal, 120, 30, 300, 2500, "师范学校"},
	{campus.AdultSecondarySpecialized, 180, 40, 100, 1200, "成人中专"},
	{campus.VocationalHigh, 700, 250, 300, 3000, "职业高中"},
	{campus.SkilledWorker, 500, 100, 300, 4000, "技工学校"},
	{campus.Reform, 30, 10, 30, 200, "工读学校"},
	{campus.SpecialBlind, 50, 20, 30, 200, "盲人学校"},
	{campus.SpecialDeaf, 80, 30, 30, 250, "聋人学校"},
	{campus.SpecialIntellectual, 650, 250, 30, 300, "培智学校"},
	{campus.SpecialOther, 90, 40, 30, 250, "特殊教育学校"},
}

// unlicensedPerMille is the share of unlicensed (无证) campuses by kind, per thousand.
func unlicensedPerMille(k campus.Kind) int {
	switch k {
	case campus.Kindergarten:
		return 70
	case campus.KindergartenClass:
		return 120
	case campus.Nursery:
		return 280
	}
	return 4
}

// localeOf draws the urban–rural class of a place in a township of the given class.
func localeOf(r *rand.Rand, c TownshipClass) campus.Locale {
	x := r.IntN(100)
	switch c {
	case Street:
		if x < 72 {
			return campus.LocaleMainUrban
		}
		return campus.LocaleUrbanFringe
	case Town:
		switch {
		case x < 45:
			return campus.LocaleTownCentre
		case x < 70:
			return campus.LocaleTownFringe
		case x < 72:
			return campus.LocaleSpecialArea
		}
		return campus.LocaleVillage
	case Xiang:
		if x < 40 {
			return campus.LocaleTownshipCentre
		}
		return campus.LocaleVillage
	}
	return campus.LocaleSpecialArea
}

// townshipWeight is the relative density of campuses in a township of the class.
func townshipWeight(c TownshipClass) float64 {
	switch c {
	case Street:
		return 3
	case Town:
		return 2
	case Xiang:
		return 1
	}
	return 0.5
}

// newID draws a random (version 4) UUID from r.
func newID(r *rand.Rand) uuid.UUID {
	var id uuid.UUID
	a, b := r.Uint64(), r.Uint64()
	for i := range 8 {
		id[i] = byte(a >> (8 * i))
		id[8+i] = byte(b >> (8 * i))
	}
	id[6] = id[6]&0x0f | 0x40
	id[8] = id[8]&0x3f | 0x80
	return id
}

// campusGen draws campuses over the townships of a tree.
type campusGen struct {
	r         *rand.Rand
	townships []Township
	counties  []County
	cum       []float64 // cumulative township weights
	seq       map[[2]int]int
	schools   []campus.School
	campuses  []campus.Campus
}

func newCampusGen(r *rand.Rand, townships []Township, counties []County) *campusGen {
	// A township's weight is its province's population spread over the province's townships by class.
	provWeight := make([]float64, len(provinces))
	for _, t := range townships {
		provWeight[t.province] += townshipWeight(t.Class)
	}
	cum := make([]float64, len(townships))
	sum := 0.0
	for i, t := range townships {
		sum += provinces[t.province].population * townshipWeight(t.Class) / provWeight[t.province]
		cum[i] = sum
	}
	return &campusGen{r: r, townships: townships, counties: counties, cum: cum, seq: map[[2]int]int{}}
}

func (g *campusGen) pickTownship() int {
	x := g.r.Float64() * g.cum[len(g.cum)-1]
	i := sort.SearchFloat64s(g.cum, x)
	return min(i, len(g.cum)-1)
}

func (g *campusGen) pickKind(l campus.Locale) kindShare {
	x := g.r.IntN(100000)
	for _, ks := range kindShares {
		w := ks.rural
		if l.Urban() {
			w = ks.urban
		}
		if x < w {
			return ks
		}
		x -= w
	}
	return kindShares[0]
}

// students draws a campus size, log-uniform in the kind's range.
func (g *campusGen) students(ks kindShare) int {
	lo, hi := math.Log(float64(ks.studentsLo)), math.Log(float64(ks.studentsHi))
	return int(math.Exp(lo + g.r.Float64()*(hi-lo)))
}

func staffFor(k campus.Kind, students int) int {
	ratio := 14
	switch k.Group() {
	case campus.GroupPreschool:
		ratio = 8
	default:
		if k >= campus.SpecialBlind && k <= campus.SpecialOther {
			ratio = 3
		}
	}
	return students/ratio + 2
}

// schoolCode gives a licensed school of a kind with a MOE category a 学校标识码 in its province.
func (g *campusGen) schoolCode(k campus.Kind, province int) campus.SchoolCode {
	cat := k.Category()
	if !cat.IsValid() {
		return campus.SchoolCode{}
	}
	key := [2]int{int(cat), province}
	g.seq[key]++
	return campus.MustParseSchoolCode(fmt.Sprintf("%02d%02d%06d", int(cat), province, g.seq[key]))
}

var branchNames = []string{"东校区", "西校区", "南校区", "北校区", "新校区", "分校区"}

// generate draws n campuses: a school with its main campus at a time, and now and then one or two branch
// campuses (校区) in the same county-level unit.
func (g *campusGen) generate(n int) {
	g.schools = make([]campus.School, 0, n)
	g.campuses = make([]campus.Campus, 0, n)
	for len(g.campuses) < n {
		ti := g.pickTownship()
		t := g.townships[ti]
		loc := localeOf(g.r, t.Class)
		ks := g.pickKind(loc)
		license := campus.Licensed
		if g.r.IntN(1000) < unlicensedPerMille(ks.kind) {
			license = campus.Unlicensed
		}
		id := newID(g.r)
		name := placeName(g.r) + ks.suffix
		if g.r.IntN(3) == 0 {
			name = placeName(g.r) + t.Class.suffix() + name
		}
		var code campus.SchoolCode
		if license == campus.Licensed && ks.kind != campus.KindergartenClass && ks.kind != campus.Nursery {
			code = g.schoolCode(ks.kind, t.Code.Province())
		}
		g.schools = append(g.schools, campus.School{ID: id, Name: name, Code: code})
		g.addCampus(id, name, ks, license, loc, t, true)
		// About 3 % of licensed schools (not attached classes or teaching points) have branch campuses.
		if license == campus.Unlicensed || ks.kind == campus.KindergartenClass || ks.kind == campus.TeachingPoint {
			continue
		}
		branches := 0
		if x := g.r.IntN(1000); x < 30 {
			branches = 1
			if x < 5 {
				branches = 2
			}
		}
		cty := g.counties[t.County]
		for b := 0; b < branches && len(g.campuses) < n; b++ {
			bt := g.townships[cty.Townships[0]+g.r.IntN(cty.Townships[1]-cty.Townships[0])]
			g.addCampus(id, name+branchNames[g.r.IntN(len(branchNames))], ks, license, localeOf(g.r, bt.Class), bt, false)
		}
	}
}

func (g *campusGen) addCampus(school uuid.UUID, name string, ks kindShare, license campus.License, loc campus.Locale, t Township, main bool) {
	students := g.students(ks)
	boarding := false
	if ks.kind.Group() == campus.GroupSchool && !loc.Urban() && ks.kind != campus.TeachingPoint {
		boarding = g.r.IntN(100) < 45
	} else if ks.kind.Group() == campus.GroupSchool && ks.kind != campus.Primary && ks.kind != campus.TeachingPoint {
		boarding = g.r.IntN(100) < 20
	}
	g.campuses = append(g.campuses, campus.Campus{
		ID:           newID(g.r),
		School:       school,
		Name:         name,
		Kind:         ks.kind,
		License:      license,
		Locale:       loc,
		Jurisdiction: t.Code,
		Main:         main,
		Boarding:     boarding,
		Students:     students,
		Staff:        staffFor(ks.kind, students),
	})
}
