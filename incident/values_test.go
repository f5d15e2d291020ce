package incident

import (
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnums(t *testing.T) {
	assert.Equal(t, []Category{CriminalCase, PublicOrderCase, SafetyAccident, Other}, Values[Category]())
	assert.Equal(t, []Severity{General, Larger, Major, EspeciallyMajor}, Values[Severity]())
	cases := []struct {
		v          interface{ String() string }
		id, zh, en string
	}{
		{CriminalCase, "criminal_case", "刑事案件", "criminal case"},
		{PublicOrderCase, "public_order_case", "治安案件", "public-order case"},
		{SafetyAccident, "safety_accident", "安全事故", "safety accident"},
		{Other, "other", "其他", "other"},
		{General, "general", "一般", "general"},
		{Larger, "larger", "较大", "larger"},
		{Major, "major", "重大", "major"},
		{EspeciallyMajor, "especially_major", "特别重大", "especially major"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.id, tc.v.String())
		switch v := tc.v.(type) {
		case Category:
			assert.Equal(t, tc.zh, v.Name(rate.Chinese))
			assert.Equal(t, tc.en, v.Name(rate.English))
			p, err := ParseCategory(tc.id)
			require.NoError(t, err)
			assert.Equal(t, v, p)
			l, err := ParseLabel[Category](tc.zh)
			require.NoError(t, err)
			assert.Equal(t, v, l)
			b, err := v.MarshalText()
			require.NoError(t, err)
			var back Category
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, v, back)
		case Severity:
			assert.Equal(t, tc.zh, v.Name(rate.Chinese))
			assert.Equal(t, tc.en, v.Name(rate.English))
			p, err := ParseSeverity(tc.id)
			require.NoError(t, err)
			assert.Equal(t, v, p)
			l, err := ParseLabel[Severity](tc.zh)
			require.NoError(t, err)
			assert.Equal(t, v, l)
			b, err := v.MarshalText()
			require.NoError(t, err)
			var back Severity
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, v, back)
		}
	}
	// The zero value is unset: invalid, marshals as "", and "" unmarshals as it.
	assert.False(t, Category(0).IsValid())
	assert.False(t, Severity(0).IsValid())
	b, err := Category(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	s := Major
	require.NoError(t, s.UnmarshalText(nil))
	assert.Equal(t, Severity(0), s)
	assert.Equal(t, "Category(9)", Category(9).String())
	assert.Equal(t, "", Severity(9).Name(rate.Chinese))
	assert.Equal(t, "", Major.Name(0))
}

func TestPolicy(t *testing.T) {
	cases := []struct {
		from Severity
		want [5]bool // IsMajor of 0, General … EspeciallyMajor
	}{
		{General, [5]bool{false, true, true, true, true}},
		{Larger, [5]bool{false, false, true, true, true}},
		{Major, [5]bool{false, false, false, true, true}},
		{EspeciallyMajor, [5]bool{false, false, false, false, true}},
		{0, [5]bool{}},
		{9, [5]bool{}},
	}
	for _, tc := range cases {
		p := Policy{MajorFrom: tc.from}
		assert.Equal(t, tc.from.IsValid(), p.Validate() == nil, "%v", tc.from)
		for s := range Severity(5) {
			assert.Equal(t, tc.want[s], p.IsMajor(s), "major from %v: %v", tc.from, s)
		}
		assert.False(t, p.IsMajor(9))
	}
	assert.Equal(t, Policy{MajorFrom: Major}, DefaultPolicy())
}

// periodCases are the ParsePeriod table, and the fuzz seeds.
var periodCases = []struct {
	in   string
	ok   bool
	days int
}{
	{"2011-09-01/2012-01-31", true, 153},
	{"2012-02-14/2012-02-14", true, 1},
	{"2012-02-29/2013-02-28", true, 366},
	{"0001-01-01/9999-12-31", true, 3652059},
	{"2012-01-31/2011-09-01", false, 0},
	{"2011-09-01", false, 0},
	{"/", false, 0},
	{"2011-09-01/", false, 0},
	{"2011-09-01/2012-01-31/2012-02-01", false, 0},
	{"2011-9-1/2012-1-31", false, 0},
	{"2011-09-01 / 2012-01-31", false, 0},
	{"", false, 0},
}

func TestParsePeriod(t *testing.T) {
	for _, tc := range periodCases {
		p, err := ParsePeriod(tc.in)
		if !tc.ok {
			require.ErrorIs(t, err, ErrInvalidPeriod, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.in, p.String())
		assert.Equal(t, tc.days, p.Days())
		assert.True(t, p.Contains(p.From()))
		assert.True(t, p.Contains(p.To()))
		assert.False(t, p.Contains(p.From().AddDays(-1)) && p.From().AddDays(-1) != p.From())
	}
	assert.Panics(t, func() { MustParsePeriod("x") })
	assert.Equal(t, "", Period{}.String())
	assert.False(t, Period{}.Contains(civil.MustParseDate("2012-01-01")))
	assert.Equal(t, 0, Period{}.Days())
}

func TestYearEarlier(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2011-09-01/2012-01-31", "2010-09-01/2011-01-31"},
		{"2012-02-29/2012-03-31", "2011-02-28/2011-03-31"},
		{"2013-01-01/2013-02-28", "2012-01-01/2012-02-28"},
	}
	for _, tc := range cases {
		e, ok := MustParsePeriod(tc.in).YearEarlier()
		require.True(t, ok)
		assert.Equal(t, tc.want, e.String())
	}
	_, ok := MustParsePeriod("0001-01-01/0002-01-01").YearEarlier()
	assert.False(t, ok)
	_, ok = Period{}.YearEarlier()
	assert.False(t, ok)
}
