package compliance

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
)

// TestReliabilityBadInputSeries catalogues what versions by date and SummarizeSeries reject: each error wraps
// ErrInvalidQuery (or ErrNil) and names the date or the version at fault.
func TestReliabilityBadInputSeries(t *testing.T) {
	v1, _, vs := twoVersions(t)
	h := propHistory(t)
	d := civil.MustParseDate
	q := MustQuery(QuerySpec{Versions: propVersions(t, rand.New(rand.NewPCG(3, 3))), AsOf: propAsOf, PreventionLevel: prevention.Normal})
	query := func(spec QuerySpec) func() error {
		return func() error { _, err := NewQuery(spec); return err }
	}
	series := func(h *History, q Query, dates ...civil.Date) func() error {
		return func() error { _, err := SummarizeSeries(h, q, dates); return err }
	}
	runBadInputs(t, []badInput{
		{"query: both", query(QuerySpec{Standard: v1, Versions: vs, AsOf: propAsOf, PreventionLevel: prevention.Normal}),
			[]error{ErrInvalidQuery}, []string{`"test-std@1"`, "both"}},
		{"query: neither", query(QuerySpec{AsOf: propAsOf, PreventionLevel: prevention.Normal}),
			[]error{ErrInvalidQuery, ErrInvalidStandard}, []string{"no standard"}},
		{"query: before the earliest version", query(QuerySpec{Versions: vs, AsOf: d("2009-12-31"), PreventionLevel: prevention.Normal}),
			[]error{ErrInvalidQuery}, []string{"2009-12-31", `"test-std"`, `"1"`, "2010-05-01"}},
		{"query: standard not yet in force", query(QuerySpec{Standard: v1, AsOf: d("2009-12-31"), PreventionLevel: prevention.Normal}),
			[]error{ErrInvalidQuery}, []string{"2009-12-31", `"test-std@1"`, "2010-05-01"}},
		{"series: nil history", series(nil, q, propAsOf), []error{ErrNil}, []string{"*History"}},
		{"series: zero query", series(h, Query{}, propAsOf), []error{ErrInvalidQuery}, []string{"zero Query"}},
		{"series: no dates", series(h, q), []error{ErrInvalidQuery}, []string{"no dates"}},
		{"series: zero date", series(h, q, propAsOf, civil.Date{}), []error{ErrInvalidQuery}, []string{"series date 1"}},
		{"series: repeated date", series(h, q, propAsOf, propAsOf), []error{ErrInvalidQuery}, []string{"series date 1 (2012-02-14)"}},
		{"series: out of order", series(h, q, propAsOf, d("2011-01-31")), []error{ErrInvalidQuery}, []string{"2011-01-31", "2012-02-14"}},
		{"series: before the earliest version", series(h, q, d("2010-04-30")), []error{ErrInvalidQuery}, []string{"series date 0", "2010-04-30", `"prop"`}},
	})
}
