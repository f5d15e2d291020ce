package prevention_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	city      = hierarchy.MustParseCode("350700")
	district  = hierarchy.MustParseCode("350702")
	county    = hierarchy.MustParseCode("350721")
	town      = hierarchy.MustParseCode("350702001")
	otherTown = hierarchy.MustParseCode("350721100")
)

func testTree(t testing.TB) *hierarchy.Tree {
	t.Helper()
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350000"), Name: "福建省"},
		hierarchy.Jurisdiction{Code: city, Name: "南平市"},
		hierarchy.Jurisdiction{Code: district, Name: "延平区"},
		hierarchy.Jurisdiction{Code: county, Name: "顺昌县"},
		hierarchy.Jurisdiction{Code: town, Name: "梅山街道"},
		hierarchy.Jurisdiction{Code: otherTown, Name: "建西镇"},
	)
	require.NoError(t, err)
	return tree
}

func day(s string) civil.Date { return civil.MustParseDate(s) }

// The rule of Schedule's doc: the latest change on or before the date that
// covers the place wins, the deepest on a tie; a city-wide change after a
// district's own earlier one supersedes it.
func TestScheduleAt(t *testing.T) {
	tree := testTree(t)
	s := prevention.MustSchedule(tree,
		prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: district, Effective: day("2010-03-01"), Level: prevention.High, Notice: "区内案件后提升"},
		prevention.Change{Jurisdiction: city, Effective: day("2010-03-24"), Level: prevention.Heightened, Notice: "南平事件后全市提升"},
		prevention.Change{Jurisdiction: county, Effective: day("2010-03-24"), Level: prevention.High, Notice: "县内同日提升"},
		prevention.Change{Jurisdiction: town, Effective: day("2010-06-01"), Level: prevention.High, Notice: "街道提升"},
		prevention.Change{Jurisdiction: city, Effective: day("2010-09-01"), Level: prevention.Normal, Notice: "全市恢复常态"},
	)
	for _, tc := range []struct {
		at     hierarchy.Code
		date   string
		level  prevention.Level // 0: no level
		notice string
	}{
		{hierarchy.Code{}, "2009-12-31", 0, ""},
		{town, "2009-12-31", 0, ""},
		{hierarchy.Code{}, "2010-01-01", prevention.Normal, "常态"},
		{town, "2010-01-01", prevention.Normal, "常态"},
		{district, "2010-03-01", prevention.High, "区内案件后提升"},
		{town, "2010-03-23", prevention.High, "区内案件后提升"},
		{county, "2010-03-23", prevention.Normal, "常态"},
		// The city-wide change comes after the district's own: it supersedes it.
		{district, "2010-03-24", prevention.Heightened, "南平事件后全市提升"},
		{town, "2010-03-24", prevention.Heightened, "南平事件后全市提升"},
		// On the same day, the deeper jurisdiction's change wins.
		{county, "2010-03-24", prevention.High, "县内同日提升"},
		{otherTown, "2010-05-01", prevention.High, "县内同日提升"},
		{town, "2010-06-01", prevention.High, "街道提升"},
		{district, "2010-06-01", prevention.Heightened, "南平事件后全市提升"},
		// The whole tree's own level is its whole-tree changes' only.
		{hierarchy.Code{}, "2010-06-01", prevention.Normal, "常态"},
		{town, "2010-09-01", prevention.Normal, "全市恢复常态"},
		{otherTown, "2011-01-01", prevention.Normal, "全市恢复常态"},
		// A code the tree lacks is answered through its ancestors.
		{hierarchy.MustParseCode("350702002"), "2010-06-01", prevention.Heightened, "南平事件后全市提升"},
	} {
		t.Run(tc.at.String()+"@"+tc.date, func(t *testing.T) {
			c, ok := s.At(tc.at, day(tc.date))
			if tc.level == 0 {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.level, c.Level)
			assert.Equal(t, tc.notice, c.Notice)
		})
	}
	_, ok := prevention.Schedule{}.At(town, day("2010-06-01"))
	assert.False(t, ok)
	_, ok = s.At(town, civil.Date{})
	assert.False(t, ok)
}

