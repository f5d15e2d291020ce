package main

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
)

// readBenchSizes are the sizes BenchmarkReadNational reads: 10^4, 10^5 and the whole country.
var readBenchSizes = []int{10_000, 100_000, nationgen.NationalCampuses}

// readBenchFiles generates n campuses (a region at the national density; the whole country at
// nationgen.NationalCampuses) and writes them as the -csv data files into a temporary directory, with the
// national example's writer (writeData). It returns the directory and the number of inspections.
func readBenchFiles(b *testing.B, n int) (string, int) {
	b.Helper()
	townships := nationgen.ProportionalTownships(n)
	if n == nationgen.NationalCampuses {
		townships = 0
	}
	ds, err := nationgen.Generate(nationgen.Config{Campuses: n, Seed: 2012, Townships: townships})
	if err != nil {
		b.Fatal(err)
	}
	tree, err := hierarchy.NewTree(ds.Jurisdictions...)
	if err != nil {
		b.Fatal(err)
	}
	reg, err := campus.NewRegister(tree, ds.Schools, ds.Campuses)
	if err != nil {
		b.Fatal(err)
	}
	hist, err := compliance.NewHistory(reg, ds.Inspections)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := writeData(dir, reg, hist); err != nil {
		b.Fatal(err)
	}
	return dir, len(ds.Inspections)
}

// BenchmarkReadNational reads the -csv data files (jurisdictions, schools, campuses, wide inspections) through
// package tabular's readers and builds the tree, the register and the history: the files-in path of
// `national -from DIR`. The files are generated outside the timer. It reports ns and allocations per record
// (a school, a campus or an inspection: the jurisdictions are not counted).
//
//	GOMAXPROCS=1 go test ./examples/national -run '^$' -bench '^BenchmarkReadNational$' -benchtime 3x -benchmem
func BenchmarkReadNational(b *testing.B) {
	for _, n := range readBenchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			dir, nInspections := readBenchFiles(b, n)
			var records int
			var before, after runtime.MemStats
			b.ReportAllocs()
			b.ResetTimer()
			runtime.ReadMemStats(&before)
			cpu0 := cpuTime(b)
			for b.Loop() {
				reg, hist, err := readAndBuild(dir)
				if err != nil {
					b.Fatal(err)
				}
				records = reg.NumSchools() + reg.Len() + hist.Len()
			}
			cpu := cpuTime(b) - cpu0
			runtime.ReadMemStats(&after)
			if hist := nInspections; records < hist {
				b.Fatalf("read %d records, fewer than the %d inspections written", records, hist)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(records), "ns/record")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/float64(records), "allocs/record")
		})
	}
}

// readAndBuild reads the data files of dir and builds the tree, register and history.
func readAndBuild(dir string) (*campus.Register, *compliance.History, error) {
	ds := &nationgen.Dataset{}
	if err := readRecords(dir, ds); err != nil {
		return nil, nil, err
	}
	tree, err := hierarchy.NewTree(ds.Jurisdictions...)
	if err != nil {
		return nil, nil, err
	}
	reg, err := campus.NewRegister(tree, ds.Schools, ds.Campuses)
	if err != nil {
		return nil, nil, err
	}
	hist, err := compliance.NewHistory(reg, ds.Inspections)
	if err != nil {
		return nil, nil, err
	}
	return reg, hist, nil
}

// cpuTime is the CPU time (user and system) the process has used so far (getrusage): on a shared machine it
// measures the work, where the wall time of ns/op also counts the time other processes had the core.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
