package nationgen

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNationalTree(t *testing.T) {
	b := buildTree(rand.New(rand.NewPCG(1, streamTree)))
	tree, err := hierarchy.NewTree(b.js...)
	require.NoError(t, err)

	levels := map[hierarchy.Level]int{}
	for j := range tree.All() {
		levels[j.Code.Level()]++
	}
	assert.Equal(t, len(provinces), levels[hierarchy.Province])
	// 333 prefecture-level divisions plus the 9 summary groupings: 市辖区 of the four municipalities, 重庆's 县,
	// and the 省直辖县级行政区划 of 河南, 湖北, 海南 and 新疆.
	assert.Equal(t, NationalPrefectures+9, levels[hierarchy.Prefecture])
	assert.Equal(t, NationalCounties, levels[hierarchy.County])
	assert.Equal(t, NationalTownships, levels[hierarchy.Township])
	assert.Len(t, b.townships, NationalTownships)

	roots := tree.Roots()
	require.Len(t, roots, 31)
	assert.Equal(t, "110000", roots[0].Code.String())
	assert.Equal(t, "650000", roots[30].Code.String())

	// Every township's digits tell its class (GB/T 10114), and its county is its nearest county-level ancestor
	// (or, for 东莞 and 中山, its prefecture).
	for _, tw := range b.townships {
		s := tw.Code.String()
		n := int(s[6]-'0')*100 + int(s[7]-'0')*10 + int(s[8]-'0')
		lo, hi := tw.Class.span()
		assert.True(t, n >= lo && n <= hi, "%s is %s", s, tw.Class)
		assert.True(t, b.counties[tw.County].Code.Contains(tw.Code))
	}
	_, ok := tree.Lookup(hierarchy.MustParseCode("441900"))
	assert.True(t, ok, "东莞-like prefecture")
	assert.NotEmpty(t, tree.Children(hierarchy.MustParseCode("441900")))
	assert.Equal(t, hierarchy.Township, tree.Children(hierarchy.MustParseCode("441900"))[0].Code.Level())
	assert.NotEmpty(t, tree.Children(hierarchy.MustParseCode("429000")), "省直辖县级行政区划")
}

func TestTreeIsDeterministic(t *testing.T) {
	a := buildTree(rand.New(rand.NewPCG(7, streamTree)))
	b := buildTree(rand.New(rand.NewPCG(7, streamTree)))
	c := buildTree(rand.New(rand.NewPCG(8, streamTree)))
	assert.Equal(t, a.js, b.js)
	assert.NotEqual(t, a.js, c.js)
}

func TestPrefixKeepsAncestors(t *testing.T) {
	for _, n := range []int{1, 74, 770, 7410, NationalTownships} {
		b := buildTree(rand.New(rand.NewPCG(1, streamTree)))
		b.prefix(n)
		tree, err := hierarchy.NewTree(b.js...)
		require.NoError(t, err, n)
		assert.Len(t, b.townships, n)
		got := 0
		for j := range tree.All() {
			if j.Code.Level() == hierarchy.Township {
				got++
			}
		}
		assert.Equal(t, n, got)
		last := b.counties[len(b.counties)-1]
		assert.Equal(t, n, last.Townships[1])
	}
}

func TestProportionalTownships(t *testing.T) {
	assert.Equal(t, 1, ProportionalTownships(1))
	assert.Equal(t, 75, ProportionalTownships(1000))
	assert.Equal(t, NationalTownships, ProportionalTownships(NationalCampuses))
	assert.Equal(t, NationalTownships, ProportionalTownships(10*NationalCampuses))
}

func TestKindShares(t *testing.T) {
	urban, rural := 0, 0
	for _, ks := range kindShares {
		urban += ks.urban
		rural += ks.rural
		assert.True(t, ks.kind.IsValid())
	}
	assert.Equal(t, 100000, urban)
	assert.Equal(t, 100000, rural)
}

func TestRequiredGuards(t *testing.T) {
	school := campus.Campus{Kind: campus.Primary}
	for _, tc := range []struct{ headcount, want int }{
		{0, 1}, {99, 1}, {100, 2}, {1000, 2}, {1001, 3}, {1500, 3}, {1501, 4}, {2000, 4}, {2001, 5},
	} {
		school.Students = tc.headcount
		assert.Equal(t, tc.want, requiredGuards(school), tc.headcount)
	}
	assert.Equal(t, 1, requiredGuards(campus.Campus{Kind: campus.Kindergarten, Students: 5000}))
}

func TestCampusesMakeAValidRegister(t *testing.T) {
	b := buildTree(rand.New(rand.NewPCG(1, streamTree)))
	tree, err := hierarchy.NewTree(b.js...)
	require.NoError(t, err)
	g := newCampusGen(rand.New(rand.NewPCG(1, streamCampuses)), b.townships, b.counties)
	const n = 40000
	g.generate(n)
	require.Len(t, g.campuses, n)
	reg, err := campus.NewRegister(tree, g.schools, g.campuses)
	require.NoError(t, err)
	assert.Equal(t, n, reg.Len())

	groups := map[campus.Group]int{}
	unlicensed, branches := 0, 0
	for _, c := range g.campuses {
		groups[c.Kind.Group()]++
		if c.License == campus.Unlicensed {
			unlicensed++
		}
		if !c.Main {
			branches++
		}
		assert.Equal(t, hierarchy.Township, c.Jurisdiction.Level())
	}
	// About half kindergartens and nurseries; a few per cent unlicensed; some branch campuses.
	assert.InDelta(t, 0.5, float64(groups[campus.GroupPreschool])/n, 0.03)
	assert.InDelta(t, 0.045, float64(unlicensed)/n, 0.02)
	assert.InDelta(t, 0.03, float64(branches)/n, 0.01)
	assert.Equal(t, n-branches, len(g.schools))
}

