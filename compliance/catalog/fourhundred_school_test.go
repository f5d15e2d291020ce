package catalog

import (
	"encoding/json"
	"github.com/campussec/campussec/source"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schoolLevelHistory is a register where schools and campuses differ:
//
//	S1 小学, two campuses: S1a 主城区 all met; S1b 村庄 all met but closed = false
//	S2 小学 村庄, never inspected
//	S3 幼儿园 主城区, ownership not recorded, all met
//	S4 公办幼儿园 村庄, all met
//	S5 民办幼儿园 主城区, 0 guards, otherwise met
//	S6 托儿所, all met (in no population)
func schoolLevelHistory(t *testing.T) *compliance.History {
	t.Helper()
	code := hierarchy.MustParseCode("320102001")
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320100"), Name: "示例市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320102"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: code, Name: "示例街道"},
	)
	require.NoError(t, err)
	id := func(s string) uuid.UUID { return uuid.NewSHA1(uuid.NameSpaceOID, []byte(s)) }
	schools := []campus.School{
		{ID: id("S1"), Name: "一小"}, {ID: id("S2"), Name: "二小"}, {ID: id("S3"), Name: "三幼"},
		{ID: id("S4"), Name: "四幼", Ownership: campus.Public}, {ID: id("S5"), Name: "五幼", Ownership: campus.Private},
		{ID: id("S6"), Name: "六托"},
	}
	type spec struct {
		name, school string
		kind         campus.Kind
		locale       campus.Locale
		main         bool
		o            *obs
	}
	met := allMet(2)
	openGate := allMet(2)
	openGate.closed = bp(false)
	noGuards := allMet(0)
	specs := []spec{
		{"S1a", "S1", campus.Primary, campus.LocaleMainUrban, true, &met},
		{"S1b", "S1", campus.Primary, campus.LocaleVillage, false, &openGate},
		{"S2", "S2", campus.Primary, campus.LocaleVillage, true, nil},
		{"S3", "S3", campus.Kindergarten, campus.LocaleMainUrban, true, &met},
		{"S4", "S4", campus.Kindergarten, campus.LocaleVillage, true, &met},
		{"S5", "S5", campus.Kindergarten, campus.LocaleMainUrban, true, &noGuards},
		{"S6", "S6", campus.Nursery, campus.LocaleMainUrban, true, &met},
	}
	var campuses []campus.Campus
	var insp []compliance.Inspection
	for _, s := range specs {
		c := campus.Campus{ID: id("campus/" + s.name), School: id(s.school), Name: s.name, Kind: s.kind,
			License: campus.Licensed, Locale: s.locale, Jurisdiction: code, Main: s.main, Students: 300, Staff: 30}
		campuses = append(campuses, c)
		if s.o != nil {
			insp = append(insp, compliance.Inspection{ID: id("insp/" + s.name), Campus: c.ID,
				Date: civil.MustParseDate("2021-11-01"), Team: "一组", Measurements: s.o.measurements(t)})
		}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	h, err := compliance.NewHistory(reg, insp)
	require.NoError(t, err)
	return h
}

// counts is a tally as (compliant, non-compliant, incomplete, unassessed).
func counts(t *testing.T, c, nc, inc, un int64) compliance.Tally {
	t.Helper()
	tl, err := compliance.NewTally(c, nc, inc, un)
	require.NoError(t, err)
	return tl
}

func TestFourHundredSchoolLevel(t *testing.T) {
	h := schoolLevelHistory(t)
	publicKG := TargetScope{Name: "中小学和公办幼儿园",
		Guards:           Population{Schools: ReachAll, Kindergartens: ReachAll, KindergartensOwnership: campus.Public},
		ClosedManagement: Population{Schools: ReachAll, Kindergartens: ReachNone},
		AlarmVideo:       Population{Schools: ReachAll, Kindergartens: ReachNone},
		SchoolGatePost:   Population{Schools: ReachCity, Kindergartens: ReachNone}}
	tests := []struct {
		name                       string
		scope                      TargetScope
		target                     Target
		campuses, schools          compliance.Tally
		out, unplaced, sOut, sUnpl int64
		campusRate, schoolRate     string
	}{
		// 2019: closed management over every 中小学: campus S1b fails, so school S1 fails.
		{"closed, 2019", Scope2019(), TargetClosedManagement, counts(t, 1, 1, 0, 1), counts(t, 0, 1, 0, 1), 4, 0, 4, 0, "1/3", "0/2"},
		// 2019: guards over 城市中小学: only S1a is in the population, and it makes S1 meet the target.
		{"guards, 2019 (城市)", Scope2019(), TargetGuards, counts(t, 1, 0, 0, 0), counts(t, 1, 0, 0, 0), 6, 0, 5, 0, "1/1", "1/1"},
		// 2021: guards over every 中小学 and 幼儿园.
		{"guards, 2021", Scope2021(), TargetGuards, counts(t, 4, 1, 0, 1), counts(t, 3, 1, 0, 1), 1, 0, 1, 0, "4/6", "3/5"},
		// A local target over 中小学 and 公办幼儿园: S3's ownership is not recorded, S5 is private.
		{"guards, 公办幼儿园", publicKG, TargetGuards, counts(t, 3, 0, 0, 1), counts(t, 2, 0, 0, 1), 2, 1, 2, 1, "3/4", "2/3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FourHundredRates(h, RatesQuery{Scope: tt.scope, AsOf: civil.MustParseDate("2021-12-31")})
			require.NoError(t, err)
			r, ok := res.Rate(tt.target)
			require.True(t, ok)
			assert.Equal(t, tt.campuses, r.Tally, "campuses")
			assert.Equal(t, tt.schools, r.Schools, "schools")
			assert.Equal(t, tt.out, r.OutOfScope)
			assert.Equal(t, tt.unplaced, r.Unplaced)
			assert.Equal(t, tt.sOut, r.SchoolsOutOfScope)
			assert.Equal(t, tt.sUnpl, r.SchoolsUnplaced)
			reg := h.Register()
			assert.Equal(t, int64(reg.Len()), r.Tally.Total()+r.OutOfScope+r.Unplaced, "every campus once")
			assert.Equal(t, int64(reg.NumSchools()), r.Schools.Total()+r.SchoolsOutOfScope+r.SchoolsUnplaced, "every school once")
			assert.Equal(t, rate.MustParse(tt.campusRate), r.Rate())
			assert.Equal(t, rate.MustParse(tt.schoolRate), r.SchoolRate())

			cf, err := r.Figure(res.RatesQuery.AsOf, rate.Precision{Places: 2, Rounding: rate.HalfEven})
			require.NoError(t, err)
			sf, err := r.SchoolFigure(res.RatesQuery.AsOf, rate.Precision{Places: 2, Rounding: rate.HalfEven})
			require.NoError(t, err)
			assert.Equal(t, compliance.UnitCampus, cf.CountedUnit())
			assert.Equal(t, compliance.UnitSchool, sf.CountedUnit())
			assert.Equal(t, cf.Title, sf.Title)
			for f, unit := range map[*compliance.Figure]string{&cf: "campus", &sf: "school"} {
				b, err := json.Marshal(*f)
				require.NoError(t, err)
				var j map[string]any
				require.NoError(t, json.Unmarshal(b, &j))
				assert.Equal(t, unit, j["counted"], "every figure names its unit")
			}
		})
	}
}

