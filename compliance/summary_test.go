package compliance

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSummaryRollUpProperty checks on seeded random registers that every
// jurisdiction's tally is its own campuses plus its children's tallies, that
// the roots sum to the register total, that cells add up to jurisdictions,
// and that drill-down lists exactly the campuses a cell counts.
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
		require.Equal(t, total, s.Total())
		require.Equal(t, int64(reg.Len()), s.Total().Total())

		var roots Tally
		for _, r := range tree.Roots() {
			rt, ok := s.Jurisdiction(r.Code)
			require.True(t, ok)
			roots = roots.Merge(rt)
		}
		assert.Equal(t, s.Total(), roots, "sum over roots = register total")

		for j, got := range s.All() {
			want := own[j.Code]
			for _, ch := range tree.Children(j.Code) {
				ct, ok := s.Jurisdiction(ch.Code)
				require.True(t, ok)
				want = want.Merge(ct)
			}
			require.Equal(t, want, got, "parent = own + children at %s", j.Code)

			node, _ := tree.Index(j.Code)
			var cellsSum Tally
			for _, g := range campus.Values[campus.Group]() {
				for _, l := range campus.Values[campus.License]() {
					ct, ok := s.Cell(j.Code, g, l)
					require.True(t, ok)
					cellsSum = cellsSum.Merge(ct)
					wantCell := ownCell[[3]int{node, int(g), int(l)}]
					for _, ch := range tree.Children(j.Code) {
						cc, _ := s.Cell(ch.Code, g, l)
						wantCell = wantCell.Merge(cc)
					}
					require.Equal(t, wantCell, ct, "cell %s %s %s", j.Code, g, l)
					for _, status := range Values[Status]() {
						require.Len(t, s.Campuses(j.Code, g, l, status), int(ct.Count(status)))
					}
				}
			}
			require.Equal(t, got, cellsSum, "cells add up at %s", j.Code)
			require.Len(t, s.Campuses(j.Code, 0, 0, 0), int(got.Total()))
		}
		for _, k := range campus.Values[campus.Kind]() {
			require.Equal(t, byKind[k], s.Kind(k))
			kt, ok := s.KindIn(hierarchy.Code{}, k)
			require.True(t, ok)
			require.Equal(t, byKind[k], kt)
		}
		var kinds Tally
		for _, kt := range s.ByKind() {
			require.False(t, kt.IsZero())
			kinds = kinds.Merge(kt)
		}
		require.Equal(t, s.Total(), kinds, "kinds add up")
	}
}

func TestSummaryAccessors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	tree := synthTree(t, 1, 2, 2)
	reg := synthRegister(t, rng, tree, 60)
	st := randomStatuses(rng, reg.Len())
	s := summaryOf(t, reg, st)

	assert.Same(t, reg, s.Register())
	assert.Equal(t, civil.MustParseDate("2012-02-14"), s.AsOf())
	unknown := hierarchy.MustParseCode("110101")
	_, ok := s.Jurisdiction(unknown)
	assert.False(t, ok)
	_, ok = s.Jurisdiction(hierarchy.Code{})
	assert.False(t, ok, "Jurisdiction needs a code; Total is the register")
	_, ok = s.Cell(unknown, 0, 0)
	assert.False(t, ok)
	_, ok = s.Cell(hierarchy.Code{}, 3, 0)
	assert.False(t, ok)
	_, ok = s.Cell(hierarchy.Code{}, 0, 3)
	assert.False(t, ok)
	_, ok = s.KindIn(unknown, campus.Primary)
	assert.False(t, ok)
	_, ok = s.KindIn(hierarchy.Code{}, 0)
	assert.False(t, ok)
	assert.True(t, s.Kind(0).IsZero())
	assert.Nil(t, s.Campuses(unknown, 0, 0, 0))
	assert.Nil(t, s.Campuses(hierarchy.Code{}, 0, 0, 9))
	assert.Nil(t, s.Campuses(hierarchy.Code{}, 9, 0, 0))

	// Drill-down is in register order and agrees with Status/StatusOf.
	all := s.Campuses(hierarchy.Code{}, 0, 0, 0)
	require.Len(t, all, reg.Len())
	for i, c := range all {
		assert.Equal(t, reg.At(i), c)
		got, ok := s.StatusOf(c.ID)
		require.True(t, ok)
		assert.Equal(t, s.Status(i), got)
		assert.Equal(t, st[i], got)
	}
	_, ok = s.StatusOf(synthID("nope", 0))
	assert.False(t, ok)

	// Early exit from the iterators.
	n := 0
	for range s.All() {
		n++
		break
	}
	for range s.ByKind() {
		n++
		break
	}
	for range s.CampusesSeq(hierarchy.Code{}, 0, 0, 0) {
		n++
		break
	}
	assert.Equal(t, 3, n)

	// The zero Summary is empty and does not panic.
	var z Summary
	assert.True(t, z.Total().IsZero())
	_, ok = z.Cell(hierarchy.Code{}, 0, 0)
	assert.False(t, ok)
	assert.Nil(t, z.Campuses(hierarchy.Code{}, 0, 0, 0))
	for range z.All() {
		t.Fatal("zero summary has no jurisdictions")
	}
	_, ok = z.StatusOf(synthID("campus", 0))
	assert.False(t, ok)
}