func TestScheduleOn(t *testing.T) {
	tree := testTree(t)
	s := prevention.MustSchedule(tree,
		prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: district, Effective: day("2010-03-01"), Level: prevention.High, Notice: "区内提升"},
		prevention.Change{Jurisdiction: town, Effective: day("2010-03-01"), Level: prevention.High, Notice: "街道重申"},
		prevention.Change{Jurisdiction: city, Effective: day("2010-03-24"), Level: prevention.Heightened, Notice: "全市提升"},
	)
	f, err := s.On(day("2010-03-10"))
	require.NoError(t, err)
	assert.Equal(t, "normal; 350702 high", f.String(), "the town restating its district's level has no entry")
	assert.Equal(t, prevention.High, f.Level(town))
	assert.Equal(t, prevention.Normal, f.Level(otherTown))
	assert.Equal(t, prevention.SetOf(prevention.Normal, prevention.High), f.In(hierarchy.Code{}))
	assert.Equal(t, prevention.SetOf(prevention.Normal, prevention.High), f.In(city))
	assert.Equal(t, prevention.SetOf(prevention.High), f.In(district))
	_, uniform := f.Uniform()
	assert.False(t, uniform)

	g, err := s.On(day("2010-04-01"))
	require.NoError(t, err)
	assert.Equal(t, "normal; 350700 heightened", g.String())
	assert.False(t, f.Equal(g))
	assert.Equal(t, prevention.SetOf(prevention.Normal, prevention.Heightened), g.In(hierarchy.Code{}))
	assert.Equal(t, prevention.SetOf(prevention.Heightened), g.In(city))

	// Resolutions of different schedules are equal when their effect is.
	h := prevention.MustSchedule(tree,
		prevention.Change{Effective: day("2000-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: city, Effective: day("2010-03-30"), Level: prevention.Heightened, Notice: "全市提升"},
		prevention.Change{Jurisdiction: county, Effective: day("2010-03-30"), Level: prevention.Heightened, Notice: "县重申"})
	hg, err := h.On(day("2010-04-01"))
	require.NoError(t, err)
	assert.True(t, g.Equal(hg))
	assert.True(t, prevention.Everywhere(prevention.Normal).Equal(must(s.On(day("2010-02-01")))))
	l, uniform := must(s.On(day("2010-02-01"))).Uniform()
	assert.True(t, uniform)
	assert.Equal(t, prevention.Normal, l)

	for _, tc := range []struct {
		name string
		s    prevention.Schedule
		d    civil.Date
		msg  string
	}{
		{"before the first whole-tree change", s, day("2009-12-31"), "first whole-tree change is on 2010-01-01"},
		{"no whole-tree change", prevention.MustSchedule(tree, prevention.Change{Jurisdiction: city, Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "x"}), day("2011-01-01"), "no whole-tree change"},
		{"zero date", s, civil.Date{}, "no date"},
		{"zero schedule", prevention.Schedule{}, day("2011-01-01"), "zero Schedule"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.s.On(tc.d)
			assert.ErrorIs(t, err, prevention.ErrNoLevel)
			assert.ErrorContains(t, err, tc.msg)
		})
	}
	assert.Zero(t, prevention.InForce{}.Level(town))
	assert.Zero(t, prevention.InForce{}.In(town))
	assert.True(t, prevention.Everywhere(0).IsZero())
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// InForce.Level and In agree with At for every jurisdiction of random
// schedules on random dates.
func TestInForceMatchesAt(t *testing.T) {
	tree := testTree(t)
	codes := []hierarchy.Code{{}}
	for j := range tree.All() {
		codes = append(codes, j.Code)
	}
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 23))
		changes := []prevention.Change{{Effective: day("2010-01-01"), Level: prevention.Level(rng.IntN(3) + 1), Notice: "起始"}}
		seen := map[string]bool{"@2010-01-01": true}
		for range rng.IntN(10) {
			j := codes[rng.IntN(len(codes))]
			d := day("2010-01-01").AddDays(rng.IntN(60))
			if k := j.String() + "@" + d.String(); !seen[k] {
				seen[k] = true
				changes = append(changes, prevention.Change{Jurisdiction: j, Effective: d, Level: prevention.Level(rng.IntN(3) + 1), Notice: "变更"})
			}
		}
		s := prevention.MustSchedule(tree, changes...)
		on := day("2010-01-01").AddDays(rng.IntN(70))
		f, err := s.On(on)
		require.NoError(t, err)
		for _, j := range codes {
			c, ok := s.At(j, on)
			require.True(t, ok)
			require.Equal(t, c.Level, f.Level(j), "seed %d %s on %s", seed, j, on)
			var want prevention.LevelSet
			for k := range tree.Walk(j) {
				kc, _ := s.At(k.Code, on)
				want = want.With(kc.Level)
			}
			want = want.With(c.Level)
			require.Equal(t, want, f.In(j), "seed %d %s on %s", seed, j, on)
		}
	}
}

