package campus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testNS = uuid.MustParse("6f1d3c4e-8a0b-4c1e-9d2f-000000000001")

// id returns a deterministic UUID for a test name.
func id(name string) uuid.UUID { return uuid.NewSHA1(testNS, []byte(name)) }

var (
	codeProvince = hierarchy.MustParseCode("320000")
	codeCity     = hierarchy.MustParseCode("320500")
	codeDistA    = hierarchy.MustParseCode("320505")
	codeDistB    = hierarchy.MustParseCode("320506")
	codeCounty   = hierarchy.MustParseCode("320581")
	codeTownA1   = hierarchy.MustParseCode("320505001")
	codeTownA2   = hierarchy.MustParseCode("320505100")
	codeTownB1   = hierarchy.MustParseCode("320506001")
	codeTownC1   = hierarchy.MustParseCode("320581100")
	codeTownC2   = hierarchy.MustParseCode("320581200")
	townships    = []hierarchy.Code{codeTownA1, codeTownA2, codeTownB1, codeTownC1, codeTownC2}
)

// testTree is a Jiangsu prefecture with two districts, a county-level city and five townships.
func testTree(t testing.TB) *hierarchy.Tree {
	t.Helper()
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: codeProvince, Name: "江苏省"},
		hierarchy.Jurisdiction{Code: codeCity, Name: "市"},
		hierarchy.Jurisdiction{Code: codeDistA, Name: "甲区"},
		hierarchy.Jurisdiction{Code: codeDistB, Name: "乙区"},
		hierarchy.Jurisdiction{Code: codeCounty, Name: "丙市"},
		hierarchy.Jurisdiction{Code: codeTownA1, Name: "甲一街道"},
		hierarchy.Jurisdiction{Code: codeTownA2, Name: "甲二镇"},
		hierarchy.Jurisdiction{Code: codeTownB1, Name: "乙一街道"},
		hierarchy.Jurisdiction{Code: codeTownC1, Name: "丙一镇"},
		hierarchy.Jurisdiction{Code: codeTownC2, Name: "丙二乡"},
	)
	require.NoError(t, err)
	return tree
}

// smallFixture is a valid register input: a primary school with a branch campus in another district, a
// nine-year school, a coded kindergarten running a nursery campus, and an unlicensed kindergarten.
func smallFixture() ([]School, []Campus) {
	schools := []School{
		{ID: id("s-primary"), Name: "实验小学", Code: MustParseSchoolCode("2132000001")},
		{ID: id("s-nine"), Name: "九年制学校", Code: MustParseSchoolCode("3132000002")},
		{ID: id("s-kg"), Name: "机关幼儿园", Code: MustParseSchoolCode("1132000003")},
		{ID: id("s-unlic"), Name: "无证幼儿园"},
	}
	campuses := []Campus{
		{ID: id("c-primary-main"), School: id("s-primary"), Name: "实验小学本部", Kind: Primary, License: Licensed,
			Locale: LocaleMainUrban, Jurisdiction: codeTownA1, Main: true, Students: 1200, Staff: 80},
		{ID: id("c-primary-branch"), School: id("s-primary"), Name: "实验小学东校区", Kind: Primary,
			License: Licensed, Locale: LocaleUrbanFringe, Jurisdiction: codeTownB1, Students: 600, Staff: 40},
		{ID: id("c-nine"), School: id("s-nine"), Name: "九年制学校", Kind: NineYear, License: Licensed,
			Locale: LocaleTownCentre, Jurisdiction: codeTownC1, Main: true, Boarding: true, Students: 900, Staff: 70},
		{ID: id("c-kg"), School: id("s-kg"), Name: "机关幼儿园", Kind: Kindergarten, License: Licensed,
			Locale: LocaleMainUrban, Jurisdiction: codeTownA1, Main: true, Students: 300, Staff: 30},
		{ID: id("c-kg-nursery"), School: id("s-kg"), Name: "机关幼儿园托儿所", Kind: Nursery, License: Licensed,
			Locale: LocaleMainUrban, Jurisdiction: codeTownA2, Students: 50, Staff: 8},
		{ID: id("c-unlic"), School: id("s-unlic"), Name: "无证幼儿园", Kind: Kindergarten, License: Unlicensed,
			Locale: LocaleVillage, Jurisdiction: codeTownC2, Main: true, Students: 40, Staff: 3},
	}
	return schools, campuses
}

