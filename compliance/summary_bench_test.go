package compliance

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/prevention"
)

// BenchmarkSummaryCore measures the tallying and roll-up alone (statuses
// precomputed), to separate it from evaluation cost in BenchmarkSummarize.
func BenchmarkSummaryCore(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	tree := synthTree(b, 2, 10, 20) // 2 + 20 + 400 + 800 jurisdictions
	reg := synthRegister(b, rng, tree, 10000)
	st := randomStatuses(rng, reg.Len())
	statusOf := func(i int) Status { return st[i] }
	h, err := NewHistory(reg, nil)
	if err != nil {
		b.Fatal(err)
	}
	q := testMetaQuery(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := newSummary(h, q, statusOf); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(reg.Len()), "ns/campus")
}

// BenchmarkSummarize measures a whole summary of a synthetic register of
// 10,000 campuses under 1,222 jurisdictions, 0–3 inspections each.
func BenchmarkSummarize(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	tree := synthTree(b, 2, 10, 20)
	reg := synthRegister(b, rng, tree, 10000)
	h := synthHistory(b, rng, reg)
	q := MustQuery(QuerySpec{Standard: benchStandard(b), AsOf: civil.MustParseDate("2012-02-14"), PreventionLevel: prevention.Normal, Window: 365})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Summarize(h, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(reg.Len()), "ns/campus")
}

// benchStandard is figStandard without scopes (every campus in scope), as the
// benchmark measured before OutOfScope existed, so that its figures stay
// comparable across versions.
func benchStandard(b *testing.B) Standard {
	return MustStandard(Standard{
		ID: "fig-std", Title: "图表测试标准", Version: "1", Effective: civil.MustParseDate("2010-05-01"),
		Requirements: []Requirement{
			{ID: "guardroom", Title: "门卫室24小时值守", Rule: Rule{RuleKind: RuleFact, Indicator: GuardroomStaffed24h}},
			{ID: "video_days", Title: "视频保存天数", Rule: Rule{RuleKind: RuleCountAtLeast, Indicator: VideoRetentionDays, Min: 30}},
		},
	})
}
