package jsonform_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/require"
)

// TestJSONPathSameFigures: a tree, register, inspections and query written as JSON and read back give the
// same summary, ledger and rectification, byte for byte, at 10^3 campuses (seeded).
func TestJSONPathSameFigures(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	js := []hierarchy.Jurisdiction{{Code: hierarchy.MustParseCode("320505"), Name: "区"}}
	for i := 1; i <= 10; i++ {
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(fmt.Sprintf("320505%03d", i)), Name: fmt.Sprintf("街道%d", i)})
	}
	tree, err := hierarchy.NewTree(js...)
	require.NoError(t, err)
	kinds := campus.Values[campus.Kind]()
	var schools []campus.School
	var campuses []campus.Campus
	var insp []compliance.Inspection
	wk := catalog.WellKnownIndicators()
	for i := range 1000 {
		sref := fmt.Sprintf("S%04d", i)
		sid, _ := campus.SchoolID(sref)
		cid, _ := campus.CampusID(sref + "-1")
		schools = append(schools, campus.School{ID: sid, Name: fmt.Sprintf("学校%d", i%50), Ref: sref})
		campuses = append(campuses, campus.Campus{ID: cid, School: sid, Name: fmt.Sprintf("学校%d", i%50), Ref: sref + "-1",
			Kind: kinds[rng.IntN(len(kinds))], License: campus.License(1 + rng.IntN(2)), Locale: campus.LocaleVillage,
			Jurisdiction: js[rng.IntN(len(js))].Code, Main: true, Students: rng.IntN(3000), Staff: rng.IntN(200)})
		for k := range rng.IntN(3) {
			var obs []compliance.Observation
			for _, ind := range wk {
				switch {
				case rng.IntN(4) == 0: // not observed
				case ind.ValueKind() == compliance.FactValue:
					obs = append(obs, compliance.ObserveFact(ind, rng.IntN(3) > 0))
				default:
					obs = append(obs, compliance.ObserveCount(ind, rng.IntN(40)))
				}
			}
			iref := fmt.Sprintf("JC-%04d-%d", i, k)
			iid, _ := campus.InspectionID(iref)
			insp = append(insp, compliance.Inspection{ID: iid, Campus: cid, Ref: iref, Team: "一组",
				Date: civil.MustParseDate("2022-06-01").AddDays(k*150 + rng.IntN(100)), Measurements: compliance.MustMeasurements(obs...)})
		}
	}
	q := compliance.MustQuery(compliance.QuerySpec{Standard: catalog.GBT29315v2022(), AsOf: civil.MustParseDate("2023-02-14"),
		PreventionLevel: prevention.Normal})

	figures := func(tree *hierarchy.Tree, schools []campus.School, campuses []campus.Campus, insp []compliance.Inspection, q compliance.Query) (string, string, string) {
		reg, err := campus.NewRegister(tree, schools, campuses)
		require.NoError(t, err)
		h, err := compliance.NewHistory(reg, insp)
		require.NoError(t, err)
		s, err := compliance.Summarize(h, q)
		require.NoError(t, err)
		l, err := finding.Derive(h, q, finding.Policy{Days: 30})
		require.NoError(t, err)
		sb, err := json.Marshal(s)
		require.NoError(t, err)
		lb, err := json.Marshal(l)
		require.NoError(t, err)
		rb, err := json.Marshal(l.Rectification())
		require.NoError(t, err)
		return string(sb), string(lb), string(rb)
	}
	s1, l1, r1 := figures(tree, schools, campuses, insp, q)

	// Through JSON, the inputs in reverse order.
	roundTrip := func(v, into any) {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, into))
	}
	var tree2 hierarchy.Tree
	var schools2 []campus.School
	var campuses2 []campus.Campus
	var insp2 []compliance.Inspection
	var q2 compliance.Query
	roundTrip(tree, &tree2)
	roundTrip(schools, &schools2)
	roundTrip(campuses, &campuses2)
	roundTrip(insp, &insp2)
	roundTrip(q, &q2)
	slices.Reverse(schools2)
	slices.Reverse(campuses2)
	slices.Reverse(insp2)
	s2, l2, r2 := figures(&tree2, schools2, campuses2, insp2, q2)
	require.Equal(t, s1, s2, "summary")
	require.Equal(t, l1, l2, "ledger")
	require.Equal(t, r1, r2, "rectification")
}
