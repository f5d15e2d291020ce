package main

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCombinedFigures checks the combined section's figures through the library: the city's checklist and
// the Fujian notice combined, summarized on the report date, and each campus's combined status against its
// statuses under either standard alone.
func TestCombinedFigures(t *testing.T) {
	city, o, s := published(t)
	fujian := catalog.Fujian2010()
	both, err := o.combination()
	require.NoError(t, err)
	assert.Equal(t, []compliance.Reference{o.std.Ref(), fujian.Ref()}, both.Parts, "every part is recorded")
	assert.Equal(t, fujian.Effective, both.Effective, "in force when its last part is")
	assert.False(t, both.Effective.After(o.asOf), "the combination was in force on the report date")
	for _, n := range []compliance.Standard{catalog.GBT29315v2012(), catalog.GongZhi2015168(), catalog.GuoBanFa201735(),
		catalog.FourHundred(), catalog.GBT29315v2022()} {
		assert.True(t, n.Effective.After(o.asOf), "%s was not in force on the report date", n.Ref())
	}

	q := compliance.MustQuery(compliance.QuerySpec{Standard: both, AsOf: o.asOf, Schedule: o.schedule})
	comb, err := compliance.Summarize(city.History, q)
	require.NoError(t, err)
	alone, err := compliance.Summarize(city.History,
		compliance.MustQuery(compliance.QuerySpec{Standard: fujian, AsOf: o.asOf, Schedule: o.schedule}))
	require.NoError(t, err)
	status := func(s *compliance.Summary, id uuid.UUID) compliance.Status {
		a, ok := s.Assessment(id)
		require.True(t, ok)
		return a.Status
	}
	for i, c := range city.Register.Campuses() {
		own, fj, st := status(s.now, c.ID), status(alone, c.ID), status(comb, c.ID)
		switch {
		case own == compliance.Unassessed:
			assert.Equal(t, compliance.Unassessed, st, i)
		case own == compliance.NonCompliant:
			assert.Equal(t, compliance.NonCompliant, st, "an unmet city requirement stays unmet: %d", i)
		case fj == compliance.OutOfScope:
			assert.Equal(t, own, st, "outside the notice, the city's checklist alone decides: %d", i)
		default:
			assert.Equal(t, compliance.Incomplete, st, "the notice's indicators were not recorded: %d", i)
		}
	}

	want := map[campus.License][4]int64{ // compliant, non-compliant, incomplete, unassessed
		campus.Licensed: {181, 2, 1213, 0}, campus.Unlicensed: {48, 331, 130, 30}, 0: {229, 333, 1343, 30},
	}
	for l, w := range want {
		c, ok := comb.Tally(licenseCell(city.Code, l))
		require.True(t, ok)
		assert.Equal(t, w, [4]int64{c.Count(compliance.Compliant), c.Count(compliance.NonCompliant), c.Count(compliance.Incomplete), c.Count(compliance.Unassessed)}, l)
	}
	f, err := comb.Figure(compliance.ComplianceMeasure, compliance.AllCampuses().In(city.Code).License(campus.Licensed), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, rate.MustParse("181/1396"), f.Rate)
	aloneAll, _ := alone.Tally(compliance.AllCampuses())
	assert.EqualValues(t, 309, aloneAll.Count(compliance.OutOfScope))

	sec, err := o.buildCombined(city)
	require.NoError(t, err)
	all, _ := comb.Tally(compliance.AllCampuses().In(city.Code))
	assert.Equal(t, all, sec.All.Counts)
	assert.Equal(t, both.Ref(), compliance.Reference{ID: sec.All.Rate.StandardID, Version: sec.All.Rate.StandardVersion}, "the figure names the combined standard")
	assert.Equal(t, aloneAll.Count(compliance.OutOfScope), sec.ProvinceOutOfScope)
	assert.Equal(t, catalog.GBT29315v2012().Ref(), sec.Earliest.Ref)
	require.NotEmpty(t, sec.NotObserved)
	for _, g := range sec.NotObserved {
		assert.Equal(t, fujian.Ref(), g.Origin.Standard, "only the notice's requirements go unobserved: %s", g.Requirement)
		assert.LessOrEqual(t, g.Campuses, all.Count(compliance.Incomplete), g.Requirement)
	}
}
