package compliance

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
)

func TestRuleOutcomes(t *testing.T) {
	day := func(students, staff int) campus.Campus { return school(students, staff) }
	boarding := func(students, staff int) campus.Campus {
		c := school(students, staff)
		c.Boarding = true
		return c
	}
	gbt2022 := Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisDayStudents,
		Bands: []Band{{From: 0, Min: 1}, {From: 100, Undetermined: true}, {From: 1000, Min: 3}},
		Step:  Step{Above: 1000, Per: 500, Add: 1, Round: StepFloor}}
	exemptSmall := Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1}
	exemptBands := Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents,
		Bands: []Band{{From: 0, Exempt: true}, {From: 50, Min: 1}}}
	staffRule := Rule{RuleKind: RuleCountScaled, Indicator: KeyAreaPatrolsPerDay, Basis: BasisStaff,
		Bands: []Band{{From: 0, Min: 2}, {From: 10, Min: 5}}}
	tests := []struct {
		name     string
		rule     Rule
		c        campus.Campus
		obs      []Observation
		want     Outcome
		observed int
		required int
	}{
		{"fact present", Rule{RuleKind: RuleFact, Indicator: ClosedManagement}, day(10, 1), []Observation{ObserveFact(ClosedManagement, true)}, Met, 1, 1},
		{"fact absent", Rule{RuleKind: RuleFact, Indicator: ClosedManagement}, day(10, 1), []Observation{ObserveFact(ClosedManagement, false)}, Unmet, 0, 1},
		{"fact not observed", Rule{RuleKind: RuleFact, Indicator: ClosedManagement}, day(10, 1), nil, NotObserved, 0, 1},
		{"custom fact", Rule{RuleKind: RuleFact, Indicator: canteenCamera}, day(10, 1), []Observation{ObserveFact(canteenCamera, true)}, Met, 1, 1},
		{"at least: equal", exemptSmall, day(10, 1), []Observation{ObserveCount(FullTimeGuards, 1)}, Met, 1, 1},
		{"at least: below", exemptSmall, day(10, 1), []Observation{ObserveCount(FullTimeGuards, 0)}, Unmet, 0, 1},
		{"at least: not observed", exemptSmall, day(10, 1), nil, NotObserved, 0, 1},
		{"custom count", Rule{RuleKind: RuleCountAtLeast, Indicator: nightPatrols, Min: 2}, day(1, 1), []Observation{ObserveCount(nightPatrols, 2)}, Met, 2, 2},
		// 2015 规范 style: headcount bands, student step above 1000 (ceil).
		{"scaled 99 headcount", guardsRule(), day(90, 9), []Observation{ObserveCount(FullTimeGuards, 1)}, Met, 1, 1},
		{"scaled 100 headcount", guardsRule(), day(90, 10), []Observation{ObserveCount(FullTimeGuards, 1)}, Unmet, 1, 2},
		{"scaled 1000 students", guardsRule(), day(1000, 80), []Observation{ObserveCount(FullTimeGuards, 2)}, Met, 2, 2},
		{"scaled 1001 students", guardsRule(), day(1001, 80), []Observation{ObserveCount(FullTimeGuards, 2)}, Unmet, 2, 3},
		{"scaled 1500 students", guardsRule(), day(1500, 80), []Observation{ObserveCount(FullTimeGuards, 3)}, Met, 3, 3},
		{"scaled 1501 students", guardsRule(), day(1501, 80), []Observation{ObserveCount(FullTimeGuards, 3)}, Unmet, 3, 4},
		{"scaled not observed", guardsRule(), day(1501, 80), nil, NotObserved, 0, 4},
		// GB/T 29315-2022 style: day students, undetermined 100-999 band, floor step.
		{"2022 under 100", gbt2022, day(99, 5), []Observation{ObserveCount(FullTimeGuards, 1)}, Met, 1, 1},
		{"2022 undetermined band", gbt2022, day(500, 40), []Observation{ObserveCount(FullTimeGuards, 9)}, Undetermined, 0, 0},
		{"2022 band 999", gbt2022, day(999, 40), nil, Undetermined, 0, 0},
		{"2022 at 1000", gbt2022, day(1000, 40), []Observation{ObserveCount(FullTimeGuards, 3)}, Met, 3, 3},
		{"2022 1499 floor", gbt2022, day(1499, 40), []Observation{ObserveCount(FullTimeGuards, 3)}, Met, 3, 3},
		{"2022 1500 floor", gbt2022, day(1500, 40), []Observation{ObserveCount(FullTimeGuards, 3)}, Unmet, 3, 4},
		{"2022 boarding campus", gbt2022, boarding(50, 5), []Observation{ObserveCount(FullTimeGuards, 1)}, Undetermined, 0, 0},
		{"exempt band", exemptBands, day(49, 5), nil, NotApplicable, 0, 0},
		{"band after exempt", exemptBands, day(50, 5), nil, NotObserved, 0, 1},
		{"staff basis", staffRule, day(500, 10), []Observation{ObserveCount(KeyAreaPatrolsPerDay, 4)}, Unmet, 4, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := MustMeasurements(tt.obs...)
			std := MustStandard(Standard{ID: "s", Title: "s", Version: "1", Effective: civil.MustParseDate("2020-01-01"),
				Indicators:   []Indicator{canteenCamera, nightPatrols},
				Requirements: []Requirement{{ID: "r", Title: "r", Rule: tt.rule}}})
			res := evaluate(std, tt.c, m, prevention.Normal)
			got := res.Requirements[0]
			assert.Equal(t, tt.want, got.Outcome)
			assert.Equal(t, tt.observed, got.Observed, "observed")
			assert.Equal(t, tt.required, got.Required, "required")
			// The rule alone agrees, and so does the hot path.
			v, seen := m.value(tt.rule.Indicator)
			o, obs, req := finish(&tt.rule, &tt.c, v, seen)
			assert.Equal(t, []int{int(got.Outcome), got.Observed, got.Required}, []int{int(o), obs, req})
			assert.Equal(t, res.Status, fastStatus(std, tt.c, m, prevention.Normal))
		})
	}
}

