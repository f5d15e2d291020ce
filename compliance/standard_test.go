package compliance

import (
	"encoding/json"
	"errors"
	"github.com/campussec/campussec/source"
	"os"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStandardValidateEveryProblem(t *testing.T) {
	valid := testStandard(t)
	mutate := func(f func(s *Standard)) Standard {
		s := valid.clone()
		f(&s)
		return s
	}
	req := func(s *Standard, id string) *Requirement {
		for i := range s.Requirements {
			if s.Requirements[i].ID == id {
				return &s.Requirements[i]
			}
		}
		t.Fatalf("no requirement %s", id)
		return nil
	}
	tests := []struct {
		name string
		std  Standard
		err  error
		req  string // the requirement the message must name ("" for standard-level)
	}{
		{"empty ID", mutate(func(s *Standard) { s.ID = "" }), ErrInvalidStandard, ""},
		{"empty title", mutate(func(s *Standard) { s.Title = "" }), ErrInvalidStandard, ""},
		{"empty version", mutate(func(s *Standard) { s.Version = "" }), ErrInvalidStandard, ""},
		{"zero effective date", mutate(func(s *Standard) { s.Effective = civil.Date{} }), ErrInvalidStandard, ""},
		{"over-long note", mutate(func(s *Standard) { s.Note = strings.Repeat("n", maxTextLen+1) }), ErrInvalidStandard, ""},
		{"no requirements", mutate(func(s *Standard) { s.Requirements = nil }), ErrInvalidStandard, ""},
		{"too many requirements", mutate(func(s *Standard) {
			s.Requirements = make([]Requirement, MaxRequirements+1)
		}), ErrInvalidStandard, ""},
		{"well-known declared", mutate(func(s *Standard) { s.Indicators = append(s.Indicators, FullTimeGuards) }), problemAt{"", "indicators[1]"}, ""},
		{"declared twice", mutate(func(s *Standard) { s.Indicators = append(s.Indicators, canteenCamera) }), problemAt{"", "indicators[1]"}, ""},
		{"empty requirement ID", mutate(func(s *Standard) { s.Requirements[1].ID = "" }), problemAt{"", "requirements[1].id"}, ""},
		{"empty requirement title", mutate(func(s *Standard) { req(s, "guardroom").Title = "" }), problemAt{"guardroom", "title"}, "guardroom"},
		{"duplicate requirement ID", mutate(func(s *Standard) { req(s, "canteen").ID = "guards" }), problemAt{"guards", "id"}, "guards"},
		{"undeclared custom indicator", mutate(func(s *Standard) { s.Indicators = nil }), ErrUnknownIndicator, "canteen"},
		{"zero indicator", mutate(func(s *Standard) { req(s, "guardroom").Rule.Indicator = Indicator{} }), ErrUnknownIndicator, "guardroom"},
		{"fact rule on a count indicator", mutate(func(s *Standard) { req(s, "guardroom").Rule.Indicator = FullTimeGuards }), problemAt{"guardroom", "rule.indicator"}, "guardroom"},
		{"count rule on a fact indicator", mutate(func(s *Standard) { req(s, "video_days").Rule.Indicator = ClosedManagement }), problemAt{"video_days", "rule.indicator"}, "video_days"},
		{"unknown rule kind", mutate(func(s *Standard) { req(s, "guardroom").Rule.RuleKind = 42 }), ErrInvalidRuleKind, "guardroom"},
		{"negative min", mutate(func(s *Standard) { req(s, "video_days").Rule.Min = -1 }), problemAt{"video_days", "rule.min"}, "video_days"},
		{"enormous min", mutate(func(s *Standard) { req(s, "video_days").Rule.Min = maxThreshold + 1 }), problemAt{"video_days", "rule.min"}, "video_days"},
		{"fact rule with a min", mutate(func(s *Standard) { req(s, "guardroom").Rule.Min = 1 }), problemAt{"guardroom", "rule"}, "guardroom"},
		{"count rule with bands", mutate(func(s *Standard) { req(s, "video_days").Rule.Bands = []Band{{}} }), problemAt{"video_days", "rule"}, "video_days"},
		{"bands out of order", mutate(func(s *Standard) {
			req(s, "guards").Rule.Bands = []Band{{From: 0, Min: 1}, {From: 100, Min: 2}, {From: 100, Min: 3}}
		}), problemAt{"guards", "rule.bands[2].from"}, "guards"},
		{"first band above 0", mutate(func(s *Standard) { req(s, "guards").Rule.Bands = []Band{{From: 10, Min: 1}} }), problemAt{"guards", "rule.bands[0].from"}, "guards"},
		{"negative band min", mutate(func(s *Standard) { req(s, "guards").Rule.Bands[1].Min = -2 }), problemAt{"guards", "rule.bands[1].min"}, "guards"},
		{"no bands", mutate(func(s *Standard) { req(s, "guards").Rule.Bands = nil }), problemAt{"guards", "rule.bands"}, "guards"},
		{"too many bands", mutate(func(s *Standard) {
			b := make([]Band, maxBands+1)
			for i := range b {
				b[i].From = i
			}
			req(s, "guards").Rule.Bands = b
		}), problemAt{"guards", "rule.bands"}, "guards"},
		{"exempt and undetermined", mutate(func(s *Standard) {
			req(s, "guards").Rule.Bands[1] = Band{From: 100, Exempt: true, Undetermined: true}
		}), problemAt{"guards", "rule.bands[1]"}, "guards"},
		{"undetermined with a min", mutate(func(s *Standard) {
			req(s, "guards").Rule.Bands[1] = Band{From: 100, Min: 2, Undetermined: true}
		}), problemAt{"guards", "rule.bands[1].min"}, "guards"},
		{"invalid basis", mutate(func(s *Standard) { req(s, "guards").Rule.Basis = 0 }), ErrInvalidBasis, "guards"},
		{"step without per", mutate(func(s *Standard) { req(s, "guards").Rule.Step.Per = 0 }), problemAt{"guards", "rule.step.per"}, "guards"},
		{"step negative above", mutate(func(s *Standard) { req(s, "guards").Rule.Step.Above = -1 }), problemAt{"guards", "rule.step.above"}, "guards"},
		{"step rounding", mutate(func(s *Standard) { req(s, "guards").Rule.Step.Round = 0 }), ErrInvalidStepRounding, "guards"},
		{"invalid scope", mutate(func(s *Standard) { req(s, "canteen").Scope.Kinds = []campus.Kind{0} }), campus.ErrInvalidKind, "canteen"},
		{"invalid confidence", mutate(func(s *Standard) { req(s, "canteen").Source.Confidence = 9 }), source.ErrInvalidConfidence, "canteen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.std.Validate()
			require.Error(t, err)
			assertWants(t, err, ErrInvalidStandard, tt.err)
			assert.Contains(t, err.Error(), "compliance:")
			if tt.req != "" {
				assert.Contains(t, err.Error(), `requirement "`+tt.req+`"`)
			}
			_, nerr := NewStandard(tt.std)
			assertWants(t, nerr, tt.err)
			_, merr := json.Marshal(tt.std)
			assert.Error(t, merr, "an invalid standard does not marshal")
		})
	}
	assert.NoError(t, valid.Validate())
}

