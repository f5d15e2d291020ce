package catalog

import (
	"encoding/json"
	"strings"
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

// obs is what one inspection observed for the four targets; a nil field was not observed.
type obs struct {
	guards                      *int
	closed, alarm, video, posts *bool
}

func ip(n int) *int   { return &n }
func bp(b bool) *bool { return &b }

func (o obs) measurements(t *testing.T) compliance.Measurements {
	t.Helper()
	var list []compliance.Observation
	if o.guards != nil {
		list = append(list, compliance.ObserveCount(FullTimeGuards, *o.guards))
	}
	for _, f := range []struct {
		ind compliance.Indicator
		v   *bool
	}{
		{ClosedManagement, o.closed}, {EmergencyAlarmLinked, o.alarm},
		{VideoLinked, o.video}, {SchoolGatePolicePost, o.posts},
	} {
		if f.v != nil {
			list = append(list, compliance.ObserveFact(f.ind, *f.v))
		}
	}
	m, err := compliance.NewMeasurements(list...)
	require.NoError(t, err)
	return m
}

// allMet is an inspection that observed every target met.
func allMet(guards int) obs {
	return obs{guards: ip(guards), closed: bp(true), alarm: bp(true), video: bp(true), posts: bp(true)}
}

// fourHundredHistory builds a register of eight campuses whose every rate is known:
//
//	A 小学   主城区 (city)    2019-10-01 all met, 1 guard
//	B 初中   镇中心区 (town)  2019-10-01 0 guards, closed, alarm linked, video NOT linked, no post
//	C 小学   村庄            2019-10-01 observed only: closed = false
//	D 九年制 城乡结合区 (city) never inspected
//	E 幼儿园 主城区 (city)    2019-10-01 all met, 1 guard
//	F 幼儿园 村庄            2019-10-01 0 guards, closed, alarm NOT linked, video linked, no post
//	G 托儿所 主城区          2019-10-01 all met (never in any population)
//	H 小学   主城区 (city)    2019-06-01 all met but 0 guards; 2020-03-01 all met, 2 guards
func fourHundredHistory(t *testing.T) *compliance.History {
	t.Helper()
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320100"), Name: "示例市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320102"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320102001"), Name: "示例街道"},
	)
	require.NoError(t, err)
	type spec struct {
		name   string
		kind   campus.Kind
		locale campus.Locale
		insp   map[string]obs
	}
	specs := []spec{
		{"A", campus.Primary, campus.LocaleMainUrban, map[string]obs{"2019-10-01": allMet(1)}},
		{"B", campus.JuniorSecondary, campus.LocaleTownCentre, map[string]obs{"2019-10-01": {guards: ip(0), closed: bp(true), alarm: bp(true), video: bp(false), posts: bp(false)}}},
		{"C", campus.Primary, campus.LocaleVillage, map[string]obs{"2019-10-01": {closed: bp(false)}}},
		{"D", campus.NineYear, campus.LocaleUrbanFringe, nil},
		{"E", campus.Kindergarten, campus.LocaleMainUrban, map[string]obs{"2019-10-01": allMet(1)}},
		{"F", campus.Kindergarten, campus.LocaleVillage, map[string]obs{"2019-10-01": {guards: ip(0), closed: bp(true), alarm: bp(false), video: bp(true), posts: bp(false)}}},
		{"G", campus.Nursery, campus.LocaleMainUrban, map[string]obs{"2019-10-01": allMet(1)}},
		{"H", campus.Primary, campus.LocaleMainUrban, map[string]obs{"2019-06-01": allMet(0), "2020-03-01": allMet(2)}},
	}
	var schools []campus.School
	var campuses []campus.Campus
	var inspections []compliance.Inspection
	for _, s := range specs {
		c := testCampus(s.name, s.kind, s.locale, 300, 30, false)
		schools = append(schools, campus.School{ID: c.School, Name: s.name})
		campuses = append(campuses, c)
		for date, o := range s.insp {
			inspections = append(inspections, compliance.Inspection{
				ID:           uuid.NewSHA1(uuid.NameSpaceOID, []byte("inspection/"+s.name+"/"+date)),
				Campus:       c.ID,
				Date:         civil.MustParseDate(date),
				Team:         "第一组",
				Measurements: o.measurements(t),
			})
		}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	h, err := compliance.NewHistory(reg, inspections)
	require.NoError(t, err)
	return h
}

// want is a target's expected tally and out-of-scope count.
type want struct {
	compliant, nonCompliant, incomplete, unassessed, out int64
}

