package finding

import (
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeriveVersionsByDate: under a query of versions, each inspection is measured against the version in
// force on its date. Version 1 (from 2010-05-01) asks for two guards, version 2 (from 2011-06-01) for one: a
// campus with one guard is found short in 2010 and rectified by its 2011 inspection with nothing changed on the
// ground; an inspection before version 1 derives nothing. Under version 1 alone the finding stays open.
func TestDeriveVersionsByDate(t *testing.T) {
	reg := testRegister(t, 1)
	c := reg.At(0)
	one := compliance.MustMeasurements(compliance.ObserveCount(guardsInd, 1))
	none := compliance.MustMeasurements(compliance.ObserveCount(guardsInd, 0))
	in := func(name, date string, m compliance.Measurements) compliance.Inspection {
		return compliance.Inspection{ID: testID(name), Campus: c.ID, Date: civil.MustParseDate(date), Team: "组", Measurements: m}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		in("early", "2010-04-01", none), in("first", "2010-06-01", one), in("second", "2011-07-01", one)})
	require.NoError(t, err)
	v1 := loadStandard(t, "guards", "1", reqGuards)
	v2 := v1
	v2.Version, v2.Effective = "2", civil.MustParseDate("2011-06-01")
	v2.Requirements = []compliance.Requirement{v1.Requirements[0]}
	v2.Requirements[0].Rule.Min = 1
	vs, err := compliance.NewVersions(v1, v2)
	require.NoError(t, err)
	asOf := civil.MustParseDate("2012-02-14")

	l, err := Derive(h, compliance.MustQuery(compliance.QuerySpec{Versions: vs, AsOf: asOf, PreventionLevel: prevention.Normal}), Policy{Days: 30})
	require.NoError(t, err)
	fs := l.Of(c.ID)
	require.Len(t, fs, 1, "the 2010-04-01 inspection, before version 1, derives nothing")
	assert.Equal(t, testID("first"), fs[0].Inspection)
	assert.Equal(t, 2, fs[0].Required, "version 1's rule")
	assert.Equal(t, testID("second"), fs[0].RectifiedBy, "met under version 2, in force on 2011-07-01")

	l, err = Derive(h, compliance.MustQuery(compliance.QuerySpec{Standard: v1, AsOf: asOf, PreventionLevel: prevention.Normal}), Policy{Days: 30})
	require.NoError(t, err)
	fs = l.Of(c.ID)
	require.Len(t, fs, 1)
	assert.Equal(t, testID("early"), fs[0].Inspection, "one Standard measures every inspection, whatever its date")
	assert.True(t, fs[0].Rectified.IsZero(), "still short of version 1's two guards")
}