func TestNewScheduleOrderAndEqual(t *testing.T) {
	tree := testTree(t)
	a := prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"}
	b := prevention.Change{Jurisdiction: city, Effective: day("2010-03-24"), Level: prevention.Heightened, Notice: "提升"}
	c := prevention.Change{Jurisdiction: district, Effective: day("2010-03-24"), Level: prevention.High, Notice: "提升"}
	in := []prevention.Change{c, b, a}
	s := prevention.MustSchedule(tree, in...)
	assert.Equal(t, []prevention.Change{a, b, c}, s.Changes(), "canonical order: date, then code")
	in[0].Level = prevention.Normal
	assert.Equal(t, prevention.High, s.Changes()[2].Level, "the schedule keeps its own copy")
	assert.True(t, s.Equal(prevention.MustSchedule(tree, a, b, c)))
	assert.False(t, s.Equal(prevention.MustSchedule(tree, a, b)))
	assert.False(t, s.Equal(prevention.MustSchedule(testTree(t), a, b, c)), "another tree")
	assert.False(t, s.Equal(prevention.Schedule{}))
	assert.True(t, prevention.Schedule{}.Equal(prevention.Schedule{}))
	assert.Same(t, tree, s.Tree())
	assert.Nil(t, prevention.Schedule{}.Changes())
	assert.Nil(t, prevention.Schedule{}.Tree())
	assert.True(t, prevention.Schedule{}.IsZero())
	assert.Panics(t, func() { prevention.MustSchedule(tree) })
}

