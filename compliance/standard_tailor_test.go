package compliance

import (
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTailor(t *testing.T) {
	base := testStandard(t)
	local, err := Tailor(base, Tailoring{
		ID: "city-local", Version: "2012", Issuer: "市公安局",
		Exclude: []string{"canteen"},
		Set: []Parameter{
			{Requirement: "video_days", Min: 60},
			{Requirement: "video_days", Min: 90}, // the last set wins, and still tightens
			{Requirement: "barriers", MinPreventionLevel: prevention.Normal},
			{Requirement: "guards", Bands: []Band{{From: 0, Min: 2}, {From: 100, Min: 2}, {From: 500, Min: 3}},
				Step: Step{Basis: BasisStudents, Above: 800, Per: 400, Add: 1, Round: StepCeil}},
		},
	})
	require.NoError(t, err)
	assert.Equal(t, Reference{ID: "test-std", Version: "1"}, local.DerivedFrom)
	assert.Equal(t, "test-std@1", local.DerivedFrom.String())
	assert.Equal(t, base.Title, local.Title, "title from the base")
	assert.Equal(t, base.Effective, local.Effective)
	assert.Equal(t, "市公安局", local.Issuer)
	assert.Equal(t, base.Note, local.Note, "note from the base")
	assertQueryable(t, local, "a tailored standard makes queries")
	_, has := local.Requirement("canteen")
	assert.False(t, has)
	r, _ := local.Requirement("video_days")
	assert.Equal(t, 90, r.Rule.Min)
	r, _ = local.Requirement("barriers")
	assert.Equal(t, prevention.Normal, r.Scope.MinPreventionLevel)
	// The base is untouched.
	r, _ = base.Requirement("video_days")
	assert.Equal(t, 30, r.Rule.Min)
	assert.Len(t, base.Requirements, 5)

	only, err := Tailor(base, Tailoring{ID: "only", Version: "1", Title: "仅门卫", Effective: civil.MustParseDate("2012-01-01"),
		Include: []string{"guardroom", "guards"}})
	require.NoError(t, err)
	assert.Equal(t, []string{"guards", "guardroom"}, []string{only.Requirements[0].ID, only.Requirements[1].ID}, "base order")
	assert.Equal(t, "2012-01-01", only.Effective.String())

	noted, err := NewStandard(Standard{ID: base.ID, Title: base.Title, Version: base.Version, Effective: base.Effective,
		Note: "基础标准说明", Indicators: base.Indicators, Requirements: base.Requirements})
	require.NoError(t, err)
	inherited, err := Tailor(noted, Tailoring{ID: "inherits", Version: "1"})
	require.NoError(t, err)
	assert.Equal(t, "基础标准说明", inherited.Note, "an empty note is taken from the base")
	own, err := Tailor(noted, Tailoring{ID: "own", Version: "1", Note: "本市说明"})
	require.NoError(t, err)
	assert.Equal(t, "本市说明", own.Note)
}

// Finding 5 of issue 15: a band the base leaves undetermined may be settled
// by a tailoring only with a positive minimum: an exemption or min 0 would
// require nothing, turning a campus the base leaves Incomplete Compliant
// whatever it has.
func TestTailorSettlesUndeterminedBand(t *testing.T) {
	base := testStandard(t)
	base.Requirements[0].Rule.Bands = []Band{{From: 0, Min: 1}, {From: 100, Undetermined: true}, {From: 1000, Min: 3}}
	base, err := NewStandard(base)
	require.NoError(t, err)
	for _, mid := range []Band{{From: 100}, {From: 100, Exempt: true}} {
		_, err := Tailor(base, Tailoring{ID: "l", Version: "1", Set: []Parameter{
			{Requirement: "guards", Bands: []Band{{From: 0, Min: 1}, mid, {From: 1000, Min: 3}}}}})
		require.ErrorIs(t, err, ErrLoosening, "%+v", mid)
	}
	settled, err := Tailor(base, Tailoring{ID: "l", Version: "1", Set: []Parameter{
		{Requirement: "guards", Bands: []Band{{From: 0, Min: 1}, {From: 100, Min: 2}, {From: 1000, Min: 3}}}}})
	require.NoError(t, err)
	c := school(500, 30)
	assert.Equal(t, Undetermined, evaluate(base, c, MustMeasurements(ObserveCount(FullTimeGuards, 1)), prevention.Normal).Requirements[0].Outcome)
	assert.Equal(t, Unmet, evaluate(settled, c, MustMeasurements(ObserveCount(FullTimeGuards, 1)), prevention.Normal).Requirements[0].Outcome)
	assert.Equal(t, Met, evaluate(settled, c, MustMeasurements(ObserveCount(FullTimeGuards, 2)), prevention.Normal).Requirements[0].Outcome)
	// The case: 2,000 students, the undetermined band starting at 1000.
	base.Requirements[0].Rule.Bands = []Band{{From: 0, Min: 1}, {From: 1000, Undetermined: true}}
	base.Requirements[0].Rule.Step = Step{}
	base, err = NewStandard(base)
	require.NoError(t, err)
	for _, top := range []Band{{From: 1000}, {From: 1000, Exempt: true}} {
		_, err = Tailor(base, Tailoring{ID: "l", Version: "1", Set: []Parameter{
			{Requirement: "guards", Bands: []Band{{From: 0, Min: 1}, top}}}})
		require.ErrorIs(t, err, ErrLoosening, "%+v", top)
	}
	// Tightening around an undetermined band, and keeping it open, is allowed.
	local, err := Tailor(base, Tailoring{ID: "l", Version: "1", Set: []Parameter{
		{Requirement: "guards", Bands: []Band{{From: 0, Min: 2}, {From: 500, Min: 3}, {From: 1000, Undetermined: true}}}}})
	require.NoError(t, err)
	c = school(2000, 30)
	m := MustMeasurements(ObserveCount(FullTimeGuards, 9))
	assert.Equal(t, Undetermined, evaluate(base, c, m, prevention.Normal).Requirements[0].Outcome)
	assert.Equal(t, Undetermined, evaluate(local, c, m, prevention.Normal).Requirements[0].Outcome)
}

func TestTailorErrors(t *testing.T) {
	base := testStandard(t)
	tests := []struct {
		name string
		t    Tailoring
		errs []error
	}{
		{"lower min", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "video_days", Min: 15}}}, []error{ErrLoosening}},
		{"raise level", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guardroom", MinPreventionLevel: prevention.High}}}, []error{ErrLoosening}},
		{"lower a band", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guards",
			Bands: []Band{{From: 0, Min: 1}, {From: 200, Min: 2}}}}}, []error{ErrLoosening}},
		{"exempt a band", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guards",
			Bands: []Band{{From: 0, Exempt: true}, {From: 100, Min: 2}}}}}, []error{ErrLoosening}},
		{"wider step", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guards",
			Step: Step{Basis: BasisStudents, Above: 1000, Per: 600, Add: 1, Round: StepCeil}}}}, []error{ErrLoosening}},
		{"floor step", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guards",
			Step: Step{Basis: BasisStudents, Above: 1000, Per: 500, Add: 1, Round: StepFloor}}}}, []error{ErrLoosening}},
		{"min on a fact", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guardroom", Min: 3}}}, []error{problemAt{"guardroom", "rule.min"}}},
		{"bands on a count", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "video_days", Bands: []Band{{Min: 40}}}}}, []error{problemAt{"video_days", "rule"}}},
		{"bad bands", Tailoring{ID: "l", Version: "1", Set: []Parameter{{Requirement: "guards", Bands: []Band{{From: 5, Min: 4}}}}}, []error{problemAt{"guards", "rule.bands[0].from"}}},
		{"unknown include", Tailoring{ID: "l", Version: "1", Include: []string{"moat"}}, []error{ErrUnknownRequirement}},
		{"parameter for an excluded requirement", Tailoring{ID: "l", Version: "1", Exclude: []string{"video_days"},
			Set: []Parameter{{Requirement: "video_days", Min: 60}}}, []error{ErrUnknownRequirement}},
		{"everything excluded, no ID", Tailoring{Include: []string{"guards"}, Exclude: []string{"guards"}}, []error{ErrInvalidStandard}},
		{"several at once", Tailoring{ID: "l", Version: "1", Include: []string{"moat", "video_days"},
			Set: []Parameter{{Requirement: "video_days", Min: 1}}}, []error{ErrUnknownRequirement, ErrLoosening}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Tailor(base, tt.t)
			require.Error(t, err)
			assertWants(t, err, tt.errs...)
			assert.ErrorIs(t, err, ErrInvalidStandard)
		})
	}
	_, err := Tailor(Standard{}, Tailoring{ID: "l", Version: "1"})
	assert.ErrorIs(t, err, ErrInvalidStandard, "an invalid base")
}

