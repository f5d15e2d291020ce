package compliance_test

// The tests of package visit that need compliance's test fixtures (a register
// and a history built by its helpers, exported to this package by
// export_test.go).

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/visit"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVisitBetween: visit.Between lists the campuses no team visited in the
// period and each team's campuses, both ends inclusive, and refuses a
// reversed or open period and a nil history.
func TestVisitBetween(t *testing.T) {
	reg := compliance.TestRegister(t, 5)
	id := func(i int) uuid.UUID { return reg.At(i).ID }
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		compliance.Insp("1", id(3), "2012-01-01", "二组"),
		compliance.Insp("2", id(0), "2012-01-31", "一组"),
		compliance.Insp("3", id(3), "2012-01-15", "二组"),
		compliance.Insp("4", id(1), "2011-12-31", "一组"), // before the period
		compliance.Insp("5", id(2), "2012-02-01", "一组"), // after the period
		compliance.Insp("6", id(4), "2012-01-20", "一组"),
		compliance.Insp("7", id(0), "2012-01-02", "二组"),
	})
	require.NoError(t, err)
	at := func(is ...int) []campus.Campus {
		out := make([]campus.Campus, len(is))
		for k, i := range is {
			out[k] = reg.At(i)
		}
		return out
	}
	from, to := civil.MustParseDate("2012-01-01"), civil.MustParseDate("2012-01-31")
	v, err := visit.Between(h, from, to)
	require.NoError(t, err)
	assert.Equal(t, from, v.From)
	assert.Equal(t, to, v.To)
	assert.Equal(t, at(1, 2), v.Unvisited)
	assert.Equal(t, []visit.Team{{Name: "一组", Campuses: at(0, 4)}, {Name: "二组", Campuses: at(0, 3)}}, v.Teams)
	one, err := visit.Between(h, civil.MustParseDate("2012-01-15"), civil.MustParseDate("2012-01-15"))
	require.NoError(t, err)
	assert.Equal(t, at(0, 1, 2, 4), one.Unvisited, "a one-day period")
	assert.Equal(t, []visit.Team{{Name: "二组", Campuses: at(3)}}, one.Teams)
	_, err = visit.Between(h, civil.MustParseDate("2012-02-01"), civil.MustParseDate("2012-01-01"))
	assert.ErrorIs(t, err, visit.ErrInvalidPeriod)
	_, err = visit.Between(h, civil.Date{}, civil.MustParseDate("2012-01-01"))
	assert.ErrorIs(t, err, visit.ErrInvalidPeriod)
	_, err = visit.Between(h, civil.MustParseDate("2012-01-01"), civil.Date{})
	assert.ErrorIs(t, err, visit.ErrInvalidPeriod)
	_, err = visit.Between((*compliance.History)(nil), from, to)
	assert.ErrorIs(t, err, compliance.ErrNil)
}

// TestVisitBadInput catalogues what visit.Between rejects.
func TestVisitBadInput(t *testing.T) {
	reg := compliance.TestRegister(t, 2)
	d := civil.MustParseDate("2012-01-10")
	good, err := compliance.NewHistory(reg, []compliance.Inspection{compliance.Insp("a", reg.At(0).ID, d.String(), "一组")})
	require.NoError(t, err)
	badinput.RunMentioningOneOf(t, []string{"compliance: ", "visit: "}, []badinput.Case{
		{Name: "reversed period", Call: func() error { _, err := visit.Between(good, d, d.AddDays(-1)); return err },
			Is: []error{visit.ErrInvalidPeriod}, Names: []string{"2012-01-10"}},
		{Name: "zero period", Call: func() error { _, err := visit.Between(good, civil.Date{}, d); return err }, Is: []error{visit.ErrInvalidPeriod}},
		{Name: "nil history", Call: func() error { _, err := visit.Between(nil, d, d); return err }, Is: []error{compliance.ErrNil}},
	})
}
