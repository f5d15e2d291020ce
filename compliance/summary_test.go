package compliance

import (
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

// TestSummaryRollUpProperty checks on seeded random registers that every
// jurisdiction's tally is its own campuses plus its children's tallies, that
// the roots sum to the register total, that cells add up to jurisdictions,
// that a kind narrowing counts the stored statuses of its campuses, and that
// drill-down lists exactly the campuses a cell counts.
func TestSummaryRollUpProperty(t *testing.T) {
	for seed := range uint64(8) {
		rng := rand.New(rand.NewPCG(seed, 2012))
		tree := synthTree(t, 1+rng.IntN(3), 1+rng.IntN(4), 1+rng.IntN(4))
		reg := synthRegister(t, rng, tree, rng.IntN(400))
		st := randomStatuses(rng, reg.Len())
		s := summaryOf(t, reg, st)

		// Own campuses per jurisdiction and cell, counted directly.
		own := map[hierarchy.Code]Tally{}
		ownCell := map[[3]int]Tally{}
		var byKind [64]Tally
		var total Tally
		for i, c := range reg.Campuses() {
			own[c.Jurisdiction] = own[c.Jurisdiction].Add(st[i])
			node, _ := tree.Index(c.Jurisdiction)
			key := [3]int{node, int(c.Kind.Group()), int(c.License)}
			ownCell[key] = ownCell[key].Add(st[i])
			byKind[c.Kind] = byKind[c.Kind].Add(st[i])
			total = total.Add(st[i])
		}
		require.Equal(t, total, totalOf(t, s))
		require.Equal(t, int64(reg.Len()), totalOf(t, s).Total())
		require.Equal(t, total, mustTally(t, s, AllCampuses().In(hierarchy.Code{})), "the zero code is the whole register")

		var roots Tally
		for _, r := range tree.Roots() {
			roots = roots.Merge(mustTally(t, s, AllCampuses().In(r.Code)))
		}
		assert.Equal(t, totalOf(t, s), roots, "sum over roots = register total")

		n := 0
		for j, got := range s.Jurisdictions() {
			n++
			require.Equal(t, mustTally(t, s, AllCampuses().In(j.Code)), got)
			want := own[j.Code]
			for _, ch := range tree.Children(j.Code) {
				want = want.Merge(mustTally(t, s, AllCampuses().In(ch.Code)))
			}
			require.Equal(t, want, got, "parent = own + children at %s", j.Code)

			node, _ := tree.Index(j.Code)
			var cellsSum Tally
			for _, g := range campus.Values[campus.Group]() {
				for _, l := range campus.Values[campus.License]() {
					ct, ok := s.Tally(AllCampuses().In(j.Code).Group(g).License(l))
					require.True(t, ok)
					cellsSum = cellsSum.Merge(ct)
					wantCell := ownCell[[3]int{node, int(g), int(l)}]
					for _, ch := range tree.Children(j.Code) {
						cc, _ := s.Tally(AllCampuses().In(ch.Code).Group(g).License(l))
						wantCell = wantCell.Merge(cc)
					}
					require.Equal(t, wantCell, ct, "cell %s %s %s", j.Code, g, l)
					for _, status := range Values[Status]() {
						require.Equal(t, int(ct.Count(status)), seqLen(s.Campuses(AllCampuses().In(j.Code).Group(g).License(l), status)))
					}
				}
			}
			require.Equal(t, got, cellsSum, "cells add up at %s", j.Code)
			require.Equal(t, int(got.Total()), seqLen(s.Campuses(AllCampuses().In(j.Code))))

			// A kind narrowing counts the stored statuses of the campuses it selects.
			var kinds Tally
			for _, k := range campus.Values[campus.Kind]() {
				var wantKind Tally
				for i, c := range reg.Campuses() {
					if c.Kind == k && j.Code.Contains(c.Jurisdiction) {
						wantKind = wantKind.Add(st[i])
					}
				}
				cell := AllCampuses().In(j.Code).Kind(k)
				require.Equal(t, wantKind, mustTally(t, s, cell), "%s", cell)
				require.Equal(t, int(wantKind.Total()), seqLen(s.Campuses(cell)))
				kinds = kinds.Merge(mustTally(t, s, cell))
			}
			require.Equal(t, got, kinds, "kinds add up at %s", j.Code)
		}
		require.Equal(t, tree.Len(), n, "every jurisdiction once")
		var kinds Tally
		for _, k := range campus.Values[campus.Kind]() {
			require.Equal(t, byKind[k], mustTally(t, s, AllCampuses().Kind(k)))
			require.Equal(t, byKind[k], mustTally(t, s, AllCampuses().In(hierarchy.Code{}).Kind(k)))
			// Group and kind together: the kind's tally when the group is the kind's, else nothing.
			for _, g := range campus.Values[campus.Group]() {
				want := Tally{}
				if k.Group() == g {
					want = byKind[k]
				}
				require.Equal(t, want, mustTally(t, s, AllCampuses().Group(g).Kind(k)), "%s %s", g, k)
			}
			kinds = kinds.Merge(mustTally(t, s, AllCampuses().Kind(k)))
		}
		require.Equal(t, totalOf(t, s), kinds, "kinds add up")
	}
}

func TestSummaryAccessors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	tree := synthTree(t, 1, 2, 2)
	reg := synthRegister(t, rng, tree, 60)
	st := randomStatuses(rng, reg.Len())
	s := summaryOf(t, reg, st)

	assert.Same(t, reg, s.History().Register())
	assert.Equal(t, civil.MustParseDate("2012-02-14"), s.Query().Spec().AsOf)
	unknown := hierarchy.MustParseCode("110101")
	_, ok := s.Tally(AllCampuses().In(unknown))
	assert.False(t, ok)
	whole, ok := s.Tally(AllCampuses().In(hierarchy.Code{}))
	assert.True(t, ok, "the zero code is the whole register")
	assert.Equal(t, totalOf(t, s), whole)
	_, ok = s.Tally(AllCampuses().Group(3))
	assert.False(t, ok)
	_, ok = s.Tally(AllCampuses().License(3))
	assert.False(t, ok)
	_, ok = s.Tally(AllCampuses().In(unknown).Kind(campus.Primary))
	assert.False(t, ok)
	_, ok = s.Tally(AllCampuses().Kind(0))
	assert.False(t, ok)
	assert.Zero(t, seqLen(s.Campuses(AllCampuses().In(unknown))))
	assert.Zero(t, seqLen(s.Campuses(AllCampuses(), 9)))
	assert.Zero(t, seqLen(s.Campuses(AllCampuses(), Compliant, 9)), "one invalid status: nothing")
	assert.Zero(t, seqLen(s.Campuses(AllCampuses().Group(9))))

	// Drill-down is in register order and agrees with the stored statuses
	// and Assessment.
	all := assessmentsOf(s.Campuses(AllCampuses()))
	require.Len(t, all, reg.Len())
	for i, a := range all {
		assert.Equal(t, reg.At(i), a.Campus)
		assert.Equal(t, st[i], s.status[i])
		got, ok := s.Assessment(a.Campus.ID)
		require.True(t, ok)
		assert.Equal(t, a, got)
	}
	_, ok = s.Assessment(synthID("nope", 0))
	assert.False(t, ok)

	// Early exit from the iterators.
	n := 0
	for range s.Jurisdictions() {
		n++
		break
	}
	for range s.Campuses(AllCampuses()) {
		n++
		break
	}
	assert.Equal(t, 2, n)

	// The zero Summary and a nil *Summary are empty and do not panic.
	var z Summary
	for _, s := range []*Summary{&z, nil} {
		_, ok = s.Tally(AllCampuses())
		assert.False(t, ok)
		assert.Zero(t, seqLen(s.Campuses(AllCampuses())))
		for range s.Jurisdictions() {
			t.Fatal("zero summary has no jurisdictions")
		}
		_, ok = s.Assessment(synthID("campus", 0))
		assert.False(t, ok)
		_, err := s.Figure(ComplianceMeasure, AllCampuses(), rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.ErrorIs(t, err, ErrNil, "an empty summary is named, not the cell")
	}
	assert.Nil(t, (*Summary)(nil).History())
	assert.True(t, (*Summary)(nil).Query().IsZero())
}

func TestSummaryInvalidStatus(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	reg := synthRegister(t, rng, synthTree(t, 1, 1, 1), 3)
	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	_, err = newSummary(h, testMetaQuery(t), func(int) Status { return 0 })
	assert.ErrorIs(t, err, ErrInvalidStatus)
	assert.ErrorContains(t, err, reg.At(0).ID.String(), "names the campus")
}

func TestSummaryFigure(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	reg := synthRegister(t, rng, synthTree(t, 1, 2, 2), 100)
	s := summaryOf(t, reg, randomStatuses(rng, reg.Len()))
	city := hierarchy.MustParseCode("320500")
	f, err := s.Figure(ComplianceMeasure, AllCampuses().In(city).Group(campus.GroupSchool).License(campus.Licensed), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	cell, _ := s.Tally(AllCampuses().In(city).Group(campus.GroupSchool).License(campus.Licensed))
	assert.Equal(t, cell.Rate(ComplianceMeasure), f.Rate)
	assert.Equal(t, Figure{
		Measure: ComplianceMeasure, Rate: cell.Rate(ComplianceMeasure), Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf: civil.MustParseDate("2012-02-14"), StandardID: "js-school-security", StandardVersion: "2010-trial", StandardEffective: testStandard(t).Effective,
		PreventionLevel: prevention.Normal, Jurisdiction: city, Group: campus.GroupSchool, License: campus.Licensed,
	}, f)
	f, err = s.Figure(AssessedMeasure, AllCampuses(), rate.Precision{Places: 0, Rounding: rate.HalfUp})
	require.NoError(t, err)
	assert.Equal(t, totalOf(t, s).Rate(AssessedMeasure), f.Rate)
	f, err = s.Figure(AssessedComplianceMeasure, AllCampuses().Kind(campus.Primary), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, campus.Primary, f.Kind, "the figure names its kind")
	assert.Equal(t, mustTally(t, s, AllCampuses().Kind(campus.Primary)).Rate(AssessedComplianceMeasure), f.Rate)
	_, err = s.Figure(RectificationMeasure, AllCampuses().In(city), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	assert.ErrorIs(t, err, ErrInvalidMeasure)
	_, err = s.Figure(ComplianceMeasure, AllCampuses().In(hierarchy.MustParseCode("110000")), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	assert.ErrorIs(t, err, ErrInvalidCell)
	assert.ErrorContains(t, err, "110000", "names the cell")
	_, err = s.Figure(ComplianceMeasure, AllCampuses().In(city), rate.Precision{Places: 1, Rounding: 0})
	assert.ErrorIs(t, err, ErrInvalidFigure)
}