func TestNewRegisterValid(t *testing.T) {
	schools, campuses := smallFixture()
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	assert.Equal(t, 6, r.Len())
	assert.Equal(t, 4, r.NumSchools())
}

func TestNewRegisterAttachedKindergartenClass(t *testing.T) {
	schools, campuses := smallFixture()
	campuses[1].Kind = KindergartenClass // 实验小学's 附设幼儿班, under the primary school's code
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	assert.Equal(t, CampusCount(1), r.CampusCounts().Kind(KindergartenClass))
}

func TestNewRegisterErrors(t *testing.T) {
	type mut func(ss []School, cs []Campus) ([]School, []Campus)
	setCampus := func(i int, f func(*Campus)) mut {
		return func(ss []School, cs []Campus) ([]School, []Campus) { f(&cs[i]); return ss, cs }
	}
	setSchool := func(i int, f func(*School)) mut {
		return func(ss []School, cs []Campus) ([]School, []Campus) { f(&ss[i]); return ss, cs }
	}
	cases := []struct {
		name     string
		mutate   mut
		sentinel error
		names    []string // substrings the message must hold (the item's ID and/or name)
	}{
		{"school nil ID", setSchool(0, func(s *School) { s.ID = uuid.Nil }), ErrNilID,
			[]string{"实验小学", uuid.Nil.String()}},
		{"school duplicate ID", setSchool(1, func(s *School) { s.ID = id("s-primary") }), ErrDuplicateID,
			[]string{"九年制学校", "实验小学", id("s-primary").String()}},
		{"school empty name", setSchool(0, func(s *School) { s.Name = " \t" }), ErrEmptyName,
			[]string{id("s-primary").String()}},
		{"campus nil ID", setCampus(0, func(c *Campus) { c.ID = uuid.Nil }), ErrNilID,
			[]string{"实验小学本部"}},
		{"campus duplicate ID", setCampus(1, func(c *Campus) { c.ID = id("c-primary-main") }), ErrDuplicateID,
			[]string{"实验小学东校区", "实验小学本部", id("c-primary-main").String()}},
		{"campus empty name", setCampus(2, func(c *Campus) { c.Name = "" }), ErrEmptyName,
			[]string{id("c-nine").String()}},
		{"campus invalid kind", setCampus(2, func(c *Campus) { c.Kind = 0 }), ErrInvalidKind,
			[]string{id("c-nine").String(), "九年制学校"}},
		{"campus invalid kind 200", setCampus(2, func(c *Campus) { c.Kind = 200 }), ErrInvalidKind,
			[]string{"200", "九年制学校"}},
		{"campus invalid license", setCampus(3, func(c *Campus) { c.License = 7 }), ErrInvalidLicense,
			[]string{"7", id("c-kg").String()}},
		{"campus invalid locale", setCampus(3, func(c *Campus) { c.Locale = 113 }), ErrInvalidLocale,
			[]string{"113", id("c-kg").String()}},
		{"campus negative students", setCampus(5, func(c *Campus) { c.Students = -1 }), ErrNegativeCount,
			[]string{"-1 students", "无证幼儿园"}},
		{"campus negative staff", setCampus(5, func(c *Campus) { c.Staff = -2 }), ErrNegativeCount,
			[]string{"-2 staff", "无证幼儿园"}},
		{"campus students above MaxPeople", setCampus(5, func(c *Campus) { c.Students = MaxPeople + 1 }), ErrCountTooLarge,
			[]string{"1000001 students", "无证幼儿园"}},
		{"campus staff MaxInt (finding 12)", setCampus(5, func(c *Campus) { c.Staff = math.MaxInt }), ErrCountTooLarge,
			[]string{"staff", "无证幼儿园"}},
		{"campus unknown school", setCampus(1, func(c *Campus) { c.School = id("nowhere") }), ErrUnknownSchool,
			[]string{"实验小学东校区", id("nowhere").String()}},
		{"campus nil school", setCampus(1, func(c *Campus) { c.School = uuid.Nil }), ErrUnknownSchool,
			[]string{"实验小学东校区"}},
		{"school without campus", func(ss []School, cs []Campus) ([]School, []Campus) {
			return append(ss, School{ID: id("s-empty"), Name: "空学校"}), cs
		}, ErrNoCampus, []string{"空学校", id("s-empty").String()}},
		{"school without main campus", setCampus(0, func(c *Campus) { c.Main = false }), ErrNoMainCampus,
			[]string{"实验小学", id("s-primary").String()}},
		{"school with two main campuses", setCampus(1, func(c *Campus) { c.Main = true }), ErrMultipleMainCampuses,
			[]string{"实验小学", "实验小学本部", "实验小学东校区"}},
		{"jurisdiction not in tree", setCampus(4, func(c *Campus) {
			c.Jurisdiction = hierarchy.MustParseCode("320505999")
		}), ErrUnknownJurisdiction, []string{"320505999", "机关幼儿园托儿所"}},
		{"zero jurisdiction", setCampus(4, func(c *Campus) { c.Jurisdiction = hierarchy.Code{} }),
			ErrUnknownJurisdiction, []string{"机关幼儿园托儿所", id("c-kg-nursery").String()}},
		{"duplicate school code", setSchool(3, func(s *School) { s.Code = MustParseSchoolCode("1132000003") }),
			ErrDuplicateSchoolCode, []string{"1132000003", "机关幼儿园", "无证幼儿园"}},
		{"school code province", setSchool(1, func(s *School) { s.Code = MustParseSchoolCode("3133000002") }),
			ErrSchoolCodeProvince, []string{"3133000002", "九年制学校", "320581100"}},
		{"school code kind", setSchool(1, func(s *School) { s.Code = MustParseSchoolCode("2132000002") }),
			ErrSchoolCodeKind, []string{"2132000002", "九年制学校", "nine_year"}},
		{"nursery under a primary code", func(ss []School, cs []Campus) ([]School, []Campus) {
			cs[4].School = id("s-primary")
			return ss, cs
		}, ErrSchoolCodeKind, []string{"2132000001", "机关幼儿园托儿所", "nursery"}},
		{"attached kindergarten class under an adult primary code", func(ss []School, cs []Campus) ([]School, []Campus) {
			ss[0].Code = MustParseSchoolCode("2232000001")
			cs[0].Kind, cs[1].Kind = KindergartenClass, KindergartenClass
			return ss, cs
		}, ErrSchoolCodeKind, []string{"2232000001", "实验小学本部", "kindergarten_class"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			schools, campuses := smallFixture()
			schools, campuses = tc.mutate(schools, campuses)
			r, err := NewRegister(testTree(t), schools, campuses)
			require.Error(t, err)
			assert.Nil(t, r)
			assert.ErrorIs(t, err, tc.sentinel)
			// Find the joined error that wraps the sentinel and check it names the item.
			var hit error
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				if errors.Is(e, tc.sentinel) {
					hit = e
					break
				}
			}
			require.NotNil(t, hit)
			assert.True(t, strings.HasPrefix(hit.Error(), "campus: "), hit.Error())
			for _, s := range tc.names {
				assert.Contains(t, hit.Error(), s)
			}
		})
	}
}

