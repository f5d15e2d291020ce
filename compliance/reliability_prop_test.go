package compliance

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/require"
)

// propStandard has one fact and one count requirement, so that random measurements give every status:
// both met (compliant), one unmet (non-compliant), one not observed (incomplete).
func propStandard(t testing.TB) Standard {
	t.Helper()
	s, err := NewStandard(Standard{ID: "prop", Title: "性质测试", Version: "1", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []Requirement{
			{ID: "closed", Title: "封闭化管理", Scope: Scope{Kinds: kindsButNursery()}, Rule: Rule{RuleKind: RuleFact, Indicator: ClosedManagement}},
			{ID: "guards", Title: "专职保安员", Scope: Scope{Kinds: kindsButNursery()}, Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1}},
		}})
	require.NoError(t, err)
	return s
}

var propAsOf = civil.MustParseDate("2012-02-14")

// randomMeasurements observes each indicator with probability 3/4, passing with probability 2/3.
func randomMeasurements(r *rand.Rand) Measurements {
	var obs []Observation
	if r.IntN(4) > 0 {
		obs = append(obs, ObserveFact(ClosedManagement, r.IntN(3) > 0))
	}
	if r.IntN(4) > 0 {
		obs = append(obs, ObserveCount(FullTimeGuards, r.IntN(3)))
	}
	return MustMeasurements(obs...)
}

// compliantMeasurements meet both requirements of propStandard.
var compliantMeasurements = MustMeasurements(ObserveFact(ClosedManagement, true), ObserveCount(FullTimeGuards, 2))

// propWorld is a register with its inputs and random inspections (0 to 3 per campus, around propAsOf).
type propWorld struct {
	tree     *hierarchy.Tree
	schools  []campus.School
	campuses []campus.Campus
	insp     []Inspection
}

func newPropWorld(t testing.TB, r *rand.Rand, n int) propWorld {
	t.Helper()
	tree := synthTree(t, 2, 3, 2)
	reg := synthRegister(t, r, tree, n)
	w := propWorld{tree: tree, schools: reg.Schools()}
	for _, c := range reg.Campuses() {
		w.campuses = append(w.campuses, c)
		for k := range r.IntN(4) {
			w.insp = append(w.insp, Inspection{ID: synthID(fmt.Sprint("insp-", c.ID), k), Campus: c.ID,
				Date: propAsOf.AddDays(r.IntN(400) - 350), Team: fmt.Sprint("组", r.IntN(3)),
				Measurements: randomMeasurements(r)})
		}
	}
	// Two inspections of one campus on one day conflict; keep the first of each (campus, date).
	type key struct {
		c string
		d civil.Date
	}
	seen := map[key]bool{}
	kept := w.insp[:0]
	for _, in := range w.insp {
		k := key{in.Campus.String(), in.Date}
		if !seen[k] {
			seen[k] = true
			kept = append(kept, in)
		}
	}
	w.insp = kept
	return w
}

// summarize builds the register and history of the given parts of w and summarises them.
func (w propWorld) summarize(t testing.TB, schools []campus.School, campuses []campus.Campus, insp []Inspection,
	q Query) *Summary {
	t.Helper()
	reg, err := campus.NewRegister(w.tree, schools, campuses)
	require.NoError(t, err)
	h, err := NewHistory(reg, insp)
	require.NoError(t, err)
	s, err := Summarize(h, q)
	require.NoError(t, err)
	return s
}

// figures flattens every tally a summary publishes: every jurisdiction × group × license (zero meaning
// all), the whole register's, and by kind.
func figures(s *Summary, tree *hierarchy.Tree) map[string]Tally {
	out := map[string]Tally{}
	codes := []hierarchy.Code{{}}
	for j := range tree.All() {
		codes = append(codes, j.Code)
	}
	for _, c := range codes {
		for _, g := range append([]campus.Group{0}, campus.Values[campus.Group]()...) {
			for _, l := range append([]campus.License{0}, campus.Values[campus.License]()...) {
				cell := AllCampuses().In(c)
				if g != 0 {
					cell = cell.Group(g)
				}
				if l != 0 {
					cell = cell.License(l)
				}
				tl, ok := s.Tally(cell)
				if ok {
					out[fmt.Sprintf("%s/%s/%s", c, g, l)] = tl
				}
			}
		}
		for _, k := range campus.Values[campus.Kind]() {
			if tl, ok := s.Tally(AllCampuses().In(c).Kind(k)); ok {
				out[fmt.Sprintf("%s/kind/%s", c, k)] = tl
			}
		}
	}
	for _, k := range campus.Values[campus.Kind]() {
		tl, _ := s.Tally(AllCampuses().Kind(k))
		out["kind/"+k.String()] = tl
	}
	return out
}

