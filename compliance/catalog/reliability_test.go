package catalog

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReliabilityBadInput catalogues what the catalog's functions reject: each error wraps the sentinel and
// names the offending key, target, reach or scope.
func TestReliabilityBadInput(t *testing.T) {
	h := fourHundredHistory(t)
	asOf := civil.MustParseDate("2020-12-31")
	bad := Scope2019()
	bad.Name = "坏"
	bad.Guards = Population{}
	bad.AlarmVideo = Population{Schools: ReachNone, Kindergartens: ReachNone}
	cases := []struct {
		name  string
		call  func() error
		is    []error
		names []string
	}{
		{"load unknown key", func() error { _, err := Load("gbt-29315-2030"); return err }, []error{ErrUnknownStandard}, []string{"gbt-29315-2030"}},
		{"load empty key", func() error { _, err := Load(""); return err }, []error{ErrUnknownStandard}, []string{`""`}},
		{"JSON unknown key", func() error { _, err := JSON("nope"); return err }, []error{ErrUnknownStandard}, []string{`"nope"`}},
		{"parse target", func() error { _, err := ParseTarget("guard"); return err }, []error{ErrInvalidTarget}, []string{`"guard"`}},
		{"parse target empty", func() error { _, err := ParseTarget(""); return err }, []error{ErrInvalidTarget}, []string{`""`}},
		{"unmarshal target", func() error { var v Target; return v.UnmarshalText([]byte("Guards")) }, []error{ErrInvalidTarget}, []string{"Guards"}},
		{"marshal invalid target", func() error { _, err := Target(9).MarshalText(); return err }, []error{ErrInvalidTarget}, []string{"9"}},
		{"label target: an id", func() error { _, err := ParseLabel[Target]("guards"); return err }, []error{ErrInvalidTarget}, []string{`"guards"`}},
		{"label reach: an id", func() error { _, err := ParseLabel[Reach]("city"); return err }, []error{ErrInvalidReach}, []string{`"city"`}},
		{"label reach: empty", func() error { _, err := ParseLabel[Reach](""); return err }, []error{ErrInvalidReach}, []string{`""`}},
		{"parse reach", func() error { _, err := ParseReach("rural"); return err }, []error{ErrInvalidReach}, []string{`"rural"`}},
		{"unmarshal reach", func() error { var v Reach; return v.UnmarshalText([]byte("x")) }, []error{ErrInvalidReach}, []string{`"x"`}},
		{"marshal invalid reach", func() error { _, err := Reach(99).MarshalText(); return err }, []error{ErrInvalidReach}, []string{"99"}},
		{"population zero", func() error { return Population{}.Validate() }, []error{ErrInvalidPopulation}, []string{"schools reach", "kindergartens reach"}},
		{"population empty", func() error { return Population{Schools: ReachNone, Kindergartens: ReachNone}.Validate() },
			[]error{ErrInvalidPopulation}, []string{"no campus"}},
		{"population JSON: unknown key", func() error {
			var p Population
			return p.UnmarshalJSON([]byte(`{"schools":"all","kindergartens":"none","cities":"all"}`))
		}, []error{ErrInvalidJSON}, []string{"population", "cities"}},
		{"population JSON: bad reach", func() error {
			var p Population
			return p.UnmarshalJSON([]byte(`{"schools":"rural","kindergartens":"none"}`))
		}, []error{ErrInvalidJSON, ErrInvalidReach}, []string{"population", `"rural"`}},
		{"target scope JSON: null", func() error { var s TargetScope; return s.UnmarshalJSON([]byte(`null`)) },
			[]error{ErrInvalidJSON}, []string{"target scope"}},
		{"scope invalid", func() error { return bad.Validate() }, []error{ErrInvalidTargetScope, ErrInvalidPopulation},
			[]string{`"坏"`, TargetGuards.String(), TargetAlarmVideo.String()}},
		{"scope name too long", func() error {
			return TargetScope{Name: strings.Repeat("x", MaxScopeNameLen+1), Guards: allSchools(),
				ClosedManagement: allSchools(), AlarmVideo: allSchools(), SchoolGatePost: allSchools()}.Validate()
		}, []error{ErrInvalidTargetScope}, []string{"name of 65 bytes"}},
		{"target standard invalid target", func() error { _, err := TargetStandard(Target(0)); return err },
			[]error{ErrInvalidTarget}, []string{"target 0"}},
		{"rates nil history", func() error { _, err := FourHundredRates(nil, RatesQuery{Scope: Scope2019(), AsOf: asOf}); return err },
			[]error{compliance.ErrNil}, []string{"*compliance.History"}},
		{"rates no date", func() error { _, err := FourHundredRates(h, RatesQuery{Scope: Scope2019()}); return err },
			[]error{ErrInvalidRatesQuery}, []string{"as-of"}},
		{"rates negative window", func() error {
			_, err := FourHundredRates(h, RatesQuery{Scope: Scope2019(), AsOf: asOf, Window: -5})
			return err
		}, []error{ErrInvalidRatesQuery}, []string{"-5"}},
		{"rates bad scope", func() error { _, err := FourHundredRates(h, RatesQuery{Scope: bad, AsOf: asOf}); return err },
			[]error{ErrInvalidRatesQuery, ErrInvalidTargetScope, ErrInvalidPopulation}, []string{`"坏"`}},
		{"rates zero query", func() error { _, err := FourHundredRates(h, RatesQuery{}); return err },
			[]error{ErrInvalidRatesQuery, ErrInvalidPopulation}, []string{"as-of"}},
		{"target figure: zero date", func() error {
			_, err := (TargetRate{}).Figure(civil.Date{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
			return err
		},
			[]error{compliance.ErrInvalidFigure}, []string{"as-of"}},
		{"school figure: bad precision", func() error {
			_, err := (TargetRate{}).SchoolFigure(asOf, rate.Precision{Places: rate.MaxPlaces + 1, Rounding: rate.HalfEven})
			return err
		}, []error{compliance.ErrInvalidFigure}, []string{"places"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tc.call() })
			require.Error(t, err)
			for _, s := range tc.is {
				assert.ErrorIs(t, err, s)
			}
			for _, n := range tc.names {
				assert.Contains(t, err.Error(), n)
			}
			prefix := "catalog: " // the package's own errors; an argument or a figure is compliance's
			if errors.Is(err, compliance.ErrNil) || errors.Is(err, compliance.ErrInvalidFigure) {
				prefix = "compliance: "
			}
			assert.Contains(t, err.Error(), prefix)
		})
	}

	// Every problem of a query at once.
	_, err := FourHundredRates(nil, RatesQuery{Scope: bad, Window: -1})
	require.Error(t, err)
	assert.GreaterOrEqual(t, strings.Count(err.Error(), "\n")+1, 4, err.Error())
}

