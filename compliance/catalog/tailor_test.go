package catalog

import (
	"github.com/campussec/campussec/source"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The worked example of the package documentation, as a test: a city settles the undetermined band of GB/T
// 29315-2022, and a tailoring can never loosen a published requirement.
func TestCityTailorsNationalStandard(t *testing.T) {
	national := GBT29315v2022()
	settled, err := compliance.Tailor(national, compliance.Tailoring{
		ID: "example-city-gbt29315", Version: "2024",
		Set: []compliance.Parameter{{Requirement: ReqGBT2022Guards,
			Bands: []compliance.Band{{From: 0, Min: 1}, {From: 100, Min: 2}, {From: 1000, Min: 3}}}},
	})
	require.NoError(t, err)
	assert.Equal(t, national.Ref(), settled.DerivedFrom)
	tests := []struct{ students, want int }{{99, 1}, {100, 2}, {999, 2}, {1000, 3}, {1500, 4}}
	for _, tt := range tests {
		c := testCampus("走读", campus.Primary, campus.LocaleMainUrban, tt.students, 40, false)
		checkGuards(t, settled, ReqGBT2022Guards, c, tt.want)
		want := tt.want // the national standard: ≤100 → 1 (以下 includes 100), 101–999 undetermined (0)
		switch {
		case tt.students <= 100:
			want = 1
		case tt.students < 1000:
			want = 0
		}
		checkGuards(t, national, ReqGBT2022Guards, c, want)
	}

	loosen := []compliance.Parameter{
		{Requirement: ReqGBT2022Patrol, Min: 4},
		{Requirement: ReqGBT2022Guards, Bands: []compliance.Band{{From: 0, Min: 1}, {From: 101, Undetermined: true}, {From: 1000, Min: 2}}},
	}
	for _, p := range loosen {
		_, err := compliance.Tailor(national, compliance.Tailoring{ID: "loose", Version: "1", Set: []compliance.Parameter{p}})
		assert.ErrorIs(t, err, compliance.ErrLoosening, p.Requirement)
	}
	// A tailoring may drop a requirement the city cannot scope (Fujian's 中心校以上 rural requirements).
	fj, err := compliance.Tailor(Fujian2010(), compliance.Tailoring{
		ID: "fj-urban-only", Version: "2010", Exclude: []string{ReqFJ2010VideoRural, ReqFJ2010AlarmRural},
	})
	require.NoError(t, err)
	assert.Len(t, fj.Requirements, 4)
}

func TestEnums(t *testing.T) {
	for _, tgt := range Values[Target]() {
		b, err := tgt.MarshalText()
		require.NoError(t, err)
		var back Target
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, tgt, back)
		assert.NotEmpty(t, tgt.Name(rate.Chinese))
	}
	for r := ReachNone; r <= ReachAll; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Reach
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
		assert.NotEmpty(t, r.Name(rate.Chinese))
	}
	var tg Target
	assert.ErrorIs(t, tg.UnmarshalText([]byte("nope")), ErrInvalidTarget)
	_, err := Target(9).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidTarget)
	assert.Equal(t, "Target(9)", Target(9).String())
	assert.Empty(t, Target(9).Name(rate.Chinese))
	var r Reach
	assert.ErrorIs(t, r.UnmarshalText([]byte("rural")), ErrInvalidReach)
	_, err = Reach(7).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidReach)
	assert.Equal(t, "Reach(7)", Reach(7).String())
}

func TestPopulation(t *testing.T) {
	city := testCampus("城区小学", campus.Primary, campus.LocaleMainUrban, 100, 10, false)
	town := testCampus("镇小学", campus.Primary, campus.LocaleTownCentre, 100, 10, false)
	village := testCampus("村小", campus.TeachingPoint, campus.LocaleVillage, 100, 10, false)
	kg := testCampus("城区幼儿园", campus.Kindergarten, campus.LocaleUrbanFringe, 100, 10, false)
	kgClass := testCampus("附设幼儿班", campus.KindergartenClass, campus.LocaleVillage, 30, 2, false)
	nursery := testCampus("托儿所", campus.Nursery, campus.LocaleMainUrban, 30, 5, false)
	vocational := testCampus("职高", campus.VocationalHigh, campus.LocaleTownFringe, 900, 90, false)
	tests := []struct {
		p    Population
		in   []campus.Campus
		out  []campus.Campus
		name string
	}{
		{Population{Schools: ReachCity, Kindergartens: ReachNone}, []campus.Campus{city}, []campus.Campus{town, village, kg, kgClass, nursery, vocational}, "城市中小学"},
		{Population{Schools: ReachUrban, Kindergartens: ReachNone}, []campus.Campus{city, town, vocational}, []campus.Campus{village, kg, nursery}, "城镇中小学"},
		{Population{Schools: ReachAll, Kindergartens: ReachCity}, []campus.Campus{city, town, village, kg, vocational}, []campus.Campus{kgClass, nursery}, "全部中小学+城市幼儿园"},
		{Population{Schools: ReachAll, Kindergartens: ReachAll}, []campus.Campus{city, town, village, kg, kgClass, vocational}, []campus.Campus{nursery}, "全部中小学+全部幼儿园"},
		{Population{Schools: ReachNone, Kindergartens: ReachAll}, []campus.Campus{kg, kgClass}, []campus.Campus{city, nursery}, "全部幼儿园"},
	}
	for _, tt := range tests {
		require.NoError(t, tt.p.Validate())
		assert.Equal(t, tt.name, tt.p.String())
		for _, c := range tt.in {
			assert.True(t, tt.p.Includes(c), "%s includes %s", tt.name, c.Name)
		}
		for _, c := range tt.out {
			assert.False(t, tt.p.Includes(c), "%s excludes %s", tt.name, c.Name)
		}
	}
	assert.ErrorIs(t, Population{}.Validate(), ErrInvalidPopulation)
	assert.ErrorIs(t, Population{Schools: ReachNone, Kindergartens: ReachNone}.Validate(), ErrInvalidPopulation)
	assert.Equal(t, "(无)", Population{}.String())
	for _, s := range TargetScopes() {
		assert.NoError(t, s.Validate(), s.Name)
		assert.NotEmpty(t, s.Source.Address, s.Name)
		assert.Equal(t, source.Corroborated, s.Source.Confidence, s.Name, "read in press reports only")
		_, ok := s.Population(Target(0))
		assert.False(t, ok)
	}
	assert.Equal(t, Population{Schools: ReachCity, Kindergartens: ReachNone}, Scope2019().Guards)
	assert.Equal(t, Population{Schools: ReachAll, Kindergartens: ReachCity}, Scope2020().Guards)
	assert.Equal(t, Population{Schools: ReachAll, Kindergartens: ReachAll}, Scope2021().Guards)
}