func TestNewRegisterNilTree(t *testing.T) {
	schools, campuses := smallFixture()
	r, err := NewRegister(nil, schools, campuses)
	assert.Nil(t, r)
	require.ErrorIs(t, err, ErrNilTree)
	assert.NotPanics(t, func() { _, _ = NewRegister(nil, nil, nil) })
}

func TestNewRegisterReportsEveryProblem(t *testing.T) {
	schools, campuses := smallFixture()
	schools[3].Name = ""                                            // empty school name
	campuses[0].Kind = 0                                            // invalid kind
	campuses[1].Main = true                                         // two mains for s-primary
	campuses[2].Jurisdiction = hierarchy.MustParseCode("320581300") // unknown jurisdiction
	campuses[5].Staff = -1                                          // negative staff
	_, err := NewRegister(testTree(t), schools, campuses)
	require.Error(t, err)
	errs := err.(interface{ Unwrap() []error }).Unwrap()
	var got []error
	for _, e := range errs {
		for _, s := range []error{ErrEmptyName, ErrInvalidKind, ErrMultipleMainCampuses, ErrUnknownJurisdiction,
			ErrNegativeCount} {
			if errors.Is(e, s) {
				got = append(got, s)
			}
		}
	}
	assert.Equal(t, []error{ErrEmptyName, ErrInvalidKind, ErrUnknownJurisdiction, ErrNegativeCount,
		ErrMultipleMainCampuses}, got, "every problem, in order: schools, campuses, relations")
	// Deterministic: the same input gives the same message.
	_, err2 := NewRegister(testTree(t), schools, campuses)
	assert.Equal(t, err.Error(), err2.Error())
}

