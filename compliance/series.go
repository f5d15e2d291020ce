package compliance

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

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
// It holds, for every date, the whole register's and each kind's tallies and
// the changes of each jurisdiction's own counts since the date before (at
// most one per jurisdiction, cell and status: O(dates × jurisdictions)), and
// no per-campus status. A date's rolled-up jurisdiction cells are built the
// first time At returns its summary (from the latest date already built, plus
// the changes since), and then kept; a date's drill-down (Summary.Campuses, a
// tally narrowed by kind within a jurisdiction) evaluates the campuses it
// reads when asked. A Series is immutable and safe for concurrent use. A nil *Series has no
// dates. It has no JSON form: json.Marshal refuses it (ErrInvalidJSON); write
// each date's Summary (At), whose JSON is a report.
type Series struct {
	dates []civil.Date
	sums  []*Summary // sums[j] answers q as of dates[j]; its cells are built by cellsAt
	tree  *hierarchy.Tree
	// parts[w].deltas[j] are worker w's changes of its jurisdictions' own
	// counts (before the roll-up) from dates[j-1] to dates[j] (from nothing,
	// for j = 0): date j's cells are date j-1's plus these, on every path to
	// the root.
	parts []seriesPart
	once  []sync.Once   // once[j] builds sums[j].cells
	ready []atomic.Bool // ready[j] once sums[j].cells is built
}

// seriesMinPerWorker is the fewest campuses worth a goroutine of their own.
const seriesMinPerWorker = 4096

// SummarizeSeries summarizes h under q at each of dates, ascending: the
// summary at dates[j] equals Summarize(h, q as of dates[j]) — q's own AsOf is
// replaced by each date, its standard (each date measured against the version
// in force on it when q carries Versions), prevention level and window kept.
//
// It sweeps the history once, campus by campus, visiting each campus only
// at the dates where its status may change — the first date, the first date
// on or after each of its inspections, the first date its latest inspection
// is out of the validity window, a date another version comes into force or
// the prevention level at its jurisdiction changes — and each (campus,
// inspection, version, level) is evaluated at most once, through the same
// class-based evaluation as Summarize. The work is O(campuses × evaluations
// + dates × jurisdictions) and the memory O(dates × jurisdictions) plus the
// O(campuses) history: no per-campus status is kept for any date, and each
// date's rolled-up jurisdiction cells (jurisdictions × 192 bytes) are built
// only when At first returns that date. Up to GOMAXPROCS goroutines share the
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
// and by cell at each date, and the changes of its jurisdictions' counts
// from date to date (its campuses' jurisdictions are its own).
type seriesPart struct {
	kinds  []Tally         // date j, kind k at j*kindCount+k
	totals []cells         // date j's whole-range cells
	deltas [][][]leafDelta // by date: changes since the date before, in node order, in chunks
}

// deltaChunk is the largest chunk of a seriesPart's changes of one date: the
// chunks grow from 64 changes up to it and are never copied.
const deltaChunk = 4096

// change records that the count key (cell*statusCount + status) of node's
// own campuses changes by v at date j: as several leafDeltas when v does not
// fit an int16, none when v is 0.
func (p *seriesPart) change(j, node, key int, v int64) {
	for v != 0 {
		d := min(max(v, math.MinInt16), math.MaxInt16)
		p.add(j, leafDelta{node: uint32(node), key: uint8(key), delta: int16(d)})
		v -= d
	}
}

// add appends e to the changes of date j.
func (p *seriesPart) add(j int, e leafDelta) {
	cs := p.deltas[j]
	n := len(cs)
	if n == 0 || len(cs[n-1]) == cap(cs[n-1]) {
		size := 64
		if n > 0 {
			size = min(2*cap(cs[n-1]), deltaChunk)
		}
		cs = append(cs, make([]leafDelta, 0, size))
		p.deltas[j], n = cs, n+1
	}
	cs[n-1] = append(cs[n-1], e)
}

// leafDelta is a change of one count of one jurisdiction's own campuses (not
// rolled up) between two consecutive dates of a series: delta added to the
// count of status key%statusCount in cell key/statusCount of node. A change
// larger than an int16 is split into several (a jurisdiction rarely has more
// than a few hundred campuses), so the counts stay exact.
type leafDelta struct {
	node  uint32
	key   uint8
	delta int16
}

