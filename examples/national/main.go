package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command line.
type options struct {
	campuses int
	seed     uint64
	csvDir   string
	fromDir  string // read the country from this -csv directory instead of generating it
}

// errUsage marks a bad command line (exit status 2, like the flag package).
var errUsage = errors.New("usage")

func parseOptions(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("national", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.campuses, "campuses", nationgen.NationalCampuses, "number of campuses to generate (at least 1)")
	fs.Uint64Var(&o.seed, "seed", 2012, "seed of the generator: the same seed gives the same country")
	fs.StringVar(&o.csvDir, "csv", "", "write the data and the summary as CSV files (and the standard as JSON) into this `directory`")
	fs.StringVar(&o.fromDir, "from", "", "read the country from the files a -csv run wrote into this `directory` (package tabular's readers) instead of generating it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: national [-campuses N] [-seed S] [-from DIR] [-csv DIR]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, fmt.Errorf("%w: %w", errUsage, err)
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	if o.campuses < 1 {
		return o, fmt.Errorf("%w: -campuses must be at least 1, got %d", errUsage, o.campuses)
	}
	if o.csvDir != "" {
		if err := checkWritable(o.csvDir); err != nil {
			return o, fmt.Errorf("%w: -csv %s: %w", errUsage, o.csvDir, err)
		}
	}
	return o, nil
}

// checkWritable creates dir if needed and checks that a file can be created in it.
func checkWritable(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create the directory: %w", err)
	}
	f, err := os.CreateTemp(dir, ".national-probe-*")
	if err != nil {
		return fmt.Errorf("directory is not writable: %w", err)
	}
	name := f.Name()
	if err := f.Close(); err != nil {
		return err
	}
	return os.Remove(name)
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseOptions(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "national:", err)
		}
		return 2
	}
	if err := national(o, stdout); err != nil {
		fmt.Fprintln(stderr, "national:", err)
		return 1
	}
	return 0
}

// meter times the phases and samples the heap after each one.
type meter struct {
	out       io.Writer
	start     time.Time
	lastAlloc uint64
	peak      uint64 // largest HeapInuse sampled
	live      uint64 // HeapAlloc after the last phase's collection
}

func newMeter(out io.Writer) *meter {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(out, "%-22s %12s %14s %14s %14s\n", "phase", "time", "heap in use", "live after GC", "allocated")
	return &meter{out: out, lastAlloc: ms.TotalAlloc}
}

func (m *meter) begin() { m.start = time.Now() }

// end prints the phase's wall time; the heap in use right after it (runtime.MemStats.HeapInuse: live data plus
// garbage not yet collected); the live heap after a full collection run outside the timed region (HeapAlloc);
// and the bytes the phase allocated (the growth of TotalAlloc).
func (m *meter) end(name string) {
	d := time.Since(m.start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	inuse, alloc := ms.HeapInuse, ms.TotalAlloc-m.lastAlloc
	m.peak = max(m.peak, inuse)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	m.live = ms.HeapAlloc
	m.lastAlloc = ms.TotalAlloc
	fmt.Fprintf(m.out, "%-22s %12s %14s %14s %14s\n", name, fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000), mib(inuse), mib(m.live), mib(alloc))
}

func mib(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

func national(o options, out io.Writer) error {
	if o.fromDir != "" {
		fmt.Fprintf(out, "campussec national benchmark: read from %s, %s, GOMAXPROCS %d\n\n", o.fromDir, runtime.Version(), runtime.GOMAXPROCS(0))
	} else {
		fmt.Fprintf(out, "campussec national benchmark: %d campuses, seed %d, %s, GOMAXPROCS %d\n\n",
			o.campuses, o.seed, runtime.Version(), runtime.GOMAXPROCS(0))
	}
	m := newMeter(out)

	m.begin()
	var ds *nationgen.Dataset
	var err error
	if o.fromDir != "" {
		if ds, err = readDataset(o.fromDir); err != nil {
			return err
		}
		m.end("read files (tabular)")
	} else {
		if ds, err = nationgen.Generate(nationgen.Config{Campuses: o.campuses, Seed: o.seed}); err != nil {
			return err
		}
		m.end("generate (not library)")
	}
	m.peak = 0 // the largest heap is sampled over the library's phases

	m.begin()
	tree, err := hierarchy.NewTree(ds.Jurisdictions...)
	if err != nil {
		return err
	}
	ds.Jurisdictions = nil // the tree keeps its own copy
	m.end("tree")

	m.begin()
	reg, err := campus.NewRegister(tree, ds.Schools, ds.Campuses)
	if err != nil {
		return err
	}
	ds.Schools, ds.Campuses = nil, nil // the register keeps its own copies
	m.end("register")

	m.begin()
	hist, err := compliance.NewHistory(reg, ds.Inspections)
	if err != nil {
		return err
	}
	nInspections, q := len(ds.Inspections), ds.Query
	ds = nil // the history keeps its own copy of the inspections
	m.end("history")

	m.begin()
	sum, err := compliance.Summarize(hist, q)
	if err != nil {
		return err
	}
	m.end("summarize")

	rates, err := targetRates(hist, q, m)
	if err != nil {
		return err
	}

	live, peak := m.live, m.peak
	if o.csvDir != "" {
		m.begin()
		if err := writeCSV(o.csvDir, reg, hist, sum, q); err != nil {
			return err
		}
		m.end("csv (not library)")
	}

	n := uint64(reg.Len())
	fmt.Fprintf(out, "\nlive heap after the last phase (tree, register, history, summary): %s = %d B per campus\n",
		mib(live), live/n)
	fmt.Fprintf(out, "largest heap in use sampled after a library phase (inputs the caller still holds included): %s = %d B per campus\n",
		mib(peak), peak/n)
	fmt.Fprintf(out, "\njurisdictions %d, schools %d, campuses %d, inspections %d\n",
		tree.Len(), reg.NumSchools(), reg.Len(), nInspections)
	printSummary(out, sum, q)
	fmt.Fprint(out, rates)
	if o.csvDir != "" {
		fmt.Fprintf(out, "\nwrote %s\n", filepath.Join(o.csvDir, "*.csv"))
	}

	return nil
}
