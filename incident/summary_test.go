package incident

import (
	"slices"
	"sync"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureLog is the fixture with five incidents: three at campus a (one major), one recorded at district
// 320505 without a campus, one at campus c; one of a's is outside the autumn term.
func fixtureLog(t *testing.T) (fixture, *Log) {
	f := newFixture(t)
	d := civil.MustParseDate
	incs := []Incident{
		{ID: tid("1"), Ref: "1", Date: d("2011-09-05"), Campus: f.a.ID, Category: PublicOrderCase, Severity: General},
		{ID: tid("2"), Ref: "2", Date: d("2011-11-20"), Campus: f.a.ID, Category: CriminalCase, Severity: Major},
		{ID: tid("3"), Ref: "3", Date: d("2012-02-01"), Campus: f.a.ID, Category: SafetyAccident, Severity: General},
		{ID: tid("4"), Ref: "4", Date: d("2011-10-01"), Jurisdiction: hierarchy.MustParseCode("320505"), Category: Other, Severity: Larger},
		{ID: tid("5"), Ref: "5", Date: d("2012-01-31"), Campus: f.c.ID, Jurisdiction: f.c.Jurisdiction, Category: PublicOrderCase, Severity: General},
		{ID: tid("6"), Ref: "6", Date: d("2010-10-01"), Campus: f.b.ID, Category: PublicOrderCase, Severity: General},
	}
	log, err := NewLog(f.reg, incs)
	require.NoError(t, err)
	return f, log
}

func TestSummary(t *testing.T) {
	_, log := fixtureLog(t)
	s, err := log.Summarize(MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy())
	require.NoError(t, err)
	p2 := rate.Precision{Places: 2, Rounding: rate.HalfEven}
	cases := []struct {
		code                 string
		total, major, own    int64
		campuses, pupils     int64
		perCampus, perPupils string // per campus, per 10,000 pupils
	}{
		{"", 4, 1, 4, 3, 6000, "1.33", "6.67"},
		{"320000", 4, 1, 0, 3, 6000, "1.33", "6.67"},
		{"320505", 3, 1, 1, 2, 4000, "1.50", "7.50"}, // more incidents than campuses
		{"320505001", 2, 1, 2, 2, 4000, "1.00", "5.00"},
		{"320506", 1, 0, 0, 1, 2000, "1.00", "5.00"},
		{"320507", 0, 0, 0, 0, 0, rate.Undefined, rate.Undefined},
	}
	for _, tc := range cases {
		var code hierarchy.Code
		if tc.code != "" {
			code = hierarchy.MustParseCode(tc.code)
		}
		tl, ok := s.Tally(code)
		require.True(t, ok, tc.code)
		assert.Equal(t, tc.total, tl.Total(), tc.code)
		assert.Equal(t, tc.major, tl.Major(), tc.code)
		own, _ := s.Own(code)
		assert.Equal(t, tc.own, own.Total(), tc.code)
		n, _ := s.Campuses(code)
		assert.Equal(t, tc.campuses, n, tc.code)
		pu, _ := s.Pupils(code)
		assert.Equal(t, tc.pupils, pu, tc.code)
		pc, _ := s.PerCampus(code)
		assert.Equal(t, tc.perCampus, pc.Format(1, p2), tc.code)
		pp, _ := s.PerPupils(code)
		assert.Equal(t, tc.perPupils, pp.Format(PupilScale, p2), tc.code)
	}
	city := hierarchy.MustParseCode("320500")
	tl, _ := s.Tally(city)
	assert.Equal(t, [4]int64{1, 2, 0, 1}, [4]int64{tl.Count(CriminalCase), tl.Count(PublicOrderCase), tl.Count(SafetyAccident), tl.Count(Other)})
	var refs []string
	for in := range s.Incidents(city) {
		refs = append(refs, in.Ref)
	}
	assert.Equal(t, []string{"1", "4", "2", "5"}, refs, "date order, the period's only")
	major := s.Major(city)
	require.Len(t, major, 1)
	assert.Equal(t, "2", major[0].Ref)
	assert.Nil(t, s.Major(hierarchy.MustParseCode("320506")))

	// A code not in the tree, and the nil summary, answer false.
	_, ok := s.Tally(hierarchy.MustParseCode("110000"))
	assert.False(t, ok)
	var nilS *Summary
	_, ok = nilS.Tally(hierarchy.Code{})
	assert.False(t, ok)
	_, ok = nilS.PerCampus(hierarchy.Code{})
	assert.False(t, ok)
	assert.Empty(t, slices.Collect(nilS.Incidents(hierarchy.Code{})))
	assert.True(t, nilS.Period().IsZero())
	assert.Nil(t, nilS.Log())

	// A stricter policy counts more as major; the counts do not change.
	s2, err := log.Summarize(s.Period(), Policy{MajorFrom: Larger})
	require.NoError(t, err)
	t2, _ := s2.Tally(city)
	assert.Equal(t, int64(2), t2.Major())
	assert.Equal(t, tl.Total(), t2.Total())
}

func TestLogAccessors(t *testing.T) {
	f, log := fixtureLog(t)
	assert.Equal(t, 6, log.Len())
	assert.Same(t, f.reg, log.Register())
	var dates []string
	for in := range log.All() {
		dates = append(dates, in.Date.String())
	}
	assert.True(t, slices.IsSorted(dates))
	at, ok := log.Where(tid("4"))
	require.True(t, ok)
	assert.Equal(t, "320505", at.String())
	at, _ = log.Where(tid("1"))
	assert.Equal(t, f.a.Jurisdiction, at, "a campus's incident counts at its jurisdiction")
	_, ok = log.Where(tid("none"))
	assert.False(t, ok)
	got, ok := log.Incident(tid("4"))
	require.True(t, ok)
	assert.Equal(t, "4", got.Ref)
	_, ok = log.Incident(tid("none"))
	assert.False(t, ok)
	_, ok = (*Log)(nil).Incident(tid("4"))
	assert.False(t, ok)
	var nilLog *Log
	assert.Equal(t, 0, nilLog.Len())
	assert.Nil(t, nilLog.Register())
	// The input is copied.
	in := []Incident{f.incident("x")}
	l2, err := NewLog(f.reg, in)
	require.NoError(t, err)
	in[0].Ref = "changed"
	for got := range l2.All() {
		assert.Equal(t, "x", got.Ref)
	}
	// An empty log is valid and counts nothing.
	empty, err := NewLog(f.reg, nil)
	require.NoError(t, err)
	s, err := empty.Summarize(MustParsePeriod("2011-01-01/2011-12-31"), DefaultPolicy())
	require.NoError(t, err)
	tl, _ := s.Tally(hierarchy.Code{})
	assert.True(t, tl.IsZero())
}

func TestSummaryEdgesOfTime(t *testing.T) {
	f := newFixture(t)
	last := civil.MustParseDate("9999-12-31")
	first := civil.MustParseDate("0001-01-01")
	log, err := NewLog(f.reg, []Incident{
		{ID: tid("end"), Date: last, Campus: f.a.ID, Category: Other, Severity: General},
		{ID: tid("start"), Date: first, Campus: f.a.ID, Category: Other, Severity: General},
	})
	require.NoError(t, err)
	for _, tc := range []struct {
		p    string
		want int64
	}{{"0001-01-01/9999-12-31", 2}, {"9999-12-31/9999-12-31", 1}, {"0001-01-01/0001-01-01", 1}, {"0001-01-02/9999-12-30", 0}} {
		s, err := log.Summarize(MustParsePeriod(tc.p), DefaultPolicy())
		require.NoError(t, err)
		tl, _ := s.Tally(hierarchy.Code{})
		assert.Equal(t, tc.want, tl.Total(), tc.p)
	}
}

func TestCompare(t *testing.T) {
	_, log := fixtureLog(t)
	now, err := log.Summarize(MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy())
	require.NoError(t, err)
	lastYear, ok := now.Period().YearEarlier()
	require.True(t, ok)
	then, err := log.Summarize(lastYear, DefaultPolicy())
	require.NoError(t, err)
	p := rate.Precision{Places: 1, Rounding: rate.HalfEven}

	c, err := Compare(then, now, hierarchy.MustParseCode("320505"))
	require.NoError(t, err)
	assert.Equal(t, int64(1), c.ThenTally.Total())
	assert.Equal(t, int64(3), c.NowTally.Total())
	assert.Equal(t, int64(2), c.Change())
	assert.Equal(t, int64(1), c.MajorChange())
	rel, ok := c.Relative(p)
	require.True(t, ok)
	assert.Equal(t, "+200.0%(相对变化)", rate.FormatRelative(rel, p.Places, rate.Chinese))
	assert.Equal(t, "2.5 → 7.5: +5.0(差值), +200.0%(相对变化)", c.PerPupils.Format(PupilScale, p, rate.Chinese))
	assert.Equal(t, "0.5 → 1.5: +1.0 (difference), +200.0% (relative)", c.PerCampus.Format(1, p, rate.English))

	// From nothing: the relative change is undefined, the difference is not.
	c, err = Compare(then, now, hierarchy.MustParseCode("320506"))
	require.NoError(t, err)
	_, ok = c.Relative(p)
	assert.False(t, ok)
	assert.Equal(t, "0.0 → 5.0: +5.0(差值), —", c.PerPupils.Format(PupilScale, p, rate.Chinese))
}

// TestConcurrentReads reads one summary from many goroutines (run with -race).
func TestConcurrentReads(t *testing.T) {
	_, log := fixtureLog(t)
	s, err := log.Summarize(MustParsePeriod("2010-01-01/2012-12-31"), DefaultPolicy())
	require.NoError(t, err)
	want, _ := s.Tally(hierarchy.Code{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for j := range log.Register().Tree().All() {
				_, _ = s.Tally(j.Code)
				_, _ = s.PerPupils(j.Code)
				_ = s.Major(j.Code)
			}
			got, _ := s.Tally(hierarchy.Code{})
			assert.Equal(t, want, got)
			_, _ = log.Summarize(s.Period(), DefaultPolicy())
		})
	}
	wg.Wait()
}