func TestVersions(t *testing.T) {
	v1 := testStandard(t)
	v2 := v1.clone()
	v2.Version, v2.Effective = "2", civil.MustParseDate("2012-02-15")
	v2.Requirements[2].Rule.Min = 60
	vs, err := NewVersions(v2, v1)
	require.NoError(t, err)
	assert.Equal(t, 2, vs.len())
	assert.Equal(t, "1", vs.All()[0].Version)
	tests := []struct {
		date string
		want string
	}{
		{"2010-04-30", ""},
		{"2010-05-01", "1"}, // in force from its effective date
		{"2012-02-14", "1"},
		{"2012-02-15", "2"},
		{"2020-01-01", "2"},
	}
	for _, tt := range tests {
		s, ok := vs.InForce(civil.MustParseDate(tt.date))
		if tt.want == "" {
			assert.False(t, ok, tt.date)
			continue
		}
		require.True(t, ok, tt.date)
		assert.Equal(t, tt.want, s.Version, tt.date)
		assertQueryable(t, s, tt.date)
	}
	_, ok := vs.InForce(civil.Date{})
	assert.False(t, ok)

	other := v1.clone()
	other.ID, other.Effective = "other", civil.MustParseDate("2011-01-01")
	sameDay := v1.clone()
	sameDay.Version = "1b"
	sameVersion := v1.clone()
	sameVersion.Effective = civil.MustParseDate("2013-01-01")
	_, err = NewVersions(v1, other, sameDay, sameVersion, Standard{})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrVersionConflict)
	assert.ErrorIs(t, err, ErrInvalidStandard)
	for _, s := range []string{"is another standard", "both effective", "twice"} {
		assert.Contains(t, err.Error(), s)
	}
	_, err = NewVersions()
	assert.ErrorIs(t, err, ErrVersionConflict)
}
