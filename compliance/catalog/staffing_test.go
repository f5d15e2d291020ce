package catalog

import (
	"fmt"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkGuards pins the guard minimum of a scaled requirement for one campus: with want guards the requirement
// is met and with want-1 it is unmet; want 0 means the requirement is Undetermined whatever is observed.
func checkGuards(t *testing.T, std compliance.Standard, reqID string, c campus.Campus, want int) {
	t.Helper()
	if want == 0 {
		for _, n := range []int{0, 1, 2, 3, 10} {
			r := outcomeOf(t, std, reqID, c, compliance.ObserveCount(FullTimeGuards, n))
			assert.Equal(t, compliance.Undetermined, r.Outcome, "%s with %d guards", c.Name, n)
		}
		return
	}
	met := outcomeOf(t, std, reqID, c, compliance.ObserveCount(FullTimeGuards, want))
	assert.Equal(t, compliance.Met, met.Outcome, "%s with %d guards", c.Name, want)
	assert.Equal(t, want, met.Required, c.Name)
	unmet := outcomeOf(t, std, reqID, c, compliance.ObserveCount(FullTimeGuards, want-1))
	assert.Equal(t, compliance.Unmet, unmet.Outcome, "%s with %d guards", c.Name, want-1)
	none := outcomeOf(t, std, reqID, c)
	assert.Equal(t, compliance.NotObserved, none.Outcome, "%s: a pass is never inferred", c.Name)
}

// 公治〔2015〕168号 第五条: 师生员工 <100 → 1; 100..1000 → 2 (1000 included); above 1000 +1 per completed 500
// students (每增加500名学生增配1名: 1,001–1,499 → no extra guard, 1,500 → one).
func TestGZ168GuardStaffing(t *testing.T) {
	std := GongZhi2015168()
	tests := []struct {
		students, staff int
		want            int
	}{
		// students only: the band edges the requirement's note documents.
		{0, 0, 1}, {1, 0, 1}, {99, 0, 1}, {100, 0, 2}, {999, 0, 2}, {1000, 0, 2},
		{1001, 0, 2}, {1499, 0, 2}, {1500, 0, 3}, {1501, 0, 3}, {1999, 0, 3},
		{2000, 0, 4}, {2001, 0, 4}, {2499, 0, 4}, {2500, 0, 5}, {10000, 0, 20},
		// the base counts 师生员工 (students + staff) ...
		{90, 9, 1}, {90, 10, 2}, {900, 100, 2},
		// ... while the excess above 1000 counts students.
		{950, 100, 2}, {1000, 300, 2}, {1001, 300, 2}, {1499, 300, 2}, {1500, 120, 3}, {1501, 120, 3},
	}
	for _, tt := range tests {
		c := testCampus(fmt.Sprintf("学校 %d+%d", tt.students, tt.staff), campus.Primary, campus.LocaleMainUrban, tt.students, tt.staff, false)
		checkGuards(t, std, ReqGZ168Guards, c, tt.want)
	}
	// Kindergartens are in scope; nurseries are not.
	checkGuards(t, std, ReqGZ168Guards, testCampus("幼儿园", campus.Kindergarten, campus.LocaleVillage, 80, 10, false), 1)
	r := outcomeOf(t, std, ReqGZ168Guards, testCampus("托儿所", campus.Nursery, campus.LocaleMainUrban, 80, 10, false),
		compliance.ObserveCount(FullTimeGuards, 0))
	assert.Equal(t, compliance.NotApplicable, r.Outcome)
}

// GB/T 29315-2022: non-boarding students ≤100 → 1 (以下 includes the number); 101..999 undetermined; ≥1000 → 3 + 1 per completed 500.
func TestGBT29315v2022GuardStaffing(t *testing.T) {
	std := GBT29315v2022()
	tests := []struct {
		students int
		want     int // 0: undetermined
	}{
		{0, 1}, {99, 1}, {100, 1}, {101, 0}, {500, 0}, {999, 0}, {1000, 3}, {1001, 3}, {1499, 3},
		{1500, 4}, {1501, 4}, {1999, 4}, {2000, 5}, {2499, 5}, {2500, 6},
	}
	for _, tt := range tests {
		c := testCampus(fmt.Sprintf("走读 %d", tt.students), campus.JuniorSecondary, campus.LocaleTownCentre, tt.students, 80, false)
		checkGuards(t, std, ReqGBT2022Guards, c, tt.want)
	}
	// Staff do not count: the basis is non-boarding students.
	checkGuards(t, std, ReqGBT2022Guards, testCampus("走读 99+900", campus.Primary, campus.LocaleVillage, 99, 900, false), 1)
	// A boarding campus's non-boarding students are not recorded: undetermined, never guessed.
	for _, n := range []int{50, 500, 1500} {
		checkGuards(t, std, ReqGBT2022Guards, testCampus(fmt.Sprintf("寄宿 %d", n), campus.CompleteSecondary, campus.LocaleVillage, n, 80, true), 0)
	}
}

func TestFujian2010Scopes(t *testing.T) {
	std := Fujian2010()
	guardsInd, ok := std.Indicator(IndGuardsInclTrainedTeachers)
	require.True(t, ok)
	guards := func(n int) compliance.Observation { return compliance.ObserveCount(guardsInd, n) }
	video, _ := std.Indicator(IndVideoGateKeyBuildings)
	alarm, _ := std.Indicator(IndIntrusionAlarmGateKeyBuildings)
	tests := []struct {
		name   string
		kind   campus.Kind
		locale campus.Locale
		// outcome of each requirement with 1 guard and no video or alarm observed as present
		want map[string]compliance.Outcome
	}{
		{"城区小学", campus.Primary, campus.LocaleMainUrban, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.Unmet, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.Unmet, ReqFJ2010AlarmUrban: compliance.Unmet,
			ReqFJ2010VideoRural: compliance.NotApplicable, ReqFJ2010AlarmRural: compliance.NotApplicable}},
		{"城区教学点", campus.TeachingPoint, campus.LocaleUrbanFringe, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.NotApplicable, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.Unmet, ReqFJ2010AlarmUrban: compliance.Unmet,
			ReqFJ2010VideoRural: compliance.NotApplicable, ReqFJ2010AlarmRural: compliance.NotApplicable}},
		// 城市 is 城区 (11x), as everywhere in the catalog: a 镇区 school falls under the notice's 农村 items.
		{"镇区初中", campus.JuniorSecondary, campus.LocaleTownCentre, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.Unmet, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.NotApplicable, ReqFJ2010AlarmUrban: compliance.NotApplicable,
			ReqFJ2010VideoRural: compliance.Unmet, ReqFJ2010AlarmRural: compliance.Unmet}},
		{"镇区教学点", campus.TeachingPoint, campus.LocaleTownCentre, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.NotApplicable, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.NotApplicable, ReqFJ2010AlarmUrban: compliance.NotApplicable,
			ReqFJ2010VideoRural: compliance.NotApplicable, ReqFJ2010AlarmRural: compliance.NotApplicable}},
		{"乡村初中", campus.JuniorSecondary, campus.LocaleTownshipCentre, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.Unmet, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.NotApplicable, ReqFJ2010AlarmUrban: compliance.NotApplicable,
			ReqFJ2010VideoRural: compliance.Unmet, ReqFJ2010AlarmRural: compliance.Unmet}},
		{"村教学点", campus.TeachingPoint, campus.LocaleVillage, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.NotApplicable, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.NotApplicable, ReqFJ2010AlarmUrban: compliance.NotApplicable,
			ReqFJ2010VideoRural: compliance.NotApplicable, ReqFJ2010AlarmRural: compliance.NotApplicable}},
		{"城区幼儿园", campus.Kindergarten, campus.LocaleMainUrban, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.NotApplicable, ReqFJ2010GuardsKindergarten: compliance.Met,
			ReqFJ2010VideoUrban: compliance.NotApplicable, ReqFJ2010AlarmUrban: compliance.NotApplicable,
			ReqFJ2010VideoRural: compliance.NotApplicable, ReqFJ2010AlarmRural: compliance.NotApplicable}},
		{"托儿所", campus.Nursery, campus.LocaleMainUrban, map[string]compliance.Outcome{
			ReqFJ2010GuardsSchool: compliance.NotApplicable, ReqFJ2010GuardsKindergarten: compliance.NotApplicable,
			ReqFJ2010VideoUrban: compliance.NotApplicable, ReqFJ2010AlarmUrban: compliance.NotApplicable,
			ReqFJ2010VideoRural: compliance.NotApplicable, ReqFJ2010AlarmRural: compliance.NotApplicable}},
	}
	for _, tt := range tests {
		c := testCampus(tt.name, tt.kind, tt.locale, 300, 30, false)
		for req, want := range tt.want {
			got := outcomeOf(t, std, req, c, guards(1), compliance.ObserveFact(video, false), compliance.ObserveFact(alarm, false))
			assert.Equal(t, want, got.Outcome, "%s: %s", tt.name, req)
		}
	}
	// Two guards, video and alarms: a city primary school is compliant.
	m := compliance.MustMeasurements(guards(2), compliance.ObserveFact(video, true), compliance.ObserveFact(alarm, true))
	c := testCampus("城区小学", campus.Primary, campus.LocaleMainUrban, 300, 30, false)
	assert.Equal(t, compliance.Compliant, compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal}).Evaluate(c, m).Status)
}

// The Fujian notice's 确有困难 exception: its guard requirements count guards_incl_trained_teachers (full-time
// guards, plus trained teachers doing guard work where the authority accepted the difficulty), not the
// well-known full_time_guards, so a school relying on the exception is judged by the notice's own count.
func TestFujian2010TrainedTeacherException(t *testing.T) {
	std := Fujian2010()
	ind, ok := std.Indicator(IndGuardsInclTrainedTeachers)
	require.True(t, ok)
	assert.Equal(t, compliance.CountValue, ind.ValueKind())
	c := testCampus("乡村中心小学", campus.Primary, campus.LocaleTownshipCentre, 300, 30, false)
	// One hired guard and one trained teacher doing guard work: the notice's count is 2.
	got := outcomeOf(t, std, ReqFJ2010GuardsSchool, c, compliance.ObserveCount(ind, 2))
	assert.Equal(t, compliance.Met, got.Outcome)
	// The full-time guards alone are a different indicator: never taken for the notice's count.
	got = outcomeOf(t, std, ReqFJ2010GuardsSchool, c, compliance.ObserveCount(FullTimeGuards, 2))
	assert.Equal(t, compliance.NotObserved, got.Outcome)
}
