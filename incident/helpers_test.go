package incident

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

var testNS = uuid.MustParse("2b7e1516-28ae-4d2a-abf7-15880900cafe")

// tid returns a stable test UUID named by s.
func tid(s string) uuid.UUID { return uuid.NewSHA1(testNS, []byte(s)) }

// testTree is 江苏 › 市 › three districts › three towns each.
func testTree(t testing.TB) *hierarchy.Tree {
	t.Helper()
	js := []hierarchy.Jurisdiction{
		{Code: hierarchy.MustParseCode("320000"), Name: "江苏省"},
		{Code: hierarchy.MustParseCode("320500"), Name: "市"},
	}
	for d := 5; d <= 7; d++ {
		dc := fmt.Sprintf("32050%d", d)
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(dc), Name: "区" + dc})
		for k := 1; k <= 3; k++ {
			tc := fmt.Sprintf("%s%03d", dc, k)
			js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(tc), Name: "镇" + tc})
		}
	}
	tree, err := hierarchy.NewTree(js...)
	require.NoError(t, err)
	return tree
}

// towns returns the township codes of the test tree.
func towns(tree *hierarchy.Tree) []hierarchy.Code {
	var out []hierarchy.Code
	for j := range tree.All() {
		if j.Code.Level() == hierarchy.Township {
			out = append(out, j.Code)
		}
	}
	return out
}

// testRegister lays out n campuses, one school each, in random towns with random pupils.
func testRegister(t testing.TB, r *rand.Rand, tree *hierarchy.Tree, n int) *campus.Register {
	t.Helper()
	ts := towns(tree)
	var schools []campus.School
	var campuses []campus.Campus
	for i := range n {
		s := tid(fmt.Sprint("school", i))
		schools = append(schools, campus.School{ID: s, Name: fmt.Sprint("学校", i)})
		campuses = append(campuses, campus.Campus{ID: tid(fmt.Sprint("campus", i)), School: s, Name: fmt.Sprint("校园", i),
			Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
			Jurisdiction: ts[r.IntN(len(ts))], Main: true, Students: r.IntN(3000), Staff: 10})
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	return reg
}

var (
	propStart = civil.MustParseDate("2010-01-01")
	propDays  = 900
)

// randomIncidents makes n valid incidents over reg: at a random campus, or (a third of them) at a random
// jurisdiction of the tree, on a random day of propDays from propStart.
func randomIncidents(r *rand.Rand, reg *campus.Register, n int) []Incident {
	var all []hierarchy.Code
	for j := range reg.Tree().All() {
		all = append(all, j.Code)
	}
	out := make([]Incident, n)
	for i := range out {
		in := Incident{ID: tid(fmt.Sprint("incident", r.Uint64())), Ref: fmt.Sprint("R-", i),
			Date:     propStart.AddDays(r.IntN(propDays)),
			Category: Category(1 + r.IntN(numCategories)), Severity: Severity(1 + r.IntN(4))}
		if r.IntN(3) == 0 || reg.Len() == 0 {
			in.Jurisdiction = all[r.IntN(len(all))]
		} else {
			c := reg.At(r.IntN(reg.Len()))
			in.Campus = c.ID
			if r.IntN(2) == 0 {
				in.Jurisdiction = c.Jurisdiction
			}
		}
		out[i] = in
	}
	return out
}

// fixture is a small fixed world: two campuses in 320505001 (1000 and 3000 pupils), one in 320506001
// (2000 pupils), none in 320507.
type fixture struct {
	tree    *hierarchy.Tree
	reg     *campus.Register
	a, b, c campus.Campus
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	tree := testTree(t)
	mk := func(name, code string, pupils int) (campus.School, campus.Campus) {
		s := campus.School{ID: tid("school " + name), Name: name}
		return s, campus.Campus{ID: tid(name), School: s.ID, Name: name, Kind: campus.Primary,
			License: campus.Licensed, Locale: campus.LocaleMainUrban,
			Jurisdiction: hierarchy.MustParseCode(code), Main: true, Students: pupils, Staff: 10}
	}
	sa, a := mk("甲小学", "320505001", 1000)
	sb, b := mk("乙小学", "320505001", 3000)
	sc, c := mk("丙小学", "320506001", 2000)
	reg, err := campus.NewRegister(tree, []campus.School{sa, sb, sc}, []campus.Campus{a, b, c})
	require.NoError(t, err)
	return fixture{tree: tree, reg: reg, a: a, b: b, c: c}
}

// incident returns a valid incident at the fixture's campus a.
func (f fixture) incident(name string) Incident {
	return Incident{ID: tid(name), Ref: name, Date: civil.MustParseDate("2011-10-10"), Campus: f.a.ID,
		Category: PublicOrderCase, Severity: General}
}
