package campus

import (
	"fmt"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// report2012Input builds a register input reproducing the 2012 report's figures: 1935 campuses = 800 中小学 +
// 1135 幼托 = 1396 licensed + 539 unlicensed. The report gives only those totals; the split below (every
// 中小学 campus licensed, the kinds, the 26 branch campuses) is this fixture's choice. Campus n sits in
// township n mod 5 and has locale n mod 7; a branch sits in the next township after its main campus.
func report2012Input() ([]School, []Campus) {
	var schools []School
	var campuses []Campus
	seq := 0
	add := func(k Kind, l License, n, branches int) {
		first := len(schools)
		for i := 0; i < n-branches; i++ {
			seq++
			s := School{ID: id(fmt.Sprintf("school-%d", seq)), Name: fmt.Sprintf("%s%d", k.Name(rate.Chinese), seq)}
			if l == Licensed {
				cat := k.Category()
				if k == Nursery {
					cat = CategoryKindergarten
				}
				s.Code = MustParseSchoolCode(fmt.Sprintf("%02d32%06d", cat, seq))
			}
			schools = append(schools, s)
			at := len(campuses)
			campuses = append(campuses, Campus{ID: id(fmt.Sprintf("campus-%d", at)), School: s.ID, Name: s.Name,
				Kind: k, License: l, Locale: Values[Locale]()[at%7], Jurisdiction: townships[at%5], Main: true,
				Students: 100 + at, Staff: 10})
		}
		for b := 0; b < branches; b++ {
			s := schools[first+b]
			at := len(campuses)
			campuses = append(campuses, Campus{ID: id(fmt.Sprintf("campus-%d", at)), School: s.ID,
				Name: s.Name + "分校区", Kind: k, License: l, Locale: Values[Locale]()[at%7], Jurisdiction: townships[at%5],
				Students: 50, Staff: 5})
		}
	}
	// 中小学: 800 campuses, all licensed.
	add(Primary, Licensed, 500, 20)
	add(TeachingPoint, Licensed, 50, 0)
	add(JuniorSecondary, Licensed, 150, 0)
	add(NineYear, Licensed, 40, 0)
	add(CompleteSecondary, Licensed, 30, 0)
	add(SeniorSecondary, Licensed, 20, 0)
	add(TwelveYear, Licensed, 5, 0)
	add(VocationalHigh, Licensed, 3, 0)
	add(SpecialIntellectual, Licensed, 2, 0)
	// 幼托: 1135 campuses, 596 licensed and 539 unlicensed.
	add(KindergartenClass, Licensed, 35, 0)
	add(Kindergarten, Licensed, 561, 6)
	add(Kindergarten, Unlicensed, 439, 0)
	add(Nursery, Unlicensed, 100, 0)
	return schools, campuses
}

func report2012(t testing.TB) *Register {
	t.Helper()
	schools, campuses := report2012Input()
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	return r
}

func TestReport2012CampusCounts(t *testing.T) {
	r := report2012(t)
	n := r.CampusCounts()
	assert.Equal(t, 1935, r.Len())
	assert.Equal(t, CampusCount(1935), n.Total())
	assert.Equal(t, CampusCount(800), n.Group(GroupSchool))
	assert.Equal(t, CampusCount(1135), n.Group(GroupPreschool))
	assert.Equal(t, CampusCount(1396), n.License(Licensed))
	assert.Equal(t, CampusCount(539), n.License(Unlicensed))
	assert.Equal(t, CampusCount(800), n.GroupLicense(GroupSchool, Licensed))
	assert.Equal(t, CampusCount(0), n.GroupLicense(GroupSchool, Unlicensed))
	assert.Equal(t, CampusCount(596), n.GroupLicense(GroupPreschool, Licensed))
	assert.Equal(t, CampusCount(539), n.GroupLicense(GroupPreschool, Unlicensed))
	assert.Equal(t, CampusCount(0), n.Group(0))
	assert.Equal(t, CampusCount(0), n.License(0))
	assert.Equal(t, CampusCount(0), n.GroupLicense(GroupSchool, 0))

	wantKind := map[Kind]CampusCount{Primary: 500, TeachingPoint: 50, JuniorSecondary: 150, NineYear: 40,
		CompleteSecondary: 30, SeniorSecondary: 20, TwelveYear: 5, VocationalHigh: 3, SpecialIntellectual: 2,
		KindergartenClass: 35, Kindergarten: 1000, Nursery: 100}
	var kinds []Kind
	var sum CampusCount
	for k, v := range n.ByKind() {
		kinds = append(kinds, k)
		assert.Equal(t, wantKind[k], v, k.String())
		assert.Equal(t, v, n.Kind(k))
		sum += v
	}
	assert.Equal(t, Values[Kind](), kinds)
	assert.Equal(t, n.Total(), sum)
	assert.Equal(t, CampusCount(0), n.Kind(0))

	wantStage := []CampusCount{1135, 595, 225, 55, 3, 2} // preschool, primary, junior, senior, vocational, special
	var stages []Stage
	sum = 0
	for s, v := range n.ByStage() {
		stages = append(stages, s)
		assert.Equal(t, wantStage[s-1], v, s.String())
		assert.Equal(t, v, n.Stage(s))
		sum += v
	}
	assert.Equal(t, Values[Stage](), stages)
	assert.Equal(t, CampusCount(2015), sum, "multi-stage campuses count under each of their stages")
	assert.Equal(t, CampusCount(0), n.Stage(0))

	wantLocale := map[Locale]CampusCount{}
	for _, c := range r.campuses {
		wantLocale[c.Locale]++
	}
	var locales []Locale
	sum = 0
	for l, v := range n.ByLocale() {
		locales = append(locales, l)
		assert.Equal(t, wantLocale[l], v, l.String())
		assert.Equal(t, v, n.Locale(l))
		sum += v
	}
	assert.Equal(t, Values[Locale](), locales)
	assert.Equal(t, n.Total(), sum)
	assert.Equal(t, CampusCount(277), n.Locale(LocaleMainUrban)) // 1935 = 7×276 + 3
	assert.Equal(t, CampusCount(276), n.Locale(LocaleVillage))
	assert.Equal(t, CampusCount(277*3+276*2), n.Urban())
	assert.Equal(t, CampusCount(0), n.Locale(0))

	var cells []GroupLicense
	var cellVals []CampusCount
	for gl, v := range n.ByGroupLicense() {
		cells = append(cells, gl)
		cellVals = append(cellVals, v)
	}
	assert.Equal(t, []GroupLicense{{GroupSchool, Licensed}, {GroupSchool, Unlicensed},
		{GroupPreschool, Licensed}, {GroupPreschool, Unlicensed}}, cells)
	assert.Equal(t, []CampusCount{800, 0, 596, 539}, cellVals)
	var groups []CampusCount
	for _, v := range n.ByGroup() {
		groups = append(groups, v)
	}
	assert.Equal(t, []CampusCount{800, 1135}, groups)
	var lics []CampusCount
	for _, v := range n.ByLicense() {
		lics = append(lics, v)
	}
	assert.Equal(t, []CampusCount{1396, 539}, lics)
}

func TestReport2012SchoolCounts(t *testing.T) {
	r := report2012(t)
	n := r.SchoolCounts()
	assert.Equal(t, 1909, r.NumSchools(), "26 schools have a branch campus")
	assert.Equal(t, SchoolCount(1909), n.Total())
	assert.Less(t, int(n.Total()), int(r.CampusCounts().Total()))
	assert.Equal(t, SchoolCount(780), n.Group(GroupSchool))
	assert.Equal(t, SchoolCount(1129), n.Group(GroupPreschool))
	assert.Equal(t, SchoolCount(1370), n.License(Licensed))
	assert.Equal(t, SchoolCount(539), n.License(Unlicensed))
	assert.Equal(t, SchoolCount(780), n.GroupLicense(GroupSchool, Licensed))
	assert.Equal(t, SchoolCount(0), n.GroupLicense(GroupSchool, Unlicensed))
	assert.Equal(t, SchoolCount(590), n.GroupLicense(GroupPreschool, Licensed))
	assert.Equal(t, SchoolCount(539), n.GroupLicense(GroupPreschool, Unlicensed))
	wantKind := map[Kind]SchoolCount{Primary: 480, TeachingPoint: 50, JuniorSecondary: 150, NineYear: 40,
		CompleteSecondary: 30, SeniorSecondary: 20, TwelveYear: 5, VocationalHigh: 3, SpecialIntellectual: 2,
		KindergartenClass: 35, Kindergarten: 994, Nursery: 100}
	for k, v := range n.ByKind() {
		assert.Equal(t, wantKind[k], v, k.String())
	}
	wantStage := []SchoolCount{1129, 575, 225, 55, 3, 2}
	for s, v := range n.ByStage() {
		assert.Equal(t, wantStage[s-1], v, s.String())
	}
	// Locales of schools are their main campuses'.
	wantLocale := map[Locale]SchoolCount{}
	for _, s := range r.Schools() {
		m, ok := r.MainCampus(s.ID)
		require.True(t, ok)
		wantLocale[m.Locale]++
	}
	var sum SchoolCount
	for l, v := range n.ByLocale() {
		assert.Equal(t, wantLocale[l], v, l.String())
		sum += v
	}
	assert.Equal(t, n.Total(), sum)
}

func TestReport2012ByJurisdiction(t *testing.T) {
	r := report2012(t)
	tree := r.Tree()
	cj := r.CampusCountsByJurisdiction()
	sj := r.SchoolCountsByJurisdiction()
	require.Equal(t, tree.Len(), cj.Len())
	require.Equal(t, tree.Len(), sj.Len())

	for _, code := range []hierarchy.Code{codeProvince, codeCity} {
		c, ok := cj.Get(code)
		require.True(t, ok)
		assert.Equal(t, r.CampusCounts(), c, code.String())
		s, ok := sj.Get(code)
		require.True(t, ok)
		assert.Equal(t, r.SchoolCounts(), s, code.String())
	}
	// Campuses: townships round-robin, 1935 = 5×387.
	for _, tw := range townships {
		c, _ := cj.Get(tw)
		assert.Equal(t, CampusCount(387), c.Total(), tw.String())
	}
	c, _ := cj.Get(codeDistA)
	assert.Equal(t, CampusCount(774), c.Total())
	c, _ = cj.Get(codeDistB)
	assert.Equal(t, CampusCount(387), c.Total())
	c, _ = cj.Get(codeCounty)
	assert.Equal(t, CampusCount(774), c.Total())
	_, ok := cj.Get(hierarchy.MustParseCode("320581300"))
	assert.False(t, ok)

	// Every level agrees with an independent count: campuses via In, schools via their main campus.
	var visited int
	for j, got := range cj.All() {
		i, ok := tree.Index(j.Code)
		require.True(t, ok)
		assert.Equal(t, got, cj.At(i))
		var want CampusCounts
		for _, cam := range r.In(j.Code) {
			want.add(cam)
		}
		assert.Equal(t, want, got, j.Code.String())
		visited++
	}
	assert.Equal(t, tree.Len(), visited)
	for j, got := range sj.All() {
		var want SchoolCounts
		for _, s := range r.Schools() {
			m, _ := r.MainCampus(s.ID)
			if j.Code.Contains(m.Jurisdiction) {
				want.add(m)
			}
		}
		assert.Equal(t, want, got, j.Code.String())
	}
	// A township's schools differ from its campuses: branches sit in the next township.
	var diff bool
	for _, tw := range townships {
		c, _ := cj.Get(tw)
		s, _ := sj.Get(tw)
		if int(c.Total()) != int(s.Total()) {
			diff = true
		}
	}
	assert.True(t, diff)
	// Early exit.
	n := 0
	for range cj.All() {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestCountsMerge(t *testing.T) {
	_, campuses := smallFixture()
	var a, b, all CampusCounts
	for i, c := range campuses {
		all.add(c)
		if i%2 == 0 {
			a.add(c)
		} else {
			b.add(c)
		}
	}
	assert.Equal(t, all, a.Merge(b))
	assert.Equal(t, all, b.Merge(a))
	assert.Equal(t, all, all.Merge(CampusCounts{}))
	assert.True(t, CampusCounts{}.IsZero())
	assert.False(t, all.IsZero())
	assert.Equal(t, CampusCount(6), all.Total())
	assert.Equal(t, CampusCount(3), all.Stage(StagePreschool))
	assert.Equal(t, CampusCount(3), all.Stage(StagePrimary))
	assert.Equal(t, CampusCount(1), all.Stage(StageJuniorSecondary))
}

func TestSmallRegisterCounts(t *testing.T) {
	schools, campuses := smallFixture()
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	c, s := r.CampusCounts(), r.SchoolCounts()
	assert.Equal(t, CampusCount(6), c.Total())
	assert.Equal(t, SchoolCount(4), s.Total())
	// The kindergarten's nursery campus counts as a nursery campus, but the school is a kindergarten.
	assert.Equal(t, CampusCount(1), c.Kind(Nursery))
	assert.Equal(t, SchoolCount(0), s.Kind(Nursery))
	assert.Equal(t, SchoolCount(2), s.Kind(Kindergarten))
	// The primary school's branch is in district B: a campus there, but no school.
	cb, _ := r.CampusCountsByJurisdiction().Get(codeDistB)
	sb, _ := r.SchoolCountsByJurisdiction().Get(codeDistB)
	assert.Equal(t, CampusCount(1), cb.Total())
	assert.Equal(t, SchoolCount(0), sb.Total())
}
