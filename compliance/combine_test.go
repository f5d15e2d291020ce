package compliance

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nationalNorm and provincialList are two small standards that both declare
// canteen_camera identically and both use the requirement ID "guards".
func nationalNorm() Standard {
	return MustStandard(Standard{ID: "national", Title: "国家规范", Version: "2015", Effective: civil.MustParseDate("2015-12-31"),
		Indicators: []Indicator{canteenCamera},
		Requirements: []Requirement{
			{ID: "guards", Title: "专职保安员", Scope: Scope{Groups: []campus.Group{campus.GroupSchool}},
				Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1}},
			{ID: "canteen", Title: "食堂视频", Scope: Scope{Boarding: BoardingOnly}, Rule: Rule{RuleKind: RuleFact, Indicator: canteenCamera}},
		}})
}

func provincialList() Standard {
	return MustStandard(Standard{ID: "province", Title: "省检查表", Version: "2010", Effective: civil.MustParseDate("2010-09-01"),
		Indicators: []Indicator{canteenCamera},
		Requirements: []Requirement{
			{ID: "guards", Title: "中心校以上2名保安员", Scope: Scope{Groups: []campus.Group{campus.GroupSchool},
				Designations: []campus.Designation{campus.Central}},
				Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 2}},
			{ID: "canteen", Title: "食堂视频", Rule: Rule{RuleKind: RuleFact, Indicator: canteenCamera}},
		}})
}

func TestCombine(t *testing.T) {
	nat, prov := nationalNorm(), provincialList()
	std, err := Combine(Combination{ID: "city-all", Title: "市级合并检查", Version: "2024", Parts: []Standard{nat, prov}})
	require.NoError(t, err)
	assert.Equal(t, []Reference{nat.Ref(), prov.Ref()}, std.Parts)
	assert.Equal(t, nat.Effective, std.Effective, "the latest part's effective date")
	assert.Equal(t, []Indicator{canteenCamera}, std.Indicators, "identical declarations merged")
	var ids []string
	for _, r := range std.Requirements {
		ids = append(ids, r.ID)
	}
	assert.Equal(t, []string{"national/guards", "national/canteen", "province/guards", "province/canteen"}, ids)
	r, ok := std.Requirement("province/guards")
	require.True(t, ok)
	assert.Equal(t, Origin{Standard: prov.Ref(), Requirement: "guards"}, r.Origin)
	assert.Equal(t, "province@2010/guards", r.Origin.String())

	// One status from both: the provincial minimum of 2 binds a central school.
	c := school(600, 40)
	c.Designation, c.Boarding = campus.Central, true
	m := MustMeasurements(ObserveCount(FullTimeGuards, 1), ObserveFact(canteenCamera, true))
	assert.Equal(t, Compliant, statusOf(nat, c, m, prevention.Normal))
	res := evaluate(std, c, m, prevention.Normal)
	assert.Equal(t, NonCompliant, res.Status)
	assert.Equal(t, res.Status, statusOf(std, c, m, prevention.Normal))
	assert.Equal(t, []Reference{nat.Ref(), prov.Ref()}, res.Parts)
	unmet := res.With(Unmet)
	require.Len(t, unmet, 1)
	assert.Equal(t, "province/guards", unmet[0].Requirement)
	assert.Equal(t, Origin{Standard: prov.Ref(), Requirement: "guards"}, unmet[0].Origin)

	// It round-trips through the JSON format with its parts and origins.
	b, err := json.Marshal(std)
	require.NoError(t, err)
	back, err := LoadStandard(b)
	require.NoError(t, err)
	assert.True(t, std.Equal(back))
	rb, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(rb), `"origin":{"standard":{"id":"province","version":"2010"},"requirement":"guards"}`)
}

