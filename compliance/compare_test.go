package compliance_test

// The tests of change.Compare that need compliance's test fixtures (synthetic
// registers, histories and summaries with chosen statuses, exported to this
// package by export_test.go).

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompare(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	tree := compliance.SynthTree(t, 1, 2, 2)
	reg := compliance.SynthRegister(t, rng, tree, 200)
	base := compliance.SummaryOf(t, reg, compliance.RandomStatuses(rng, reg.Len()))
	report := compliance.SummaryOf(t, reg, compliance.RandomStatuses(rng, reg.Len()))
	cmp, err := change.Compare(base, report)
	require.NoError(t, err)
	assert.False(t, cmp.VersionChanged())

	city := hierarchy.MustParseCode("320500")
	for _, m := range []compliance.Measure{compliance.ComplianceMeasure, compliance.AssessedComplianceMeasure, compliance.AssessedMeasure} {
		ch, ok := cmp.Change(m, compliance.AllCampuses().In(city).License(campus.Licensed))
		require.True(t, ok)
		bt, _ := base.Tally(compliance.AllCampuses().In(city).License(campus.Licensed))
		rt, _ := report.Tally(compliance.AllCampuses().In(city).License(campus.Licensed))
		fr, tr := bt.Rate(m), rt.Rate(m)
		assert.Equal(t, rate.Change{From: fr, To: tr}, ch)
		p, ok := ch.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		require.True(t, ok)
		want, _ := rate.Change{From: fr, To: tr}.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.True(t, want.Equal(p))
		r, ok := ch.Relative(rate.Precision{Places: 1, Rounding: rate.HalfUp})
		wantR, okR := rate.Change{From: fr, To: tr}.Relative(rate.Precision{Places: 1, Rounding: rate.HalfUp})
		assert.Equal(t, okR, ok)
		assert.True(t, wantR.Equal(r))
	}
	_, ok := cmp.Change(compliance.RectificationMeasure, compliance.AllCampuses().In(city))
	assert.False(t, ok, "not a campus measure")
	_, ok = cmp.Change(compliance.ComplianceMeasure, compliance.AllCampuses().In(hierarchy.MustParseCode("110000")))
	assert.False(t, ok)
	_, ok = cmp.Change(compliance.ComplianceMeasure, compliance.AllCampuses().Group(9))
	assert.False(t, ok, "an invalid cell")
	_, ok = (*change.Comparison)(nil).Change(compliance.ComplianceMeasure, compliance.AllCampuses())
	assert.False(t, ok)
	for _, pair := range [][2]*compliance.Summary{{nil, report}, {base, nil}, {nil, nil}} {
		_, err = change.Compare(pair[0], pair[1])
		assert.ErrorIs(t, err, compliance.ErrNil)
	}

	c := rate.Change{From: rate.MustParse("174/1396"), To: rate.MustParse("1394/1396")}
	assert.Equal(t, "12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)", c.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.Chinese))
	c.From = rate.MustParse("0/1396")
	assert.Equal(t, "0.0% → 99.9%: +99.9 percentage points, —", c.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.English))
}

// TestCompareIncomparable checks that change.Compare refuses summaries answering
// different questions — another standard ID, prevention level or window,
// each alone and all together, every mismatch named — and accepts two
// versions of one standard, reporting the revision.
func TestCompareIncomparable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	reg := compliance.SynthRegister(t, rng, compliance.SynthTree(t, 1, 1, 2), 30)
	h, err := compliance.NewHistory(reg, nil)
	require.NoError(t, err)
	st := compliance.RandomStatuses(rng, reg.Len())
	under := func(spec compliance.QuerySpec) *compliance.Summary {
		s, err := compliance.NewSummary(h, compliance.MustQuery(spec), func(i int) compliance.Status { return st[i] })
		require.NoError(t, err)
		return s
	}
	std := compliance.TestMetaStandard(t)
	otherID := std
	otherID.ID = "another-std"
	revised := std
	revised.Version = "2012"
	base := compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2010-05-31"), PreventionLevel: prevention.Normal, Window: 365}
	with := func(f func(*compliance.QuerySpec)) compliance.QuerySpec {
		s := base
		s.AsOf = civil.MustParseDate("2012-02-14")
		f(&s)
		return s
	}

	tests := []struct {
		name     string
		report   compliance.QuerySpec
		mentions []string // each a separate problem; none: comparable
		revised  bool
	}{
		{"same question, later date", with(func(*compliance.QuerySpec) {}), nil, false},
		{"another version of the standard", with(func(s *compliance.QuerySpec) { s.Standard = revised }), nil, true},
		{"another standard", with(func(s *compliance.QuerySpec) { s.Standard = otherID }), []string{"standard"}, false},
		{"another prevention level", with(func(s *compliance.QuerySpec) { s.PreventionLevel = prevention.High }), []string{"prevention level"}, false},
		{"another window", with(func(s *compliance.QuerySpec) { s.Window = 90 }), []string{"window 365 vs 90"}, false},
		{"all three", with(func(s *compliance.QuerySpec) { s.Standard, s.PreventionLevel, s.Window = otherID, prevention.High, 0 }),
			[]string{"standard", "prevention level", "window 365 vs 0"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, r := under(base), under(tt.report)
			cmp, err := change.Compare(b, r)
			if len(tt.mentions) == 0 {
				require.NoError(t, err)
				assert.Equal(t, tt.revised, cmp.VersionChanged())
				_, ok := cmp.Change(compliance.ComplianceMeasure, compliance.AllCampuses())
				assert.True(t, ok)
				return
			}
			require.ErrorIs(t, err, change.ErrIncomparable)
			assert.Nil(t, cmp)
			joined, ok := err.(interface{ Unwrap() []error })
			require.True(t, ok, "problems joined")
			require.Len(t, joined.Unwrap(), len(tt.mentions), "one problem per mismatch")
			for k, m := range tt.mentions {
				assert.ErrorIs(t, joined.Unwrap()[k], change.ErrIncomparable)
				assert.Contains(t, joined.Unwrap()[k].Error(), m)
			}
			if tt.report.Standard.ID != std.ID {
				assert.Contains(t, err.Error(), std.ID)
				assert.Contains(t, err.Error(), otherID.ID, "names both sides")
			}
			_, err = change.Compare(r, b)
			assert.ErrorIs(t, err, change.ErrIncomparable, "symmetric")
		})
	}
	assert.False(t, (*change.Comparison)(nil).VersionChanged())
}

