package hierarchy

import (
	"fmt"
	"testing"
)

// benchTree is a national-scale tree: 31 provinces, each 10 prefectures of 10 counties of 14
// townships, about 45,000 jurisdictions.
func benchTree(b *testing.B) *Tree {
	b.Helper()
	var js []Jurisdiction
	provinces := []int{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
		50, 51, 52, 53, 54, 61, 62, 63, 64, 65}
	for _, p := range provinces {
		js = append(js, Jurisdiction{MustParseCode(fmt.Sprintf("%02d0000", p)), "p"})
		for pr := 1; pr <= 10; pr++ {
			js = append(js, Jurisdiction{MustParseCode(fmt.Sprintf("%02d%02d00", p, pr)), "pr"})
			for co := 1; co <= 10; co++ {
				js = append(js, Jurisdiction{MustParseCode(fmt.Sprintf("%02d%02d%02d", p, pr, co)), "co"})
				for tw := 1; tw <= 14; tw++ {
					js = append(js, Jurisdiction{MustParseCode(fmt.Sprintf("%02d%02d%02d%03d", p, pr, co, tw)), "tw"})
				}
			}
		}
	}
	return mustTree(b, js...)
}

func BenchmarkNewTree(b *testing.B) {
	t := benchTree(b)
	js := make([]Jurisdiction, 0, t.Len())
	for j := range t.All() {
		js = append(js, j)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := NewTree(js...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRollUpIndexed(b *testing.B) {
	t := benchTree(b)
	own := make([]int, t.Len())
	for i := range own {
		own[i] = i % 7
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := RollUpIndexed(t, own, add); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRollUp(b *testing.B) {
	t := benchTree(b)
	entries := make([]Entry[int], 0, 520_000)
	for i := range 520_000 {
		entries = append(entries, Entry[int]{t.At(i % t.Len()).Code, 1})
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := RollUp(t, entries, add); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckCoverage(b *testing.B) {
	t := benchTree(b)
	// In 江苏 (1,541 jurisdictions): one team per county and one per even township, so gaps and
	// overlaps both occur.
	scope := MustParseCode("320000")
	var as []Assignment
	for j := range t.Walk(scope) {
		if l := j.Code.Level(); l == County || l == Township && j.Code.v/divTownship%2 == 0 {
			as = append(as, Assignment{Team: j.Code.String(), Areas: []Code{j.Code}})
		}
	}
	for b.Loop() {
		if _, err := CheckCoverage(t, scope, as); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCode(b *testing.B) {
	for b.Loop() {
		if _, err := ParseCode("320505001001"); err != nil {
			b.Fatal(err)
		}
	}
}
