package compliance

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snapshot renders everything a caller can read from a tree, register, history, standard and summary into
// one string, so that two readings can be compared whole.
func snapshot(t *testing.T, tree *hierarchy.Tree, reg *campus.Register, h *History, std Standard, s *Summary,
	q Query) string {
	var b []byte
	add := func(format string, args ...any) { b = fmt.Appendf(b, format, args...) }
	for j := range tree.All() {
		add("%s %v %v %d|", j.Code, tree.Children(j.Code), tree.Ancestors(j.Code), len(tree.Descendants(j.Code)))
		tl, _ := s.Jurisdiction(j.Code)
		add("%v %v|", tl, reg.In(j.Code))
		for _, st := range Values[Status]() {
			add("%v|", s.Campuses(j.Code, 0, 0, st))
		}
		f, err := s.Figure(ComplianceMeasure, j.Code, campus.GroupSchool, campus.Licensed, rate.Precision{Places: 1, Rounding: rate.HalfEven})
		add("%v %v %s|", f, err, f.Format(rate.Chinese))
	}
	for i, c := range reg.Campuses() {
		in, ok := h.Latest(i, q.AsOf, q.Window)
		res, _, _ := h.Evaluate(i, q)
		add("%v %v %v %v %v %v|", c.ID, h.Status(i, q), s.Status(i), in.ID, ok, res)
	}
	js, err := json.Marshal(std)
	assert.NoError(t, err) // not require: snapshot runs in goroutines
	add("%s %v %v|", js, reg.CampusCounts(), reg.CampusCountsByJurisdiction())
	for k, tl := range s.ByKind() {
		add("%s %v|", k, tl)
	}
	return string(b)
}

// TestReliabilityConcurrentReaders builds a tree, register, history, standard and summary once, then from
// many goroutines at once summarises again, derives findings, evaluates and reads every figure (run with
// -race): all are immutable after construction, so every goroutine sees exactly the single-threaded answers.
func TestReliabilityConcurrentReaders(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	std := propStandard(t)
	w := newPropWorld(t, r, 300)
	reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
	require.NoError(t, err)
	h, err := NewHistory(reg, w.insp)
	require.NoError(t, err)
	q := Query{Standard: std, AsOf: propAsOf, Level: Normal, Window: 180}
	s, err := Summarize(reg, h, q)
	require.NoError(t, err)
	want := snapshot(t, w.tree, reg, h, std, s, q)
	wantFigures := figures(s, w.tree)
	fs, err := DeriveFindings(h, std, Normal, DeadlinePolicy{Days: 30})
	require.NoError(t, err)
	wantFindings := fmt.Sprint(fs.Overdue(propAsOf), fs.Tally(propAsOf))

	const goroutines = 16
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each goroutine also summarises on its own, with the shared inputs.
			mine, err := Summarize(reg, h, q)
			if !assert.NoError(t, err) {
				return
			}
			assert.Equal(t, wantFigures, figures(mine, w.tree), "goroutine %d: its own summary", g)
			assert.Equal(t, want, snapshot(t, w.tree, reg, h, std, s, q), "goroutine %d: the shared summary", g)
			f, err := DeriveFindings(h, std, Normal, DeadlinePolicy{Days: 30})
			if assert.NoError(t, err) {
				assert.Equal(t, wantFindings, fmt.Sprint(f.Overdue(propAsOf), f.Tally(propAsOf)), "goroutine %d", g)
			}
			cmp, err := Compare(s, mine)
			if assert.NoError(t, err) {
				ch, ok := cmp.Cell(hierarchy.Code{}, 0, 0, ComplianceMeasure)
				assert.True(t, ok)
				p, ok := ch.Points(rate.Precision{Places: 1, Rounding: rate.HalfEven})
				assert.True(t, ok)
				assert.True(t, p.IsZero(), "goroutine %d: no change against itself", g)
			}
			for i := range reg.Len() {
				c := reg.At(i)
				in, ok := h.Latest(i, q.AsOf, q.Window)
				if ok {
					assert.Equal(t, Evaluate(std, c, in.Measurements, Normal).Status,
						StatusOf(std, c, in.Measurements, Normal))
				}
			}
		}()
	}
	wg.Wait()
	// Nothing changed underneath.
	assert.Equal(t, want, snapshot(t, w.tree, reg, h, std, s, q))
}
