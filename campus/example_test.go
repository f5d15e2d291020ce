package campus_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

var ns = uuid.MustParse("6f1d3c4e-8a0b-4c1e-9d2f-0000000000aa")

// exampleRegister builds a small register: a primary school with a branch campus in another township, and an
// unlicensed kindergarten without a school code.
func exampleRegister() (*campus.Register, error) {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "甲区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "甲一街道"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505100"), Name: "甲二镇"},
	)
	if err != nil {
		return nil, err
	}
	primary := uuid.NewSHA1(ns, []byte("实验小学"))
	kg := uuid.NewSHA1(ns, []byte("无证幼儿园"))
	schools := []campus.School{
		{ID: primary, Name: "实验小学", Code: campus.MustParseSchoolCode("2132000001")},
		{ID: kg, Name: "无证幼儿园"},
	}
	campuses := []campus.Campus{
		{ID: uuid.NewSHA1(ns, []byte("本部")), School: primary, Name: "实验小学本部", Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleMainUrban,
			Jurisdiction: hierarchy.MustParseCode("320505001"), Main: true, Students: 1200, Staff: 80},
		{ID: uuid.NewSHA1(ns, []byte("东校区")), School: primary, Name: "实验小学东校区", Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleTownCentre,
			Jurisdiction: hierarchy.MustParseCode("320505100"), Students: 600, Staff: 40},
		{ID: uuid.NewSHA1(ns, []byte("幼儿园")), School: kg, Name: "无证幼儿园", Kind: campus.Kindergarten,
			License: campus.Unlicensed, Locale: campus.LocaleTownCentre,
			Jurisdiction: hierarchy.MustParseCode("320505100"), Main: true, Students: 40, Staff: 3},
	}
	return campus.NewRegister(tree, schools, campuses)
}

func ExampleNewRegister() {
	r, err := exampleRegister()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("campuses:", r.Len(), "schools:", r.NumSchools())
	// Dense order: jurisdiction code, then ID bytes.
	for i, c := range r.Campuses() {
		fmt.Println(i, c.Jurisdiction, c.Name, c.Kind.Name(rate.Chinese), c.License.Name(rate.Chinese))
	}
	// Output:
	// campuses: 3 schools: 2
	// 0 320505001 实验小学本部 小学 有证
	// 1 320505100 实验小学东校区 小学 有证
	// 2 320505100 无证幼儿园 幼儿园 无证
}

func ExampleNewRegister_errors() {
	tree, _ := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "甲区"})
	school := campus.School{ID: uuid.NewSHA1(ns, []byte("s")), Name: "中学", Code: campus.MustParseSchoolCode("2132000009")}
	c := campus.Campus{ID: uuid.NewSHA1(ns, []byte("c")), School: school.ID, Name: "中学本部", Kind: campus.JuniorSecondary,
		License: campus.Licensed, Locale: campus.LocaleVillage, Jurisdiction: hierarchy.MustParseCode("320581"),
		Students: -5}
	_, err := campus.NewRegister(tree, []campus.School{school}, []campus.Campus{c})
	for _, sentinel := range []error{campus.ErrNegativeCount, campus.ErrUnknownJurisdiction,
		campus.ErrNoMainCampus, campus.ErrSchoolCodeKind} {
		fmt.Println(errors.Is(err, sentinel))
	}
	// Output:
	// true
	// true
	// true
	// true
}

func ExampleRegister_CampusCounts() {
	r, err := exampleRegister()
	if err != nil {
		fmt.Println(err)
		return
	}
	campuses, schools := r.CampusCounts(), r.SchoolCounts()
	fmt.Println("campuses:", campuses.Total(), "schools:", schools.Total())
	for gl, n := range campuses.ByGroupLicense() {
		fmt.Printf("%s %s: %d campuses\n", gl.Group.Name(rate.Chinese), gl.License.Name(rate.Chinese), n)
	}
	fmt.Println("primary-stage campuses:", campuses.Stage(campus.StagePrimary))
	fmt.Println("primary-stage schools:", schools.Stage(campus.StagePrimary))
	// Output:
	// campuses: 3 schools: 2
	// 中小学 有证: 2 campuses
	// 中小学 无证: 0 campuses
	// 幼托 有证: 0 campuses
	// 幼托 无证: 1 campuses
	// primary-stage campuses: 2
	// primary-stage schools: 1
}

