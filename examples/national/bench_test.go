package main

import (
	"encoding/binary"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// benchSizes are the numbers of campuses the benchmarks run at: 10^3, 10^4, 10^5 and the whole country.
var benchSizes = []int{1_000, 10_000, 100_000, nationgen.NationalCampuses}

// benchSeed seeds every benchmark dataset.
const benchSeed = 2012

// fixture is a generated dataset and what the library builds from it, made once per size and shared by the
// benchmarks (outside their timers).
type fixture struct {
	ds   *nationgen.Dataset
	tree *hierarchy.Tree
	reg  *campus.Register
	hist *compliance.History
	sum  *compliance.Summary
}

var (
	fixturesMu sync.Mutex
	fixtures   = map[fixtureKey]*fixture{}
)

// fixtureKey names a fixture: n campuses, in a region of the tree at the national density or in the whole
// national tree.
type fixtureKey struct {
	campuses     int
	nationalTree bool
}

// fixtureOf returns the fixture of n campuses: a region of the national tree holding n campuses at the national
// density (nationgen.ProportionalTownships), the whole country at nationgen.NationalCampuses. It is built on
// first use, never at package initialisation, so that `go test` without -bench stays fast.
func fixtureOf(b *testing.B, n int) *fixture { return fixtureIn(b, fixtureKey{campuses: n}) }

func fixtureIn(b *testing.B, key fixtureKey) *fixture {
	b.Helper()
	fixturesMu.Lock()
	defer fixturesMu.Unlock()
	if f, ok := fixtures[key]; ok {
		return f
	}
	townships := nationgen.ProportionalTownships(key.campuses)
	if key.nationalTree {
		townships = 0
	}
	ds, err := nationgen.Generate(nationgen.Config{Campuses: key.campuses, Seed: benchSeed, Townships: townships})
	if err != nil {
		b.Fatal(err)
	}
	f := &fixture{ds: ds}
	if f.tree, err = hierarchy.NewTree(ds.Jurisdictions...); err != nil {
		b.Fatal(err)
	}
	if f.reg, err = campus.NewRegister(f.tree, ds.Schools, ds.Campuses); err != nil {
		b.Fatal(err)
	}
	if f.hist, err = compliance.NewHistory(f.reg, ds.Inspections); err != nil {
		b.Fatal(err)
	}
	if f.sum, err = compliance.Summarize(f.hist, ds.Query); err != nil {
		b.Fatal(err)
	}
	fixtures[key] = f
	return f
}

// cpuClock returns the CPU time the process has used (user and system, every thread), from getrusage.
func cpuClock() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the process's CPU time per operation since start, as "cpu-ns/op": on a shared machine
// the wall time (ns/op) counts the time other processes held the cores, the CPU time does not. It counts
// every thread (so with GOMAXPROCS=2 it is the work, not the latency) and the garbage collector's.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuClock()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// perCampus reports the time per campus of one operation over n campuses.
func perCampus(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/campus")
}

func sizeName(n int) string { return fmt.Sprintf("campuses=%d", n) }

// perSize runs op as a sub-benchmark at each size, on the fixture of that size (a region at the national
// density, or the whole national tree), built outside the timer, and reports allocations and ns/campus.
func perSize(b *testing.B, sizes []int, nationalTree bool, op func(f *fixture) error) {
	for _, n := range sizes {
		b.Run(sizeName(n), func(b *testing.B) {
			f := fixtureIn(b, fixtureKey{campuses: n, nationalTree: nationalTree})
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuClock()
			for b.Loop() {
				if err := op(f); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu0)
			perCampus(b, n)
		})
	}
}

// BenchmarkNewTree builds the national jurisdiction tree: 31 provinces, 342 prefecture-level units (333 and
// the 9 summary groupings), 2,843 county-level units and 38,530 townships.
func BenchmarkNewTree(b *testing.B) {
	ds, err := nationgen.Generate(nationgen.Config{Campuses: 1, Seed: benchSeed})
	if err != nil {
		b.Fatal(err)
	}
	js := ds.Jurisdictions
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := hierarchy.NewTree(js...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(js)), "ns/jurisdiction")
}

// BenchmarkNewRegister validates and indexes the schools and campuses.
func BenchmarkNewRegister(b *testing.B) {
	perSize(b, benchSizes, false, func(f *fixture) error {
		_, err := campus.NewRegister(f.tree, f.ds.Schools, f.ds.Campuses)
		return err
	})
}

// BenchmarkNewHistory validates and indexes the inspections (Rounds per inspected campus).
func BenchmarkNewHistory(b *testing.B) {
	perSize(b, benchSizes, false, func(f *fixture) error {
		_, err := compliance.NewHistory(f.reg, f.ds.Inspections)
		return err
	})
}

