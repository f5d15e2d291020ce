package compliance

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScopeApplies(t *testing.T) {
	urbanPrimary := school(500, 40)
	kg := school(80, 10)
	kg.Kind, kg.License, kg.Locale = campus.Kindergarten, campus.Unlicensed, campus.LocaleVillage
	nine := school(900, 60)
	nine.Kind, nine.Boarding = campus.NineYear, true
	tests := []struct {
		name  string
		scope Scope
		c     campus.Campus
		level prevention.Level
		want  bool
	}{
		{"zero scope", Scope{}, kg, prevention.Normal, true},
		{"group match", Scope{Groups: []campus.Group{campus.GroupPreschool}}, kg, prevention.Normal, true},
		{"group miss", Scope{Groups: []campus.Group{campus.GroupPreschool}}, urbanPrimary, prevention.Normal, false},
		{"kind match", Scope{Kinds: []campus.Kind{campus.Primary, campus.NineYear}}, nine, prevention.Normal, true},
		{"kind miss", Scope{Kinds: []campus.Kind{campus.Primary}}, nine, prevention.Normal, false},
		{"stage of a multi-stage kind", Scope{Stages: []campus.Stage{campus.StageJuniorSecondary}}, nine, prevention.Normal, true},
		{"stage miss", Scope{Stages: []campus.Stage{campus.StageJuniorSecondary}}, urbanPrimary, prevention.Normal, false},
		{"license match", Scope{Licenses: []campus.License{campus.Unlicensed}}, kg, prevention.Normal, true},
		{"license miss", Scope{Licenses: []campus.License{campus.Unlicensed}}, urbanPrimary, prevention.Normal, false},
		{"locale match", Scope{Locales: []campus.Locale{campus.LocaleMainUrban, campus.LocaleUrbanFringe}}, urbanPrimary, prevention.Normal, true},
		{"locale miss", Scope{Locales: []campus.Locale{campus.LocaleMainUrban}}, kg, prevention.Normal, false},
		{"boarding only", Scope{Boarding: BoardingOnly}, nine, prevention.Normal, true},
		{"boarding only, day campus", Scope{Boarding: BoardingOnly}, urbanPrimary, prevention.Normal, false},
		{"day only", Scope{Boarding: DayOnly}, urbanPrimary, prevention.Normal, true},
		{"day only, boarding campus", Scope{Boarding: DayOnly}, nine, prevention.Normal, false},
		{"min level reached", Scope{MinPreventionLevel: prevention.Heightened}, kg, prevention.Heightened, true},
		{"min level above", Scope{MinPreventionLevel: prevention.Heightened}, kg, prevention.High, true},
		{"min level not reached", Scope{MinPreventionLevel: prevention.Heightened}, kg, prevention.Normal, false},
		{"level 0 is invalid", Scope{MinPreventionLevel: prevention.Normal}, kg, 0, false},
		{"level 0 is invalid, even for the zero scope", Scope{}, kg, 0, false},
		{"an undefined level is invalid", Scope{}, kg, prevention.High + 1, false},
		{"and across lists", Scope{Groups: []campus.Group{campus.GroupSchool}, Licenses: []campus.License{campus.Unlicensed}}, urbanPrimary, prevention.Normal, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.scope.Applies(tt.c, tt.level))
			cs := tt.scope.compile()
			assert.Equal(t, tt.want, cs.applies(&tt.c, tt.level), "compiled")
		})
	}
}

// TestCompiledScopeAgrees checks the bit-set form against Applies for every
// kind, license, locale, boarding flag and level, over assorted scopes.
func TestCompiledScopeAgrees(t *testing.T) {
	scopes := []Scope{
		{},
		{Groups: []campus.Group{campus.GroupSchool}},
		{Stages: []campus.Stage{campus.StagePrimary, campus.StageSpecial}, Licenses: []campus.License{campus.Licensed}},
		{Kinds: []campus.Kind{campus.Nursery, campus.TwelveYear}, Locales: []campus.Locale{campus.LocaleVillage}},
		{Groups: []campus.Group{campus.GroupPreschool}, Stages: []campus.Stage{campus.StagePrimary}},
		{Boarding: DayOnly, MinPreventionLevel: prevention.High},
	}
	kinds := append(campus.Values[campus.Kind](), 0, 200)
	locales := append(campus.Values[campus.Locale](), 0, 300)
	for _, s := range scopes {
		cs := s.compile()
		for _, k := range kinds {
			for _, lic := range []campus.License{0, campus.Licensed, campus.Unlicensed} {
				for _, loc := range locales {
					for _, b := range []bool{false, true} {
						for _, lvl := range prevention.Values[prevention.Level]() {
							c := campus.Campus{Kind: k, License: lic, Locale: loc, Boarding: b}
							if s.Applies(c, lvl) != cs.applies(&c, lvl) {
								t.Fatalf("scope %+v campus %+v level %v: disagree", s, c, lvl)
							}
						}
					}
				}
			}
		}
	}
}