// The zero Summary (not built by Summarize) answers like a nil one: false and nothing everywhere, never a
// panic; Compare refuses it with ErrNil.
func TestZeroSummary(t *testing.T) {
	code := hierarchy.MustParseCode("320505")
	for _, s := range []*Summary{nil, {}} {
		for _, c := range []hierarchy.Code{{}, code} {
			_, ok := s.Tally(c)
			assert.False(t, ok)
			_, ok = s.Own(c)
			assert.False(t, ok)
			_, ok = s.Campuses(c)
			assert.False(t, ok)
			_, ok = s.Pupils(c)
			assert.False(t, ok)
			_, ok = s.PerCampus(c)
			assert.False(t, ok)
			_, ok = s.PerPupils(c)
			assert.False(t, ok)
			assert.Nil(t, s.Major(c))
			for range s.Incidents(c) {
				t.Fatal("the zero Summary yields an incident")
			}
		}
	}
	_, log := fixtureLog(t)
	good, err := log.Summarize(MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy())
	require.NoError(t, err)
	for _, pair := range [][2]*Summary{{{}, good}, {good, {}}, {{}, {}}} {
		_, err := Compare(pair[0], pair[1], hierarchy.Code{})
		assert.ErrorIs(t, err, ErrNil)
	}
}

// NewLog names each bad incident by its input position too: incidents without an ID or Ref are told apart.
func TestNewLogNamesPosition(t *testing.T) {
	f := newFixture(t)
	_, err := NewLog(f.reg, []Incident{{Category: Other}, {Category: Other}})
	require.ErrorIs(t, err, ErrNilID)
	assert.Contains(t, err.Error(), "input #0: incident 00000000-0000-0000-0000-000000000000")
	assert.Contains(t, err.Error(), "input #1: incident 00000000-0000-0000-0000-000000000000")
}

// Each problem of NewLog is an *IncidentError: the input position and the incident's ID and Ref, for a
// caller that points at the row; Validate's have no position (Index -1).
func TestIncidentErrorParts(t *testing.T) {
	f := newFixture(t)
	_, err := NewLog(f.reg, []Incident{
		{ID: tid("ok"), Date: civil.MustParseDate("2011-01-01"), Campus: f.a.ID, Category: Other, Severity: General},
		{ID: tid("bad"), Ref: "R-2", Date: civil.MustParseDate("2011-01-01"), Campus: tid("nowhere"), Category: Other, Severity: General},
	})
	var ie *IncidentError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, 1, ie.Index)
	assert.Equal(t, tid("bad"), ie.ID)
	assert.Equal(t, "R-2", ie.Ref)
	assert.ErrorIs(t, ie, ErrUnknownCampus)
	assert.Contains(t, ie.Error(), "input #1: incident "+tid("bad").String())

	err = Incident{Ref: "x"}.Validate()
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, -1, ie.Index)
	assert.Equal(t, "x", ie.Ref)
}
