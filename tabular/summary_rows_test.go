package tabular_test

import (
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/require"
)

// naiveSummaryRows is the reference for SummaryRows: every cell in the documented order, each tallied by
// Summary.Tally, the empty ones left out.
func naiveSummaryRows(t *testing.T, s *compliance.Summary) []tabular.SummaryRow {
	t.Helper()
	groups, licenses, kinds := campus.Values[campus.Group](), campus.Values[campus.License](), campus.Values[campus.Kind]()
	var out []tabular.SummaryRow
	add := func(r tabular.SummaryRow) {
		tl, ok := s.Tally(r.Cell())
		require.True(t, ok, "%+v", r)
		if tl.Total() > 0 {
			r.Tally = tl
			out = append(out, r)
		}
	}
	place := func(code hierarchy.Code) {
		add(tabular.SummaryRow{Jurisdiction: code})
		for _, g := range groups {
			add(tabular.SummaryRow{Jurisdiction: code, Group: g})
		}
		for _, l := range licenses {
			add(tabular.SummaryRow{Jurisdiction: code, License: l})
		}
		for _, g := range groups {
			for _, l := range licenses {
				add(tabular.SummaryRow{Jurisdiction: code, Group: g, License: l})
			}
		}
		for _, k := range kinds {
			add(tabular.SummaryRow{Jurisdiction: code, Kind: k})
			for _, l := range licenses {
				add(tabular.SummaryRow{Jurisdiction: code, License: l, Kind: k})
			}
		}
	}
	place(hierarchy.Code{})
	for j := range s.Jurisdictions() {
		place(j.Code)
	}
	return out
}

// TestSummaryRowsMatchTally requires SummaryRows, which counts the rows by kind in one walk, to give
// exactly the cells and tallies Summary.Tally gives — for a summary from Summarize (stored statuses) and
// one from a Series (none stored) — and to stop when the caller stops.
func TestSummaryRowsMatchTally(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		b := build(t, genCity(t, seed, 200+int(seed)*150))
		q := b.query(t)
		sum, err := compliance.Summarize(b.hist, q)
		require.NoError(t, err)
		d := civil.MustParseDate("2024-06-30")
		series, err := compliance.SummarizeSeries(b.hist, q, []civil.Date{d.AddDays(-400), d})
		require.NoError(t, err)
		for _, s := range []*compliance.Summary{sum, func() *compliance.Summary { x, _ := series.At(d); return x }(),
			func() *compliance.Summary { x, _ := series.At(d.AddDays(-400)); return x }()} {
			require.NotNil(t, s)
			var got []tabular.SummaryRow
			for r := range tabular.SummaryRows(s) {
				got = append(got, r)
			}
			require.Equal(t, naiveSummaryRows(t, s), got, "seed %d", seed)
			n := 0
			for range tabular.SummaryRows(s) {
				if n++; n == 7 {
					break
				}
			}
			require.Equal(t, 7, n)
		}
	}
}

// BenchmarkSummaryRows iterates over every row of a summary from Summarize (stored statuses) and from a
// Series (evaluated per campus).
func BenchmarkSummaryRows(b *testing.B) {
	bt := build(b, genCity(b, 5, 5000))
	q := bt.query(b)
	sum, err := compliance.Summarize(bt.hist, q)
	require.NoError(b, err)
	d := civil.MustParseDate("2024-06-30")
	series, err := compliance.SummarizeSeries(bt.hist, q, []civil.Date{d})
	require.NoError(b, err)
	ss, _ := series.At(d)
	for _, c := range []struct {
		name string
		s    *compliance.Summary
	}{{"summarize", sum}, {"series", ss}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for range tabular.SummaryRows(c.s) {
				}
			}
		})
	}
}