// seriesDayTable bounds the span of a series' dates, in days, up to which a
// sweep finds the date index of a day from a table (4 bytes a day) rather
// than by binary search.
const seriesDayTable = 1 << 16

// kindCount is the number of kind tallies a summary keeps (indexed by kind).
const kindCount = int(campus.Nursery) + 1

// sweep computes the series of h under qs (one per date, ascending, each
// from Query.on) with up to workers goroutines, through split: the first
// range runs on the calling goroutine, so one range starts none. The dates'
// jurisdiction cells are built when first read (cellsAt).
func sweep(h *History, qs []Query, workers int) *Series {
	reg := h.reg
	tree := reg.Tree()
	nd := len(qs)
	bounds := seriesBounds(reg, workers)
	parts := make([]seriesPart, len(bounds)-1)
	split(len(parts), len(parts), func(w, _, _ int) { parts[w] = sweepRange(h, qs, bounds[w], bounds[w+1]) })
	s := &Series{dates: make([]civil.Date, nd), sums: make([]*Summary, nd), tree: tree, parts: parts,
		once: make([]sync.Once, nd), ready: make([]atomic.Bool, nd)}
	kinds := make([]Tally, nd*kindCount)
	for j := range qs {
		sum := &Summary{h: h, q: qs[j], kinds: kinds[j*kindCount : (j+1)*kindCount : (j+1)*kindCount]}
		for w := range parts { // fixed order; integer sums
			for k, t := range parts[w].kinds[j*kindCount : (j+1)*kindCount] {
				for st := range t.n {
					sum.kinds[k].n[st] += t.n[st]
				}
			}
			addCells(&sum.total, &parts[w].totals[j])
		}
		s.dates[j], s.sums[j] = qs[j].q.spec.AsOf, sum
	}
	return s
}

