package compliance

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// synthNS names the deterministic IDs of synthetic registers.
var synthNS = uuid.MustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8")

func synthID(kind string, i int) uuid.UUID {
	return uuid.NewSHA1(synthNS, fmt.Appendf(nil, "%s-%d", kind, i))
}

// synthTree builds `roots` prefecture-level cities (from 320500 up), each
// with `counties` counties of `townships` townships; every township has two
// communities. Jurisdictions are returned in ascending code order.
func synthTree(t testing.TB, roots, counties, townships int) *hierarchy.Tree {
	var js []hierarchy.Jurisdiction
	add := func(code, name string) {
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(code), Name: name})
	}
	for r := range roots {
		city := fmt.Sprintf("32%02d00", 5+r)
		add(city, "市"+city)
		for c := range counties {
			county := fmt.Sprintf("32%02d%02d", 5+r, c+1)
			add(county, "县"+county)
			for w := range townships {
				town := fmt.Sprintf("%s%03d", county, w+1)
				add(town, "镇"+town)
				for v := range 2 {
					add(fmt.Sprintf("%s%03d", town, v+1), "社区")
				}
			}
		}
	}
	tree, err := hierarchy.NewTree(js...)
	require.NoError(t, err)
	return tree
}

// synthRegister places n campuses (one school each) at random jurisdictions
// of tree, with random kinds and licenses.
func synthRegister(t testing.TB, rng *rand.Rand, tree *hierarchy.Tree, n int) *campus.Register {
	kinds := campus.Values[campus.Kind]()
	schools := make([]campus.School, n)
	campuses := make([]campus.Campus, n)
	for i := range n {
		schools[i] = campus.School{ID: synthID("school", i), Name: fmt.Sprintf("学校%d", i)}
		campuses[i] = campus.Campus{
			ID:           synthID("campus", i),
			School:       schools[i].ID,
			Name:         fmt.Sprintf("校区%d", i),
			Kind:         kinds[rng.IntN(len(kinds))],
			License:      campus.License(rng.IntN(2) + 1),
			Locale:       campus.LocaleMainUrban,
			Jurisdiction: tree.At(rng.IntN(tree.Len())).Code,
			Main:         true,
			Students:     rng.IntN(2000),
			Staff:        rng.IntN(100),
		}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	return reg
}

// randomStatuses returns a status per campus (all four statuses occur).
func randomStatuses(rng *rand.Rand, n int) []Status {
	st := make([]Status, n)
	for i := range st {
		st[i] = Status(rng.IntN(4) + 1)
	}
	return st
}

// testMetaStandard is a valid standard named as the 2012 report's checklist,
// for summaries whose statuses a test sets directly (summaryOf).
func testMetaStandard(t testing.TB) Standard {
	std := testStandard(t)
	std.ID, std.Version = "js-school-security", "2010-trial"
	return std
}

// testMetaQuery is the query of summaryOf's summaries: as of 2012-02-14, at
// the normal prevention level.
func testMetaQuery(t testing.TB) Query {
	return MustQuery(QuerySpec{Standard: testMetaStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
}

// summaryOf tallies reg with the statuses st (one per campus), over a history
// with no inspections, under testMetaQuery. Its tallies and stored statuses
// are st's; its Assessments are the history's (no inspection).
func summaryOf(t testing.TB, reg *campus.Register, st []Status) *Summary {
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	s, err := newSummary(h, testMetaQuery(t), func(i int) Status { return st[i] })
	require.NoError(t, err)
	return s
}
