package campus

import (
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityNilRegister checks that every method of a nil *Register answers like the zero Register
// (empty) instead of panicking; At, Node and SchoolOf panic like an empty slice, as documented.
func TestReliabilityNilRegister(t *testing.T) {
	var r *Register
	some := id("x")
	require.NotPanics(t, func() {
		assert.Nil(t, r.Tree())
		assert.Equal(t, 0, r.Len())
		assert.Equal(t, 0, r.NumSchools())
		_, ok := r.IndexOf(some)
		assert.False(t, ok)
		_, ok = r.Campus(some)
		assert.False(t, ok)
		for range r.Campuses() {
			t.Fatal("nil register yields nothing")
		}
		assert.Empty(t, r.Schools())
		_, ok = r.School(some)
		assert.False(t, ok)
		assert.Nil(t, r.CampusesOf(some))
		_, ok = r.MainCampus(some)
		assert.False(t, ok)
		lo, hi := r.Range(codeCity)
		assert.Equal(t, 0, lo)
		assert.Equal(t, 0, hi)
		assert.Nil(t, r.In(codeCity))
		assert.True(t, r.CampusCounts().IsZero())
		assert.True(t, r.SchoolCounts().IsZero())
		assert.Equal(t, 0, r.CampusCountsByJurisdiction().Len())
		assert.Equal(t, 0, r.SchoolCountsByJurisdiction().Len())
	})
	assert.Panics(t, func() { r.At(0) })
	assert.Panics(t, func() { r.Node(0) })
	assert.Panics(t, func() { r.SchoolOf(0) })
}

// TestReliabilityZeroRegister extends the owner's zero-Register test to every method.
func TestReliabilityZeroRegister(t *testing.T) {
	var r Register
	some := id("x")
	require.NotPanics(t, func() {
		assert.Nil(t, r.Tree())
		assert.Equal(t, 0, r.NumSchools())
		_, ok := r.IndexOf(some)
		assert.False(t, ok)
		_, ok = r.Campus(some)
		assert.False(t, ok)
		for range r.Campuses() {
			t.Fatal("zero register yields nothing")
		}
		assert.Empty(t, r.Schools())
		assert.Nil(t, r.CampusesOf(some))
		_, ok = r.MainCampus(some)
		assert.False(t, ok)
		assert.True(t, r.SchoolCounts().IsZero())
		for range r.CampusCountsByJurisdiction().All() {
			t.Fatal("zero counts yield nothing")
		}
	})
}

// TestReliabilityZeroValues checks the documented zero results of every value type of the package.
func TestReliabilityZeroValues(t *testing.T) {
	require.NotPanics(t, func() {
		var k Kind
		assert.False(t, k.IsValid())
		assert.Equal(t, "Kind(0)", k.String())
		assert.Equal(t, "Kind(255)", Kind(255).String())
		assert.Empty(t, k.Name(rate.Chinese))
		assert.Empty(t, k.Code())
		assert.Equal(t, Group(0), k.Group())
		assert.Nil(t, k.Stages())
		assert.False(t, k.HasStage(StagePrimary))
		assert.False(t, Kind(255).HasStage(Stage(255)))
		assert.Equal(t, Category(0), k.Category())
		b, err := k.MarshalText()
		assert.NoError(t, err)
		assert.Empty(t, b)

		var s Stage
		assert.Equal(t, "Stage(0)", s.String())
		assert.Empty(t, s.Name(rate.Chinese))
		assert.Empty(t, Stage(255).Name(rate.Chinese))
		var g Group
		assert.Equal(t, "Group(0)", g.String())
		assert.Empty(t, g.Name(rate.Chinese))
		var l License
		assert.Equal(t, "License(0)", l.String())
		assert.Empty(t, l.Name(rate.Chinese))
		var lo Locale
		assert.Equal(t, "Locale(0)", lo.String())
		assert.Empty(t, lo.Name(rate.Chinese))
		assert.Empty(t, lo.Code())
		assert.False(t, lo.Urban() || lo.City() || lo.Town() || lo.Rural())
		assert.False(t, Locale(65535).Urban())
		var c Category
		assert.Equal(t, "Category(0)", c.String())
		assert.Equal(t, "Category(255)", Category(255).String())
		assert.Empty(t, c.Name(rate.Chinese))
		assert.Empty(t, Category(255).Name(rate.Chinese))
		assert.False(t, c.Holds(Primary))
		assert.False(t, Category(255).Holds(Kind(255)))

		var sc SchoolCode
		assert.Empty(t, sc.String())
		assert.Equal(t, Category(0), sc.Category())
		assert.Equal(t, 0, sc.Province())
		assert.Equal(t, 0, sc.Sequence())

		var n CampusCounts
		assert.True(t, n.IsZero())
		assert.Zero(t, n.Total())
		assert.Zero(t, n.Group(Group(255)))
		assert.Zero(t, n.License(License(255)))
		assert.Zero(t, n.GroupLicense(Group(255), License(255)))
		assert.Zero(t, n.Kind(Kind(255)))
		assert.Zero(t, n.Stage(Stage(255)))
		assert.Zero(t, n.Locale(Locale(999)))
		assert.Zero(t, n.Urban())
		assert.True(t, n.Merge(n).IsZero())
		_, err = n.MarshalJSON()
		assert.NoError(t, err)

		var jc JurisdictionCounts[CampusCount]
		assert.Zero(t, jc.Len())
		_, ok := jc.Get(codeCity)
		assert.False(t, ok)

		var cp Campus
		assert.Equal(t, Group(0), cp.Group())
		assert.Error(t, cp.Validate())
		var sch School
		assert.Error(t, sch.Validate())
	})
	// Invalid enum values never marshal.
	for _, m := range []interface{ MarshalText() ([]byte, error) }{Kind(200), Stage(200), Group(200),
		License(200), Locale(999), Category(200)} {
		_, err := m.MarshalText()
		assert.Error(t, err, "%T", m)
	}
	_, err := NewRegister(nil, nil, nil)
	assert.ErrorIs(t, err, ErrNilTree)
	r, err := NewRegister(testTree(t), nil, nil)
	require.NoError(t, err, "an empty register is valid")
	assert.Equal(t, 0, r.Len())
	assert.Equal(t, uuid.UUID{}, uuid.Nil)
}