// cellsAt returns the rolled-up jurisdiction cells of date j, building them
// on first use: from the latest earlier date already built, plus the changes
// of the dates after it added on each changed jurisdiction's path to the root;
// or, when none is built, from the changes up to date j rolled up the tree
// once. Either way each count is the same integer sum.
func (s *Series) cellsAt(j int) []cells {
	s.once[j].Do(func() {
		nn := 0
		if s.tree != nil {
			nn = s.tree.Len()
		}
		nodes := make([]cells, nn)
		from := 0
		for k := j - 1; k >= 0; k-- {
			if s.ready[k].Load() {
				copy(nodes, s.sums[k].cells)
				from = k + 1
				break
			}
		}
		for d := from; d <= j; d++ {
			for w := range s.parts {
				for _, chunk := range s.parts[w].deltas[d] {
					for _, e := range chunk {
						ck, st, v := int(e.key)/statusCount, int(e.key)%statusCount, int64(e.delta)
						if from == 0 {
							nodes[e.node][ck].n[st] += v
							continue
						}
						for n := int(e.node); n >= 0; n = s.tree.ParentIndex(n) {
							nodes[n][ck].n[st] += v
						}
					}
				}
			}
		}
		if from == 0 {
			for i := len(nodes) - 1; i >= 0; i-- { // the roll-up, as summarize's
				if nodes[i] == (cells{}) {
					continue
				}
				if par := s.tree.ParentIndex(i); par >= 0 {
					addCells(&nodes[par], &nodes[i])
				}
			}
		}
		s.sums[j].cells = nodes[:nn:nn]
		s.ready[j].Store(true)
	})
	return s.sums[j].cells
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

// sweepRange counts campuses [lo, hi) at every date, into the part it
// returns: by kind and whole range at every date, and the changes of each
// jurisdiction's own counts from date to date. A campus's status is
// recomputed (as History.status computes it) only at the dates where its
// counting inspection, the version measured against or its prevention level
// may differ from the previous date's, and counted only where it changes: +1
// at the date its status starts, −1 at the date it ends, in a small buffer of
// the jurisdiction at hand (campuses come jurisdiction by jurisdiction),
// whose non-zero entries become the jurisdiction's changes when the next
// jurisdiction starts. No other range has campuses in the range's
// jurisdictions.
func sweepRange(h *History, qs []Query, lo, hi int) seriesPart {
	nd := len(qs)
	part := seriesPart{kinds: make([]Tally, nd*kindCount), totals: make([]cells, nd), deltas: make([][][]leafDelta, nd)}
	kinds := part.kinds
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
	// at(off) is the first date index j with dates[j] on or after the day
	// off days after dates[0] (nd when none): from a table by day when the
	// dates span at most seriesDayTable days, else by binary search.
	span := dates[0].DaysUntil(dates[nd-1])
	var byDay []int32
	if span < seriesDayTable {
		byDay = make([]int32, span+1)
		for j, i := 0, 0; i <= span; i++ {
			if dates[0].DaysUntil(dates[j]) < i {
				j++
			}
			byDay[i] = int32(j)
		}
	}
	at := func(off int) int {
		switch {
		case off <= 0:
			return 0
		case off > span:
			return nd
		case byDay != nil:
			return int(byDay[off])
		}
		j, _ := slices.BinarySearchFunc(dates, off, func(d civil.Date, off int) int { return cmp.Compare(dates[0].DaysUntil(d), off) })
		return j
	}
	// forced[j] is the first date index after j at which the plan or the
	// current jurisdiction's level differs from the date before (nd when
	// none): every campus's status is decided again there.
	forced := make([]int, nd)
	local := make([]cells, nd)             // the current jurisdiction's changes by date
	levels := make([]prevention.Level, nd) // the current jurisdiction's level by date
	dirty := make([]uint8, nd)             // bit ck: local[j][ck] changed
	flush := func(node int) {
		for j, m := range dirty {
			for ck := range local[j] {
				if m&(1<<ck) == 0 {
					continue
				}
				for st := 1; st < statusCount; st++ {
					part.change(j, node, ck*statusCount+st, local[j][ck].n[st])
				}
				local[j][ck] = Tally{}
			}
			dirty[j] = 0
		}
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
			next := nd
			for j := nd - 1; j >= 0; j-- {
				forced[j] = next
				if j > 0 && (plans[j] != plans[j-1] || levels[j] != levels[j-1]) {
					next = j
				}
			}
		}
		ins := h.of(i)
		ck, kind := cellIndex(c.Kind.Group(), c.License), int(c.Kind)
		next := 0 // ins[:next] are on or before the date
		lastK, lastPlan, lastLvl, counted := -2, (*plan)(nil), prevention.Level(0), Status(0)
		// Only the dates at which something may change are visited: the
		// first, an inspection's arrival, its leaving the window, a change of
		// plan or level; between two of them the status stays.
		for j, nj := 0, 0; j < nd; j = nj {
			d := dates[j]
			for next < len(ins) && !ins[next].Date.After(d) {
				next++
			}
			k := next - 1
			if k >= 0 && window > 0 && ins[k].Date.DaysUntil(d) > window {
				k = -1
			}
			nj = forced[j]
			if next < len(ins) {
				nj = min(nj, at(dates[0].DaysUntil(ins[next].Date)))
			}
			if k >= 0 && window > 0 {
				// It leaves the window on the first date more than window
				// days after it.
				if off := dates[0].DaysUntil(ins[k].Date); window < span-off {
					nj = min(nj, at(off+window+1))
				}
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
			cell, kt, tt := &local[j][ck], &kinds[j*kindCount+kind], &part.totals[j][ck]
			if counted != 0 {
				cell.n[counted]--
				kt.n[counted]--
				tt.n[counted]--
			}
			cell.n[st]++
			kt.n[st]++
			tt.n[st]++
			dirty[j] |= 1 << ck
			counted = st
		}
	}
	if node >= 0 {
		flush(node)
	}
	for j := 1; j < nd; j++ { // kinds and totals: running sums over the dates
		for k := range kindCount {
			p, c := &kinds[(j-1)*kindCount+k], &kinds[j*kindCount+k]
			for st := range c.n {
				c.n[st] += p.n[st]
			}
		}
		addCells(&part.totals[j], &part.totals[j-1])
	}
	return part
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
// the version measured against). The first call for a date builds its
// rolled-up jurisdiction cells (about the cost of copying them, when an
// earlier date is built; at most a roll-up of the tree); later calls return
// the same *Summary. Its drill-down evaluates the campuses it reads when
// asked. false when d is not a date of the series.
func (s *Series) At(d civil.Date) (*Summary, bool) {
	if s == nil {
		return nil, false
	}
	j, ok := slices.BinarySearchFunc(s.dates, d, civil.Date.Compare)
	if !ok {
		return nil, false
	}
	s.cellsAt(j)
	return s.sums[j], true
}
