package incident

import (
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/hierarchy"
)

// BenchmarkSummarize counts 100,000 incidents over 2,000 campuses in one period and rolls them up: the
// cost is per jurisdiction, campus and incident in the period, and the allocations per jurisdiction.
func BenchmarkSummarize(b *testing.B) {
	r := rand.New(rand.NewPCG(17, 9))
	tree := testTree(b)
	reg := testRegister(b, r, tree, 2000)
	log, err := NewLog(reg, randomIncidents(r, reg, 100_000))
	if err != nil {
		b.Fatal(err)
	}
	p := MustParsePeriod("2010-06-01/2011-05-31")
	b.ReportAllocs()
	for b.Loop() {
		s, err := log.Summarize(p, DefaultPolicy())
		if err != nil {
			b.Fatal(err)
		}
		if t, _ := s.Tally(hierarchy.Code{}); t.Total() == 0 {
			b.Fatal("nothing counted")
		}
	}
}

// BenchmarkNewLog validates and indexes 100,000 incidents.
func BenchmarkNewLog(b *testing.B) {
	r := rand.New(rand.NewPCG(17, 10))
	tree := testTree(b)
	reg := testRegister(b, r, tree, 2000)
	incs := randomIncidents(r, reg, 100_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewLog(reg, incs); err != nil {
			b.Fatal(err)
		}
	}
}
