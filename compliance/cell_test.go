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
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCellString(t *testing.T) {
	county := hierarchy.MustParseCode("320505")
	tests := []struct {
		cell Cell
		want string
	}{
		{Cell{}, "all"},
		{AllCampuses(), "all"},
		{AllCampuses().In(hierarchy.Code{}), "all"},
		{AllCampuses().In(county), "320505"},
		{AllCampuses().In(county).Group(campus.GroupSchool).License(campus.Licensed).Kind(campus.Primary),
			"320505 group=school license=licensed kind=primary"},
		{AllCampuses().License(campus.Unlicensed), "license=unlicensed"},
		{AllCampuses().Kind(campus.Nursery), "kind=nursery"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.cell.String())
	}
	assert.Equal(t, AllCampuses(), Cell{}, "the zero Cell is every campus")
	assert.Equal(t, AllCampuses(), AllCampuses().In(hierarchy.Code{}))
	assert.NotEqual(t, AllCampuses(), AllCampuses().Group(0), "an invalid narrowing is not \"all\"")
	assert.Contains(t, AllCampuses().Group(0).String(), "group=")
	assert.Contains(t, AllCampuses().Kind(99).String(), "kind=")
}

// TestCellInvalid: a narrowing by an invalid group, license or kind (the zero
// value included) selects nothing valid: Tally false, Figure ErrInvalidCell,
// Campuses nothing (and change.Comparison.Change false: compare_test.go).
func TestCellInvalid(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	reg := synthRegister(t, rng, synthTree(t, 1, 2, 2), 50)
	s := summaryOf(t, reg, randomStatuses(rng, reg.Len()))
	county := hierarchy.MustParseCode("320501")
	for _, c := range []Cell{
		AllCampuses().Group(0), AllCampuses().Group(3), AllCampuses().License(0), AllCampuses().License(3),
		AllCampuses().Kind(0), AllCampuses().Kind(99), AllCampuses().In(county).Kind(0),
		AllCampuses().In(county).Group(campus.GroupSchool).License(9),
		AllCampuses().In(hierarchy.MustParseCode("110000")),
	} {
		t.Run(c.String(), func(t *testing.T) {
			_, ok := s.Tally(c)
			assert.False(t, ok)
			_, err := s.Figure(ComplianceMeasure, c, rate.Precision{Places: 1, Rounding: rate.HalfEven})
			assert.ErrorIs(t, err, ErrInvalidCell)
			assert.Zero(t, seqLen(s.Campuses(c)))
		})
	}
}

// TestSummaryDrillDownProperty checks on seeded random registers and
// histories, for every cell of every jurisdiction (the zero code included)
// and every status, that Campuses yields exactly Tally(c).Count(status)
// campuses, each an Assessment whose Result.Status is its Status, whose
// Inspection is the campus's latest in the window, and which equals
// History.Assess and Summary.Assessment for the campus.
func TestSummaryDrillDownProperty(t *testing.T) {
	std := figStandard(t)
	for seed := range uint64(4) {
		rng := rand.New(rand.NewPCG(seed, 214))
		tree := synthTree(t, 1, 1+rng.IntN(3), 1+rng.IntN(3))
		reg := synthRegister(t, rng, tree, 50+rng.IntN(200))
		h := synthHistory(t, rng, reg)
		spec := QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal,
			Window: []int{0, 90, 365, 1000}[seed%4]}
		q := MustQuery(spec)
		s, err := Summarize(h, q)
		require.NoError(t, err)

		// Every campus: the summary's assessment is the history's, and agrees with the tallies.
		var fromAssess Tally
		for i, c := range reg.Campuses() {
			a, ok := s.Assessment(c.ID)
			require.True(t, ok)
			b, ok := h.Assess(q, c.ID)
			require.True(t, ok)
			require.Equal(t, b, a, "campus %d", i)
			st, ok := h.Status(q, c.ID)
			require.True(t, ok)
			require.Equal(t, a.Status, st, "History.Status is the assessment's status: campus %d", i)
			require.Equal(t, s.status[i], a.Status)
			fromAssess = fromAssess.Add(a.Status)
			checkAssessment(t, h, spec, a)
		}
		require.Equal(t, totalOf(t, s), fromAssess)

		codes := []hierarchy.Code{{}}
		for j := range tree.All() {
			codes = append(codes, j.Code)
		}
		for _, code := range codes {
			cells := []Cell{AllCampuses().In(code)}
			for _, g := range campus.Values[campus.Group]() {
				cells = append(cells, AllCampuses().In(code).Group(g))
				for _, l := range campus.Values[campus.License]() {
					cells = append(cells, AllCampuses().In(code).Group(g).License(l))
				}
			}
			for _, k := range campus.Values[campus.Kind]()[:3] {
				cells = append(cells, AllCampuses().In(code).Kind(k), AllCampuses().In(code).License(campus.Licensed).Kind(k))
			}
			for _, c := range cells {
				tl := mustTally(t, s, c)
				var all []Assessment
				for _, st := range Values[Status]() {
					got := assessmentsOf(s.Campuses(c, st))
					require.Len(t, got, int(tl.Count(st)), "%s %s", c, st)
					for _, a := range got {
						require.Equal(t, st, a.Status)
						b, _ := h.Assess(q, a.Campus.ID)
						require.Equal(t, b, a)
					}
					all = append(all, got...)
				}
				require.Len(t, all, int(tl.Total()))
				two := assessmentsOf(s.Campuses(c, Compliant, NonCompliant))
				require.Len(t, two, int(tl.Count(Compliant)+tl.Count(NonCompliant)), "several statuses")
				for k := 1; k < len(two); k++ {
					ik, _ := reg.IndexOf(two[k].Campus.ID)
					ip, _ := reg.IndexOf(two[k-1].Campus.ID)
					require.Less(t, ip, ik, "register order")
				}
			}
		}
	}
}

// checkAssessment checks an assessment against the history directly: its
// inspection is the campus's latest on or before the as-of date within the
// window, its result that inspection's evaluation, and its status the
// result's (Unassessed or OutOfScope with no inspection).
func checkAssessment(t *testing.T, h *History, spec QuerySpec, a Assessment) {
	t.Helper()
	var latest Inspection
	for _, in := range h.Of(a.Campus.ID) {
		if in.Date.After(spec.AsOf) || (spec.Window > 0 && in.Date.DaysUntil(spec.AsOf) > spec.Window) {
			continue
		}
		latest = in // date ascending
	}
	msg := fmt.Sprintf("campus %s", a.Campus.ID)
	if latest.ID.String() == "00000000-0000-0000-0000-000000000000" {
		require.Equal(t, Inspection{}, a.Inspection, msg)
		require.Equal(t, Result{}, a.Result, msg)
		if a.Campus.Kind == campus.Nursery {
			require.Equal(t, OutOfScope, a.Status, msg)
		} else {
			require.Equal(t, Unassessed, a.Status, msg)
		}
		return
	}
	require.Equal(t, latest.ID, a.Inspection.ID, msg)
	require.Equal(t, a.Result.Status, a.Status, msg)
	require.Equal(t, MustQuery(spec).Evaluate(a.Campus, latest.Measurements), a.Result, msg)
	require.Equal(t, a.Campus.ID, a.Result.Campus, msg)
}