// badScheduleCases are the bad-input catalogue of schedules.
func badScheduleCases(t *testing.T) []badinput.Case {
	tree := testTree(t)
	ok := prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"}
	long := strings.Repeat("通", prevention.MaxNoticeBytes)
	newS := func(cs ...prevention.Change) func() error {
		return func() error { _, err := prevention.NewSchedule(tree, cs...); return err }
	}
	load := func(s string) func() error {
		return func() error { _, err := prevention.LoadSchedule(tree, []byte(s)); return err }
	}
	many := make([]prevention.Change, prevention.MaxChanges+1)
	return []badinput.Case{
		{Name: "nil tree", Call: func() error { _, err := prevention.NewSchedule(nil, ok); return err },
			Is: []error{prevention.ErrInvalidSchedule, hierarchy.ErrNilTree}},
		{Name: "no change", Call: newS(), Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"no change"}},
		{Name: "too many changes", Call: newS(many...), Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"10001 changes"}},
		{Name: "unknown jurisdiction", Call: newS(ok, prevention.Change{Jurisdiction: hierarchy.MustParseCode("320500"), Effective: day("2010-03-24"), Level: prevention.High, Notice: "x"}),
			Is: []error{prevention.ErrInvalidSchedule, hierarchy.ErrUnknownCode}, Names: []string{"changes[1]", "jurisdiction 320500"}},
		{Name: "zero date", Call: newS(prevention.Change{Level: prevention.High, Notice: "x"}),
			Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"changes[0]", "whole tree", "no effective date"}},
		{Name: "invalid level", Call: newS(ok, prevention.Change{Jurisdiction: city, Effective: day("2010-03-24"), Level: 9, Notice: "x"}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidLevel}, Names: []string{"changes[1]", "jurisdiction 350700", "Level(9)"}},
		{Name: "zero level", Call: newS(prevention.Change{Effective: day("2010-03-24"), Notice: "x"}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidLevel}, Names: []string{"changes[0]"}},
		{Name: "blank notice", Call: newS(prevention.Change{Effective: day("2010-03-24"), Level: prevention.High, Notice: " \t"}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidNotice}, Names: []string{"changes[0]", "blank"}},
		{Name: "long notice", Call: newS(prevention.Change{Effective: day("2010-03-24"), Level: prevention.High, Notice: long}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidNotice}, Names: []string{"changes[0]", "1536 bytes, at most 512"}},
		{Name: "notice not UTF-8", Call: newS(prevention.Change{Effective: day("2010-03-24"), Level: prevention.High, Notice: "a\xffb"}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidNotice}, Names: []string{"changes[0]", `"a\xffb"`}},
		{Name: "notice with a control character", Call: newS(prevention.Change{Effective: day("2010-03-24"), Level: prevention.High, Notice: "a\nb"}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidNotice}, Names: []string{"changes[0]", "U+000A"}},
		{Name: "two changes of one jurisdiction on one day", Call: newS(ok, prevention.Change{Jurisdiction: city, Effective: day("2010-03-24"), Level: prevention.High, Notice: "x"},
			prevention.Change{Jurisdiction: city, Effective: day("2010-03-24"), Level: prevention.Heightened, Notice: "y"}),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrDuplicateChange}, Names: []string{"changes[2]", "jurisdiction 350700", "as changes[1]"}},
		{Name: "every problem at once", Call: newS(
			prevention.Change{Jurisdiction: hierarchy.MustParseCode("320500"), Level: 0, Notice: ""},
			prevention.Change{Effective: day("2010-03-24"), Level: prevention.High, Notice: "x"},
			prevention.Change{Effective: day("2010-03-24"), Level: prevention.High, Notice: "x"}),
			Is:    []error{prevention.ErrInvalidSchedule, hierarchy.ErrUnknownCode, prevention.ErrInvalidLevel, prevention.ErrInvalidNotice, prevention.ErrDuplicateChange},
			Names: []string{"changes[0] (jurisdiction 320500)", "no effective date", "changes[2] (whole tree)"}},
		{Name: "JSON: not an object", Call: load(`[]`), Is: []error{prevention.ErrInvalidSchedule}},
		{Name: "JSON: unknown key", Call: load(`{"changes":[],"x":1}`), Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"x"}},
		{Name: "JSON: no changes key", Call: load(`{}`), Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"changes"}},
		{Name: "JSON: empty jurisdiction", Call: load(`{"changes":[{"jurisdiction":"","effective":"2010-01-01","level":"normal","notice":"x"}]}`),
			Is: []error{prevention.ErrInvalidSchedule, hierarchy.ErrInvalidCode}, Names: []string{"changes[0]"}},
		{Name: "JSON: null level", Call: load(`{"changes":[{"effective":"2010-01-01","level":null,"notice":"x"}]}`),
			Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"changes[0].level"}},
		{Name: "JSON: label for a level", Call: load(`{"changes":[{"effective":"2010-01-01","level":"加强","notice":"x"}]}`),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidLevel}, Names: []string{"changes[0] (whole tree)", `"加强"`}},
		{Name: "JSON: every field bad", Call: load(`{"changes":[{"jurisdiction":"32","effective":"2010-13-01","level":"max","notice":"x"},{"effective":"2010-01-01","level":"normal","notice":""}]}`),
			Is: []error{prevention.ErrInvalidSchedule, hierarchy.ErrInvalidCode, prevention.ErrInvalidLevel}, Names: []string{`changes[0] (jurisdiction "32")`, "effective", `"max"`}},
		{Name: "JSON: duplicate after parse", Call: load(`{"changes":[{"effective":"2010-01-01","level":"normal","notice":"x"},{"effective":"2010-01-01","level":"high","notice":"y"}]}`),
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrDuplicateChange}, Names: []string{"changes[1]"}},
		{Name: "JSON: too long", Call: load(strings.Repeat(" ", prevention.MaxScheduleBytes+1)), Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"bytes"}},
		{Name: "change JSON: bad notice", Call: func() error {
			var c prevention.Change
			return json.Unmarshal([]byte(`{"effective":"2010-01-01","level":"normal","notice":" "}`), &c)
		}, Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidNotice}, Names: []string{"whole tree"}},
		{Name: "change JSON: marshal invalid", Call: func() error { _, err := prevention.Change{Notice: "x"}.MarshalJSON(); return err },
			Is: []error{prevention.ErrInvalidSchedule, prevention.ErrInvalidLevel}, Names: []string{"no effective date"}},
		{Name: "marshal the zero schedule", Call: func() error { _, err := prevention.Schedule{}.MarshalJSON(); return err },
			Is: []error{prevention.ErrInvalidSchedule}, Names: []string{"zero Schedule"}},
		{Name: "level set not canonical", Call: func() error { _, err := prevention.ParseLevelSet("high+normal"); return err },
			Is: []error{prevention.ErrInvalidLevel}, Names: []string{`"high+normal"`, "normal+high"}},
		{Name: "level set with a label", Call: func() error { _, err := prevention.ParseLevelSet("normal+高"); return err },
			Is: []error{prevention.ErrInvalidLevel}, Names: []string{`"normal+高"`}},
	}
}

