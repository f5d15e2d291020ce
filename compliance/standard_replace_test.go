package compliance

import (
	"encoding/json"
	"github.com/campussec/campussec/source"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// replaceBase is a base standard for replacements: a 168号-style guard rule
// (bands by students, one more per started 500 above 1000), a rule with an
// undetermined band, a plain minimum and a fact.
func replaceBase(t testing.TB) Standard {
	t.Helper()
	return MustStandard(Standard{ID: "base", Title: "基础标准", Version: "1", Effective: civil.MustParseDate("2015-12-31"),
		Requirements: []Requirement{
			{ID: "guards", Title: "专职保安员", Source: source.Citation{Document: "168号", Clause: "第五条"},
				Scope: Scope{Groups: []campus.Group{campus.GroupSchool}},
				Rule: Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents,
					Bands: []Band{{From: 0, Min: 1}, {From: 100, Min: 2}},
					Step:  Step{Above: 1000, Per: 500, Add: 1, Round: StepCeil}}},
			{ID: "open-band", Title: "保安员(中段未定)", Rule: Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents,
				Bands: []Band{{From: 0, Min: 1}, {From: 100, Undetermined: true}, {From: 1000, Min: 3}}}},
			{ID: "patrol", Title: "巡查", Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: KeyAreaPatrolsPerDay, Min: 5}},
			{ID: "video", Title: "视频监控", Scope: Scope{Locales: []campus.Locale{campus.LocaleMainUrban, campus.LocaleUrbanFringe}},
				Rule: Rule{RuleKind: RuleFact, Indicator: VideoSurveillance}},
		}})
}

