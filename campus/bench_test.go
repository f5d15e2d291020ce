package campus

import (
	"fmt"
	"testing"

	"github.com/campussec/campussec/hierarchy"
)

// benchInput builds a province-sized register: 100 counties × 20 townships, 25 campuses per township
// (50,000 campuses), one school per campus.
func benchInput(b *testing.B) (*hierarchy.Tree, []School, []Campus) {
	b.Helper()
	js := []hierarchy.Jurisdiction{{Code: hierarchy.MustParseCode("320000"), Name: "省"}}
	var towns []hierarchy.Code
	for p := 1; p <= 10; p++ {
		pc := fmt.Sprintf("32%02d00", p)
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(pc), Name: "市"})
		for c := 1; c <= 10; c++ {
			cc := fmt.Sprintf("32%02d%02d", p, c)
			js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(cc), Name: "县"})
			for tw := 1; tw <= 20; tw++ {
				code := hierarchy.MustParseCode(fmt.Sprintf("%s%03d", cc, 100+tw))
				js = append(js, hierarchy.Jurisdiction{Code: code, Name: "镇"})
				towns = append(towns, code)
			}
		}
	}
	tree, err := hierarchy.NewTree(js...)
	if err != nil {
		b.Fatal(err)
	}
	var schools []School
	var campuses []Campus
	kinds := Kinds()
	for i := 0; i < len(towns)*25; i++ {
		s := School{ID: id(fmt.Sprintf("bs%d", i)), Name: "学校"}
		schools = append(schools, s)
		campuses = append(campuses, Campus{ID: id(fmt.Sprintf("bc%d", i)), School: s.ID, Name: "校区",
			Kind: kinds[i%len(kinds)], Licence: Licence(1 + i%2), Locale: Locales()[i%numLocales],
			Jurisdiction: towns[i%len(towns)], Main: true})
	}
	return tree, schools, campuses
}

func BenchmarkNewRegister(b *testing.B) {
	tree, schools, campuses := benchInput(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := NewRegister(tree, schools, campuses); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCampusCountsByJurisdiction(b *testing.B) {
	tree, schools, campuses := benchInput(b)
	r, err := NewRegister(tree, schools, campuses)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		_ = r.CampusCountsByJurisdiction()
	}
}