func TestValidateReportsAllProblems(t *testing.T) {
	s := Standard{ID: "x", Requirements: []Requirement{
		{ID: "a", Title: "a", Rule: Rule{RuleKind: RuleFact, Indicator: FullTimeGuards}},
		{ID: "a", Title: "b", Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: -3}},
	}}
	err := s.Validate()
	require.Error(t, err)
	var joined interface{ Unwrap() []error }
	require.True(t, errors.As(err, &joined))
	// title, version, effective; a: kind mismatch; a(2): duplicate, negative min.
	assert.Len(t, joined.Unwrap(), 6)
	assertWants(t, err, ErrInvalidStandard, problemAt{"", "title"}, problemAt{"a", "rule.indicator"},
		problemAt{"a", "id"}, problemAt{"a", "rule.min"})
	assert.Equal(t, err.Error(), s.Validate().Error(), "deterministic")
}

func TestStandardJSONRoundTrip(t *testing.T) {
	std := testStandard(t)
	std.Requirements[0].Source = source.Citation{Document: "公治〔2015〕168号", Clause: "第五条", Address: "http://example.org",
		Confidence: source.Secondary, Note: "ceil unverified"}
	std.Requirements[3].Scope = Scope{Groups: []campus.Group{campus.GroupSchool}, Kinds: []campus.Kind{campus.NineYear},
		Stages: []campus.Stage{campus.StagePrimary}, Licenses: []campus.License{campus.Licensed},
		Locales: []campus.Locale{campus.LocaleMainUrban}, Boarding: DayOnly, MinPreventionLevel: prevention.High}
	std.Requirements[0].Rule.Bands = append(std.Requirements[0].Rule.Bands, Band{From: 5000, Undetermined: true}, Band{From: 6000, Exempt: true})
	std.DerivedFrom = Reference{ID: "base", Version: "2"}
	std.Note = "生效日期为发文年度最后一日(发文日未记录)"
	b, err := json.Marshal(std)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"note":"生效日期为发文年度最后一日(发文日未记录)"`)
	got, err := LoadStandard(b)
	require.NoError(t, err)
	assert.True(t, got.Equal(std))
	assert.Equal(t, std.Note, got.Note)
	noted := std.clone()
	noted.Note = "另一说明"
	assert.False(t, got.Equal(noted), "Equal compares the note")
	noted.Note = ""
	b2, err := json.Marshal(noted)
	require.NoError(t, err)
	var top map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b2, &top))
	assert.NotContains(t, top, "note", "no note, no key")
	assertQueryable(t, got, "loaded standards make queries")
	again, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(again))

	var viaUnmarshal Standard
	require.NoError(t, json.Unmarshal(b, &viaUnmarshal))
	assert.True(t, viaUnmarshal.Equal(std))

	file, err := os.ReadFile("testdata/guards.json")
	require.NoError(t, err)
	fromFile, err := LoadStandard(file)
	require.NoError(t, err)
	ind, ok := fromFile.Indicator("canteen_camera")
	assert.True(t, ok)
	assert.Equal(t, "食堂操作间视频监控", ind.Label())
	r, ok := fromFile.Requirement("guards")
	assert.True(t, ok)
	assert.Equal(t, source.Secondary, r.Source.Confidence)
	_, ok = fromFile.Requirement("nope")
	assert.False(t, ok)
}

// loadTests are LoadStandard cases; they seed FuzzLoadStandard.
var loadTests = []struct {
	name string
	json string
	errs []error
	req  string
}{
	{"minimal", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}]}`, nil, ""},
	{"not JSON", `{"format":1,`, []error{ErrInvalidJSON}, ""},
	{"trailing data", `{"format":1} {}`, []error{ErrInvalidJSON}, ""},
	{"no format", `{"id":"s"}`, []error{ErrInvalidJSON}, ""},
	{"future format", `{"format":2}`, []error{ErrInvalidJSON}, ""},
	{"unknown field", `{"format":1,"id":"s","colour":"red"}`, []error{ErrInvalidJSON}, ""},
	{"unknown rule field", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"closed_management","max":3}}]}`, []error{ErrInvalidJSON}, ""},
	{"enormous number", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_least","indicator":"full_time_guards","min":1e300}}]}`, []error{ErrInvalidJSON}, ""},
	{"large number", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_least","indicator":"full_time_guards","min":9000000000}}]}`, []error{problemAt{"r", "rule.min"}}, "r"},
	{"bad date", `{"format":1,"id":"s","title":"t","version":"1","effective":"2011-02-29",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}]}`, []error{ErrInvalidStandard, civil.ErrInvalidDate}, ""},
	{"unknown rule kind", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_most","indicator":"full_time_guards"}}]}`, []error{ErrInvalidRuleKind}, "r"},
	{"unknown indicator", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"moat"}}]}`, []error{ErrUnknownIndicator}, "r"},
	{"custom indicator", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "indicators":[{"id":"moat","label":"护城河","kind":"fact"}],
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"moat"}}]}`, nil, ""},
	{"bad declared kind", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "indicators":[{"id":"moat","label":"护城河","kind":"colour"}],
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"moat"}}]}`, []error{ErrInvalidValueKind, problemAt{"", "indicators[0].kind"}, ErrUnknownIndicator}, "r"},
	{"count rule on a fact", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"count_at_least","indicator":"closed_management","min":1}}]}`, []error{problemAt{"r", "rule.indicator"}}, "r"},
	{"bands out of order, bad scope, bad basis", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14",
	  "requirements":[
	    {"id":"a","title":"t","scope":{"groups":["college"],"boarding":"weekly","min_level":"extreme","locales":["220"]},
	     "rule":{"kind":"count_scaled","indicator":"full_time_guards","basis":"pupils","bands":[{"from":0,"min":1}]}},
	    {"id":"b","title":"t","rule":{"kind":"count_scaled","indicator":"full_time_guards","basis":"students",
	     "bands":[{"from":0,"min":1},{"from":1000,"min":3},{"from":100,"min":-2}],
	     "step":{"above":1000,"per":500,"add":1,"round":"nearest"}}},
	    {"id":"b","title":"t","source":{"confidence":"rumour"},"rule":{"kind":"fact","indicator":"closed_management"}}]}`,
		[]error{campus.ErrInvalidGroup, ErrInvalidBoardingScope, prevention.ErrInvalidLevel, campus.ErrInvalidLocale, ErrInvalidBasis,
			ErrInvalidStepRounding, problemAt{"b", "rule.bands[2].from"}, problemAt{"b", "rule.bands[2].min"},
			problemAt{"b", "id"}, source.ErrInvalidConfidence}, "b"},
	{"note", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-12-31","note":"placeholder date",
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}]}`, nil, ""},
	{"note not a string", `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-12-31","note":3,
	  "requirements":[{"id":"r","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}]}`, []error{ErrInvalidJSON}, ""},
}