// TestReliabilityZeroValues checks the zero values and nil arguments of the catalog's types.
func TestReliabilityZeroValues(t *testing.T) {
	require.NotPanics(t, func() {
		var tg Target
		assert.False(t, tg.IsValid())
		assert.Equal(t, "", tg.Name(rate.Chinese))
		_ = tg.String()
		_, ok := TargetScope{}.Population(tg)
		assert.False(t, ok)
		var r Reach
		_ = r.String()
		_ = r.Name(rate.Chinese)
		var p Population
		assert.False(t, p.Includes(campus.Campus{}))
		assert.False(t, p.Includes(testCampus("x", campus.Primary, campus.LocaleVillage, 1, 1, false)))
		_ = p.String()
		var tr TargetRate
		assert.False(t, tr.Rate().Defined())
		assert.False(t, tr.ObservedRate().Defined())
		assert.Zero(t, tr.Unobserved())
		f, err := tr.Figure(civil.Date{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.ErrorIs(t, err, compliance.ErrInvalidFigure)
		_ = f.Format(rate.Chinese)
		_, err = tr.SchoolFigure(civil.Date{}, rate.Precision{Places: 1, Rounding: rate.HalfEven})
		assert.ErrorIs(t, err, compliance.ErrInvalidFigure)
		var res FourHundredResult
		_, ok = res.Rate(TargetGuards)
		assert.False(t, ok)
		assert.Error(t, TargetScope{}.Validate())
	})
}

// TestReliabilityFourHundredConservation checks that FourHundredRates accounts for every campus of the
// register once per target (in the tally or out of scope), for every published scope, as of several dates.
func TestReliabilityFourHundredConservation(t *testing.T) {
	h := fourHundredHistory(t)
	n := int64(h.Register().Len())
	for _, scope := range TargetScopes() {
		for _, asOf := range []string{"2019-05-17", "2019-06-30", "2020-12-31", "2030-01-01"} {
			for _, window := range []int{0, 30, 365} {
				res, err := FourHundredRates(h, RatesQuery{Scope: scope, AsOf: civil.MustParseDate(asOf), Window: window})
				require.NoError(t, err)
				require.Len(t, res.Rates, len(Values[Target]()))
				for _, r := range res.Rates {
					require.Equal(t, n, r.Tally.Total()+r.OutOfScope, "%s %s %s", scope.Name, asOf, r.Target)
					require.Equal(t, r.Tally.Count(compliance.Incomplete)+r.Tally.Count(compliance.Unassessed), r.Unobserved())
					if r.ObservedRate().Defined() {
						require.LessOrEqual(t, r.Rate().Compare(r.ObservedRate()), 0,
							"unobserved campuses never raise a rate")
					}
				}
			}
		}
	}
}

// TestReliabilityConcurrentCatalog loads standards and computes rates from many goroutines at once (run with
// -race): every goroutine gets the same results.
func TestReliabilityConcurrentCatalog(t *testing.T) {
	h := fourHundredHistory(t)
	q := RatesQuery{Scope: Scope2020(), AsOf: civil.MustParseDate("2020-12-31")}
	want, err := FourHundredRates(h, q)
	require.NoError(t, err)
	wantStd, err := All()
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := FourHundredRates(h, q)
			if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
				errs <- fmt.Errorf("goroutine %d: rates differ: %v", g, err)
				return
			}
			stds, err := All()
			if err != nil || len(stds) != len(wantStd) {
				errs <- fmt.Errorf("goroutine %d: standards differ: %v", g, err)
				return
			}
			for k := range stds {
				if !stds[k].Equal(wantStd[k]) {
					errs <- fmt.Errorf("goroutine %d: standard %d differs", g, k)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzCatalogEnumText checks ParseTarget, ParseReach and their text methods: never a panic, errors wrap the
// enum's own sentinel (ErrInvalidTarget, ErrInvalidReach) and never the other's, accepted text round-trips.
func FuzzCatalogEnumText(f *testing.F) {
	for _, tg := range Values[Target]() {
		f.Add(tg.String())
	}
	for r := ReachNone; r <= ReachAll; r++ {
		f.Add(r.String())
	}
	f.Add("")
	f.Add("Target(0)")
	f.Fuzz(func(t *testing.T, s string) {
		tg, err := ParseTarget(s)
		var ut Target
		uerr := ut.UnmarshalText([]byte(s))
		if s == "" { // "" is the zero value (unset) for UnmarshalText, never a value for ParseX
			require.ErrorIs(t, err, ErrInvalidTarget)
			require.NoError(t, uerr)
			var ur Reach
			require.NoError(t, ur.UnmarshalText(nil))
			_, err = ParseReach(s)
			require.ErrorIs(t, err, ErrInvalidReach)
			return
		}
		require.Equal(t, err == nil, uerr == nil)
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidTarget) && errors.Is(uerr, ErrInvalidTarget))
			require.False(t, errors.Is(err, ErrInvalidReach))
			require.Equal(t, Target(0), tg)
		} else {
			require.Equal(t, tg, ut)
			b, err := tg.MarshalText()
			require.NoError(t, err)
			back, err := ParseTarget(string(b))
			require.NoError(t, err)
			require.Equal(t, tg, back)
		}
		r, err := ParseReach(s)
		var ur Reach
		uerr = ur.UnmarshalText([]byte(s))
		require.Equal(t, err == nil, uerr == nil)
		if err != nil {
			require.True(t, errors.Is(err, ErrInvalidReach) && errors.Is(uerr, ErrInvalidReach))
			require.False(t, errors.Is(err, ErrInvalidTarget))
		} else {
			require.True(t, r.IsValid())
			require.Equal(t, r, ur)
			b, err := r.MarshalText()
			require.NoError(t, err)
			back, err := ParseReach(string(b))
			require.NoError(t, err)
			require.Equal(t, r, back)
		}
	})
}
