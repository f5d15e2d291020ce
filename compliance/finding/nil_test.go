package finding

import (
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNilPointers: every method of a nil *Ledger and a nil *Rectification answers like an empty one instead
// of panicking (moved from compliance's TestReliabilityNilPointers).
func TestNilPointers(t *testing.T) {
	code := hierarchy.MustParseCode("320505")
	id := testID("x")
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}

	var fs *Ledger
	require.NotPanics(t, func() {
		assert.True(t, fs.Query().IsZero())
		assert.Equal(t, Policy{}, fs.Policy())
		assert.Equal(t, 0, fs.Len())
		for range fs.All() {
			t.Fatal("a nil ledger yields nothing")
		}
		assert.Empty(t, fs.Of(id))
		assert.Empty(t, fs.Overdue())
		assert.True(t, fs.Tally().IsZero())
		assert.Nil(t, fs.Rectification())
	}, "nil *Ledger")

	var r *Rectification
	require.NotPanics(t, func() {
		tl, ok := r.Tally(hierarchy.Code{})
		assert.False(t, ok)
		assert.True(t, tl.IsZero())
		_, ok = r.Tally(code)
		assert.False(t, ok)
		for range r.Jurisdictions() {
			t.Fatal("a nil rectification yields nothing")
		}
		_, err := r.Figure(compliance.RectificationMeasure, code, p)
		assert.ErrorIs(t, err, compliance.ErrNil, "a nil rectification is named, not the code")
		_, err = r.Figure(compliance.RectificationMeasure, hierarchy.Code{}, p)
		assert.ErrorIs(t, err, compliance.ErrNil)
	}, "nil *Rectification")

	// The zero Ledger (no register) holds no finding and rolls up nowhere.
	var zero Ledger
	require.NotPanics(t, func() {
		assert.Equal(t, 0, zero.Len())
		assert.Nil(t, zero.Of(id))
		assert.Nil(t, zero.Overdue())
		assert.True(t, zero.Tally().IsZero())
		assert.Nil(t, zero.Rectification())
	}, "zero Ledger")
}

// TestZeroValues: the zero Tally, Finding and Policy answer with their documented zero results (moved from
// compliance's TestReliabilityZeroValues).
func TestZeroValues(t *testing.T) {
	var ft Tally
	assert.False(t, ft.Rate(compliance.RectificationMeasure).Defined())
	assert.False(t, ft.Rate(compliance.OnTimeRectificationMeasure).Defined())
	assert.False(t, ft.Rate(compliance.ComplianceMeasure).Defined(), "a campus measure is no rate of findings")
	assert.Equal(t, ft, ft.Add(State(0)), "an invalid state changes nothing")
	assert.Equal(t, ft, ft.Add(State(99)))
	assert.Zero(t, ft.Count(State(99)))
	assert.False(t, ft.Overflowed())
	b, err := ft.MarshalJSON()
	require.NoError(t, err)
	assert.JSONEq(t, `{"total":0,"open":0,"overdue":0,"rectified_on_time":0,"rectified_late":0}`, string(b))

	var fd Finding
	require.NotPanics(t, func() {
		// The zero Finding is invalid; it still answers with a state or the zero State.
		for _, asOf := range []civil.Date{civil.MustParseDate("2012-02-14"), {}} {
			s := fd.State(asOf)
			assert.True(t, s == 0 || s.IsValid(), "%v", s)
		}
	})

	var p Policy
	assert.NoError(t, p.Validate(), "the zero policy is the same-day policy")
	d := civil.MustParseDate("2012-02-14")
	assert.Equal(t, d, p.Deadline(d))
	require.NotPanics(t, func() { _ = p.Deadline(civil.Date{}) })
}
