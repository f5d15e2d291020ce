package compliance

import (
	"encoding/json"
	"github.com/campussec/campussec/source"
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityNilPointers checks that every method of a nil *History and *Summary answers
// like an empty one instead of panicking, and that every function taking one reports a nil with an error
// (compliance/finding checks *Ledger and *Rectification; compare_test.go *change.Comparison).
func TestReliabilityNilPointers(t *testing.T) {
	code := hierarchy.MustParseCode("320505")
	id := testID("x")
	d := civil.MustParseDate("2012-02-14")
	std := testStandard(t)
	q := MustQuery(QuerySpec{Standard: std, AsOf: d, PreventionLevel: prevention.Normal})
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}

	var h *History
	require.NotPanics(t, func() {
		assert.Nil(t, h.Register())
		assert.Equal(t, 0, h.Len())
		assert.Nil(t, h.Of(id))
		_, ok := h.Assess(q, id)
		assert.False(t, ok)
	}, "nil *History")

	var s *Summary
	require.NotPanics(t, func() {
		assert.Nil(t, s.History())
		assert.True(t, s.Query().IsZero())
		for _, cell := range []Cell{AllCampuses(), AllCampuses().In(code), AllCampuses().Kind(campus.Primary),
			AllCampuses().In(code).Kind(campus.Primary), AllCampuses().Group(campus.GroupSchool).License(campus.Licensed)} {
			tl, ok := s.Tally(cell)
			assert.False(t, ok, "%s", cell)
			assert.True(t, tl.IsZero(), "%s", cell)
			_, err := s.Figure(ComplianceMeasure, cell, p)
			assert.ErrorIs(t, err, ErrNil, "%s: a nil summary is named, not the cell", cell)
			for range s.Campuses(cell) {
				t.Fatal("nil summary yields nothing")
			}
			for range s.Campuses(cell, Compliant) {
				t.Fatal("nil summary yields nothing")
			}
		}
		for range s.Jurisdictions() {
			t.Fatal("nil summary yields nothing")
		}
		_, ok := s.Assessment(id)
		assert.False(t, ok)
	}, "nil *Summary")

	// Functions given nil pointers (or the zero Query) return errors.
	reg := testRegister(t, 4)
	hist, err := NewHistory(reg, nil)
	require.NoError(t, err)
	sum, err := Summarize(hist, q)
	require.NoError(t, err)
	require.NotPanics(t, func() {
		_, err := NewHistory(nil, nil)
		assert.ErrorIs(t, err, ErrNil)
		assert.ErrorContains(t, err, "*campus.Register", "the message says which argument is nil")
		_, err = Summarize(nil, q)
		assert.ErrorIs(t, err, ErrNil)
		assert.ErrorContains(t, err, "*History", "a nil history is not a nil register")
		_, err = Summarize(hist, Query{})
		assert.ErrorIs(t, err, ErrInvalidQuery)
		_, err = Summarize(nil, Query{})
		assert.Error(t, err)
		_, err = sum.Figure(ComplianceMeasure, AllCampuses(), p)
		assert.NoError(t, err)
		_, ok := hist.Assess(Query{}, reg.At(0).ID)
		assert.False(t, ok, "the zero Query assesses nothing")
	})
}