func TestNewRegisterCopiesInput(t *testing.T) {
	schools, campuses := smallFixture()
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	campuses[0].Name = "changed"
	schools[0].Name = "changed"
	c, ok := r.Campus(id("c-primary-main"))
	require.True(t, ok)
	assert.Equal(t, "实验小学本部", c.Name)
	s, ok := r.School(id("s-primary"))
	require.True(t, ok)
	assert.Equal(t, "实验小学", s.Name)
	got := r.Schools()
	got[0].Name = "changed"
	assert.NotEqual(t, "changed", r.Schools()[0].Name)
}

func TestRegisterLookups(t *testing.T) {
	tree := testTree(t)
	schools, campuses := smallFixture()
	r, err := NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	assert.Same(t, tree, r.Tree())

	// Dense order: (jurisdiction code, name, ref, ID bytes); Node is the tree index.
	for i := 1; i < r.Len(); i++ {
		a, b := r.At(i-1), r.At(i)
		if c := a.Jurisdiction.Compare(b.Jurisdiction); c == 0 {
			assert.Negative(t, campusCompare(&a, &b))
		} else {
			assert.Negative(t, c)
		}
	}
	for i, c := range r.Campuses() {
		n, ok := tree.Index(c.Jurisdiction)
		require.True(t, ok)
		assert.Equal(t, n, r.Node(i))
		j, ok := r.IndexOf(c.ID)
		require.True(t, ok)
		assert.Equal(t, i, j)
		got, ok := r.Campus(c.ID)
		require.True(t, ok)
		assert.Equal(t, c, got)
		assert.Equal(t, c.School, r.SchoolOf(i).ID)
	}
	_, ok := r.IndexOf(id("nope"))
	assert.False(t, ok)
	_, ok = r.Campus(id("nope"))
	assert.False(t, ok)

	// Schools sorted by ID bytes.
	ss := r.Schools()
	require.Len(t, ss, 4)
	assert.True(t, slices.IsSortedFunc(ss, func(a, b School) int { return bytes.Compare(a.ID[:], b.ID[:]) }))
	s, ok := r.School(id("s-kg"))
	require.True(t, ok)
	assert.Equal(t, "机关幼儿园", s.Name)
	_, ok = r.School(id("nope"))
	assert.False(t, ok)

	names := func(cs []Campus) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	// The branch (320506001) sorts after the main campus (320505001).
	assert.Equal(t, []string{"实验小学本部", "实验小学东校区"}, names(r.CampusesOf(id("s-primary"))))
	assert.Equal(t, []string{"机关幼儿园", "机关幼儿园托儿所"}, names(r.CampusesOf(id("s-kg"))))
	assert.Nil(t, r.CampusesOf(id("nope")))
	m, ok := r.MainCampus(id("s-kg"))
	require.True(t, ok)
	assert.Equal(t, "机关幼儿园", m.Name)
	_, ok = r.MainCampus(id("nope"))
	assert.False(t, ok)

	// In: descendants included, dense order.
	assert.Len(t, r.In(codeCity), 6)
	assert.Len(t, r.In(codeProvince), 6)
	assert.Len(t, r.In(codeDistA), 3)
	assert.Len(t, r.In(codeTownA1), 2)
	assert.Equal(t, []string{"机关幼儿园托儿所"}, names(r.In(codeTownA2)))
	assert.Equal(t, []string{"实验小学东校区"}, names(r.In(codeDistB)))
	assert.Len(t, r.In(codeCounty), 2)
	assert.Nil(t, r.In(hierarchy.MustParseCode("320581300")))
	// The zero code is the whole register, as everywhere in the library.
	assert.Len(t, r.In(hierarchy.Code{}), r.Len())
	zlo, zhi := r.Range(hierarchy.Code{})
	assert.Equal(t, [2]int{0, r.Len()}, [2]int{zlo, zhi})
	all, ok := r.CampusCountsByJurisdiction().Get(hierarchy.Code{})
	require.True(t, ok)
	assert.Equal(t, r.CampusCounts(), all)
	lo, hi := r.Range(codeCounty)
	assert.Equal(t, 2, hi-lo)
	for i := lo; i < hi; i++ {
		assert.True(t, codeCounty.Contains(r.At(i).Jurisdiction))
	}
	// Early exit of the iterator.
	n := 0
	for range r.Campuses() {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestZeroRegister(t *testing.T) {
	var r Register
	assert.Equal(t, 0, r.Len())
	assert.Nil(t, r.In(codeCity))
	assert.True(t, r.CampusCounts().IsZero())
	assert.Equal(t, 0, r.CampusCountsByJurisdiction().Len())
	assert.Equal(t, 0, r.SchoolCountsByJurisdiction().Len())
	_, ok := r.CampusCountsByJurisdiction().Get(codeCity)
	assert.False(t, ok)
}

func TestRegisterConcurrentReaders(t *testing.T) {
	r := report2012(t)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < r.Len(); i += 97 {
				c := r.At(i)
				j, ok := r.IndexOf(c.ID)
				assert.True(t, ok)
				assert.Equal(t, i, j)
				_ = r.CampusesOf(c.School)
			}
			assert.Equal(t, CampusCount(1935), r.CampusCountsByJurisdiction().At(0).Total())
			assert.Equal(t, SchoolCount(1909), r.SchoolCounts().Total())
			assert.Len(t, r.In(codeCity), 1935)
		}()
	}
	wg.Wait()
}

