package finding

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Under a schedule, each inspection is measured at the level in force at its
// campus on the inspection's own date: a requirement that applies from the
// heightened level opens no finding at an inspection before the raise.
func TestDeriveUnderSchedule(t *testing.T) {
	reg := testRegister(t, 2)
	std := loadStandard(t, "lvl", "1", reqGuardroom+`,{"id":"video_days","title":"视频保存","scope":{"min_level":"heightened"},`+
		`"rule":{"kind":"count_at_least","indicator":"video_retention_days","min":30}}`)
	c := reg.At(0) // 320505001
	m := compliance.MustMeasurements(compliance.ObserveFact(guardroomInd, true), compliance.ObserveCount(videoDaysInd, 20))
	var ins []compliance.Inspection
	for _, d := range []string{"2010-03-20", "2010-04-01"} {
		ins = append(ins, compliance.Inspection{ID: testID("insp" + d), Campus: c.ID, Date: civil.MustParseDate(d), Team: "一组", Measurements: m})
	}
	h, err := compliance.NewHistory(reg, ins)
	require.NoError(t, err)
	asOf := civil.MustParseDate("2010-05-31")
	sched := prevention.MustSchedule(reg.Tree(),
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("320505"), Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Heightened, Notice: "提升"})

	l, err := Derive(h, compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: asOf, Schedule: sched}), Policy{Days: 30})
	require.NoError(t, err)
	require.Equal(t, 1, l.Len())
	for f := range l.All() {
		assert.Equal(t, civil.MustParseDate("2010-04-01"), f.Found, "found at the first inspection after the raise")
	}
	single, err := Derive(h, compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: prevention.Heightened}), Policy{Days: 30})
	require.NoError(t, err)
	for f := range single.All() {
		assert.Equal(t, civil.MustParseDate("2010-03-20"), f.Found, "one level throughout: found at the first inspection")
	}

	// The ledger's and the rectification's reports write the query's spec with its schedule, as a
	// summary's report does (the query itself has no JSON form under a schedule).
	want, err := json.Marshal(sched)
	require.NoError(t, err)
	for _, v := range []any{l, l.Rectification()} {
		b, err := json.Marshal(v)
		require.NoError(t, err, "%T under a schedule", v)
		assert.Contains(t, string(b), `"as_of":"2010-05-31","schedule":`+string(want)+`,"window":0}`, "%T: the schedule in place of one level", v)
	}

	// The rectification figure records the levels in force across its jurisdiction.
	f, err := l.Rectification().Figure(compliance.RectificationMeasure, hierarchy.Code{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, prevention.SetOf(prevention.Normal, prevention.Heightened), f.Levels)
	f, err = l.Rectification().Figure(compliance.RectificationMeasure, hierarchy.MustParseCode("320505"), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, prevention.Heightened, f.PreventionLevel)

	// An inspection before any level was in force at its campus is refused, named.
	late := prevention.MustSchedule(reg.Tree(),
		prevention.Change{Effective: civil.MustParseDate("2010-03-21"), Level: prevention.Normal, Notice: "常态"})
	_, err = Derive(h, compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: asOf, Schedule: late}), Policy{Days: 30})
	assert.ErrorIs(t, err, prevention.ErrNoLevel)
	assert.ErrorContains(t, err, "2010-03-20")
	assert.ErrorContains(t, err, testID("insp2010-03-20").String())
}
