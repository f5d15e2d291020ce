package finding

import (
	"encoding/json"
	"iter"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindingState(t *testing.T) {
	f := Finding{
		Found:    civil.MustParseDate("2012-01-01"),
		Deadline: civil.MustParseDate("2012-01-31"),
	}
	tests := []struct {
		rectified string
		asOf      string
		want      State
	}{
		{"", "2011-12-31", 0},
		{"", "2012-01-01", Open},
		{"", "2012-01-31", Open},
		{"", "2012-02-01", Overdue},
		{"2012-01-31", "2012-01-30", Open},
		{"2012-01-31", "2012-01-31", RectifiedOnTime},
		{"2012-01-31", "2013-01-01", RectifiedOnTime},
		{"2012-02-01", "2012-01-31", Open},
		{"2012-02-01", "2012-02-01", RectifiedLate},
		{"2012-03-01", "2012-02-15", Overdue},
		{"2012-03-01", "2012-03-01", RectifiedLate},
	}
	for _, tt := range tests {
		g := f
		if tt.rectified != "" {
			g.Rectified = civil.MustParseDate(tt.rectified)
		}
		assert.Equal(t, tt.want, g.State(civil.MustParseDate(tt.asOf)), "rectified %s as of %s", tt.rectified, tt.asOf)
	}
}

func TestStateEnum(t *testing.T) {
	for _, s := range Values[State]() {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back State
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		p, err := ParseLabel[State](s.Name(rate.Chinese))
		require.NoError(t, err)
		assert.Equal(t, s, p)
	}
	assert.Equal(t, "rectified_late", RectifiedLate.String())
	assert.Equal(t, "逾期未整改", Overdue.Name(rate.Chinese))
	assert.True(t, RectifiedLate.Rectified())
	assert.False(t, Overdue.Rectified())
	assert.Equal(t, "State(0)", State(0).String())
	assert.Equal(t, "", State(9).Name(rate.Chinese))
	_, err := State(9).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidState)
	var s State
	assert.ErrorIs(t, s.UnmarshalText([]byte("closed")), ErrInvalidState)
}

func TestPolicy(t *testing.T) {
	assert.NoError(t, Policy{}.Validate())
	assert.NoError(t, Policy{Days: 30}.Validate())
	assert.NoError(t, Policy{Days: maxDeadlineDays}.Validate())
	assert.ErrorIs(t, Policy{Days: -1}.Validate(), ErrInvalidPolicy)
	assert.ErrorIs(t, Policy{Days: maxDeadlineDays + 1}.Validate(), ErrInvalidPolicy)
	assert.Equal(t, civil.MustParseDate("2012-03-01"), Policy{Days: 30}.Deadline(civil.MustParseDate("2012-01-31")), "leap year")
}

func TestTally(t *testing.T) {
	var tl Tally
	assert.True(t, tl.IsZero())
	assert.False(t, tl.Rate(compliance.RectificationMeasure).Defined())
	tl = tl.Add(Open).Add(Overdue).Add(RectifiedOnTime).Add(RectifiedOnTime).Add(RectifiedLate).Add(0)
	assert.Equal(t, int64(5), tl.Total())
	assert.Equal(t, int64(3), tl.Count(RectifiedOnTime)+tl.Count(RectifiedLate), "rectified, on time or late")
	assert.Equal(t, int64(2), tl.Count(RectifiedOnTime))
	assert.Equal(t, int64(0), tl.Count(0))
	assert.Equal(t, rate.MustParse("3/5"), tl.Rate(compliance.RectificationMeasure))
	assert.Equal(t, rate.MustParse("2/4"), tl.Rate(compliance.OnTimeRectificationMeasure))

	b, err := json.Marshal(tl)
	require.NoError(t, err)
	assert.JSONEq(t, `{"total":5,"open":1,"overdue":1,"rectified_on_time":2,"rectified_late":1}`, string(b))
	var back Tally
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tl, back)
	for _, bad := range []string{`{"total":4,"open":1,"overdue":1,"rectified_on_time":2,"rectified_late":1}`, `{"open":-1,"total":-1}`, `[]`} {
		assert.ErrorIs(t, back.UnmarshalJSON([]byte(bad)), ErrInvalidTally, bad)
	}

	rng := rand.New(rand.NewPCG(7, 7))
	rnd := func() Tally {
		var x Tally
		for range rng.IntN(20) {
			x = x.Add(State(rng.IntN(4) + 1))
		}
		return x
	}
	for range 500 {
		a, b, c := rnd(), rnd(), rnd()
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)))
		require.Equal(t, a.Merge(b), b.Merge(a))
		require.Equal(t, a, a.Merge(Tally{}))
	}
}