func TestSchoolAndCampusJSON(t *testing.T) {
	schools, campuses := smallFixture()
	for _, s := range schools {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var got School
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, s, got)
	}
	b, err := json.Marshal(schools[3])
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"`+id("s-unlic").String()+`","name":"无证幼儿园"}`, string(b), "a zero code is omitted")
	b, err = json.Marshal(schools[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"`+id("s-primary").String()+`","name":"实验小学","code":"2132000001"}`, string(b))

	for _, c := range campuses {
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var got Campus
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, c, got)
	}
	b, err = json.Marshal(campuses[2])
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"`+id("c-nine").String()+`","school":"`+id("s-nine").String()+`","name":"九年制学校",
		"kind":"nine_year","license":"licensed","locale":"town_centre","jurisdiction":"320581100",
		"main":true,"boarding":true,"students":900,"staff":70}`, string(b))

	var c Campus
	err = json.Unmarshal([]byte(withField(validCampusJSON, "kind", `"university"`)), &c)
	require.ErrorIs(t, err, ErrInvalidKind)
	assert.Contains(t, err.Error(), `"university"`)
	err = json.Unmarshal([]byte(withField(validCampusJSON, "license", `"有证"`)), &c)
	require.ErrorIs(t, err, ErrInvalidLicense)
	assert.Contains(t, err.Error(), `"有证"`)
	err = json.Unmarshal([]byte(withField(validCampusJSON, "locale", `"999"`)), &c)
	require.ErrorIs(t, err, ErrInvalidLocale)
	var s School
	err = json.Unmarshal([]byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","name":"n","code":"2199000001"}`), &s)
	require.ErrorIs(t, err, ErrInvalidSchoolCode)
	assert.Contains(t, err.Error(), "2199000001")
	_, err = json.Marshal(Campus{Kind: 99})
	require.ErrorIs(t, err, ErrInvalidKind)
	assert.Contains(t, err.Error(), "99")
}