func TestPopulationOwnership(t *testing.T) {
	kg := campus.Campus{Kind: campus.Kindergarten, Locale: campus.LocaleMainUrban}
	pub, priv := kg, kg
	pub.Ownership, priv.Ownership = campus.Public, campus.Private
	p := Population{Schools: ReachAll, Kindergartens: ReachAll, KindergartensOwnership: campus.Public}
	require.NoError(t, p.Validate())
	assert.Equal(t, "全部中小学+全部公办幼儿园", p.String())
	assert.True(t, p.Includes(pub))
	assert.False(t, p.Includes(priv))
	assert.False(t, p.Unplaced(priv))
	assert.False(t, p.Includes(kg), "unrecorded ownership: not included …")
	assert.True(t, p.Unplaced(kg), "… but unplaced, never silently out")
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"schools":"all","kindergartens":"all","kindergartens_ownership":"public"}`, string(b))
	var back Population
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, p, back)
	for _, bad := range []Population{
		{Schools: ReachAll, Kindergartens: ReachNone, KindergartensOwnership: campus.Public},
		{Schools: ReachAll, Kindergartens: ReachAll, SchoolsOwnership: 9},
	} {
		err := bad.Validate()
		assert.ErrorIs(t, err, ErrInvalidPopulation)
		assert.Contains(t, err.Error(), "ownership")
	}
}

func TestScopeReported2021(t *testing.T) {
	s := ScopeReported2021()
	require.NoError(t, s.Validate())
	for _, tg := range Values[Target]() {
		p, _ := s.Population(tg)
		assert.Equal(t, ReachNone, p.Kindergartens, "the published figures count 中小学 only: %s", tg)
	}
	assert.Equal(t, ReachCity, s.SchoolGatePost.Schools)
	assert.Equal(t, source.Secondary, s.Source.Confidence, "a press report")
	assert.Contains(t, s.Source.Clause, "99.71%")
}