func ExampleRegister_CampusCountsByJurisdiction() {
	r, err := exampleRegister()
	if err != nil {
		fmt.Println(err)
		return
	}
	schools := r.SchoolCountsByJurisdiction()
	for j, n := range r.CampusCountsByJurisdiction().All() {
		s, _ := schools.Get(j.Code)
		fmt.Printf("%-9s %s: %d campuses, %d schools\n", j.Code, j.Name, n.Total(), s.Total())
	}
	// Output:
	// 320500    市: 3 campuses, 2 schools
	// 320505    甲区: 3 campuses, 2 schools
	// 320505001 甲一街道: 1 campuses, 1 schools
	// 320505100 甲二镇: 2 campuses, 1 schools
}

func ExampleParseKind() {
	for _, s := range []string{"nine_year", "nursery"} {
		k, _ := campus.ParseKind(s)
		fmt.Printf("%s %q %s %s %v\n", k, k.Code(), k.Name(rate.Chinese), k.Group().Name(rate.Chinese), k.Stages())
	}
	// ParseKind reads stable ids only; a code or a label has its own function.
	_, err := campus.ParseKind("345")
	fmt.Println(err)
	// Output:
	// nine_year "312" 九年一贯制学校 中小学 [primary junior_secondary]
	// nursery "" 托儿所 幼托 [preschool]
	// campus: invalid kind "345"
}

// ExampleParseKindCode reads a kind from its MOE code (办学类型代码), as the national statistics print it.
func ExampleParseKindCode() {
	k, err := campus.ParseKindCode("345")
	fmt.Println(k, err)
	// Output:
	// twelve_year <nil>
}

// ExampleParseLabel reads a kind and a group from their Chinese labels, as a person would type them: the
// package's one function for labels. ParseKind reads the stable id only.
func ExampleParseLabel() {
	k, err := campus.ParseLabel[campus.Kind]("九年一贯制学校")
	fmt.Println(k, k.Name(rate.English), err)
	g, err := campus.ParseLabel[campus.Group]("幼托")
	fmt.Println(g, g.Name(rate.English), err)
	_, err = campus.ParseKind("九年一贯制学校")
	fmt.Println(err)
	_, err = campus.ParseLabel[campus.Kind]("nine_year")
	fmt.Println(err)
	// Output:
	// nine_year nine-year school <nil>
	// preschool kindergartens and nurseries <nil>
	// campus: invalid kind "九年一贯制学校"
	// campus: invalid kind "nine_year"
}

// ExampleValues lists the values of an enum in their stable order, with their names in both languages.
func ExampleValues() {
	for _, g := range campus.Values[campus.Group]() {
		fmt.Printf("%s: %s / %s\n", g, g.Name(rate.Chinese), g.Name(rate.English))
	}
	kinds := campus.Values[campus.Kind]()
	fmt.Println(len(kinds), kinds[0], kinds[len(kinds)-1])
	for _, k := range kinds[:4] {
		fmt.Println(k.Code(), k.Name(rate.English))
	}
	// Output:
	// school: 中小学 / primary and secondary schools
	// preschool: 幼托 / kindergartens and nurseries
	// 47 kindergarten nursery
	// 111 kindergarten
	// 112 independent ethnic-minority kindergarten
	// 119 attached kindergarten class
	// 211 primary school
}

// ExampleCategory_Holds shows the codes of the complete 办学类型 table: an attached class (219 附设小学班) may sit
// under its host school's code, an adult primary school (221) only under 22, and higher-education codes are
// outside the library's table.
func ExampleCategory_Holds() {
	for _, s := range []string{"219", "221", "513", "518"} {
		k, _ := campus.ParseKindCode(s)
		fmt.Println(k, k.Name(rate.Chinese), k.Category().Code(), campus.CategoryJuniorSecondary.Holds(k))
	}
	_, err := campus.ParseKindCode("411")
	fmt.Println(err != nil)
	// Output:
	// attached_primary_class 附设小学班 21 true
	// worker_primary 职工小学 22 false
	// special_intellectual 弱智学校 51 false
	// primary_special_class 小学附设特教班 51 true
	// true
}

func ExampleParseSchoolCode() {
	c, err := campus.ParseSchoolCode("3132000123")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Category().Name(rate.Chinese), c.Province(), c.Sequence(), c.Category().Holds(campus.NineYear))
	_, err = campus.ParseSchoolCode("3199000123")
	fmt.Println(err)
	// Output:
	// 普通初中 32 123 true
	// campus: invalid school code "3199000123": unknown province 99
}