func TestFourHundredRates(t *testing.T) {
	h := fourHundredHistory(t)
	tests := []struct {
		name   string
		scope  TargetScope
		asOf   string
		window int
		want   map[Target]want
	}{
		{"2019 scope, end-2019", Scope2019(), "2019-12-31", 0, map[Target]want{
			TargetGuards:           {1, 1, 0, 1, 5}, // city 中小学 A (met), H (0 guards in June), D (never)
			TargetClosedManagement: {3, 1, 0, 1, 3}, // A B H met, C not closed, D never
			TargetAlarmVideo:       {2, 1, 1, 1, 3}, // A H met, B video not linked, C not observed, D never
			TargetSchoolGatePost:   {2, 1, 1, 1, 3},
		}},
		{"2020 scope, end-2019", Scope2020(), "2019-12-31", 0, map[Target]want{
			TargetGuards:           {2, 2, 1, 1, 2}, // + city kindergarten E (met)
			TargetClosedManagement: {4, 1, 0, 1, 2},
			TargetAlarmVideo:       {3, 1, 1, 1, 2},
			TargetSchoolGatePost:   {2, 1, 1, 1, 3}, // 护学岗 stays over 中小学
		}},
		{"2021 scope, end-2019", Scope2021(), "2019-12-31", 0, map[Target]want{
			TargetGuards:           {2, 3, 1, 1, 1}, // + rural kindergarten F (0 guards); nursery G always out
			TargetClosedManagement: {5, 1, 0, 1, 1},
			TargetAlarmVideo:       {3, 2, 1, 1, 1}, // F's alarm not linked
			TargetSchoolGatePost:   {3, 2, 1, 1, 1},
		}},
		{"2019 scope, mid-2020: H re-inspected", Scope2019(), "2020-06-30", 0, map[Target]want{
			TargetGuards: {2, 0, 0, 1, 5},
		}},
		{"2019 scope, mid-2020, 150-day window: only H counts", Scope2019(), "2020-06-30", 150, map[Target]want{
			TargetGuards:           {1, 0, 0, 2, 5},
			TargetClosedManagement: {1, 0, 0, 4, 3},
		}},
		{"before any inspection", Scope2021(), "2019-05-20", 0, map[Target]want{
			TargetGuards: {0, 0, 0, 7, 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FourHundredRates(h, RatesQuery{Scope: tt.scope, AsOf: civil.MustParseDate(tt.asOf), Window: tt.window})
			require.NoError(t, err)
			require.Len(t, res.Rates, 4)
			for target, w := range tt.want {
				r, ok := res.Rate(target)
				require.True(t, ok)
				assert.Equal(t, target, r.Target)
				got := want{r.Tally.Count(compliance.Compliant), r.Tally.Count(compliance.NonCompliant), r.Tally.Count(compliance.Incomplete), r.Tally.Count(compliance.Unassessed), r.OutOfScope}
				assert.Equal(t, w, got, "%s", target)
				// Every campus of the register is accounted for exactly once.
				assert.Equal(t, int64(h.Register().Len()), r.Tally.Total()+r.OutOfScope)
				// The rate keeps unobserved campuses in the denominator and never counts them as passing.
				assert.Equal(t, w.compliant, r.Rate().Num())
				assert.Equal(t, w.compliant+w.nonCompliant+w.incomplete+w.unassessed, r.Rate().Den())
				assert.Equal(t, w.incomplete+w.unassessed, r.Unobserved())
				assert.Equal(t, w.compliant, r.ObservedRate().Num())
				assert.Equal(t, w.compliant+w.nonCompliant, r.ObservedRate().Den())
			}
		})
	}
}

func TestFourHundredFigure(t *testing.T) {
	h := fourHundredHistory(t)
	asOf := civil.MustParseDate("2019-12-31")
	res, err := FourHundredRates(h, RatesQuery{Scope: Scope2019(), AsOf: asOf})
	require.NoError(t, err)
	r, ok := res.Rate(TargetGuards)
	require.True(t, ok)
	f, err := r.Figure(asOf, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	require.NoError(t, f.Validate())
	v, ok := f.Value()
	require.True(t, ok)
	assert.Equal(t, "33.3", v.String())
	assert.Equal(t, compliance.ComplianceMeasure, f.Measure)
	assert.Equal(t, "专职保安员配备率", f.Title)
	assert.Equal(t, "城市中小学 (2019 scope)", f.Population)
	assert.Equal(t, "mps-moe-4x100-guards", f.StandardID)
	assert.Equal(t, "2019–2021", f.StandardVersion, "the published version: the scope is the population's, not the standard's")
	assert.Equal(t, FourHundred().Version, f.StandardVersion)
	assert.Equal(t, "专职保安员配备率 33.3% (1/3)", f.Format(rate.Chinese))
	assert.Equal(t, "2019", r.Scope)

	// Copied as JSON into another system, the figure keeps its name, population and standard.
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"title":"专职保安员配备率"`)
	assert.Contains(t, string(b), `"population":"城市中小学 (2019 scope)"`)
	assert.Contains(t, string(b), `"standard":{"id":"mps-moe-4x100-guards","version":"2019–2021"}`)
	var back compliance.Figure
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f, back)

	// Every target of every preset: its own title and population, one standard version.
	for _, scope := range TargetScopes() {
		res, err := FourHundredRates(h, RatesQuery{Scope: scope, AsOf: asOf})
		require.NoError(t, err)
		for _, r := range res.Rates {
			f, err := r.Figure(asOf, rate.Precision{Places: 1, Rounding: rate.HalfEven})
			require.NoError(t, err, "%s %s", scope.Name, r.Target)
			sf, err := r.SchoolFigure(asOf, rate.Precision{Places: 1, Rounding: rate.HalfEven})
			require.NoError(t, err, "%s %s", scope.Name, r.Target)
			assert.Equal(t, f.Title, sf.Title)
			pop, _ := scope.Population(r.Target)
			assert.Equal(t, r.Target.Name(rate.Chinese), f.Title)
			assert.Equal(t, pop.String()+" ("+scope.Name+" scope)", f.Population)
			assert.Equal(t, "mps-moe-4x100-"+r.Target.String(), f.StandardID)
			assert.Equal(t, FourHundred().Version, f.StandardVersion)
		}
	}
	rs, ok := res.Rate(TargetClosedManagement)
	require.True(t, ok)
	cm, err := rs.Figure(asOf, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err)
	assert.Equal(t, "封闭化管理率", cm.Title)
	assert.Equal(t, "全部中小学 (2019 scope)", rs.PopulationDescription())
	unnamed := rs
	unnamed.Scope = ""
	assert.Equal(t, "全部中小学", unnamed.PopulationDescription())

	std, err := TargetStandard(TargetGuards)
	require.NoError(t, err)
	assert.Equal(t, FourHundred().Ref(), std.DerivedFrom)
	assert.Equal(t, compliance.Reference{ID: "mps-moe-4x100-guards", Version: "2019–2021"}, std.Ref())
	assert.Equal(t, std.Ref(), r.Standard)
	assert.Len(t, std.Requirements, 1)
	av, err := TargetStandard(TargetAlarmVideo)
	require.NoError(t, err)
	assert.Len(t, av.Requirements, 2, "the alarm-and-video target needs both")
	_, err = TargetStandard(Target(9))
	assert.ErrorIs(t, err, ErrInvalidTarget)
	assert.Contains(t, err.Error(), "target 9")
	// A population with no campus gives an undefined rate, not 0 % or NaN.
	assert.False(t, (TargetRate{}).Rate().Defined())
	assert.False(t, (TargetRate{}).ObservedRate().Defined())
	empty := r
	empty.Tally = compliance.Tally{}
	ef, err := empty.Figure(asOf, rate.Precision{Places: 1, Rounding: rate.HalfEven})
	require.NoError(t, err, "an undefined rate is not an error")
	_, ok = ef.Value()
	assert.False(t, ok, "an empty tally has an undefined rate")
	assert.Equal(t, "", (TargetRate{Scope: "2019"}).PopulationDescription(), "an invalid population is not described")
}

// TestTargetRateFigureErrors: Figure and SchoolFigure return Figure.Validate's error with the figure, as
// compliance's Summary.Figure does — a zero date, a precision out of range, a rate not computed by
// FourHundredRates — each wrapping compliance.ErrInvalidFigure and naming the figure by its title.
func TestTargetRateFigureErrors(t *testing.T) {
	h := fourHundredHistory(t)
	asOf := civil.MustParseDate("2019-12-31")
	res, err := FourHundredRates(h, RatesQuery{Scope: Scope2019(), AsOf: asOf})
	require.NoError(t, err)
	r, ok := res.Rate(TargetGuards)
	require.True(t, ok)
	good := rate.Precision{Places: 1, Rounding: rate.HalfEven}
	for _, tc := range []struct {
		name  string
		r     TargetRate
		asOf  civil.Date
		p     rate.Precision
		names []string
	}{
		{"zero date", r, civil.Date{}, good, []string{"专职保安员配备率", "as-of"}},
		{"places out of range", r, asOf, rate.Precision{Places: rate.MaxPlaces + 1, Rounding: rate.HalfEven}, []string{"places"}},
		{"places below range", r, asOf, rate.Precision{Places: rate.MinPlaces - 1, Rounding: rate.HalfEven}, []string{"places"}},
		{"no rounding", r, asOf, rate.Precision{Places: 1}, []string{"rounding"}},
		{"zero rate", TargetRate{}, asOf, good, []string{"standard ID"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for unit, fig := range map[string]func(civil.Date, rate.Precision) (compliance.Figure, error){
				"campus": tc.r.Figure, "school": tc.r.SchoolFigure,
			} {
				f, err := fig(tc.asOf, tc.p)
				require.ErrorIs(t, err, compliance.ErrInvalidFigure, unit)
				for _, n := range tc.names {
					assert.Contains(t, err.Error(), n, unit)
				}
				assert.Equal(t, tc.asOf, f.AsOf, "%s: the figure comes with its error", unit)
				assert.Equal(t, tc.p, f.Precision, unit)
			}
		})
	}
}

func TestFourHundredRatesErrors(t *testing.T) {
	h := fourHundredHistory(t)
	_, err := FourHundredRates(nil, RatesQuery{Scope: Scope2019()})
	require.Error(t, err)
	assert.ErrorIs(t, err, compliance.ErrNil, "a nil history is a nil argument, as in compliance")
	assert.ErrorIs(t, err, ErrInvalidRatesQuery)
	assert.Contains(t, err.Error(), "nil or zero *compliance.History")
	assert.Contains(t, err.Error(), "no as-of date")
	_, err = FourHundredRates(h, RatesQuery{Scope: Scope2021(), AsOf: civil.MustParseDate("2019-01-01")})
	assert.ErrorIs(t, err, ErrInvalidRatesQuery, "before the standard took effect (2019-05-17)")
	assert.ErrorIs(t, err, compliance.ErrInvalidQuery)
	assert.Contains(t, err.Error(), "2019-01-01")
	_, err = FourHundredRates(&compliance.History{}, RatesQuery{Scope: Scope2019(), AsOf: civil.MustParseDate("2020-01-01")})
	assert.ErrorIs(t, err, compliance.ErrNil, "a zero history")
	assert.NotErrorIs(t, err, ErrInvalidRatesQuery, "the history is not part of the query")
	_, err = FourHundredRates(h, RatesQuery{Scope: TargetScope{Name: "bad"}, AsOf: civil.MustParseDate("2020-01-01"), Window: -1})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidRatesQuery)
	assert.ErrorIs(t, err, ErrInvalidTargetScope)
	assert.ErrorIs(t, err, ErrInvalidPopulation)
	assert.NotErrorIs(t, err, compliance.ErrNil)
	assert.Contains(t, err.Error(), "negative window")
	for _, target := range Values[Target]() {
		assert.Contains(t, err.Error(), target.String())
	}
	for _, name := range []string{strings.Repeat("x", MaxScopeNameLen+1), "2019\n", "20\x0019", "\xff"} {
		scope := Scope2019()
		scope.Name = name
		verr := scope.Validate()
		assert.ErrorIs(t, verr, ErrInvalidTargetScope, "%q", name)
		assert.NotErrorIs(t, verr, ErrInvalidPopulation, "%q: the populations are valid", name)
		_, err := FourHundredRates(h, RatesQuery{Scope: scope, AsOf: civil.MustParseDate("2020-01-01")})
		assert.ErrorIs(t, err, ErrInvalidRatesQuery, "%q", name)
		assert.ErrorIs(t, err, ErrInvalidTargetScope, "%q", name)
	}
	scope := Scope2019()
	scope.Name = strings.Repeat("省", MaxScopeNameLen/3)
	assert.NoError(t, scope.Validate())
	scope.Name = ""
	assert.NoError(t, scope.Validate(), "a scope may be unnamed")
}

// TestPopulationKindergartensAreCategory11: every kind of MOE 学校类别 11 is a kindergarten of a population —
// the independent minority kindergarten (112) and the attached class (119) as well as 111 — and a nursery none.
func TestPopulationKindergartensAreCategory11(t *testing.T) {
	guards, ok := Scope2021().Population(TargetGuards)
	require.True(t, ok)
	for _, k := range []campus.Kind{campus.Kindergarten, campus.MinorityKindergarten, campus.KindergartenClass} {
		c := testCampus("幼儿园", k, campus.LocaleVillage, 100, 10, false)
		assert.True(t, guards.Includes(c), "%s", k)
	}
	assert.False(t, guards.Includes(testCampus("托儿所", campus.Nursery, campus.LocaleVillage, 30, 5, false)))
}
