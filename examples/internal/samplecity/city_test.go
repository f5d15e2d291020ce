package samplecity

import (
	"strconv"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildTree(t *testing.T) {
	c, err := Build()
	require.NoError(t, err)
	assert.Len(t, c.Tree.Children(c.Code), 10)
	towns := 0
	for j := range c.Tree.Walk(c.Code) {
		if j.Code.Level() != hierarchy.Township {
			continue
		}
		towns++
		n, err := strconv.Atoi(j.Code.String()[6:])
		require.NoError(t, err)
		switch suffix := []rune(j.Name)[len([]rune(j.Name))-1]; {
		case n >= 1 && n <= 99:
			assert.Equal(t, "街道", string([]rune(j.Name)[len([]rune(j.Name))-2:]), j.Code.String())
		case n >= 100 && n <= 199:
			assert.Equal(t, '镇', suffix, j.Code.String())
		case n >= 200 && n <= 399:
			assert.Equal(t, '乡', suffix, j.Code.String())
		default:
			t.Errorf("%s: township digits outside 001–399", j.Code)
		}
	}
	assert.Equal(t, 101, towns)
}

func TestBuildCampuses(t *testing.T) {
	c, err := Build()
	require.NoError(t, err)
	require.Len(t, c.Campuses, 1935)
	var groups [3][3]int
	for _, cp := range c.Campuses {
		require.NoError(t, cp.Validate())
		groups[cp.Group()][cp.License]++
	}
	assert.Equal(t, LicensedSchools, groups[campus.GroupSchool][campus.Licensed])
	assert.Equal(t, LicensedPreschools, groups[campus.GroupPreschool][campus.Licensed])
	assert.Equal(t, UnlicensedPreschools, groups[campus.GroupPreschool][campus.Unlicensed])
	assert.Equal(t, UnlicensedSchools, groups[campus.GroupSchool][campus.Unlicensed])
	assert.Less(t, len(c.Schools), len(c.Campuses), "schools with branch campuses")
	for _, s := range c.Schools {
		require.NoError(t, s.Validate())
	}
}

func TestCoverageFindsTheGapAndTheOverlap(t *testing.T) {
	c, err := Build()
	require.NoError(t, err)
	cov, err := c.Coverage()
	require.NoError(t, err)
	require.Len(t, cov.Gaps, 1)
	assert.Equal(t, GapTown, cov.Gaps[0].Code.String())
	require.Len(t, cov.Overlaps, 1)
	assert.Equal(t, OverlapTown, cov.Overlaps[0].Jurisdiction.Code.String())
}

func TestBuildIsDeterministic(t *testing.T) {
	a, err := Build()
	require.NoError(t, err)
	b, err := Build()
	require.NoError(t, err)
	assert.Equal(t, a.Campuses, b.Campuses)
	assert.Equal(t, a.Schools, b.Schools)
}

func TestRegisterCounts(t *testing.T) {
	c, err := Build()
	require.NoError(t, err)
	n := c.Register.CampusCounts()
	assert.Equal(t, campus.CampusCount(1935), n.Total())
	assert.Equal(t, campus.CampusCount(800), n.Group(campus.GroupSchool))
	assert.Equal(t, campus.CampusCount(1135), n.Group(campus.GroupPreschool))
	assert.Equal(t, campus.CampusCount(1396), n.License(campus.Licensed))
	assert.Equal(t, campus.CampusCount(539), n.License(campus.Unlicensed))
	assert.Less(t, int(c.Register.SchoolCounts().Total()), int(n.Total()))
}

func TestStandardLoads(t *testing.T) {
	std, err := Standard()
	require.NoError(t, err)
	assert.Contains(t, std.Title, "非《江苏省中小学幼儿园治安保卫工作规定(试行)》原文")
	assert.Len(t, std.Requirements, 8)
}