// change.Compare refuses summaries measured at different levels anywhere, and
// accepts levels of the same effect whatever their source.
func TestCompareSchedules(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 23))
	tree := compliance.SynthTree(t, 1, 2, 2)
	reg := compliance.SynthRegister(t, rng, tree, 50)
	h := compliance.SynthHistory(t, rng, reg)
	std := compliance.LevelStandard(t)
	sched := prevention.MustSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("320501"), Effective: civil.MustParseDate("2011-06-01"), Level: prevention.Heightened, Notice: "区内提升"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("320502"), Effective: civil.MustParseDate("2011-06-01"), Level: prevention.Normal, Notice: "重申常态"})
	sum := func(spec compliance.QuerySpec) *compliance.Summary {
		spec.Standard = std
		s, err := compliance.Summarize(h, compliance.MustQuery(spec))
		require.NoError(t, err)
		return s
	}
	before := sum(compliance.QuerySpec{AsOf: civil.MustParseDate("2011-01-01"), Schedule: sched})
	after := sum(compliance.QuerySpec{AsOf: civil.MustParseDate("2012-01-01"), Schedule: sched})
	normal := sum(compliance.QuerySpec{AsOf: civil.MustParseDate("2012-01-01"), PreventionLevel: prevention.Normal})

	_, err := change.Compare(before, normal)
	assert.NoError(t, err, "a schedule at normal everywhere compares with normal")
	_, err = change.Compare(before, after)
	assert.ErrorIs(t, err, change.ErrIncomparable)
	assert.ErrorContains(t, err, "prevention level normal vs normal; 320501 heightened")
	_, err = change.Compare(normal, after)
	assert.ErrorIs(t, err, change.ErrIncomparable)
}

// TestCompareBadInput catalogues what change.Compare rejects: nil summaries
// and summaries of different standards, levels or windows, every mismatch
// named with both sides, and never a comparison with an error.
func TestCompareBadInput(t *testing.T) {
	reg := compliance.TestRegister(t, 6)
	d := civil.MustParseDate("2012-01-10")
	std := compliance.TestStandard(t)
	spec := compliance.QuerySpec{Standard: std, AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal}
	good, err := compliance.NewHistory(reg, []compliance.Inspection{compliance.Insp("a", reg.At(0).ID, d.String(), "一组")})
	require.NoError(t, err)
	sum, err := compliance.Summarize(good, compliance.MustQuery(spec))
	require.NoError(t, err)
	other := std
	other.ID = "other-std"
	otherStd, otherLevel, otherWindow := spec, spec, spec
	otherStd.Standard = compliance.MustStandard(other)
	otherLevel.PreventionLevel = prevention.High
	otherWindow.Window = 30
	compare := func(s compliance.QuerySpec) func() error {
		return func() error {
			later := s
			later.AsOf = later.AsOf.AddDays(365)
			rep, err := compliance.Summarize(good, compliance.MustQuery(later))
			require.NoError(t, err)
			c, err := change.Compare(sum, rep)
			if c != nil {
				return errors.New("non-nil comparison with an error")
			}
			return err
		}
	}
	badinput.RunMentioningOneOf(t, []string{"compliance: ", "change: "}, []badinput.Case{
		{Name: "compare nil", Call: func() error { _, err := change.Compare(nil, nil); return err }, Is: []error{compliance.ErrNil}},
		{Name: "compare nil base", Call: func() error { _, err := change.Compare(nil, sum); return err }, Is: []error{compliance.ErrNil}},
		{Name: "compare nil report", Call: func() error { _, err := change.Compare(sum, nil); return err }, Is: []error{compliance.ErrNil}},
		{Name: "compare zero summaries", Call: func() error { _, err := change.Compare(&compliance.Summary{}, sum); return err }, Is: []error{compliance.ErrNil}},
		{Name: "compare other standard", Call: compare(otherStd), Is: []error{change.ErrIncomparable}, Names: []string{"test-std", "other-std"}},
		{Name: "compare other level", Call: compare(otherLevel), Is: []error{change.ErrIncomparable}, Names: []string{"normal", "high"}},
		{Name: "compare other window", Call: compare(otherWindow), Is: []error{change.ErrIncomparable}, Names: []string{"window", "30"}},
		{Name: "compare everything else", Call: compare(compliance.QuerySpec{Standard: otherStd.Standard, AsOf: spec.AsOf, PreventionLevel: prevention.High, Window: 30}),
			Is: []error{change.ErrIncomparable}, Names: []string{"other-std", "high", "30"}},
	})
}