func TestCombineErrors(t *testing.T) {
	nat, prov := nationalNorm(), provincialList()
	other := prov.clone()
	other.ID = "other"
	other.Indicators = []Indicator{mustIndicator("canteen_camera", "食堂摄像头", FactValue)}
	other.Requirements[1].Rule.Indicator = other.Indicators[0]
	other = MustStandard(other)
	bad := nat.clone()
	bad.Requirements[0].Rule.Min = -1
	longID := nat.clone()
	longID.ID = strings.Repeat("n", maxIDLen-2)
	longID = MustStandard(longID)
	tests := []struct {
		name string
		c    Combination
		want error
		says string
	}{
		{"no parts", Combination{ID: "c", Title: "t", Version: "1"}, ErrInvalidStandard, "1 to"},
		{"too many parts", Combination{ID: "c", Title: "t", Version: "1", Parts: make([]Standard, maxParts+1)}, ErrInvalidStandard, "1 to"},
		{"one part twice", Combination{ID: "c", Title: "t", Version: "1", Parts: []Standard{nat, nat}}, ErrInvalidStandard, "both"},
		{"conflicting indicator", Combination{ID: "c", Title: "t", Version: "1", Parts: []Standard{prov, other}}, problemAt{"", "indicators"}, "食堂摄像头"},
		{"invalid part", Combination{ID: "c", Title: "t", Version: "1", Parts: []Standard{bad, prov}}, problemAt{bad.Requirements[0].ID, "rule.min"}, `standard "national"`},
		{"in force before a part", Combination{ID: "c", Title: "t", Version: "1", Effective: civil.MustParseDate("2012-01-01"),
			Parts: []Standard{nat, prov}}, problemAt{"", "effective"}, `before its part "national@2015"`},
		{"no title", Combination{ID: "c", Version: "1", Parts: []Standard{nat}}, ErrInvalidStandard, "title"},
		{"namespaced ID too long", Combination{ID: "c", Title: "t", Version: "1", Parts: []Standard{longID}}, ErrInvalidStandard, "id: 133 bytes, at most 128"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Combine(tt.c)
			require.ErrorIs(t, err, ErrInvalidStandard)
			assertWants(t, err, tt.want)
			assert.Contains(t, err.Error(), tt.says)
		})
	}
}

// TestCombineOutOfScope checks that a campus is outside a combination only
// when it is outside every part.
func TestCombineOutOfScope(t *testing.T) {
	schoolsOnly := MustStandard(Standard{ID: "a", Title: "中小学", Version: "1", Effective: civil.MustParseDate("2015-01-01"),
		Requirements: []Requirement{{ID: "g", Title: "保安", Scope: Scope{Groups: []campus.Group{campus.GroupSchool}},
			Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1}}}})
	kgOnly := MustStandard(Standard{ID: "b", Title: "幼儿园", Version: "1", Effective: civil.MustParseDate("2015-01-01"),
		Requirements: []Requirement{{ID: "g", Title: "保安", Scope: Scope{Kinds: []campus.Kind{campus.Kindergarten}},
			Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1}}}})
	both, err := Combine(Combination{ID: "ab", Title: "合并", Version: "1", Parts: []Standard{schoolsOnly, kgOnly}})
	require.NoError(t, err)
	m := MustMeasurements(ObserveCount(FullTimeGuards, 1))
	for _, tt := range []struct {
		kind campus.Kind
		want Status
	}{{campus.Primary, Compliant}, {campus.Kindergarten, Compliant}, {campus.Nursery, OutOfScope}} {
		c := school(300, 20)
		c.Kind = tt.kind
		assert.Equal(t, tt.want, evaluate(both, c, m, prevention.Normal).Status, tt.kind.String())
		assert.Equal(t, tt.want, statusOf(both, c, m, prevention.Normal), tt.kind.String())
	}
}