func TestLoadStandard(t *testing.T) {
	for _, tt := range loadTests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := LoadStandard([]byte(tt.json))
			if len(tt.errs) == 0 {
				require.NoError(t, err)
				assert.NoError(t, s.Validate())
				return
			}
			require.Error(t, err)
			assertWants(t, err, tt.errs...)
			assert.ErrorIs(t, err, ErrInvalidStandard, "every problem is a StandardError")
			if tt.req != "" {
				assert.Contains(t, err.Error(), `requirement "`+tt.req+`"`)
			}
			assert.True(t, s.Equal(Standard{}))
		})
	}
	_, err := LoadStandard([]byte(strings.Repeat(" ", MaxStandardBytes+1)))
	assert.ErrorIs(t, err, ErrInvalidJSON)
}

func TestLoadReportsUnknownKindOnce(t *testing.T) {
	_, err := LoadStandard([]byte(loadTests[10].json))
	require.Error(t, err)
	assert.Equal(t, 1, strings.Count(err.Error(), "invalid rule kind"), err.Error())
	assert.Contains(t, err.Error(), `"count_at_most"`)
}

func FuzzLoadStandard(f *testing.F) {
	for _, tt := range loadTests {
		f.Add([]byte(tt.json))
	}
	if b, err := os.ReadFile("testdata/guards.json"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := LoadStandard(data)
		if err != nil {
			return
		}
		if verr := s.Validate(); verr != nil {
			t.Fatalf("loaded an invalid standard: %v", verr)
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := LoadStandard(out)
		if err != nil || !back.Equal(s) {
			t.Fatalf("round trip: %v", err)
		}
		c := school(len(data)*13, len(data))
		m := MustMeasurements(ObserveCount(FullTimeGuards, len(data)%5), ObserveFact(ClosedManagement, len(data)%2 == 0))
		for _, lvl := range prevention.Values[prevention.Level]() {
			if fastStatus(s, c, m, lvl) != evaluate(s, c, m, lvl).Status {
				t.Fatal("the hot path disagrees with Evaluate")
			}
		}
	})
}
func TestNewVersionsManyCopies(t *testing.T) {
	std := testStandard(t)
	vs := make([]Standard, 20000)
	for i := range vs {
		vs[i] = std
	}
	_, err := NewVersions(vs...)
	require.ErrorIs(t, err, ErrVersionConflict)
	assert.Less(t, len(err.Error()), 128<<10)
	assert.Contains(t, err.Error(), "more problems")
}