// seqOf adapts a slice to the derivation input.
func seqOf(es []evaluated) iter.Seq[evaluated] {
	return func(yield func(evaluated) bool) {
		for _, e := range es {
			if !yield(e) {
				return
			}
		}
	}
}

func rr(id string, o compliance.Outcome, obs, req int) compliance.RequirementResult {
	return compliance.RequirementResult{Requirement: id, Outcome: o, Observed: obs, Required: req}
}

func TestDeriveCore(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	tree := synthTree(t, 1, 2, 1)
	reg := synthRegister(t, rng, tree, 3)
	insp := func(n int) uuid.UUID { return synthID("inspection", n) }
	d := civil.MustParseDate
	history := map[int][]evaluated{
		0: {
			{insp(1), d("2012-01-01"), []compliance.RequirementResult{rr("guards", compliance.Unmet, 0, 2), rr("alarm", compliance.Met, 1, 1), rr("gate", compliance.NotObserved, 0, 1)}, ""},
			{insp(2), d("2012-01-20"), []compliance.RequirementResult{rr("guards", compliance.Unmet, 1, 2), rr("alarm", compliance.Met, 1, 1), rr("gate", compliance.Unmet, 0, 1)}, ""},
			{insp(3), d("2012-02-05"), []compliance.RequirementResult{rr("guards", compliance.Met, 2, 2), rr("alarm", compliance.Unmet, 0, 1), rr("gate", compliance.NotObserved, 0, 1)}, ""},
			{insp(4), d("2012-03-01"), []compliance.RequirementResult{rr("guards", compliance.Unmet, 1, 2), rr("alarm", compliance.Met, 1, 1), rr("gate", compliance.Met, 1, 1)}, ""},
		},
		2: {
			{insp(5), d("2012-01-10"), []compliance.RequirementResult{rr("alarm", compliance.Unmet, 0, 1), rr("gate", compliance.NotApplicable, 0, 0), rr("guards", compliance.Undetermined, 0, 0)}, ""},
		},
	}
	derive := func(asOf civil.Date) (*Ledger, compliance.Query) {
		q := findingQuery(t, asOf)
		return derive(reg, q, Policy{Days: 30}, func(i int) iter.Seq[evaluated] { return seqOf(history[i]) }), q
	}
	// As of 2012-02-14 (the report's date).
	asOf := d("2012-02-14")
	fs, q := derive(asOf)
	c0, c2 := reg.At(0).ID, reg.At(2).ID
	want := []Finding{
		{Campus: c0, Requirement: "guards", Inspection: insp(1), Found: d("2012-01-01"), Deadline: d("2012-01-31"), Observed: 0, Required: 2, RectifiedBy: insp(3), Rectified: d("2012-02-05")},
		{Campus: c0, Requirement: "gate", Inspection: insp(2), Found: d("2012-01-20"), Deadline: d("2012-02-19"), Observed: 0, Required: 1, RectifiedBy: insp(4), Rectified: d("2012-03-01")},
		{Campus: c0, Requirement: "alarm", Inspection: insp(3), Found: d("2012-02-05"), Deadline: d("2012-03-06"), Observed: 0, Required: 1, RectifiedBy: insp(4), Rectified: d("2012-03-01")},
		{Campus: c0, Requirement: "guards", Inspection: insp(4), Found: d("2012-03-01"), Deadline: d("2012-03-31"), Observed: 1, Required: 2},
		{Campus: c2, Requirement: "alarm", Inspection: insp(5), Found: d("2012-01-10"), Deadline: d("2012-02-09"), Observed: 0, Required: 1},
	}
	require.Equal(t, len(want), fs.Len())
	assert.Equal(t, want, slices.Collect(fs.All()))
	for range fs.All() {
		break // stopping early is safe
	}
	assert.Equal(t, Policy{Days: 30}, fs.Policy())
	assert.Equal(t, q, fs.Query())
	assert.Equal(t, want[:4], fs.Of(c0))
	assert.Nil(t, fs.Of(reg.At(1).ID))
	assert.Nil(t, fs.Of(synthID("nope", 1)))

	states := []State{RectifiedLate, Open, Open, 0, Overdue}
	for i, s := range states {
		assert.Equal(t, s, want[i].State(asOf), "finding %d", i)
	}
	tl := fs.Tally()
	assert.Equal(t, int64(4), tl.Total())
	assert.Equal(t, rate.MustParse("1/4"), tl.Rate(compliance.RectificationMeasure))
	assert.Equal(t, rate.MustParse("0/2"), tl.Rate(compliance.OnTimeRectificationMeasure))

	// Overdue lists, as of the query's date: sorted by deadline, campus, requirement.
	assert.Equal(t, []Finding{want[4]}, fs.Overdue())
	later, _ := derive(d("2012-04-01"))
	late := later.Overdue()
	require.Len(t, late, 2)
	assert.Equal(t, want[4], late[0])
	assert.Equal(t, want[3], late[1])
	earlier, _ := derive(d("2011-01-01"))
	assert.Nil(t, earlier.Overdue())
	assert.True(t, earlier.Tally().IsZero(), "no finding is made yet as of 2011-01-01")

	// Per jurisdiction, rolled up.
	rect := fs.Rectification()
	require.NotNil(t, rect)
	total, ok := rect.Tally(hierarchy.Code{})
	require.True(t, ok)
	assert.Equal(t, tl, total)
	var roots Tally
	for _, r := range tree.Roots() {
		rt, ok := rect.Tally(r.Code)
		require.True(t, ok)
		roots = roots.Merge(rt)
	}
	assert.Equal(t, tl, roots)
	n := 0
	for j, got := range rect.Jurisdictions() {
		var want Tally
		for k, f := range fs.list {
			if j.Code.Contains(reg.At(int(fs.campus[k])).Jurisdiction) {
				want = want.Add(f.State(asOf))
			}
		}
		assert.Equal(t, want, got, "%s", j.Code)
		n++
	}
	assert.Equal(t, tree.Len(), n, "every jurisdiction")
	fig, err := rect.Figure(compliance.RectificationMeasure, hierarchy.Code{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, "整改率 25.0% (1/4)", fig.Format(rate.Chinese))
	assert.Equal(t, asOf, fig.AsOf)
	assert.Equal(t, "js-school-security", fig.StandardID)
	assert.Equal(t, prevention.Normal, fig.PreventionLevel)
	city := tree.Roots()[0].Code
	fig, err = rect.Figure(compliance.OnTimeRectificationMeasure, city, rate.Precision{Places: 0, Rounding: rate.HalfUp})
	require.NoError(t, err)
	assert.Equal(t, city, fig.Jurisdiction)
	assert.Equal(t, rate.MustParse("0/2"), fig.Rate)
	_, err = rect.Figure(compliance.ComplianceMeasure, city, rate.Precision{Places: 0, Rounding: rate.HalfUp})
	assert.ErrorIs(t, err, compliance.ErrInvalidMeasure)
	_, err = rect.Figure(compliance.RectificationMeasure, hierarchy.MustParseCode("110000"), rate.Precision{Places: 0, Rounding: rate.HalfUp})
	assert.ErrorIs(t, err, compliance.ErrInvalidCell)
	_, err = rect.Figure(compliance.RectificationMeasure, city, rate.Precision{Places: 0, Rounding: 0})
	assert.ErrorIs(t, err, compliance.ErrInvalidFigure)

	_, ok = rect.Tally(hierarchy.MustParseCode("110000"))
	assert.False(t, ok)
	assert.Nil(t, (&Ledger{}).Rectification(), "findings of no register roll up nowhere")

	// JSON of a finding.
	b, err := json.Marshal(want[4])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "rectified")
	var back Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, want[4], back)
}