// TestCombineEverywhere checks that a combined standard is usable wherever a
// standard is: summaries and their figures, whose drill-down leads back to
// each requirement's source through Origin (derived findings: see
// compliance/finding's TestDeriveCombined).
func TestCombineEverywhere(t *testing.T) {
	std, err := Combine(Combination{ID: "city-all", Title: "市级合并检查", Version: "2024", Parts: []Standard{nationalNorm(), provincialList()}})
	require.NoError(t, err)
	reg := testRegister(t, 60)
	var insp []Inspection
	for i, c := range reg.Campuses() {
		for k, d := range []string{"2016-01-10", "2016-05-10"} {
			insp = append(insp, Inspection{ID: testID(c.Name + d), Campus: c.ID, Date: civil.MustParseDate(d), Team: "一组",
				Measurements: MustMeasurements(ObserveCount(FullTimeGuards, (i+k)%3), ObserveFact(canteenCamera, (i+k)%2 == 0))})
		}
	}
	h, err := NewHistory(reg, insp)
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: std, AsOf: civil.MustParseDate("2016-06-01"), PreventionLevel: prevention.Normal})
	s, err := Summarize(h, q)
	require.NoError(t, err)
	f, err := s.Figure(ComplianceMeasure, AllCampuses(), rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, "city-all", f.StandardID)
	for i, c := range reg.Campuses() {
		assert.Equal(t, h.status(i, q), s.status[i])
		a, ok := s.Assessment(c.ID)
		require.True(t, ok)
		assert.Equal(t, s.status[i], a.Status)
		if a.Status == NonCompliant {
			for _, rr := range a.Result.With(Unmet) {
				assert.Contains(t, []string{"national", "province"}, rr.Origin.Standard.ID, "drill-down names the source")
			}
		}
	}
}

// TestCombinedResultRoundTrips: the result of evaluating a campus against a combined standard, with its parts
// and each requirement's origin, reads back from its own JSON exactly.
func TestCombinedResultRoundTrips(t *testing.T) {
	both := twoParts(t)
	res := evaluate(both, school(500, 30), MustMeasurements(ObserveCount(FullTimeGuards, 1)), prevention.Normal)
	require.NotEmpty(t, res.Parts)
	require.False(t, res.Requirements[0].Origin.IsZero())
	data, err := json.Marshal(res)
	require.NoError(t, err)
	var back Result
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, res, back)
	one, err := json.Marshal(res.Requirements[0])
	require.NoError(t, err)
	var rr RequirementResult
	require.NoError(t, json.Unmarshal(one, &rr))
	assert.Equal(t, res.Requirements[0], rr)
}

// TestCombinedPartsMatchOrigins: a combined standard whose parts list lost or renamed a part, or a plain
// standard whose requirements claim an origin, does not load.
func TestCombinedPartsMatchOrigins(t *testing.T) {
	both := twoParts(t)
	data, err := json.Marshal(both)
	require.NoError(t, err)
	for name, edit := range map[string]func(*Standard){
		"part removed": func(s *Standard) { s.Parts = s.Parts[:1] },
		"part renamed": func(s *Standard) { s.Parts[1].ID = "renamed" },
		"no parts":     func(s *Standard) { s.Parts = nil },
	} {
		s, err := LoadStandard(data)
		require.NoError(t, err)
		s.Parts = slices.Clone(s.Parts)
		edit(&s)
		assert.ErrorIs(t, s.Validate(), ErrInvalidStandard, name)
		b, err := json.Marshal(s)
		if err == nil {
			_, err = LoadStandard(b)
		}
		assert.ErrorIs(t, err, ErrInvalidStandard, name)
	}
}

// twoParts combines the test standard with a copy of itself under another ID.
func twoParts(t *testing.T) Standard {
	t.Helper()
	a, b := testStandard(t), testStandard(t)
	b.ID = "other"
	b, err := NewStandard(b)
	require.NoError(t, err)
	both, err := Combine(Combination{ID: "both", Title: "合并", Version: "1", Parts: []Standard{a, b}})
	require.NoError(t, err)
	return both
}
