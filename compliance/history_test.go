package compliance

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func insp(name string, c uuid.UUID, date, team string, obs ...Observation) Inspection {
	return Inspection{ID: testID(name), Campus: c, Date: civil.MustParseDate(date), Team: team, Measurements: MustMeasurements(obs...)}
}

func TestNewHistoryErrors(t *testing.T) {
	reg := testRegister(t, 4)
	c0, c1 := reg.At(0).ID, reg.At(1).ID
	_, err := NewHistory(nil, nil)
	assert.ErrorIs(t, err, ErrNil)

	bad := []Inspection{
		insp("a", c0, "2012-02-01", "一组"),
		{ID: uuid.Nil, Campus: c0, Date: civil.MustParseDate("2012-02-02"), Team: "一组"},
		{ID: testID("nodate"), Campus: c0, Team: "一组"},
		{ID: testID("noteam"), Campus: c0, Date: civil.MustParseDate("2012-02-03"), Team: "  "},
		insp("a", c1, "2012-02-04", "二组"),
		insp("ghost", testID("ghost campus"), "2012-02-04", "二组"),
		insp("b", c0, "2012-02-01", "二组"),
	}
	_, err = NewHistory(reg, bad)
	require.Error(t, err)
	for _, e := range []error{ErrInvalidInspection, ErrInspectionConflict, ErrUnknownCampus, ErrInspectionConflict} {
		assert.ErrorIs(t, err, e)
	}
	msg := err.Error()
	assert.Contains(t, msg, testID("a").String())
	assert.Contains(t, msg, testID("b").String(), "a conflict names both inspections")
	assert.Contains(t, msg, testID("ghost campus").String())
	assert.Contains(t, msg, "no date")
	assert.Contains(t, msg, "no team")
	assert.Contains(t, msg, "nil ID")

	h, err := NewHistory(reg, nil)
	require.NoError(t, err)
	assert.Equal(t, 0, h.Len())
	assert.Empty(t, h.Of(reg.At(0).ID))
}

func TestLatestAndWindow(t *testing.T) {
	reg := testRegister(t, 3)
	c := reg.At(1).ID
	h, err := NewHistory(reg, []Inspection{
		insp("late", c, "2012-02-14", "一组"),
		insp("early", c, "2011-02-14", "一组"),
		insp("mid", c, "2011-09-01", "二组"),
	})
	require.NoError(t, err)
	of := h.Of(c)
	require.Len(t, of, 3)
	assert.Equal(t, []string{"2011-02-14", "2011-09-01", "2012-02-14"},
		[]string{of[0].Date.String(), of[1].Date.String(), of[2].Date.String()}, "date ascending")
	tests := []struct {
		asOf   string
		window int
		want   string // "" = none
	}{
		{"2012-02-14", 0, "late"},   // an inspection on the as-of date counts
		{"2012-02-13", 0, "mid"},    // the day before it does not see it
		{"2011-02-13", 0, ""},       // before every inspection
		{"2011-02-14", 0, "early"},  // same day
		{"2012-02-13", 165, "mid"},  // 2011-09-01 + 165 days = 2012-02-13: exactly window days old counts
		{"2012-02-13", 164, ""},     // window+1 days old does not
		{"2012-02-13", -5, "mid"},   // a negative window is no window
		{"2012-02-29", 15, "late"},  // leap day
		{"2012-03-01", 16, "late"},  // 2012 is a leap year: 16 days after 2012-02-14
		{"2012-03-01", 15, ""},      // one day too old
		{"2013-02-14", 366, "late"}, // a year later, leap year in between
		{"9999-12-31", 0, "late"},   // far future
		{"", 0, ""},                 // zero as-of date sees nothing
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.asOf, "/", tt.window), func(t *testing.T) {
			var asOf civil.Date
			if tt.asOf != "" {
				asOf = civil.MustParseDate(tt.asOf)
			}
			k := h.latest(1, asOf, tt.window)
			if tt.want == "" {
				assert.Equal(t, -1, k)
				return
			}
			require.GreaterOrEqual(t, k, 0)
			assert.Equal(t, testID(tt.want), h.of(1)[k].ID)
			if tt.asOf != "" && tt.window >= 0 {
				// Through the public path: the assessment's inspection is the latest one.
				a, ok := h.Assess(MustQuery(QuerySpec{Standard: testStandard(t), AsOf: asOf, PreventionLevel: prevention.Normal, Window: tt.window}), c)
				require.True(t, ok)
				assert.Equal(t, testID(tt.want), a.Inspection.ID)
			}
		})
	}
	assert.Equal(t, -1, h.latest(0, civil.MustParseDate("2012-02-14"), 0), "a campus with no inspections")
	assert.Empty(t, h.Of(reg.At(0).ID))
	assert.Nil(t, h.Of(testID("not in the register")))
	_, ok := h.Assess(MustQuery(QuerySpec{Standard: testStandard(t), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal}), testID("not in the register"))
	assert.False(t, ok)
	assert.Same(t, reg, h.Register())
	var nilH *History
	assert.Nil(t, nilH.Register())
	assert.Nil(t, nilH.Of(c))
	assert.Zero(t, nilH.Len())
}

