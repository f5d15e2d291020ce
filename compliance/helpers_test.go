package compliance

import (
	"fmt"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

var testNS = uuid.MustParse("0e6c3a52-2f7e-4a3b-9c1d-5a6b7c8d9e0f")

func testID(s string) uuid.UUID { return uuid.NewSHA1(testNS, []byte(s)) }

// school returns a valid licensed urban day primary campus with the given
// headcount; callers adjust fields.
func school(students, staff int) campus.Campus {
	return campus.Campus{ID: testID(fmt.Sprint("campus", students, staff)), School: testID("school"), Name: "测试小学",
		Kind: campus.Primary, License: campus.Licensed, Locale: campus.LocaleMainUrban,
		Jurisdiction: hierarchy.MustParseCode("320505001"), Main: true, Students: students, Staff: staff}
}

// guardsRule is the 2015 规范-style rule: headcount bands 0→1, 100→2, plus one
// per 500 students above 1000 (ceil).
func guardsRule() Rule {
	return Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisHeadcount,
		Bands: []Band{{From: 0, Min: 1}, {From: 100, Min: 2}},
		Step:  Step{Basis: BasisStudents, Above: 1000, Per: 500, Add: 1, Round: StepCeil}}
}

// testStandard is a small valid standard covering every rule kind and scope.
func testStandard(t testing.TB) Standard {
	t.Helper()
	s, err := NewStandard(Standard{
		ID: "test-std", Title: "测试标准", Issuer: "测试", Version: "1", Effective: civil.MustParseDate("2010-05-01"),
		Indicators: []Indicator{canteenCamera},
		Requirements: []Requirement{
			{ID: "guards", Title: "专职保安员", Rule: guardsRule()},
			{ID: "guardroom", Title: "门卫室24小时值守", Rule: Rule{RuleKind: RuleFact, Indicator: GuardroomStaffed24h}},
			{ID: "video_days", Title: "视频保存", Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoRetentionDays, Min: 30}},
			{ID: "canteen", Title: "食堂视频", Scope: Scope{Boarding: BoardingOnly},
				Rule: Rule{RuleKind: RuleFact, Indicator: canteenCamera}},
			{ID: "barriers", Title: "防冲撞设施", Scope: Scope{Groups: []campus.Group{campus.GroupSchool}, MinPreventionLevel: prevention.Heightened},
				Rule: Rule{RuleKind: RuleFact, Indicator: AntiRamBarriers}},
		},
	})
	require.NoError(t, err)
	return s
}

// testRegister builds a register of n campuses over two townships.
func testRegister(t testing.TB, n int) *campus.Register {
	t.Helper()
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "街道"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505100"), Name: "镇"},
	)
	require.NoError(t, err)
	schools := make([]campus.School, n)
	campuses := make([]campus.Campus, n)
	kinds := campus.Values[campus.Kind]()
	for i := range n {
		sid := testID(fmt.Sprint("school", i))
		schools[i] = campus.School{ID: sid, Name: fmt.Sprint("学校", i)}
		code := "320505001"
		if i%2 == 1 {
			code = "320505100"
		}
		campuses[i] = campus.Campus{ID: testID(fmt.Sprint("campus", i)), School: sid, Name: fmt.Sprint("校区", i),
			Kind: kinds[i%len(kinds)], License: campus.License(1 + i%2), Locale: campus.Values[campus.Locale]()[i%7],
			Jurisdiction: hierarchy.MustParseCode(code), Main: true, Boarding: i%3 == 0,
			Students: (i * 37) % 2500, Staff: (i * 7) % 150}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	return reg
}

// evaluate is Query.Evaluate for a test that measures one campus against std at
// level: the query is as of std's effective date (2000-01-01 when it has none).
// It panics on an invalid std or level, as MustQuery does.
func evaluate(std Standard, c campus.Campus, m Measurements, level prevention.Level) Result {
	asOf := std.Effective
	if asOf.IsZero() {
		asOf = civil.MustParseDate("2000-01-01")
	}
	return MustQuery(QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: level}).Evaluate(c, m)
}

// statusOf is evaluate's status.
func statusOf(std Standard, c campus.Campus, m Measurements, level prevention.Level) Status {
	return evaluate(std, c, m, level).Status
}

// mustIndicator is NewIndicator that panics on error, for tests.
func mustIndicator(id, label string, kind ValueKind) Indicator {
	ind, err := NewIndicator(id, label, kind)
	if err != nil {
		panic(err)
	}
	return ind
}
