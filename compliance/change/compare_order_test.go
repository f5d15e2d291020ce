package change_test

import (
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/require"
)

// TestCompareRefusesReversedDates: a base dated after the report is refused (every change would carry the
// wrong sign); the right order compares.
func TestCompareRefusesReversedDates(t *testing.T) {
	h, std := exampleHistory()
	at := func(d string) *compliance.Summary {
		q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate(d), PreventionLevel: prevention.Normal})
		s, err := compliance.Summarize(h, q)
		require.NoError(t, err)
		return s
	}
	early, late := at("2011-01-01"), at("2012-02-14")
	_, err := change.Compare(late, early)
	require.ErrorIs(t, err, change.ErrIncomparable)
	require.ErrorContains(t, err, "2012-02-14")
	_, err = change.Compare(early, late)
	require.NoError(t, err)
}