// TestDeriveWindow: Derive counts the inspections the query
// counts — on or before its as-of date and, with a window, at most Window days
// before it (both ends inclusive) — so an inspection older than the window
// neither opens nor rectifies a finding, and one after the as-of date is not
// seen; the states are as of the query's date.
func TestDeriveWindow(t *testing.T) {
	reg := testRegister(t, 2)
	c0 := reg.At(0).ID
	d := civil.MustParseDate
	guardroom := func(name, date string, staffed bool) compliance.Inspection {
		return compliance.Inspection{ID: testID(name), Campus: c0, Date: d(date), Team: "一组",
			Measurements: compliance.MustMeasurements(compliance.ObserveFact(guardroomInd, staffed))}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		guardroom("a", "2012-01-01", false), // opens a finding, unless older than the window
		guardroom("b", "2012-01-20", true),  // rectifies a's, if a counts
		guardroom("c", "2012-03-01", false), // opens a finding
		guardroom("d", "2012-05-01", true),  // rectifies c's, if on or before the as-of date
	})
	require.NoError(t, err)
	std := testStandard(t)
	asOf := d("2012-04-01")
	aAge := d("2012-01-01").DaysUntil(asOf)
	type found struct {
		by, rectifiedBy string
		state           State
	}
	tests := []struct {
		name   string
		asOf   civil.Date
		window int
		want   []found
	}{
		{"no window", asOf, 0, []found{{"a", "b", RectifiedOnTime}, {"c", "", Overdue}}},
		{"window reaching a exactly", asOf, aAge, []found{{"a", "b", RectifiedOnTime}, {"c", "", Overdue}}},
		{"window a day short of a", asOf, aAge - 1, []found{{"c", "", Overdue}}},
		{"window after b", asOf, 45, []found{{"c", "", Overdue}}},
		{"window after c", asOf, 30, nil},
		{"as of c's deadline", d("2012-03-31"), 0, []found{{"a", "b", RectifiedOnTime}, {"c", "", Open}}},
		{"as of d", d("2012-05-01"), 0, []found{{"a", "b", RectifiedOnTime}, {"c", "d", RectifiedLate}}},
		{"as of d, window after c", d("2012-05-01"), 30, nil},
		{"before any", d("2011-12-31"), 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: tt.asOf, PreventionLevel: prevention.Normal, Window: tt.window})
			fs, err := Derive(h, q, Policy{Days: 30})
			require.NoError(t, err)
			assert.Equal(t, q, fs.Query())
			var got []found
			var tl Tally
			for f := range fs.All() {
				require.Equal(t, c0, f.Campus)
				require.Equal(t, "guardroom", f.Requirement)
				g := found{state: f.State(tt.asOf)}
				for _, name := range []string{"a", "b", "c", "d"} {
					if f.Inspection == testID(name) {
						g.by = name
					}
					if f.RectifiedBy == testID(name) {
						g.rectifiedBy = name
					}
				}
				require.NotEmpty(t, g.by)
				got = append(got, g)
				tl = tl.Add(g.state)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tl, fs.Tally(), "the tally is as of the query's date")
			rect := fs.Rectification()
			require.NotNil(t, rect)
			all, ok := rect.Tally(hierarchy.Code{})
			require.True(t, ok)
			assert.Equal(t, tl, all)
			// The summary under the same query sees the same latest inspection.
			sum, err := compliance.Summarize(h, q)
			require.NoError(t, err)
			a, ok := sum.Assessment(c0)
			require.True(t, ok)
			if len(tt.want) == 0 || tt.want[len(tt.want)-1].rectifiedBy != "" {
				assert.NotEqual(t, compliance.NonCompliant, a.Status)
			} else {
				assert.Equal(t, compliance.NonCompliant, a.Status, "an open finding's campus is non-compliant")
				assert.Equal(t, testID(tt.want[len(tt.want)-1].by), a.Inspection.ID)
			}
		})
	}
}
