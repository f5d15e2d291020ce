package compliance

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
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
		tl, _ := s.Tally(AllCampuses().In(j.Code))
		add("%v %v|", tl, reg.In(j.Code))
		for _, st := range Values[Status]() {
			add("%v|", assessmentsOf(s.Campuses(AllCampuses().In(j.Code), st)))
		}
		f, err := s.Figure(ComplianceMeasure, AllCampuses().In(j.Code).Group(campus.GroupSchool).License(campus.Licensed), rate.Precision{Places: 1, Rounding: rate.HalfEven})
		add("%v %v %s|", f, err, f.Format(rate.Chinese))
	}
	for i, c := range reg.Campuses() {
		k := h.latest(i, q.Spec().AsOf, q.Spec().Window)
		a, ok := h.Assess(q, c.ID)
		sa, sok := s.Assessment(c.ID)
		add("%v %v %v %v %v %v %v %v|", c.ID, h.status(i, q), s.status[i], k, a, ok, sa, sok)
	}
	js, err := json.Marshal(std)
	assert.NoError(t, err) // not require: snapshot runs in goroutines
	add("%s %v %v|", js, reg.CampusCounts(), reg.CampusCountsByJurisdiction())
	for _, k := range campus.Values[campus.Kind]() {
		tl, ok := s.Tally(AllCampuses().Kind(k))
		add("%s %v %v|", k, tl, ok)
	}
	return string(b)
}

// TestReliabilityConcurrentReaders builds a tree, register, history, standard and summary once, then from
// many goroutines at once summarises again, evaluates and reads every figure (run with
// -race): all are immutable after construction, so every goroutine sees exactly the single-threaded answers.
func TestReliabilityConcurrentReaders(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	std := propStandard(t)
	w := newPropWorld(t, r, 300)
	reg, err := campus.NewRegister(w.tree, w.schools, w.campuses)
	require.NoError(t, err)
	h, err := NewHistory(reg, w.insp)
	require.NoError(t, err)
	q := MustQuery(QuerySpec{Standard: std, AsOf: propAsOf, PreventionLevel: prevention.Normal, Window: 180})
	s, err := Summarize(h, q)
	require.NoError(t, err)
	want := snapshot(t, w.tree, reg, h, std, s, q)
	wantFigures := figures(s, w.tree)

	const goroutines = 16
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each goroutine also summarises on its own, with the shared inputs.
			mine, err := Summarize(h, q)
			if !assert.NoError(t, err) {
				return
			}
			assert.Equal(t, wantFigures, figures(mine, w.tree), "goroutine %d: its own summary", g)
			assert.Equal(t, want, snapshot(t, w.tree, reg, h, std, s, q), "goroutine %d: the shared summary", g)
			shared, ok1 := s.Tally(AllCampuses())
			own, ok2 := mine.Tally(AllCampuses())
			assert.True(t, ok1 && ok2)
			assert.Equal(t, shared, own, "goroutine %d: the same tally", g)
			for i := range reg.Len() {
				c := reg.At(i)
				if k := h.latest(i, q.Spec().AsOf, q.Spec().Window); k >= 0 {
					m := h.of(i)[k].Measurements
					assert.Equal(t, q.Evaluate(c, m).Status, q.status(&c, &m))
				}
			}
		}()
	}
	wg.Wait()
	// Nothing changed underneath.
	assert.Equal(t, want, snapshot(t, w.tree, reg, h, std, s, q))
}