// TestCompareVersions: versions of one standard may differ (VersionChanged
// says so, whether the summaries' queries carry Versions or one Standard);
// standards may not.
func TestCompareVersions(t *testing.T) {
	v1, v2, vs := compliance.TwoVersions(t)
	h, err := compliance.NewHistory(compliance.TestRegister(t, 3), nil)
	require.NoError(t, err)
	base, err := compliance.Summarize(h, compliance.MustQuery(compliance.QuerySpec{Versions: vs, AsOf: civil.MustParseDate("2011-01-01"), PreventionLevel: prevention.Normal}))
	require.NoError(t, err)
	report, err := compliance.Summarize(h, compliance.MustQuery(compliance.QuerySpec{Standard: v2, AsOf: civil.MustParseDate("2012-02-20"), PreventionLevel: prevention.Normal}))
	require.NoError(t, err)
	c, err := change.Compare(base, report)
	require.NoError(t, err)
	assert.True(t, c.VersionChanged())
	same, err := change.Compare(base, base)
	require.NoError(t, err)
	assert.False(t, same.VersionChanged())
	other := v1
	other.ID = "other"
	os, err := compliance.Summarize(h, compliance.MustQuery(compliance.QuerySpec{Standard: other, AsOf: civil.MustParseDate("2012-02-20"), PreventionLevel: prevention.Normal}))
	require.NoError(t, err)
	_, err = change.Compare(base, os)
	assert.ErrorIs(t, err, change.ErrIncomparable)
}

// TestComparisonNilAndJSON: a nil or zero *Comparison answers like an empty
// one (no change, no revision) and has no JSON form (ErrNil); a built one
// writes its report form, which cannot be decoded (ErrInvalidJSON); an
// invalid cell changes nothing.
func TestComparisonNilAndJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	reg := compliance.SynthRegister(t, rng, compliance.SynthTree(t, 1, 2, 2), 50)
	s := compliance.SummaryOf(t, reg, compliance.RandomStatuses(rng, reg.Len()))
	for _, c := range []*change.Comparison{nil, {}} {
		require.NotPanics(t, func() {
			assert.False(t, c.VersionChanged())
			_, ok := c.Change(compliance.ComplianceMeasure, compliance.AllCampuses().In(hierarchy.MustParseCode("320505")))
			assert.False(t, ok)
		})
	}
	_, err := json.Marshal(&change.Comparison{})
	require.ErrorIs(t, err, compliance.ErrNil)
	assert.Contains(t, err.Error(), "Compare")

	c, err := change.Compare(s, s)
	require.NoError(t, err)
	cb, err := json.Marshal(c)
	require.NoError(t, err)
	sb, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Equal(t, `{"format":1,"version_changed":false,"base":`+string(sb)+`,"report":`+string(sb)+`}`, string(cb))
	var back change.Comparison
	assert.ErrorIs(t, json.Unmarshal(cb, &back), compliance.ErrInvalidJSON)

	county := hierarchy.MustParseCode("320501")
	for _, cell := range []compliance.Cell{
		compliance.AllCampuses().Group(0), compliance.AllCampuses().License(3), compliance.AllCampuses().Kind(99),
		compliance.AllCampuses().In(county).Group(campus.GroupSchool).License(9),
		compliance.AllCampuses().In(hierarchy.MustParseCode("110000")),
	} {
		_, ok := c.Change(compliance.ComplianceMeasure, cell)
		assert.False(t, ok, "%s", cell)
	}
}
