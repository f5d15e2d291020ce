package tabular_test

import (
	"bytes"
	"testing"

	"github.com/campussec/campussec/tabular"
)

// benchFiles writes a generated city of n campuses once.
func benchFiles(b *testing.B, n int, f tabular.Format) (files, *built) {
	b.Helper()
	c := build(b, genCity(b, 1, n))
	return writeCity(b, c, f, tabular.Wide), c
}

// BenchmarkReadCampuses reads a campuses file; allocations per record are reported as allocs/op ÷ records.
func BenchmarkReadCampuses(b *testing.B) {
	for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
		b.Run(f.String(), func(b *testing.B) {
			fs, c := benchFiles(b, 10000, f)
			b.SetBytes(int64(len(fs.campuses)))
			b.ReportAllocs()
			for b.Loop() {
				r := tabular.ReadCampuses(bytes.NewReader(fs.campuses), f)
				for r.Next() {
				}
				if r.Err() != nil {
					b.Fatal(r.Err())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(c.reg.Len()), "ns/record")
		})
	}
}

// BenchmarkReadInspectionsWide reads a wide inspections file.
func BenchmarkReadInspectionsWide(b *testing.B) {
	for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
		b.Run(f.String(), func(b *testing.B) {
			fs, c := benchFiles(b, 10000, f)
			inds := tabular.Indicators(c.std)
			b.SetBytes(int64(len(fs.inspections)))
			b.ReportAllocs()
			for b.Loop() {
				r := tabular.ReadInspectionsWide(bytes.NewReader(fs.inspections), f, inds)
				for r.Next() {
				}
				if r.Err() != nil {
					b.Fatal(r.Err())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(c.hist.Len()), "ns/record")
		})
	}
}