func TestScopeValidate(t *testing.T) {
	s := Scope{Groups: []campus.Group{9}, Kinds: []campus.Kind{campus.Primary, campus.Primary},
		Stages: []campus.Stage{0}, Licenses: []campus.License{3}, Locales: []campus.Locale{999},
		Boarding: 7, MinPreventionLevel: 9}
	scopeProblems := func(s Scope) []error {
		p := newProblems(nil, "s", "r", 0)
		s.validate(&p)
		return p.Errs()
	}
	errs := scopeProblems(s)
	assert.Len(t, errs, 7)
	for _, err := range errs {
		var se *StandardError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, "r", se.Requirement)
		assert.Contains(t, se.Field, "scope.")
	}
	for _, sentinel := range []error{campus.ErrInvalidGroup, campus.ErrInvalidStage, campus.ErrInvalidLicense,
		campus.ErrInvalidLocale, ErrInvalidBoardingScope, prevention.ErrInvalidLevel} {
		assert.ErrorIs(t, errors.Join(errs...), sentinel, "an invalid value wraps its enum's sentinel")
	}
	assert.Empty(t, scopeProblems(Scope{}))
	assert.True(t, Scope{}.IsZero())
	long := Scope{Kinds: make([]campus.Kind, maxScopeValues+1)}
	assert.Len(t, scopeProblems(long), 1)
	for _, b := range []BoardingScope{BoardingOnly, DayOnly} {
		txt, err := b.MarshalText()
		assert.NoError(t, err)
		var got BoardingScope
		assert.NoError(t, got.UnmarshalText(txt))
		assert.Equal(t, b, got)
		assert.NotEmpty(t, b.Name(rate.Chinese))
	}
	_, err := ParseBoardingScope("weekly")
	assert.ErrorIs(t, err, ErrInvalidBoardingScope)
}

// TestScopeOwnershipDesignation checks the ownership and designation lists:
// a recorded value that does not match excludes the campus; an unrecorded
// one (zero) is included but not settled, and the requirement is then
// Undetermined rather than met, exempt or out of scope.
func TestScopeOwnershipDesignation(t *testing.T) {
	kg := school(80, 10)
	kg.Kind = campus.Kindergarten
	public, private, unknown := kg, kg, kg
	public.Ownership, private.Ownership = campus.Public, campus.Private
	rural := school(300, 20)
	rural.Locale = campus.LocaleVillage
	central, ordinary := rural, rural
	central.Designation, ordinary.Designation = campus.Central, campus.NonCentral
	publicKG := Scope{Groups: []campus.Group{campus.GroupPreschool}, Ownerships: []campus.Ownership{campus.Public}}
	centralOnly := Scope{Designations: []campus.Designation{campus.Central}}
	tests := []struct {
		name             string
		scope            Scope
		c                campus.Campus
		applies, settled bool
		outcome          Outcome
	}{
		{"public kindergarten", publicKG, public, true, true, Met},
		{"private kindergarten", publicKG, private, false, true, NotApplicable},
		{"kindergarten, ownership not recorded", publicKG, unknown, true, false, Undetermined},
		{"central school", centralOnly, central, true, true, Met},
		{"non-central school", centralOnly, ordinary, false, true, NotApplicable},
		{"designation not recorded", centralOnly, rural, true, false, Undetermined},
		{"no such list: unrecorded is fine", Scope{}, rural, true, true, Met},
	}
	m := MustMeasurements(ObserveCount(FullTimeGuards, 2))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.applies, tt.scope.Applies(tt.c, prevention.Normal))
			assert.Equal(t, tt.settled, tt.scope.settled(tt.c))
			cs := tt.scope.compile()
			assert.Equal(t, tt.applies, cs.applies(&tt.c, prevention.Normal), "compiled")
			assert.Equal(t, tt.settled, cs.settled(&tt.c), "compiled")
			std := MustStandard(Standard{ID: "s", Title: "t", Version: "1", Effective: civil.MustParseDate("2020-01-01"),
				Requirements: []Requirement{{ID: "g", Title: "保安员", Scope: tt.scope,
					Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: FullTimeGuards, Min: 1}}}})
			res := evaluate(std, tt.c, m, prevention.Normal)
			assert.Equal(t, tt.outcome, res.Requirements[0].Outcome)
			assert.Equal(t, res.Status, fastStatus(std, tt.c, m, prevention.Normal), "fast path agrees")
			if !tt.settled {
				assert.Equal(t, Incomplete, res.Status, "an unplaceable campus never passes")
			}
			b, err := json.Marshal(std)
			require.NoError(t, err)
			back, err := LoadStandard(b)
			require.NoError(t, err)
			assert.True(t, std.Equal(back), "round-trips through JSON")
		})
	}
	bad := Scope{Ownerships: []campus.Ownership{0, campus.Public, campus.Public}, Designations: []campus.Designation{9}}
	p := newProblems(nil, "s", "r", 0)
	bad.validate(&p)
	assert.Equal(t, 3, p.Len(), "%v", p.Errs())
}