func randomTally(r *rand.Rand) Tally {
	tl, _ := NewTally(r.Int64N(1000), r.Int64N(1000), r.Int64N(1000), r.Int64N(1000))
	return tl
}

// TestReliabilityTallyLaws checks the commutative-monoid laws of Tally on seeded random tallies, and that
// Add, Sub, the rates and the JSON form agree with them.
func TestReliabilityTallyLaws(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 5))
	for range 1000 {
		a, b, c := randomTally(r), randomTally(r), randomTally(r)
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)), "associative")
		require.Equal(t, a.Merge(b), b.Merge(a), "commutative")
		require.Equal(t, a, a.Merge(Tally{}), "right identity")
		require.Equal(t, a, Tally{}.Merge(a), "left identity")
		require.Equal(t, a.Total()+b.Total(), a.Merge(b).Total())
		d, ok := a.Merge(b).Sub(b)
		require.True(t, ok)
		require.Equal(t, a, d, "Sub undoes Merge")
		s := Status(1 + r.IntN(4))
		one, _ := NewTally(0, 0, 0, 0)
		one = one.Add(s)
		require.Equal(t, a.Add(s), a.Merge(one), "Add is Merge with a one-campus tally")
		require.Equal(t, a.Count(Compliant)+a.Count(NonCompliant)+a.Count(Incomplete), a.Assessed())
		for _, rate := range []rate.Rate{a.Rate(ComplianceMeasure), a.Rate(AssessedComplianceMeasure), a.Rate(AssessedMeasure)} {
			require.True(t, rate.Num() >= 0 && rate.Num() <= rate.Den())
		}
		js, err := a.MarshalJSON()
		require.NoError(t, err)
		var back Tally
		require.NoError(t, back.UnmarshalJSON(js))
		require.Equal(t, a, back)
	}
}

// TestReliabilitySummaryConservation checks, on seeded random registers and histories, that every
// jurisdiction's tally counts exactly the campuses in its subtree (by their own statuses), that it is its
// campuses' own tally merged with its children's, and that the groups and licenses partition it.
func TestReliabilitySummaryConservation(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 6))
	std := propStandard(t)
	for round := range 5 {
		w := newPropWorld(t, r, 150+r.IntN(150))
		q := MustQuery(QuerySpec{Standard: std, AsOf: propAsOf, PreventionLevel: prevention.Normal, Window: []int{0, 90, 365}[round%3]})
		s := w.summarize(t, w.schools, w.campuses, w.insp, q)
		reg := s.History().Register()
		for j := range w.tree.All() {
			got, ok := s.Tally(AllCampuses().In(j.Code))
			require.True(t, ok)
			var want Tally
			lo, hi := reg.Range(j.Code)
			for i := lo; i < hi; i++ {
				want = want.Add(s.status[i])
			}
			require.Equal(t, want, got, "jurisdiction %s", j.Code)
			own := Tally{}
			for i := lo; i < hi; i++ {
				if reg.At(i).Jurisdiction == j.Code {
					own = own.Add(s.status[i])
				}
			}
			for _, ch := range w.tree.Children(j.Code) {
				ct, _ := s.Tally(AllCampuses().In(ch.Code))
				own = own.Merge(ct)
			}
			require.Equal(t, got, own, "own + children at %s", j.Code)
			var byGroup, byLicense Tally
			for _, g := range campus.Values[campus.Group]() {
				tl, _ := s.Tally(AllCampuses().In(j.Code).Group(g))
				byGroup = byGroup.Merge(tl)
			}
			for _, l := range campus.Values[campus.License]() {
				tl, _ := s.Tally(AllCampuses().In(j.Code).License(l))
				byLicense = byLicense.Merge(tl)
			}
			require.Equal(t, got, byGroup)
			require.Equal(t, got, byLicense)
			for _, st := range Values[Status]() {
				require.Equal(t, int(got.Count(st)), seqLen(s.Campuses(AllCampuses().In(j.Code), st)), "drill-down %s %s", j.Code, st)
			}
		}
		var roots Tally
		for _, root := range w.tree.Roots() {
			tl, _ := s.Tally(AllCampuses().In(root.Code))
			roots = roots.Merge(tl)
		}
		require.Equal(t, totalOf(t, s), roots)
		require.Equal(t, int64(len(w.campuses)), totalOf(t, s).Total(), "every campus counted once")
		for _, st := range Values[Status]() {
			require.NotZero(t, totalOf(t, s).Count(st), "the random world has %s campuses", st)
		}
	}
}