func TestStandardLoads(t *testing.T) {
	std, err := LoadStandard()
	require.NoError(t, err)
	require.Len(t, std.Requirements, 20)
	schoolOnly := 0
	for _, r := range std.Requirements {
		if len(r.Scope.Groups) == 1 && r.Scope.Groups[0] == campus.GroupSchool {
			schoolOnly++
		} else {
			assert.True(t, r.Scope.IsZero(), r.ID)
		}
		assert.NotEmpty(t, r.Source.Document, r.ID)
	}
	assert.Equal(t, 10, schoolOnly, "half the requirements apply only to 中小学")
}

// TestMeasurementsEvaluateAsDrawn checks the generator against the library: a passing draw is compliant, a
// failing one non-compliant, and one with an applicable indicator left out incomplete.
func TestMeasurementsEvaluateAsDrawn(t *testing.T) {
	std, err := LoadStandard()
	require.NoError(t, err)
	b := buildTree(rand.New(rand.NewPCG(3, streamTree)))
	g := newCampusGen(rand.New(rand.NewPCG(3, streamCampuses)), b.townships, b.counties)
	g.generate(3000)
	m := &measurer{r: rand.New(rand.NewPCG(3, streamInspections))}
	for _, c := range g.campuses {
		pass := m.measurements(c, 0)
		want := compliance.Compliant
		if pass.Len() < len(indicators) {
			want = compliance.Incomplete
		}
		require.Equal(t, want, compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, pass).Status, "%+v", c)
		fail := m.measurements(c, 1000)
		require.Equal(t, compliance.NonCompliant, compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, fail).Status, "%+v", c)
	}
}

func TestGenerateBuildsTheLibrarysObjects(t *testing.T) {
	const n = 30000
	ds, err := Generate(Config{Campuses: n, Seed: 11})
	require.NoError(t, err)
	tree, err := hierarchy.NewTree(ds.Jurisdictions...)
	require.NoError(t, err)
	assert.Equal(t, 31+NationalPrefectures+9+NationalCounties+NationalTownships, tree.Len())
	reg, err := campus.NewRegister(tree, ds.Schools, ds.Campuses)
	require.NoError(t, err)
	require.Equal(t, n, reg.Len())
	hist, err := compliance.NewHistory(reg, ds.Inspections)
	require.NoError(t, err)

	statuses := map[compliance.Status]int{}
	inspected := 0
	for _, c := range reg.Campuses() {
		a, ok := hist.Assess(ds.Query, c.ID)
		require.True(t, ok)
		statuses[a.Status]++
		of := hist.Of(c.ID)
		if len(of) > 0 {
			inspected++
			assert.Len(t, of, Rounds)
			for _, in := range of {
				assert.False(t, in.Date.Before(From) || in.Date.After(To), in.Date)
			}
		}
	}
	assert.Len(t, ds.Inspections, Rounds*inspected)
	// About 3 % never inspected, about 4 % failing the last inspection, under 1 % incomplete.
	assert.InDelta(t, 0.03, float64(statuses[compliance.Unassessed])/n, 0.01)
	assert.InDelta(t, 0.04, float64(statuses[compliance.NonCompliant])/n, 0.01)
	assert.InDelta(t, 0.006, float64(statuses[compliance.Incomplete])/n, 0.004)
	assert.Equal(t, n, statuses[compliance.Compliant]+statuses[compliance.NonCompliant]+
		statuses[compliance.Incomplete]+statuses[compliance.Unassessed])
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate(Config{Campuses: 500, Seed: 5, Townships: 200})
	require.NoError(t, err)
	b, err := Generate(Config{Campuses: 500, Seed: 5, Townships: 200})
	require.NoError(t, err)
	assert.Equal(t, a.Campuses, b.Campuses)
	assert.Equal(t, a.Schools, b.Schools)
	require.Len(t, b.Inspections, len(a.Inspections))
	for i := range a.Inspections {
		assert.Equal(t, a.Inspections[i].ID, b.Inspections[i].ID)
		assert.Equal(t, a.Inspections[i].Measurements, b.Inspections[i].Measurements)
	}
	// The tree does not depend on the number of campuses.
	c, err := Generate(Config{Campuses: 50, Seed: 5, Townships: 200})
	require.NoError(t, err)
	assert.Equal(t, a.Jurisdictions, c.Jurisdictions)
	assert.Len(t, a.Townships, 200)
}

func TestGenerateRejectsBadConfig(t *testing.T) {
	_, err := Generate(Config{Campuses: 0})
	require.ErrorIs(t, err, ErrConfig)
	_, err = Generate(Config{Campuses: 1, Townships: -1})
	require.ErrorIs(t, err, ErrConfig)
}