func TestScheduleBadInput(t *testing.T) {
	badinput.Run(t, "prevention: ", badScheduleCases(t))
}

// The error of a schedule with many bad changes stays bounded.
func TestScheduleErrorBounded(t *testing.T) {
	tree := testTree(t)
	cs := make([]prevention.Change, 5000)
	for i := range cs {
		cs[i] = prevention.Change{Jurisdiction: hierarchy.MustParseCode("320500"), Notice: strings.Repeat("x", 100000)}
	}
	_, err := prevention.NewSchedule(tree, cs...)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 64<<10)
	assert.Contains(t, err.Error(), "more problems")
}

func TestScheduleJSONRoundTrip(t *testing.T) {
	tree := testTree(t)
	s := prevention.MustSchedule(tree,
		prevention.Change{Jurisdiction: district, Effective: day("2010-03-24"), Level: prevention.High, Notice: "区内 \"提升\""},
		prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
	)
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Equal(t, `{"changes":[{"effective":"2010-01-01","level":"normal","notice":"常态"},{"jurisdiction":"350702","effective":"2010-03-24","level":"high","notice":"区内 \"提升\""}]}`, string(b))
	back, err := prevention.LoadSchedule(tree, b)
	require.NoError(t, err)
	assert.True(t, s.Equal(back))
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, b, b2)

	for _, c := range s.Changes() {
		cb, err := json.Marshal(c)
		require.NoError(t, err)
		var cc prevention.Change
		require.NoError(t, json.Unmarshal(cb, &cc))
		assert.Equal(t, c, cc)
	}
}

func TestLevelSet(t *testing.T) {
	for _, tc := range []struct {
		set  prevention.LevelSet
		text string
		n    int
	}{
		{0, "", 0},
		{prevention.SetOf(prevention.High), "high", 1},
		{prevention.SetOf(prevention.High, prevention.Normal, prevention.High), "normal+high", 2},
		{prevention.SetOf(prevention.Normal, prevention.Heightened, prevention.High), "normal+heightened+high", 3},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.text, tc.set.String())
			assert.Equal(t, tc.n, tc.set.Len())
			assert.True(t, tc.set.IsValid())
			b, err := tc.set.MarshalText()
			require.NoError(t, err)
			var back prevention.LevelSet
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.set, back)
			l, one := tc.set.Single()
			assert.Equal(t, tc.n == 1, one)
			if one {
				assert.True(t, tc.set.Has(l))
			}
		})
	}
	assert.Equal(t, prevention.LevelSet(0), prevention.SetOf(0, 9), "invalid levels are left out")
	assert.False(t, prevention.LevelSet(0x81).IsValid())
	assert.Equal(t, "LevelSet(129)", prevention.LevelSet(0x81).String())
	_, err := prevention.LevelSet(0x81).MarshalText()
	assert.ErrorIs(t, err, prevention.ErrInvalidLevel)
	assert.False(t, prevention.SetOf(prevention.Normal).Has(0))
}

// FuzzLoadSchedule checks LoadSchedule: never a panic, every error wraps
// ErrInvalidSchedule and stays bounded, and what it accepts round-trips
// exactly; json.Unmarshal of it into a Schedule is refused (Schedule.UnmarshalJSON).
func FuzzLoadSchedule(f *testing.F) {
	f.Add(`{"changes":[{"effective":"2010-01-01","level":"normal","notice":"常态"},{"jurisdiction":"350702","effective":"2010-03-24","level":"high","notice":"x"}]}`)
	f.Add(`{"changes":[{"jurisdiction":"350700","effective":"2010-03-24","level":"heightened","notice":"提升"}]}`)
	f.Add(`{"changes":[]}`)
	f.Add(`{"changes":[{"jurisdiction":"32","effective":"2010-13-01","level":"max","notice":"x"}]}`)
	f.Add(`{"changes":[{"effective":"2010-01-01","level":"normal","notice":"x"},{"effective":"2010-01-01","level":"high","notice":"y"}]}`)
	tree := testTree(f)
	f.Fuzz(func(t *testing.T, s string) {
		sch, err := prevention.LoadSchedule(tree, []byte(s))
		if err != nil {
			if !assert.ErrorIs(t, err, prevention.ErrInvalidSchedule) {
				return
			}
			assert.Less(t, len(err.Error()), 64<<10)
			return
		}
		b, err := json.Marshal(sch)
		require.NoError(t, err)
		// json.Unmarshal never builds a schedule (it has no tree), and never zeroes one silently.
		into := sch
		require.ErrorIs(t, json.Unmarshal(b, &into), prevention.ErrInvalidSchedule)
		require.True(t, into.Equal(sch))
		back, err := prevention.LoadSchedule(tree, b)
		require.NoError(t, err)
		require.True(t, sch.Equal(back))
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(b), string(b2))
	})
}