// TestReliabilityPartitionInvariance summarises the register split into shards — by jurisdiction (each
// county) and at random — and checks that merging the shards' tallies gives exactly the whole summary's
// figures, everywhere.
func TestReliabilityPartitionInvariance(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 7))
	std := propStandard(t)
	w := newPropWorld(t, r, 400)
	q := MustQuery(QuerySpec{Standard: std, AsOf: propAsOf, PreventionLevel: prevention.Normal, Window: 180})
	whole := figures(w.summarize(t, w.schools, w.campuses, w.insp, q), w.tree)

	shardings := []struct {
		name    string
		shardOf func(c campus.Campus) string
	}{
		{"by county", func(c campus.Campus) string { return c.Jurisdiction.Truncate(hierarchy.County).String() }},
		{"by city", func(c campus.Campus) string { return c.Jurisdiction.Truncate(hierarchy.Prefecture).String() }},
		{"random 2", func(campus.Campus) string { return fmt.Sprint(r.IntN(2)) }},
		{"random 7", func(campus.Campus) string { return fmt.Sprint(r.IntN(7)) }},
		{"singletons", func(c campus.Campus) string { return c.ID.String() }},
	}
	for _, sharding := range shardings {
		shardOf := sharding.shardOf
		t.Run(sharding.name, func(t *testing.T) {
			type shard struct {
				schools  []campus.School
				campuses []campus.Campus
				insp     []Inspection
			}
			shards := map[string]*shard{}
			where := map[string]string{}
			order := []string{}
			for _, c := range w.campuses {
				key := shardOf(c)
				if shards[key] == nil {
					shards[key] = &shard{}
					order = append(order, key)
				}
				sh := shards[key]
				sh.campuses = append(sh.campuses, c)
				sh.schools = append(sh.schools, w.schools[schoolIndex(w.schools, c.School)])
				where[c.ID.String()] = key
			}
			for _, in := range w.insp {
				sh := shards[where[in.Campus.String()]]
				sh.insp = append(sh.insp, in)
			}
			merged := map[string]Tally{}
			for _, key := range order {
				sh := shards[key]
				for k, tl := range figures(w.summarize(t, sh.schools, sh.campuses, sh.insp, q), w.tree) {
					merged[k] = merged[k].Merge(tl)
				}
			}
			require.Equal(t, whole, merged)
		})
	}
}

func schoolIndex(schools []campus.School, id [16]byte) int {
	for i, s := range schools {
		if s.ID == id {
			return i
		}
	}
	panic("no school")
}

// addCampus returns w's inputs plus one new campus (and its school) at jurisdiction code.
func (w propWorld) addCampus(code hierarchy.Code, n int) ([]campus.School, []campus.Campus, campus.Campus) {
	s := campus.School{ID: synthID("new-school", n), Name: "新学校"}
	c := campus.Campus{ID: synthID("new-campus", n), School: s.ID, Name: "新校区", Kind: campus.Primary,
		License: campus.License(1 + n%2), Locale: campus.LocaleVillage, Jurisdiction: code, Main: true, Students: 300,
		Staff: 20}
	return append(append([]campus.School(nil), w.schools...), s), append(append([]campus.Campus(nil), w.campuses...), c), c
}