func TestTailorReplace(t *testing.T) {
	base := replaceBase(t)
	guards, _ := base.Requirement("guards")
	withRule := func(id string, mod func(r *Rule)) Requirement {
		r, _ := base.Requirement(id)
		r.Rule.Bands = append([]Band(nil), r.Rule.Bands...)
		mod(&r.Rule)
		r.Title, r.Source = "", source.Citation{}
		return r
	}
	withScope := func(id string, s Scope) Requirement {
		r, _ := base.Requirement(id)
		r.Scope = s
		return r
	}
	tests := []struct {
		name string
		rp   Replacement
		want error
	}{
		{"step over headcount instead of students", Replacement{Requirement: "guards",
			With: withRule("guards", func(r *Rule) { r.Step.Basis = BasisHeadcount }), Change: "step over headcount", Reason: "市解读"}, nil},
		{"bands over headcount instead of students", Replacement{Requirement: "guards",
			With: withRule("guards", func(r *Rule) { r.Basis = BasisHeadcount; r.Step.Basis = BasisStudents }), Change: "bands over headcount", Reason: "市解读"}, nil},
		{"step over staff instead of students", Replacement{Requirement: "guards",
			With: withRule("guards", func(r *Rule) { r.Step.Basis = BasisStaff }), Change: "step over staff", Reason: "x"}, ErrLoosening},
		{"completed 500s instead of started ones", Replacement{Requirement: "guards",
			With: withRule("guards", func(r *Rule) { r.Step.Round = StepFloor }), Change: "floor", Reason: "x"}, ErrLoosening},
		{"a slower step", Replacement{Requirement: "guards",
			With: withRule("guards", func(r *Rule) { r.Step.Per = 600 }), Change: "per 600", Reason: "x"}, ErrLoosening},
		{"no step", Replacement{Requirement: "guards",
			With: withRule("guards", func(r *Rule) { r.Step = Step{} }), Change: "no step", Reason: "x"}, ErrLoosening},
		{"scope widened to every campus", Replacement{Requirement: "guards", With: withScope("guards", Scope{}),
			Change: "all campuses", Reason: "x"}, nil},
		{"scope narrowed to 中心校", Replacement{Requirement: "guards",
			With:   withScope("guards", Scope{Groups: []campus.Group{campus.GroupSchool}, Designations: []campus.Designation{campus.Central}}),
			Change: "中心校 only", Reason: "x"}, ErrLoosening},
		{"scope narrowed to 城区 only", Replacement{Requirement: "video",
			With: withScope("video", Scope{Locales: []campus.Locale{campus.LocaleMainUrban}}), Change: "111 only", Reason: "x"}, ErrLoosening},
		{"scope to 城镇 (1xx)", Replacement{Requirement: "video",
			With: withScope("video", Scope{Locales: []campus.Locale{campus.LocaleMainUrban, campus.LocaleUrbanFringe,
				campus.LocaleTownCentre, campus.LocaleTownFringe, campus.LocaleSpecialArea}}), Change: "城镇", Reason: "x"}, nil},
		{"undetermined band settled", Replacement{Requirement: "open-band",
			With: withRule("open-band", func(r *Rule) { r.Bands[1] = Band{From: 100, Min: 2} }), Change: "2 from 100", Reason: "x"}, nil},
		{"undetermined band partly exempted by a recorded reading", Replacement{Requirement: "open-band",
			With: withRule("open-band", func(r *Rule) {
				r.Bands = []Band{{From: 0, Min: 1}, {From: 100, Exempt: true}, {From: 500, Min: 2}, {From: 1000, Min: 3}}
			}), Change: "100–499 excepted, 2 from 500", Reason: "x"}, nil},
		{"undetermined band exempted whole", Replacement{Requirement: "open-band",
			With: withRule("open-band", func(r *Rule) { r.Bands[1] = Band{From: 100, Exempt: true} }), Change: "exempt", Reason: "x"}, ErrLoosening},
		{"undetermined band settled at 0", Replacement{Requirement: "open-band",
			With: withRule("open-band", func(r *Rule) { r.Bands[1] = Band{From: 100} }), Change: "0 from 100", Reason: "x"}, ErrLoosening},
		{"minimum as bands", Replacement{Requirement: "patrol", With: withRule("patrol", func(r *Rule) {
			*r = Rule{RuleKind: RuleCountScaled, Indicator: KeyAreaPatrolsPerDay, Basis: BasisHeadcount, Bands: []Band{{From: 0, Min: 5}, {From: 2000, Min: 6}}}
		}), Change: "6 from 2000", Reason: "x"}, nil},
		{"minimum as lower bands", Replacement{Requirement: "patrol", With: withRule("patrol", func(r *Rule) {
			*r = Rule{RuleKind: RuleCountScaled, Indicator: KeyAreaPatrolsPerDay, Basis: BasisHeadcount, Bands: []Band{{From: 0, Min: 4}, {From: 100, Min: 6}}}
		}), Change: "4 under 100", Reason: "x"}, ErrLoosening},
		{"another indicator", Replacement{Requirement: "patrol", With: withRule("patrol", func(r *Rule) { r.Indicator = FullTimeGuards }),
			Change: "guards", Reason: "x"}, ErrLoosening},
		{"count for a fact", Replacement{Requirement: "video", With: Requirement{Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoSurveillance, Min: 1}},
			Change: "count", Reason: "x"}, ErrLoosening},
		{"unknown requirement", Replacement{Requirement: "nope", With: guards, Change: "x", Reason: "x"}, ErrUnknownRequirement},
		{"no reason", Replacement{Requirement: "guards", With: guards, Change: "x"}, problemAt{"guards", "variant"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Tailor(base, Tailoring{ID: "city", Version: "2024", Replace: []Replacement{tt.rp}})
			if tt.want != nil {
				require.ErrorIs(t, err, ErrInvalidStandard)
				assertWants(t, err, tt.want)
				assert.Contains(t, err.Error(), tt.rp.Requirement)
				return
			}
			require.NoError(t, err)
			r, ok := out.Requirement(tt.rp.Requirement)
			require.True(t, ok)
			assert.Equal(t, Variant{Of: tt.rp.Requirement, Change: tt.rp.Change, Reason: tt.rp.Reason}, r.Variant)
			assert.Equal(t, base.Ref(), out.DerivedFrom)
			b0, _ := base.Requirement(tt.rp.Requirement)
			assert.Equal(t, b0.Title, r.Title, "an empty title is the base's")
			assert.Equal(t, b0.Source, r.Source, "a zero source is the base's")
			b, err := json.Marshal(out)
			require.NoError(t, err)
			back, err := LoadStandard(b)
			require.NoError(t, err)
			assert.True(t, out.Equal(back), "the variant round-trips through JSON")
		})
	}
	_, err := Tailor(base, Tailoring{ID: "city", Version: "2024", Replace: []Replacement{
		{Requirement: "patrol", With: Requirement{Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: KeyAreaPatrolsPerDay, Min: 6}}, Change: "6", Reason: "x"},
		{Requirement: "patrol", With: Requirement{Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: KeyAreaPatrolsPerDay, Min: 7}}, Change: "7", Reason: "x"},
	}})
	assert.True(t, hasProblem(err, "patrol", ""), "replaced twice: %v", err)
	assert.Contains(t, err.Error(), `requirement "patrol": replaced twice`)
}

// TestTailorReplaceThenSet checks that Set applies to the variant, which keeps the requirement's ID (a renamed
// variant could be replaced or set again under a name the base does not know, losing the record of the first).
func TestTailorReplaceThenSet(t *testing.T) {
	out, err := Tailor(replaceBase(t), Tailoring{ID: "city", Version: "2024",
		Replace: []Replacement{{Requirement: "patrol", With: Requirement{
			Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: KeyAreaPatrolsPerDay, Min: 6}}, Change: "6 a day", Reason: "市规定"}},
		Set: []Parameter{{Requirement: "patrol", Min: 8}}})
	require.NoError(t, err)
	r, ok := out.Requirement("patrol")
	require.True(t, ok)
	assert.Equal(t, 8, r.Rule.Min)
	assert.Equal(t, "patrol", r.Variant.Of)
	_, err = Tailor(replaceBase(t), Tailoring{ID: "city", Version: "2024",
		Replace: []Replacement{{Requirement: "patrol", With: Requirement{ID: "patrol-6",
			Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: KeyAreaPatrolsPerDay, Min: 6}}, Change: "6 a day", Reason: "市规定"},
			{Requirement: "patrol-6", With: Requirement{Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: KeyAreaPatrolsPerDay, Min: 7}},
				Change: "7", Reason: "y"}}})
	assert.True(t, hasProblem(err, "patrol", "id"), "a variant may not rename the requirement: %v", err)
	require.ErrorIs(t, err, ErrUnknownRequirement, "nor be replaced under a name the base does not know")
}