func ExampleNewSchedule() {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350702"), Name: "延平区"},
	)
	s, err := prevention.NewSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Heightened, Notice: "3·23 事件后提升防范等级"},
	)
	if err != nil {
		panic(err)
	}
	c, _ := s.At(hierarchy.MustParseCode("350702"), civil.MustParseDate("2010-05-31"))
	fmt.Println(c.Level, c.Notice)
	_, ok := s.At(hierarchy.MustParseCode("350702"), civil.MustParseDate("2009-12-31"))
	fmt.Println(ok)
	// Output:
	// heightened 3·23 事件后提升防范等级
	// false
}

func ExampleNewSchedule_errors() {
	tree, _ := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"})
	_, err := prevention.NewSchedule(tree,
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("350702"), Effective: civil.MustParseDate("2010-03-24"), Level: prevention.High, Notice: "提升"},
		prevention.Change{Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Level(7), Notice: " "},
	)
	fmt.Println(err)
	// Output:
	// prevention: invalid schedule: changes[0] (jurisdiction 350702): hierarchy: unknown code: 350702
	// prevention: invalid schedule: changes[1] (whole tree): prevention: invalid level: Level(7)
	// prevention: invalid schedule: changes[1] (whole tree): prevention: invalid notice: empty or blank
}

func ExampleSchedule_At() {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350702"), Name: "延平区"},
	)
	s := prevention.MustSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("350702"), Effective: civil.MustParseDate("2010-03-01"), Level: prevention.High, Notice: "区内案件"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("350700"), Effective: civil.MustParseDate("2010-03-24"), Level: prevention.Heightened, Notice: "全市提升"},
	)
	for _, d := range []string{"2010-03-10", "2010-03-24"} {
		c, _ := s.At(hierarchy.MustParseCode("350702"), civil.MustParseDate(d))
		fmt.Println(d, c.Level, c.Notice)
	}
	// Output:
	// 2010-03-10 high 区内案件
	// 2010-03-24 heightened 全市提升
}

func ExampleSchedule_On() {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350702"), Name: "延平区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350721"), Name: "顺昌县"},
	)
	s := prevention.MustSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("350702"), Effective: civil.MustParseDate("2010-03-24"), Level: prevention.High, Notice: "区内提升"},
	)
	f, _ := s.On(civil.MustParseDate("2010-05-31"))
	fmt.Println(f)
	fmt.Println(f.Level(hierarchy.MustParseCode("350702001")), f.Level(hierarchy.MustParseCode("350721")))
	fmt.Println(f.In(hierarchy.MustParseCode("350700")))
	_, err := s.On(civil.MustParseDate("2009-12-31"))
	fmt.Println(err)
	// Output:
	// normal; 350702 high
	// high normal
	// normal+high
	// prevention: no level in force on 2009-12-31: the schedule's first whole-tree change is on 2010-01-01
}

func ExampleEverywhere() {
	f := prevention.Everywhere(prevention.Heightened)
	l, uniform := f.Uniform()
	fmt.Println(l, uniform, f.Level(hierarchy.MustParseCode("350702")))
	// Output: heightened true heightened
}

func ExampleLoadSchedule() {
	tree, _ := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"})
	s, err := prevention.LoadSchedule(tree, []byte(`{"changes":[
		{"effective":"2010-03-24","level":"heightened","notice":"提升防范等级"},
		{"effective":"2010-01-01","level":"normal","notice":"常态"}]}`))
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))
	// Output:
	// {"changes":[{"effective":"2010-01-01","level":"normal","notice":"常态"},{"effective":"2010-03-24","level":"heightened","notice":"提升防范等级"}]}
}

