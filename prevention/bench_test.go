package prevention_test

import (
	"fmt"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
)

// BenchmarkInForceLevel measures the per-campus cost of a query under a schedule: one InForce.Level of a
// township code, in a tree of 2 cities × 10 counties × 20 townships with 40 changes.
func BenchmarkInForceLevel(b *testing.B) {
	var js []hierarchy.Jurisdiction
	var towns []hierarchy.Code
	for r := range 2 {
		city := fmt.Sprintf("32%02d00", 5+r)
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(city), Name: "市"})
		for c := range 10 {
			county := fmt.Sprintf("32%02d%02d", 5+r, c+1)
			js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(county), Name: "县"})
			for w := range 20 {
				t := hierarchy.MustParseCode(fmt.Sprintf("%s%03d", county, w+1))
				js = append(js, hierarchy.Jurisdiction{Code: t, Name: "镇"})
				towns = append(towns, t)
			}
		}
	}
	tree, err := hierarchy.NewTree(js...)
	if err != nil {
		b.Fatal(err)
	}
	changes := []prevention.Change{{Effective: civil.MustParseDate("2010-01-01"), Level: prevention.Normal, Notice: "常态"}}
	for i := range 40 {
		changes = append(changes, prevention.Change{Jurisdiction: js[(i*7)%len(js)].Code, Effective: civil.MustParseDate("2010-03-24"),
			Level: prevention.Level(1 + i%3), Notice: "提升"})
	}
	f, err := prevention.MustSchedule(tree, changes...).On(civil.MustParseDate("2012-02-14"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = f.Level(towns[i%len(towns)])
		i++
	}
}