func TestHistoryStatus(t *testing.T) {
	reg := testRegister(t, 4)
	std := testStandard(t)
	full := []Observation{ObserveCount(FullTimeGuards, 10), ObserveFact(GuardroomStaffed24h, true), ObserveCount(VideoRetentionDays, 30),
		ObserveFact(canteenCamera, true), ObserveFact(AntiRamBarriers, true)}
	h, err := NewHistory(reg, []Inspection{
		insp("c0-old", reg.At(0).ID, "2011-01-10", "一组", ObserveFact(GuardroomStaffed24h, false)),
		insp("c0-new", reg.At(0).ID, "2012-01-10", "一组", full...),
		insp("c1", reg.At(1).ID, "2012-01-10", "二组", ObserveFact(GuardroomStaffed24h, false)),
		insp("c2", reg.At(2).ID, "2012-01-10", "二组", ObserveFact(GuardroomStaffed24h, true)),
	})
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal})
	statuses := func(q Query) []Status {
		var out []Status
		for i := range reg.Len() {
			a, ok := h.Assess(q, reg.At(i).ID)
			require.True(t, ok)
			require.Equal(t, h.status(i, q), a.Status, "Assess and status agree")
			out = append(out, a.Status)
		}
		return out
	}
	assert.Equal(t, []Status{Compliant, NonCompliant, Incomplete, Unassessed}, statuses(q))
	spec := q.Spec()
	spec.AsOf = civil.MustParseDate("2011-06-01")
	before := statuses(MustQuery(spec))
	assert.Equal(t, NonCompliant, before[0], "the older inspection counts as of an earlier date")
	assert.Equal(t, Unassessed, before[1], "not yet inspected: unassessed, never compliant")
	spec = q.Spec()
	spec.Window = 30
	assert.Equal(t, Unassessed, statuses(MustQuery(spec))[0], "too old for the window")

	a, ok := h.Assess(q, reg.At(1).ID)
	assert.True(t, ok)
	assert.Equal(t, NonCompliant, a.Status)
	_, ok = h.Assess(q, testID("nobody"))
	assert.False(t, ok)
	_, ok = h.Assess(Query{}, reg.At(1).ID)
	assert.False(t, ok, "the zero Query")
	_, ok = (*History)(nil).Assess(q, reg.At(1).ID)
	assert.False(t, ok)
	_, ok = h.Status(q, testID("nobody"))
	assert.False(t, ok)
	_, ok = h.Status(Query{}, reg.At(1).ID)
	assert.False(t, ok, "the zero Query")
	_, ok = (*History)(nil).Status(q, reg.At(1).ID)
	assert.False(t, ok)
	id := reg.At(0).ID
	allocs := testing.AllocsPerRun(100, func() { _, _ = h.Status(q, id) })
	assert.Zero(t, allocs, "History.Status allocates nothing: catalog folds every campus with it")

	a, ok = h.Assess(q, reg.At(0).ID)
	require.True(t, ok)
	assert.Equal(t, reg.At(0), a.Campus)
	assert.Equal(t, testID("c0-new"), a.Inspection.ID)
	assert.Equal(t, Compliant, a.Result.Status)
	assert.Equal(t, q.Evaluate(reg.At(0), a.Inspection.Measurements), a.Result)
	a, ok = h.Assess(q, reg.At(3).ID)
	require.True(t, ok, "an uninspected campus has an assessment")
	assert.Equal(t, Assessment{Campus: reg.At(3), Status: Unassessed}, a, "no inspection, no result")

	for i := range reg.Len() {
		assert.Zero(t, testing.AllocsPerRun(50, func() { _ = h.status(i, q) }))
	}
}

// BenchmarkHistoryStatus measures the per-campus cost of Status over a
// register-sized history with a 20-requirement standard.
func BenchmarkHistoryStatus(b *testing.B) {
	const n = 20000
	reg := testRegister(b, n)
	r := rand.New(rand.NewPCG(7, 8))
	var ins []Inspection
	for i := range n {
		for k := range r.IntN(3) {
			_, m, _ := randomCase(r)
			ins = append(ins, Inspection{ID: testID(fmt.Sprint("i", i, "-", k)), Campus: reg.At(i).ID,
				Date: civil.MustParseDate("2011-01-01").AddDays(k*100 + r.IntN(90)), Team: "组", Measurements: m})
		}
	}
	h, err := NewHistory(reg, ins)
	require.NoError(b, err)
	q := MustQuery(QuerySpec{Standard: wideStandard(b), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal, Window: 365})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range n {
			_ = h.status(i, q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/campus")
}