func ExampleSetOf() {
	s := prevention.SetOf(prevention.High, prevention.Normal)
	fmt.Println(s, s.Len(), s.Has(prevention.Heightened))
	// Output: normal+high 2 false
}

// A Schedule is read back with LoadSchedule, against a tree: json.Unmarshal into a Schedule would silently
// give the zero Schedule, so it refuses. An InForce (a schedule resolved on one date) has no JSON form: it
// would marshal as "{}" and read back as the zero InForce; it refuses both ways.
func TestScheduleAndInForceJSONRefuse(t *testing.T) {
	s := prevention.MustSchedule(testTree(t), prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "起始"})
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var back prevention.Schedule
	assert.ErrorIs(t, json.Unmarshal(b, &back), prevention.ErrInvalidSchedule)
	assert.True(t, back.IsZero())
	f, err := s.On(day("2010-02-01"))
	require.NoError(t, err)
	for _, v := range []prevention.InForce{f, prevention.Everywhere(prevention.High), {}} {
		_, err := json.Marshal(v)
		assert.ErrorIs(t, err, prevention.ErrInvalidSchedule, "%v", v)
	}
	var g prevention.InForce
	assert.ErrorIs(t, json.Unmarshal([]byte(`{}`), &g), prevention.ErrInvalidSchedule)
}

// A nil tree does not hide the changes' own problems: NewSchedule reports everything at once.
func TestNewScheduleNilTreeReportsAll(t *testing.T) {
	_, err := prevention.NewSchedule(nil, prevention.Change{Effective: day("2010-01-01"), Level: 9, Notice: "x"})
	require.ErrorIs(t, err, hierarchy.ErrNilTree)
	assert.ErrorIs(t, err, prevention.ErrInvalidLevel)
	assert.Contains(t, err.Error(), "changes[0]")
	_, err = prevention.NewSchedule(nil)
	require.ErrorIs(t, err, hierarchy.ErrNilTree)
	assert.Contains(t, err.Error(), "no change")
}

// ParseLevelSet reads only the canonical form: whatever it accepts, String writes back byte for byte.
func FuzzParseLevelSet(f *testing.F) {
	for _, s := range []string{"", "normal", "normal+high", "heightened+high", "normal+heightened+high", "high+normal",
		"normal+normal", "+", "加强", "normal+", "LevelSet(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := prevention.ParseLevelSet(s)
		if err != nil {
			require.ErrorIs(t, err, prevention.ErrInvalidLevel)
			assert.Less(t, len(err.Error()), 1024+len("prevention: invalid level")*4)
			return
		}
		require.True(t, v.IsValid())
		require.Equal(t, s, v.String())
		b, err := v.MarshalText()
		require.NoError(t, err)
		var back prevention.LevelSet
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, v, back)
	})
}

