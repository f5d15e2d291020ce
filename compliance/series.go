package compliance

import (
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/prevention"
)

// Series is the summary of one history under one question at many as-of
// dates — a dashboard's trend, a report's month-ends — computed in one sweep
// (SummarizeSeries). At each date it answers exactly what Summarize answers
// for the query as of that date: the same tallies, drill-down and figures,
// measured against the version of the standard in force on that date.
//
// It holds the tallies of every date (O(dates × jurisdictions)) and no
// per-campus status: a date's drill-down (Summary.Campuses, a tally narrowed
// by kind within a jurisdiction) evaluates the campuses it reads when asked.
// A Series is immutable and safe for concurrent use. A nil *Series has no
// dates. It has no JSON form: json.Marshal refuses it (ErrInvalidJSON); write
// each date's Summary (At), whose JSON is a report.
type Series struct {
	dates []civil.Date
	sums  []*Summary // sums[j] answers q as of dates[j]
}

// seriesMinPerWorker is the fewest campuses worth a goroutine of their own.
const seriesMinPerWorker = 4096

// SummarizeSeries summarizes h under q at each of dates, ascending: the
// summary at dates[j] equals Summarize(h, q as of dates[j]) — q's own AsOf is
// replaced by each date, its standard (each date measured against the version
// in force on it when q carries Versions), prevention level and window kept.
//
// It sweeps the history once, campus by campus, walking each campus's
// inspections in date order alongside the dates: a campus's status changes
// only when a new inspection counts, its inspection leaves the validity
// window, or another version comes into force, and each (campus, inspection,
// version) is evaluated at most once (again only if the prevention level
// applied to the campus changes between dates). The work is O(campuses ×
// (dates + evaluations) + dates × jurisdictions), the memory O(dates ×
// jurisdictions) for the tallies plus the O(campuses) history: no per-campus
// status is kept for any date. Up to GOMAXPROCS goroutines share the
// campuses, in contiguous ranges that never split a jurisdiction; every count
// is an integer sum, so the result is the same at every GOMAXPROCS.
//
// Errors, joined: a nil history (ErrNil) or the zero Query (ErrInvalidQuery)
// alone; else no dates, a zero date, a date not after the one before it, and
// a date on which no version of q's standard is in force (each
// ErrInvalidQuery, naming the date).
func SummarizeSeries(h *History, q Query, dates []civil.Date) (*Series, error) {
	switch {
	case h == nil:
		return nil, fmt.Errorf("%w: nil *History", ErrNil)
	case q.IsZero():
		return nil, fmt.Errorf("%w: the zero Query (build one with NewQuery)", ErrInvalidQuery)
	}
	var errs errbound.List
	if len(dates) == 0 {
		errs.Add(fmt.Errorf("%w: a series with no dates", ErrInvalidQuery))
	}
	qs := make([]Query, len(dates))
	for j, d := range dates {
		if errs.Full() {
			errs.Count(1)
			continue
		}
		switch {
		case d.IsZero():
			errs.Add(fmt.Errorf("%w: series date %d is zero", ErrInvalidQuery, j))
			continue
		case j > 0 && !dates[j-1].Before(d):
			errs.Add(fmt.Errorf("%w: series date %d (%s) is not after date %d (%s)", ErrInvalidQuery, j, d, j-1, dates[j-1]))
		}
		var err error
		if qs[j], err = q.on(d); err != nil {
			errs.Add(fmt.Errorf("series date %d: %w", j, err))
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return sweep(h, qs, min(runtime.GOMAXPROCS(0), max(1, h.reg.Len()/seriesMinPerWorker))), nil
}

// seriesPart is one worker's share of a sweep: its campuses' counts by kind
// at each date (the jurisdiction cells it writes in place: its campuses'
// jurisdictions are its own).
type seriesPart struct {
	kinds []Tally // date j, kind k at j*kindCount+k
}

// kindCount is the number of kind tallies a summary keeps (indexed by kind).
const kindCount = int(campus.Nursery) + 1

// sweep computes the summaries of h under qs (one per date, ascending, each
// from Query.on) with up to workers goroutines.
func sweep(h *History, qs []Query, workers int) *Series {
	reg := h.reg
	tree := reg.Tree()
	nd := len(qs)
	nn := 0
	if tree != nil {
		nn = tree.Len()
	}
	nodes := make([]cells, nd*nn) // date j's at [j*nn, (j+1)*nn)
	bounds := seriesBounds(reg, workers)
	parts := make([]seriesPart, len(bounds)-1)
	var wg sync.WaitGroup
	for w := range parts {
		parts[w].kinds = make([]Tally, nd*kindCount)
		wg.Go(func() { sweepRange(h, qs, bounds[w], bounds[w+1], nodes, nn, parts[w].kinds) })
	}
	wg.Wait()
	s := &Series{dates: make([]civil.Date, nd), sums: make([]*Summary, nd)}
	for j := range qs {
		sum := &Summary{h: h, q: qs[j], cells: nodes[j*nn : (j+1)*nn : (j+1)*nn], kinds: make([]Tally, kindCount)}
		for w := range parts { // fixed order; integer sums
			for k, t := range parts[w].kinds[j*kindCount : (j+1)*kindCount] {
				for st := range t.n {
					sum.kinds[k].n[st] += t.n[st]
				}
			}
		}
		s.dates[j], s.sums[j] = qs[j].q.spec.AsOf, sum
	}
	rollUpSeries(tree, s.sums, len(parts))
	return s
}

// seriesBounds splits the register's campuses into at most w contiguous
// ranges, bounds[k] to bounds[k+1], moving each cut forward to the first
// campus of a jurisdiction so that no jurisdiction's campuses are split
// (campuses are in jurisdiction order). Empty ranges are dropped.
func seriesBounds(reg *campus.Register, w int) []int {
	n := reg.Len()
	bounds := []int{0}
	for k := 1; k < w; k++ {
		b := max(k*n/w, bounds[len(bounds)-1])
		for b > 0 && b < n && reg.Node(b) == reg.Node(b-1) {
			b++
		}
		if b > bounds[len(bounds)-1] && b < n {
			bounds = append(bounds, b)
		}
	}
	return append(bounds, n)
}

// sweepRange counts campuses [lo, hi) at every date: into their
// jurisdictions' cells (nodes, nn per date) and into kinds (kindCount per
// date). A campus's status is recomputed (as History.status computes it)
// only when its counting inspection, the version measured against or its
// prevention level differs from the previous date's, and counted only where
// it changes: +1 at the date its status starts, −1 at the date it ends, in a
// small buffer of the jurisdiction at hand (campuses come jurisdiction by
// jurisdiction); a running sum over the dates then gives the jurisdiction's
// counts at every date, written once into nodes. No other range has campuses
// in the range's jurisdictions.
func sweepRange(h *History, qs []Query, lo, hi int, nodes []cells, nn int, kinds []Tally) {
	nd := len(qs)
	window := qs[0].q.spec.Window
	dates := make([]civil.Date, nd)
	plans := make([]*plan, nd)
	// cls[j] evaluates under plans[j] (one classifier per distinct plan, as
	// Summarize's workers keep one): it answers exactly what plan.status
	// answers, deciding the scopes once per class of campuses.
	cls := make([]*classifier, nd)
	for j := range qs {
		dates[j], plans[j] = qs[j].q.spec.AsOf, qs[j].q.plan
		if plans[j] == nil {
			continue
		}
		for k := range j {
			if plans[k] == plans[j] {
				cls[j] = cls[k]
				break
			}
		}
		if cls[j] == nil {
			cls[j] = newClassifier(plans[j])
		}
	}
	local := make([]cells, nd)             // the current jurisdiction's changes by date
	levels := make([]prevention.Level, nd) // the current jurisdiction's level by date
	flush := func(node int) {
		var run cells
		for j := range local {
			addCells(&run, &local[j])
			nodes[j*nn+node] = run
		}
		clear(local)
	}
	node := -1
	for i := lo; i < hi; i++ {
		c := h.reg.At(i)
		if x := h.reg.Node(i); x != node {
			if node >= 0 {
				flush(node)
			}
			node = x
			// The level depends on the campus's jurisdiction alone: look it
			// up once per jurisdiction and date, not once per campus.
			for j := range qs {
				levels[j] = qs[j].levelFor(&c)
			}
		}
		ins := h.of(i)
		ck, kind := cellIndex(c.Kind.Group(), c.License), int(c.Kind)
		next := 0 // ins[:next] are on or before the date
		lastK, lastPlan, lastLvl, counted := -2, (*plan)(nil), prevention.Level(0), Status(0)
		for j, d := range dates {
			for next < len(ins) && !ins[next].Date.After(d) {
				next++
			}
			k := next - 1
			if k >= 0 && window > 0 && ins[k].Date.DaysUntil(d) > window {
				k = -1
			}
			lvl := levels[j]
			if k == lastK && plans[j] == lastPlan && lvl == lastLvl {
				continue
			}
			// History.status's answer, from the inspection found above.
			var st Status
			if cl := cls[j]; cl != nil {
				cc := cl.classOfCampus(&c, lvl)
				switch {
				case k >= 0:
					st = cc.status(&c, &ins[k].Measurements, lvl)
				case cc.inScope:
					st = Unassessed
				default:
					st = OutOfScope
				}
			} else {
				switch {
				case k >= 0:
					st = plans[j].status(&c, &ins[k].Measurements, lvl)
				case qs[j].inScope(&c):
					st = Unassessed
				default:
					st = OutOfScope
				}
			}
			lastK, lastPlan, lastLvl = k, plans[j], lvl
			if st == counted {
				continue
			}
			cell, kt := &local[j][ck], &kinds[j*kindCount+kind]
			if counted != 0 {
				cell.n[counted]--
				kt.n[counted]--
			}
			cell.n[st]++
			kt.n[st]++
			counted = st
		}
	}
	if node >= 0 {
		flush(node)
	}
	for j := 1; j < nd; j++ { // kinds: running sums over the dates
		for k := range kindCount {
			p, c := &kinds[(j-1)*kindCount+k], &kinds[j*kindCount+k]
			for st := range c.n {
				c.n[st] += p.n[st]
			}
		}
	}
}

// rollUpSeries rolls each summary's jurisdiction cells up the tree, as
// newSummary does (each non-empty node added into its parent, in descending
// dense index), and sets its whole-register total from the roots; the dates
// are shared among up to w goroutines.
func rollUpSeries(tree *hierarchy.Tree, sums []*Summary, w int) {
	var wg sync.WaitGroup
	for p := range w {
		wg.Go(func() {
			for j := p; j < len(sums); j += w {
				s := sums[j]
				nodes := s.cells
				for i := len(nodes) - 1; i >= 0; i-- {
					if nodes[i] == (cells{}) {
						continue
					}
					if par := tree.ParentIndex(i); par >= 0 {
						addCells(&nodes[par], &nodes[i])
					} else {
						addCells(&s.total, &nodes[i])
					}
				}
			}
		})
	}
	wg.Wait()
}

// Dates returns the series' dates, ascending, in a new slice.
func (s *Series) Dates() []civil.Date {
	if s == nil {
		return nil
	}
	return slices.Clone(s.dates)
}

// At returns the summary as of date d, one of the series' dates: what
// Summarize gives for the query as of d (its Query says so: the date, and
// the version measured against). Its drill-down evaluates the campuses it
// reads when asked. false when d is not a date of the series.
func (s *Series) At(d civil.Date) (*Summary, bool) {
	if s == nil {
		return nil, false
	}
	j, ok := slices.BinarySearchFunc(s.dates, d, civil.Date.Compare)
	if !ok {
		return nil, false
	}
	return s.sums[j], true
}
