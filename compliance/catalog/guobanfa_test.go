package catalog

import (
	"fmt"
	"slices"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 国办发〔2017〕35号 (九): closed management while pupils are at school, for every school and kindergarten.
func TestGuoBanFa201735ClosedManagement(t *testing.T) {
	std := GuoBanFa201735()
	for _, k := range []campus.Kind{campus.Primary, campus.Kindergarten, campus.SpecialIntellectual, campus.AttachedSeniorClass} {
		c := testCampus("学校 "+k.String(), k, campus.LocaleVillage, 300, 30, false)
		assert.Equal(t, compliance.Met, outcomeOf(t, std, ReqGBF35ClosedManagement, c, compliance.ObserveFact(ClosedManagement, true)).Outcome, k)
		assert.Equal(t, compliance.Unmet, outcomeOf(t, std, ReqGBF35ClosedManagement, c, compliance.ObserveFact(ClosedManagement, false)).Outcome, k)
	}
	nursery := testCampus("托儿所", campus.Nursery, campus.LocaleMainUrban, 50, 8, false)
	assert.Equal(t, compliance.NotApplicable, outcomeOf(t, std, ReqGBF35ClosedManagement, nursery).Outcome)
	// The conditional anti-ram barriers (根据条件) are not a requirement: the standard records why.
	for _, r := range std.Requirements {
		assert.NotEqual(t, AntiRamBarriers, r.Rule.Indicator, r.ID)
	}
	assert.Contains(t, std.Note, "根据条件")
}

// 国办发〔2017〕35号 (十): the 学生人数较少 exception has no published threshold, so the staffing requirement is
// Undetermined at every size until a regulator settles it by tailoring.
func TestGuoBanFa201735SecurityStaff(t *testing.T) {
	std := GuoBanFa201735()
	ind, ok := std.Indicator(IndSecurityStaffOrTrainedManagers)
	require.True(t, ok)
	for _, students := range []int{0, 10, 100, 1000, 5000} {
		c := testCampus(fmt.Sprintf("学校 %d", students), campus.JuniorSecondary, campus.LocaleTownCentre, students, 40, false)
		for _, n := range []int{0, 1, 5} {
			got := outcomeOf(t, std, ReqGBF35SecurityStaff, c, compliance.ObserveCount(ind, n))
			assert.Equal(t, compliance.Undetermined, got.Outcome, "%d students, %d staff: never guessed", students, n)
		}
	}
	// A province that publishes "学生人数较少" as under 100 settles the band with a recorded variant (the source
	// itself exempts small schools); a bare parameter may not exempt an open band.
	variant := std.Requirements[slices.IndexFunc(std.Requirements, func(r compliance.Requirement) bool {
		return r.ID == ReqGBF35SecurityStaff
	})]
	variant.Rule.Bands = []compliance.Band{{From: 0, Exempt: true}, {From: 100, Min: 1}}
	settled, err := compliance.Tailor(std, compliance.Tailoring{ID: "province-gbf35", Version: "2018",
		Replace: []compliance.Replacement{{Requirement: ReqGBF35SecurityStaff, With: variant,
			Change: "学生人数较少 read as fewer than 100 students", Reason: "an illustrative provincial reading"}}})
	require.NoError(t, err)
	_, err = compliance.Tailor(std, compliance.Tailoring{ID: "province-gbf35", Version: "2018",
		Set: []compliance.Parameter{{Requirement: ReqGBF35SecurityStaff, Bands: variant.Rule.Bands}}})
	require.ErrorIs(t, err, compliance.ErrLoosening)
	small := testCampus("小规模学校", campus.Primary, campus.LocaleVillage, 60, 6, false)
	assert.Equal(t, compliance.NotApplicable, outcomeOf(t, settled, ReqGBF35SecurityStaff, small, compliance.ObserveCount(ind, 0)).Outcome)
	big := testCampus("中学", campus.JuniorSecondary, campus.LocaleMainUrban, 800, 60, false)
	assert.Equal(t, compliance.Unmet, outcomeOf(t, settled, ReqGBF35SecurityStaff, big, compliance.ObserveCount(ind, 0)).Outcome)
	assert.Equal(t, compliance.Met, outcomeOf(t, settled, ReqGBF35SecurityStaff, big, compliance.ObserveCount(ind, 1)).Outcome)
}

// 国办发〔2017〕35号 (十): dormitory managers at boarding schools only.
func TestGuoBanFa201735DormitoryManagers(t *testing.T) {
	std := GuoBanFa201735()
	ind, ok := std.Indicator(IndDormitoryManagers)
	require.True(t, ok)
	boarding := testCampus("寄宿中学", campus.CompleteSecondary, campus.LocaleVillage, 900, 80, true)
	day := testCampus("走读中学", campus.CompleteSecondary, campus.LocaleVillage, 900, 80, false)
	assert.Equal(t, compliance.Met, outcomeOf(t, std, ReqGBF35DormitoryManagers, boarding, compliance.ObserveFact(ind, true)).Outcome)
	assert.Equal(t, compliance.Unmet, outcomeOf(t, std, ReqGBF35DormitoryManagers, boarding, compliance.ObserveFact(ind, false)).Outcome)
	assert.Equal(t, compliance.NotApplicable, outcomeOf(t, std, ReqGBF35DormitoryManagers, day, compliance.ObserveFact(ind, false)).Outcome)
}