// A Change decodes only what MarshalJSON writes, and writes back what it decoded.
func FuzzChangeJSON(f *testing.F) {
	for _, s := range []string{
		`{"effective":"2010-01-01","level":"normal","notice":"常态"}`,
		`{"jurisdiction":"350702","effective":"2010-03-24","level":"high","notice":"提升"}`,
		`{"jurisdiction":"","effective":"2010-03-24","level":"high","notice":"x"}`,
		`{"effective":"2010-03-24","level":"加强","notice":" "}`,
		`null`, `{}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c prevention.Change
		if err := c.UnmarshalJSON([]byte(s)); err != nil {
			require.ErrorIs(t, err, prevention.ErrInvalidSchedule)
			require.Equal(t, prevention.Change{}, c, "unchanged on error")
			return
		}
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var back prevention.Change
		require.NoError(t, back.UnmarshalJSON(b))
		require.Equal(t, c, back)
	})
}

// A caller that shows a schedule as rows (a form, a spreadsheet) gets each change's problem as a
// *ChangeError: the position, the jurisdiction and the cause, from NewSchedule and from LoadSchedule.
func TestChangeErrorParts(t *testing.T) {
	tree := testTree(t)
	_, err := prevention.NewSchedule(tree,
		prevention.Change{Effective: day("2010-01-01"), Level: prevention.Normal, Notice: "起始"},
		prevention.Change{Jurisdiction: district, Effective: day("2010-02-01"), Level: 7, Notice: "x"})
	var ce *prevention.ChangeError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 1, ce.Index)
	assert.Equal(t, district, ce.Jurisdiction)
	assert.ErrorIs(t, ce, prevention.ErrInvalidLevel)
	assert.ErrorIs(t, ce, prevention.ErrInvalidSchedule)
	assert.Equal(t, "prevention: invalid schedule: changes[1] (jurisdiction 350702): prevention: invalid level: Level(7)", ce.Error())

	_, err = prevention.LoadSchedule(tree, []byte(`{"changes":[{"effective":"2010-01-01","level":"normal","notice":"x"},{"jurisdiction":"abc","effective":"2010-01-02","level":"high","notice":"y"}]}`))
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, 1, ce.Index)
	assert.True(t, ce.Jurisdiction.IsZero(), "the text does not parse")
	assert.ErrorIs(t, ce, hierarchy.ErrInvalidCode)
	assert.Contains(t, ce.Error(), `changes[1] (jurisdiction "abc")`)
}

func ExampleChangeError() {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350700"), Name: "南平市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("350702"), Name: "延平区"},
	)
	_, err := prevention.NewSchedule(tree,
		prevention.Change{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("350703"), Effective: civil.MustParseDate("2010-03-24"),
			Level: prevention.High, Notice: "提升"})
	var ce *prevention.ChangeError
	if errors.As(err, &ce) {
		fmt.Println(ce.Index, ce.Jurisdiction, errors.Is(ce, hierarchy.ErrUnknownCode))
	}
	// Output: 1 350703 true
}

// bruteAt is Schedule's rule read literally: the latest change on or before d whose jurisdiction is j or
// covers it, the deepest on a tie.
func bruteAt(changes []prevention.Change, j hierarchy.Code, d civil.Date) (prevention.Level, bool) {
	var best *prevention.Change
	for i := range changes {
		c := &changes[i]
		covers := c.Jurisdiction.IsZero() || c.Jurisdiction == j || (!j.IsZero() && c.Jurisdiction.Contains(j))
		if c.Effective.After(d) || !covers {
			continue
		}
		if best == nil || c.Effective.After(best.Effective) ||
			(c.Effective == best.Effective && c.Jurisdiction.Level() > best.Jurisdiction.Level()) {
			best = c
		}
	}
	if best == nil {
		return 0, false
	}
	return best.Level, true
}

// At and On's InForce agree with the rule read literally, for the tree's codes and for codes the tree
// lacks (a town or village under a district it holds, a district or province it does not), with and
// without a whole-tree change.
func TestScheduleMatchesBruteForce(t *testing.T) {
	tree := testTree(t)
	codes := []hierarchy.Code{{}}
	for j := range tree.All() {
		codes = append(codes, j.Code)
	}
	asked := append(slices.Clone(codes), hierarchy.MustParseCode("350702002"), hierarchy.MustParseCode("350702001001"),
		hierarchy.MustParseCode("350703"), hierarchy.MustParseCode("360000"), hierarchy.MustParseCode("350721100200"))
	for seed := range uint64(500) {
		rng := rand.New(rand.NewPCG(seed, 99))
		var changes []prevention.Change
		seen := map[string]bool{}
		for range 1 + rng.IntN(10) {
			j := codes[rng.IntN(len(codes))]
			d := day("2010-01-01").AddDays(rng.IntN(30))
			if k := j.String() + "@" + d.String(); !seen[k] {
				seen[k] = true
				changes = append(changes, prevention.Change{Jurisdiction: j, Effective: d, Level: prevention.Level(rng.IntN(3) + 1), Notice: "变更"})
			}
		}
		s := prevention.MustSchedule(tree, changes...)
		on := day("2010-01-01").AddDays(rng.IntN(35))
		f, ferr := s.On(on)
		for _, j := range asked {
			want, ok := bruteAt(changes, j, on)
			c, got := s.At(j, on)
			require.Equal(t, ok, got, "seed %d: At(%s, %s)", seed, j, on)
			require.Equal(t, want, c.Level, "seed %d: At(%s, %s)", seed, j, on)
			if ferr == nil {
				require.Equal(t, want, f.Level(j), "seed %d: On(%s).Level(%s)", seed, on, j)
			}
		}
	}
}