// TestReliabilityMonotonicity checks that adding a compliant campus never lowers a compliance rate (overall
// or assessed-only) and leaves jurisdictions outside it unchanged, and that adding an unassessed campus never
// changes an assessed-only rate (nor any assessed count).
func TestReliabilityMonotonicity(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 8))
	std := propStandard(t)
	for n := range 20 {
		w := newPropWorld(t, r, 60+r.IntN(100))
		q := MustQuery(QuerySpec{Standard: std, AsOf: propAsOf, PreventionLevel: prevention.Normal, Window: []int{0, 60}[n%2]})
		before := w.summarize(t, w.schools, w.campuses, w.insp, q)
		code := w.tree.At(r.IntN(w.tree.Len())).Code

		// A compliant campus: inspected within the window, before the as-of date, meeting everything.
		schools, campuses, c := w.addCampus(code, n)
		insp := append(append([]Inspection(nil), w.insp...), Inspection{ID: synthID("new-insp", n), Campus: c.ID,
			Date: propAsOf.AddDays(-r.IntN(30)), Team: "新组", Measurements: compliantMeasurements})
		after := w.summarize(t, schools, campuses, insp, q)
		a, ok := after.Assessment(c.ID)
		require.True(t, ok)
		require.Equal(t, Compliant, a.Status)
		for j := range w.tree.All() {
			b, _ := before.Tally(AllCampuses().In(j.Code))
			a, _ := after.Tally(AllCampuses().In(j.Code))
			if j.Code.Contains(code) {
				require.GreaterOrEqual(t, a.Rate(ComplianceMeasure).Compare(b.Rate(ComplianceMeasure)), 0, "%s", j.Code)
				require.GreaterOrEqual(t, a.Rate(AssessedComplianceMeasure).Compare(b.Rate(AssessedComplianceMeasure)), 0, "%s", j.Code)
				require.Equal(t, b.Add(Compliant), a)
			} else {
				require.Equal(t, b, a, "%s does not contain %s", j.Code, code)
			}
		}
		require.GreaterOrEqual(t, totalOf(t, after).Rate(ComplianceMeasure).Compare(totalOf(t, before).Rate(ComplianceMeasure)), 0)

		// An unassessed campus: no inspection at all, or only after the as-of date.
		schools, campuses, c = w.addCampus(code, n+1000)
		insp = append(append([]Inspection(nil), w.insp...), Inspection{ID: synthID("late-insp", n), Campus: c.ID,
			Date: propAsOf.AddDays(1 + r.IntN(30)), Team: "新组", Measurements: compliantMeasurements})
		for _, in := range [][]Inspection{w.insp, insp} {
			after := w.summarize(t, schools, campuses, in, q)
			a, _ := after.Assessment(c.ID)
			require.Equal(t, Unassessed, a.Status)
			for j := range w.tree.All() {
				b, _ := before.Tally(AllCampuses().In(j.Code))
				a, _ := after.Tally(AllCampuses().In(j.Code))
				require.Equal(t, b.Rate(AssessedComplianceMeasure), a.Rate(AssessedComplianceMeasure), "%s", j.Code)
				require.Equal(t, b.Assessed(), a.Assessed())
				if j.Code.Contains(code) {
					require.Equal(t, b.Add(Unassessed), a)
				}
			}
		}
	}
}

// TestReliabilityAsOfMonotonicity checks that inspections dated after the as-of date never change a
// summary: adding them (to inspected and uninspected campuses, with any result) leaves every figure and
// every status as it was.
func TestReliabilityAsOfMonotonicity(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	std := propStandard(t)
	for n := range 10 {
		w := newPropWorld(t, r, 200)
		q := MustQuery(QuerySpec{Standard: std, AsOf: propAsOf, PreventionLevel: []prevention.Level{prevention.Normal, prevention.Heightened, prevention.High}[n%3],
			Window: []int{0, 30, 400}[n%3]})
		before := w.summarize(t, w.schools, w.campuses, w.insp, q)
		insp := append([]Inspection(nil), w.insp...)
		for k, c := range w.campuses {
			if r.IntN(2) == 0 {
				continue
			}
			insp = append(insp, Inspection{ID: synthID("future", n*10000+k), Campus: c.ID,
				Date: propAsOf.AddDays(50 + r.IntN(700)), Team: "后来组", Measurements: randomMeasurements(r)})
		}
		after := w.summarize(t, w.schools, w.campuses, insp, q)
		require.Equal(t, figures(before, w.tree), figures(after, w.tree))
		require.Equal(t, before.status, after.status)
		for _, c := range w.campuses {
			b, _ := before.Assessment(c.ID)
			a, _ := after.Assessment(c.ID)
			require.Equal(t, b, a, "the drill-down of campus %s", c.ID)
		}
		// Moving the as-of date later can only add information: the assessed count never falls without a window.
		if q.Spec().Window == 0 {
			spec := q.Spec()
			spec.AsOf = propAsOf.AddDays(800)
			later := w.summarize(t, w.schools, w.campuses, insp, MustQuery(spec))
			require.GreaterOrEqual(t, totalOf(t, later).Assessed(), totalOf(t, after).Assessed())
		}
	}
}
