package main

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
)

// seriesBenchSizes are the sizes BenchmarkSeries24 runs at: 10^4, 10^5 and the whole country.
var seriesBenchSizes = []int{10_000, 100_000, nationgen.NationalCampuses}

// monthEnds24 are the 24 month-ends of the generated inspections' two years (2023-01-31 … 2024-12-31).
var monthEnds24 = civil.MonthEnds(nationgen.From, nationgen.To)

// BenchmarkSeries24 summarizes the history at 24 month-ends in one sweep (compliance.SummarizeSeries):
// every campus's status at each date, tallied by jurisdiction × group × license and by kind, and rolled up
// the tree at each date. Compare with BenchmarkSummarize (one date); run at -cpu 1,2 for the goroutines'
// gain.
func BenchmarkSeries24(b *testing.B) {
	if len(monthEnds24) != 24 {
		b.Fatalf("%d month-ends, want 24", len(monthEnds24))
	}
	for _, n := range seriesBenchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			f := fixtureOf(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuClock()
			for b.Loop() {
				if _, err := compliance.SummarizeSeries(f.hist, f.ds.Query, monthEnds24); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu0)
			perCampus(b, n)
		})
	}
}

// BenchmarkSeries24Read is BenchmarkSeries24 followed by reading the summary at each of the 24 dates
// (Series.At), which builds every date's rolled-up jurisdiction cells: the whole cost of a series whose
// every date a report prints.
func BenchmarkSeries24Read(b *testing.B) {
	for _, n := range seriesBenchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			f := fixtureOf(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuClock()
			for b.Loop() {
				s, err := compliance.SummarizeSeries(f.hist, f.ds.Query, monthEnds24)
				if err != nil {
					b.Fatal(err)
				}
				for _, d := range monthEnds24 {
					if _, ok := s.At(d); !ok {
						b.Fatal(d)
					}
				}
			}
			reportCPU(b, cpu0)
			perCampus(b, n)
		})
	}
}

// TestSeries24MatchesSummarize checks the benchmark's series against Summarize at its first and last dates
// (a small region, so that go test stays fast).
func TestSeries24MatchesSummarize(t *testing.T) {
	ds, err := nationgen.Generate(nationgen.Config{Campuses: 2_000, Seed: benchSeed, Townships: nationgen.ProportionalTownships(2_000)})
	if err != nil {
		t.Fatal(err)
	}
	tree, err := hierarchy.NewTree(ds.Jurisdictions...)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := campus.NewRegister(tree, ds.Schools, ds.Campuses)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{ds: ds, tree: tree, reg: reg}
	if f.hist, err = compliance.NewHistory(reg, ds.Inspections); err != nil {
		t.Fatal(err)
	}
	s, err := compliance.SummarizeSeries(f.hist, f.ds.Query, monthEnds24)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []civil.Date{monthEnds24[0], monthEnds24[11], monthEnds24[23]} {
		spec := f.ds.Query.Spec()
		spec.AsOf = d
		want, err := compliance.Summarize(f.hist, compliance.MustQuery(spec))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := s.At(d)
		for j, tl := range want.Jurisdictions() {
			g, _ := got.Tally(compliance.AllCampuses().In(j.Code))
			if g != tl {
				t.Fatalf("%s %s: series %v, Summarize %v", d, j.Code, g, tl)
			}
		}
	}
}