func TestSummaryInvalidStatus(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	reg := synthRegister(t, rng, synthTree(t, 1, 1, 1), 3)
	_, err := newSummary(reg, testMeta, func(int) Status { return 0 })
	assert.ErrorIs(t, err, ErrSummary)
}

func TestCompare(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	tree := synthTree(t, 1, 2, 2)
	reg := synthRegister(t, rng, tree, 200)
	base := summaryOf(t, reg, randomStatuses(rng, reg.Len()))
	report := summaryOf(t, reg, randomStatuses(rng, reg.Len()))
	cmp, err := Compare(base, report)
	require.NoError(t, err)
	assert.Same(t, base, cmp.Base())
	assert.Same(t, report, cmp.Report())

	city := hierarchy.MustParseCode("320500")
	for _, m := range []Measure{ComplianceMeasure, AssessedComplianceMeasure, CoverageMeasure} {
		ch, ok := cmp.Cell(city, 0, campus.Licensed, m)
		require.True(t, ok)
		bt, _ := base.Cell(city, 0, campus.Licensed)
		rt, _ := report.Cell(city, 0, campus.Licensed)
		fr, _ := tallyRate(bt, m)
		tr, _ := tallyRate(rt, m)
		assert.Equal(t, rate.Change{From: fr, To: tr}, ch)
		p, ok := ch.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		require.True(t, ok)
		want, _ := rate.Change{From: fr, To: tr}.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.True(t, want.Equal(p))
		r, ok := ch.Relative(rate.Precision{Places: 1, Rounding: rate.HalfUp})
		wantR, okR := rate.Change{From: fr, To: tr}.Relative(rate.Precision{Places: 1, Rounding: rate.HalfUp})
		assert.Equal(t, okR, ok)
		assert.True(t, wantR.Equal(r))
	}
	_, ok := cmp.Cell(city, 0, 0, RectificationMeasure)
	assert.False(t, ok, "not a campus measure")
	_, ok = cmp.Cell(hierarchy.MustParseCode("110000"), 0, 0, ComplianceMeasure)
	assert.False(t, ok)
	_, err = Compare(nil, report)
	assert.ErrorIs(t, err, ErrSummary)

	c := rate.Change{From: rate.MustParse("174/1396"), To: rate.MustParse("1394/1396")}
	assert.Equal(t, "12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)", c.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.Chinese))
	c.From = rate.MustParse("0/1396")
	assert.Equal(t, "0.0% → 99.9%: +99.9 percentage points, —", c.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.English))
}

func TestSummaryFigure(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	reg := synthRegister(t, rng, synthTree(t, 1, 2, 2), 100)
	s := summaryOf(t, reg, randomStatuses(rng, reg.Len()))
	city := hierarchy.MustParseCode("320500")
	f, err := s.Figure(ComplianceMeasure, city, campus.GroupSchool, campus.Licensed, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	cell, _ := s.Cell(city, campus.GroupSchool, campus.Licensed)
	assert.Equal(t, cell.ComplianceRate(), f.Rate)
	assert.Equal(t, Figure{
		Measure: ComplianceMeasure, Rate: cell.ComplianceRate(), Precision: rate.Precision{Places: 1, Rounding: rate.HalfEven},
		AsOf: testMeta.asOf, StandardID: testMeta.standardID, StandardVersion: testMeta.standardVersion,
		Level: Normal, Jurisdiction: city, Group: campus.GroupSchool, License: campus.Licensed,
	}, f)
	f, err = s.Figure(CoverageMeasure, hierarchy.Code{}, 0, 0, rate.Precision{Places: 0, Rounding: rate.HalfUp})
	require.NoError(t, err)
	assert.Equal(t, s.Total().Coverage(), f.Rate)
	_, err = s.Figure(RectificationMeasure, city, 0, 0, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	assert.ErrorIs(t, err, ErrInvalidMeasure)
	_, err = s.Figure(ComplianceMeasure, hierarchy.MustParseCode("110000"), 0, 0, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	assert.ErrorIs(t, err, ErrSummary)
	_, err = s.Figure(ComplianceMeasure, city, 0, 0, rate.Precision{Places: 1, Rounding: 0})
	assert.ErrorIs(t, err, ErrInvalidFigure)
}