// TestReliabilityZeroValues checks that the zero value of every value type answers with its documented zero
// result or an error, never a panic.
func TestReliabilityZeroValues(t *testing.T) {
	c := school(500, 40)
	require.NotPanics(t, func() {
		var d civil.Date
		assert.True(t, d.IsZero())
		assert.Equal(t, "", d.String())
		b, err := d.MarshalText()
		assert.NoError(t, err)
		var back civil.Date
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, d, back, "the zero date round-trips through text")
		assert.Equal(t, 0, d.Compare(civil.Date{}))
		_ = d.AddDays(1)
		_ = d.DaysUntil(civil.MustParseDate("2012-02-14"))
		_, _, _ = d.Date()

		var r rate.Rate
		assert.False(t, r.Defined())
		_, ok := r.Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_, ok = r.Percent(rate.Precision{Places: 1, Rounding: rate.HalfUp})
		assert.False(t, ok)
		_, ok = r.Percent(rate.Precision{Places: 1, Rounding: 0})
		assert.False(t, ok)
		_, ok = r.Rat()
		assert.False(t, ok)
		assert.Equal(t, rate.Undefined, r.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}))
		_, ok = rate.Change{From: r, To: r}.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_, ok = rate.Change{From: r, To: r}.Relative(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_ = rate.Change{From: r, To: r}.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.Chinese)
		_ = rate.Change{From: r, To: r}.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, 0)
		// A defined rate with an invalid rounding mode or out-of-range places reports false.
		half := rate.MustParse("1/2")
		_, ok = half.Percent(rate.Precision{Places: 1, Rounding: rate.Rounding(9)})
		assert.False(t, ok)
		_, ok = half.Percent(rate.Precision{Places: rate.MaxPlaces + 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_, ok = half.Percent(rate.Precision{Places: rate.MinPlaces - 1, Rounding: rate.HalfEven})
		assert.False(t, ok)

		var tl Tally
		assert.False(t, tl.Rate(ComplianceMeasure).Defined())
		assert.False(t, tl.Rate(AssessedComplianceMeasure).Defined())
		assert.False(t, tl.Rate(AssessedMeasure).Defined())
		assert.Zero(t, tl.Count(Status(9)))
		assert.Equal(t, tl, tl.Add(Status(0)), "an invalid status changes nothing")

		var std Standard
		assert.Error(t, std.Validate())
		_, err = NewStandard(std)
		assert.ErrorIs(t, err, ErrInvalidStandard)
		_, err = std.MarshalJSON()
		assert.Error(t, err)
		_, ok = std.Requirement("x")
		assert.False(t, ok)
		_, ok = std.Indicator("x")
		assert.False(t, ok)
		// The zero standard and the zero level make no query; the zero Query evaluates nothing.
		_, err = NewQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
		assert.ErrorIs(t, err, ErrInvalidStandard)
		_, err = NewQuery(QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14")})
		assert.ErrorIs(t, err, ErrInvalidQuery)
		assert.ErrorIs(t, err, prevention.ErrInvalidLevel)
		var zq Query
		assert.True(t, zq.IsZero())
		assert.Equal(t, QuerySpec{}, zq.Spec())
		assert.Equal(t, Result{}, zq.Evaluate(c, Measurements{}))
		assert.Equal(t, Result{}, zq.Evaluate(campus.Campus{}, Measurements{}))
		// A valid query given the zero campus answers without panicking.
		res := evaluate(testStandard(t), campus.Campus{}, Measurements{}, prevention.Normal)
		assert.Equal(t, res.Status, fastStatus(testStandard(t), campus.Campus{}, Measurements{}, prevention.Normal))

		var m Measurements
		assert.Equal(t, 0, m.Len())
		assert.Empty(t, slices.Collect(m.All()))
		assert.True(t, m.equal(Measurements{}))
		_, obs := m.ObservedFact(Indicator{})
		assert.False(t, obs)
		_, obs = m.ObservedCount(Indicator{})
		assert.False(t, obs)
		assert.False(t, m.observed(Indicator{}))

		var ind Indicator
		assert.True(t, ind.IsZero())
		_ = ind.String()

		_, err = NewQuery(QuerySpec{})
		assert.ErrorIs(t, err, ErrInvalidQuery)
		assert.ErrorIs(t, err, ErrInvalidStandard)

		var v Versions
		assert.Equal(t, 0, v.len())
		_, ok = v.InForce(civil.MustParseDate("2012-02-14"))
		assert.False(t, ok)
		_, ok = v.InForce(civil.Date{})
		assert.False(t, ok)
		_, err = NewVersions()
		_ = err

		var f Figure
		assert.Error(t, f.Validate())
		_ = f.Format(rate.Chinese)
		_ = f.Format(0)
		_, ok = f.Value()
		assert.False(t, ok)
		_, err = json.Marshal(f)
		_ = err

		var ch rate.Change
		_, ok = ch.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_, ok = ch.Relative(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.False(t, ok)
		_ = ch.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.Chinese)

		var res2 Result
		assert.Zero(t, res2.count(Met))
		assert.Empty(t, res2.With(Unmet))

		var sc Scope
		assert.True(t, sc.IsZero())
		assert.True(t, sc.Applies(campus.Campus{}, 0) || !sc.Applies(campus.Campus{}, 0))
	})
	for _, e := range []interface{ MarshalText() ([]byte, error) }{Status(0), Status(9), rate.Rounding(0), rate.Rounding(9),
		rate.Lang(0), rate.Lang(9), Measure(0), Measure(99), prevention.Level(0),
		prevention.Level(9), ValueKind(9), source.Confidence(9), RuleKind(9), Basis(9), StepRounding(9), BoardingScope(9),
		Outcome(9)} {
		require.NotPanics(t, func() { _, _ = e.MarshalText() }, "%T", e)
		require.NotPanics(t, func() { _ = e.(interface{ String() string }).String() }, "%T", e)
		require.NotPanics(t, func() { _ = e.(interface{ Name(rate.Lang) string }).Name(rate.Chinese) }, "%T", e)
	}
}