func TestValidateAlone(t *testing.T) {
	schools, campuses := smallFixture()
	for _, s := range schools {
		assert.NoError(t, s.Validate())
	}
	for _, c := range campuses {
		assert.NoError(t, c.Validate())
	}
	err := Campus{}.Validate()
	for _, s := range []error{ErrNilID, ErrUnknownSchool, ErrEmptyName, ErrInvalidKind, ErrInvalidLicense,
		ErrInvalidLocale, ErrUnknownJurisdiction} {
		assert.ErrorIs(t, err, s)
	}
	assert.NotErrorIs(t, err, ErrNegativeCount)
	err = School{}.Validate()
	assert.ErrorIs(t, err, ErrNilID)
	assert.ErrorIs(t, err, ErrEmptyName)
	assert.Equal(t, GroupSchool, campuses[2].Group())
	assert.Equal(t, GroupPreschool, campuses[4].Group())
}

// TestNewRegisterEveryKindCode loads a register holding one school of every supported 办学类型代码, each campus
// read from its MOE code (as a real register exchanges it) by ParseKindCode and decoded from JSON by its stable
// id, plus an attached class registered under its host school's code.
func TestNewRegisterEveryKindCode(t *testing.T) {
	var schools []School
	var campuses []Campus
	for i, k := range Values[Kind]() {
		if k.Code() == "" {
			continue
		}
		sid := id("school-" + k.Code())
		schools = append(schools, School{ID: sid, Name: k.Name(rate.Chinese),
			Code: MustParseSchoolCode(fmt.Sprintf("%s32%06d", k.Category().Code(), i))})
		byCode, err := ParseKindCode(k.Code())
		require.NoError(t, err, k.Code())
		require.Equal(t, k, byCode)
		var c Campus
		doc := fmt.Sprintf(`{"id":%q,"school":%q,"name":%q,"kind":%q,"license":"licensed","locale":"main_urban",`+
			`"jurisdiction":"320505001","main":true,"boarding":false,"students":100,"staff":10}`, id("campus-"+k.Code()), sid, k.Name(rate.Chinese), byCode)
		require.NoError(t, json.Unmarshal([]byte(doc), &c), k.Code())
		require.Equal(t, k, c.Kind)
		campuses = append(campuses, c)
	}
	// 附设小学班 under a junior secondary school's code.
	campuses = append(campuses, Campus{ID: id("campus-219-hosted"), School: id("school-311"), Name: "附设小学班",
		Kind: AttachedPrimaryClass, License: Licensed, Locale: LocaleMainUrban, Jurisdiction: codeTownA1,
		Students: 40, Staff: 3})
	r, err := NewRegister(testTree(t), schools, campuses)
	require.NoError(t, err)
	assert.Equal(t, len(kindCases)-1+1, r.Len(), "one campus per code plus the hosted class")
	for _, tc := range kindCases {
		if tc.code == "" {
			continue
		}
		want := CampusCount(1)
		if tc.kind == AttachedPrimaryClass {
			want = 2
		}
		assert.Equal(t, want, r.CampusCounts().Kind(tc.kind), tc.code)
	}
}
