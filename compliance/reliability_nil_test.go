package compliance

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityNilPointers checks that every method of a nil *History, *Summary, *Findings,
// *Rectification and *Comparison answers like an empty one instead of panicking (Status(i) and At(i) panic
// like an empty slice, as documented), and that every function taking one reports a nil with an error.
func TestReliabilityNilPointers(t *testing.T) {
	code := hierarchy.MustParseCode("320505")
	id := testID("x")
	d := civil.MustParseDate("2012-02-14")
	std := testStandard(t)
	q := Query{Standard: std, AsOf: d, Level: Normal}

	var h *History
	require.NotPanics(t, func() {
		assert.Nil(t, h.Register())
		assert.Equal(t, 0, h.Len())
		assert.Nil(t, h.Of(0))
		_, ok := h.Latest(0, d, 0)
		assert.False(t, ok)
		assert.Equal(t, Status(0), h.Status(0, q))
		_, ok = h.StatusByID(id, q)
		assert.False(t, ok)
		_, _, ok = h.Evaluate(0, q)
		assert.False(t, ok)
		_, err := h.Coverage(d, d)
		assert.Error(t, err)
	}, "nil *History")

	var s *Summary
	require.NotPanics(t, func() {
		assert.Nil(t, s.Register())
		assert.True(t, s.AsOf().IsZero())
		assert.True(t, s.Total().IsZero())
		_, ok := s.Cell(code, 0, 0)
		assert.False(t, ok)
		_, ok = s.Jurisdiction(code)
		assert.False(t, ok)
		for range s.All() {
			t.Fatal("nil summary yields nothing")
		}
		assert.True(t, s.Kind(campus.Primary).IsZero())
		for range s.ByKind() {
			t.Fatal("nil summary yields nothing")
		}
		_, ok = s.KindIn(code, campus.Primary)
		assert.False(t, ok)
		_, ok = s.StatusOf(id)
		assert.False(t, ok)
		_, err := s.Figure(ComplianceMeasure, code, 0, 0, rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.Error(t, err)
		assert.Empty(t, s.Campuses(code, 0, 0, Compliant))
		for range s.CampusesSeq(code, 0, 0, Compliant) {
			t.Fatal("nil summary yields nothing")
		}
	}, "nil *Summary")
	assert.Panics(t, func() { s.Status(0) })

	var fs *Findings
	require.NotPanics(t, func() {
		assert.Nil(t, fs.Register())
		assert.Equal(t, DeadlinePolicy{}, fs.Policy())
		assert.Equal(t, 0, fs.Len())
		for range fs.All() {
			t.Fatal("nil findings yield nothing")
		}
		assert.Empty(t, fs.Of(id))
		assert.Empty(t, fs.Overdue(d))
		assert.True(t, fs.Tally(d).IsZero())
		_, err := fs.Rectification(d)
		assert.Error(t, err)
	}, "nil *Findings")

	var r *Rectification
	require.NotPanics(t, func() {
		assert.True(t, r.AsOf().IsZero())
		assert.True(t, r.Total().IsZero())
		_, ok := r.Jurisdiction(code)
		assert.False(t, ok)
		for range r.All() {
			t.Fatal("nil rectification yields nothing")
		}
		_, err := r.Figure(RectificationMeasure, code, rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.Error(t, err)
	}, "nil *Rectification")

	var c *Comparison
	require.NotPanics(t, func() {
		assert.Nil(t, c.Base())
		assert.Nil(t, c.Report())
		_, ok := c.Cell(code, 0, 0, ComplianceMeasure)
		assert.False(t, ok)
	}, "nil *Comparison")

	// Functions given nil pointers return errors.
	reg := testRegister(t, 4)
	hist, err := NewHistory(reg, nil)
	require.NoError(t, err)
	require.NotPanics(t, func() {
		_, err := NewHistory(nil, nil)
		assert.ErrorIs(t, err, ErrNilRegister)
		_, err = Summarize(nil, nil, q)
		assert.ErrorIs(t, err, ErrNilRegister)
		assert.ErrorIs(t, err, ErrSummary)
		_, err = Summarize(reg, nil, q)
		assert.ErrorIs(t, err, ErrSummary)
		_, err = Summarize(nil, hist, q)
		assert.ErrorIs(t, err, ErrSummary)
		_, err = DeriveFindings(nil, std, Normal, DeadlinePolicy{Days: 30})
		assert.ErrorIs(t, err, ErrFinding)
		_, err = Compare(nil, nil)
		assert.Error(t, err)
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
		assert.False(t, tl.ComplianceRate().Defined())
		assert.False(t, tl.AssessedComplianceRate().Defined())
		assert.False(t, tl.Coverage().Defined())
		assert.Zero(t, tl.Count(Status(9)))
		assert.Equal(t, tl, tl.Add(Status(0)), "an invalid status changes nothing")
		var ft FindingTally
		assert.False(t, ft.RectificationRate().Defined())
		assert.False(t, ft.OnTimeRate().Defined())
		assert.Equal(t, ft, ft.Add(FindingState(0)))

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
		// Evaluating against the zero standard: nothing applies, nothing is unmet.
		res := Evaluate(std, c, Measurements{}, Normal)
		assert.Equal(t, res.Status, StatusOf(std, c, Measurements{}, Normal))
		_ = Evaluate(std, campus.Campus{}, Measurements{}, 0)
		_ = StatusOf(testStandard(t), campus.Campus{}, Measurements{}, 0)

		var m Measurements
		assert.Equal(t, 0, m.Len())
		assert.Empty(t, slices.Collect(m.All()))
		assert.True(t, m.Equal(Measurements{}))
		_, obs := m.Fact(Indicator{})
		assert.False(t, obs)
		_, obs = m.Count(Indicator{})
		assert.False(t, obs)
		assert.False(t, m.Observed(Indicator{}))

		var ind Indicator
		assert.True(t, ind.IsZero())
		_ = ind.String()

		var q Query
		err = q.Validate()
		assert.ErrorIs(t, err, ErrInvalidQuery)
		assert.ErrorIs(t, err, ErrInvalidStandard)

		var v Versions
		assert.Equal(t, 0, v.Len())
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

		var fd Finding
		_ = fd.State(civil.MustParseDate("2012-02-14"))
		_ = fd.State(civil.Date{})
		var p DeadlinePolicy
		_ = p.Validate()
		_ = p.Deadline(civil.Date{})

		var res2 Result
		assert.Zero(t, res2.Count(Met))
		assert.Empty(t, res2.With(Unmet))

		var sc Scope
		assert.True(t, sc.IsZero())
		assert.True(t, sc.Applies(campus.Campus{}, 0) || !sc.Applies(campus.Campus{}, 0))
	})
	for _, e := range []interface{ MarshalText() ([]byte, error) }{Status(0), Status(9), rate.Rounding(0), rate.Rounding(9),
		rate.Lang(0), rate.Lang(9), Measure(0), Measure(99), FindingState(0), FindingState(99), PreventionLevel(0),
		PreventionLevel(9), ValueKind(9), Confidence(9), RuleKind(9), Basis(9), StepRounding(9), BoardingScope(9),
		Outcome(9)} {
		require.NotPanics(t, func() { _, _ = e.MarshalText() }, "%T", e)
		require.NotPanics(t, func() { _ = e.(interface{ String() string }).String() }, "%T", e)
		require.NotPanics(t, func() { _ = e.(interface{ Label() string }).Label() }, "%T", e)
	}
}
