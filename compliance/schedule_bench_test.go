package compliance

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
)

// BenchmarkSummarizeSchedule is BenchmarkSummarize under a schedule: a
// whole-tree level and 40 changes of counties and townships, so that levels
// differ by place on the as-of date. The levels are resolved once per query;
// each campus costs a few map lookups, and nothing is allocated per campus.
func BenchmarkSummarizeSchedule(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	tree := synthTree(b, 2, 10, 20)
	reg := synthRegister(b, rng, tree, 10000)
	h := synthHistory(b, rng, reg)
	changes := []prevention.Change{{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"}}
	for i := range 40 {
		j := tree.At(rng.IntN(tree.Len())).Code
		changes = append(changes, prevention.Change{Jurisdiction: j, Effective: civil.MustParseDate("2010-03-24").AddDays(i),
			Level: prevention.Values[prevention.Level]()[rng.IntN(3)], Notice: "提升防范等级"})
	}
	sched := prevention.MustSchedule(tree, changes...)
	q := MustQuery(QuerySpec{Standard: benchStandard(b), AsOf: civil.MustParseDate("2012-02-14"), Schedule: sched, Window: 365})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Summarize(h, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(reg.Len()), "ns/campus")
}