func TestStepSaturates(t *testing.T) {
	r := Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents,
		Bands: []Band{{From: 0, Min: 1}}, Step: Step{Above: 0, Per: 1, Add: maxThreshold, Round: StepCeil}}
	c := school(1<<40, 0)
	req, exempt, ok := r.threshold(&c)
	assert.True(t, ok)
	assert.False(t, exempt)
	assert.Equal(t, maxCount, req)
}

func TestRuleEnums(t *testing.T) {
	for _, k := range []RuleKind{RuleFact, RuleCountAtLeast, RuleCountScaled} {
		b, err := k.MarshalText()
		assert.NoError(t, err)
		var got RuleKind
		assert.NoError(t, got.UnmarshalText(b))
		assert.Equal(t, k, got)
		assert.NotEmpty(t, k.Name(rate.Chinese))
	}
	for _, b := range []Basis{BasisStudents, BasisStaff, BasisHeadcount, BasisDayStudents} {
		txt, err := b.MarshalText()
		assert.NoError(t, err)
		var got Basis
		assert.NoError(t, got.UnmarshalText(txt))
		assert.Equal(t, b, got)
		assert.NotEmpty(t, b.Name(rate.Chinese))
	}
	for _, r := range []StepRounding{StepCeil, StepFloor} {
		txt, err := r.MarshalText()
		assert.NoError(t, err)
		var got StepRounding
		assert.NoError(t, got.UnmarshalText(txt))
		assert.Equal(t, r, got)
		assert.NotEmpty(t, r.Name(rate.Chinese))
	}
	assert.Equal(t, "RuleKind(0)", RuleKind(0).String())
	assert.Equal(t, "", Basis(9).Name(rate.Chinese))
	_, err := StepRounding(3).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidStepRounding)
	var k RuleKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("count_at_most")), ErrInvalidRuleKind)
	var o Outcome
	assert.NoError(t, o.UnmarshalText([]byte("not_observed")))
	assert.Equal(t, NotObserved, o)
	assert.Equal(t, "不适用", NotApplicable.Name(rate.Chinese))
	assert.True(t, Undetermined.IsValid())
	assert.False(t, Outcome(0).IsValid())
}