// BenchmarkSummarize evaluates every campus as of the date (latest inspection, 20 requirements), tallies by
// jurisdiction × group × license and by kind, and rolls the tallies up every level of the tree.
func BenchmarkSummarize(b *testing.B) {
	perSize(b, benchSizes, false, func(f *fixture) error {
		_, err := compliance.Summarize(f.hist, f.ds.Query)
		return err
	})
}

// BenchmarkApplyInspection applies one new inspection to a live national summary (compliance.Live): the
// campus's status is re-evaluated and, when it changes, the tallies on its path to the root are moved. Each
// operation inspects the next campus (in a fixed scattered order) on the day after its previous inspection,
// with the measurements of an inspection of the dataset, so that statuses change as often as real data
// makes them; the summary is asked as of ten years after the data, so that every new inspection counts.
func BenchmarkApplyInspection(b *testing.B) {
	for _, n := range benchSizes[1:] {
		b.Run(sizeName(n), func(b *testing.B) {
			f := fixtureOf(b, n)
			spec := f.ds.Query.Spec()
			spec.AsOf = nationgen.To.AddDays(3650)
			q, err := compliance.NewQuery(spec)
			if err != nil {
				b.Fatal(err)
			}
			s, err := compliance.Summarize(f.hist, q)
			if err != nil {
				b.Fatal(err)
			}
			live, err := compliance.NewLive(s)
			if err != nil {
				b.Fatal(err)
			}
			ids := make([]uuid.UUID, n)
			for i := range n {
				ids[i] = f.reg.At(i).ID
			}
			const stride = 7919 // a prime: consecutive operations touch scattered campuses
			in := compliance.Inspection{Team: "benchmark"}
			k := 0
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuClock()
			for b.Loop() {
				binary.BigEndian.PutUint64(in.ID[:8], 0xbe0c_0000_0000_0000)
				binary.BigEndian.PutUint64(in.ID[8:], uint64(k)+1)
				in.Campus = ids[k*stride%n]
				in.Date = nationgen.To.AddDays(1 + k/n)
				in.Measurements = f.ds.Inspections[k%len(f.ds.Inspections)].Measurements
				if err := live.Apply(in); err != nil {
					b.Fatal(err)
				}
				k++
			}
			reportCPU(b, cpu0)
		})
	}
}

// BenchmarkSummarizeNationalTree is BenchmarkSummarize with few campuses in the whole national tree (41,746
// jurisdictions), as a national system holds while it is being filled: the O(jurisdictions) roll-up is then a
// fixed cost that dominates the per-campus figure.
func BenchmarkSummarizeNationalTree(b *testing.B) {
	perSize(b, benchSizes[:2], true, func(f *fixture) error {
		_, err := compliance.Summarize(f.hist, f.ds.Query)
		return err
	})
}

// BenchmarkPercent presents the full-compliance rate (全达标率) of every jurisdiction of the summary as a
// percentage to one decimal, rounded half to even (GB/T 8170).
func BenchmarkPercent(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			f := fixtureOf(b, n)
			var rates []rate.Rate
			for _, t := range f.sum.Jurisdictions() {
				rates = append(rates, t.Rate(compliance.ComplianceMeasure))
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				for _, r := range rates {
					if _, ok := r.Percent(rate.Precision{Places: 1, Rounding: rate.HalfEven}); !ok && r.Defined() {
						b.Fatal("defined rate without a percent")
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(rates)), "ns/figure")
			perCampus(b, n)
		})
	}
}

// BenchmarkTallyMerge is the combiner of a distributed engine (Beam's CombineFn): every campus's one-campus
// tally is merged into its jurisdiction's accumulator, and the accumulators are merged up the tree.
func BenchmarkTallyMerge(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(sizeName(n), func(b *testing.B) {
			f := fixtureOf(b, n)
			one := make([]compliance.Tally, n)
			nodes := make([]int, n)
			for i := range n {
				a, _ := f.sum.Assessment(f.reg.At(i).ID)
				one[i] = compliance.Tally{}.Add(a.Status)
				nodes[i] = f.reg.Node(i)
			}
			merge := func(a, b compliance.Tally) compliance.Tally { return a.Merge(b) }
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				acc := make([]compliance.Tally, f.tree.Len())
				for i, t := range one {
					acc[nodes[i]] = acc[nodes[i]].Merge(t)
				}
				rolled, err := hierarchy.RollUpIndexed(f.tree, acc, merge)
				if err != nil {
					b.Fatal(err)
				}
				if rolled[0].Total() == 0 {
					b.Fatal("empty roll-up")
				}
			}
			perCampus(b, n)
		})
	}
}
