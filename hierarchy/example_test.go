package hierarchy_test

import (
	"fmt"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
)

func ExampleParseCode() {
	for _, s := range []string{"320500000000", "320505", "441900003", "429004", "3205x"} {
		c, err := hierarchy.ParseCode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		p, _ := c.Parent()
		fmt.Println(c, c.Level(), c.Level().Name(rate.Chinese), "parent", p)
	}
	// Output:
	// 320500 prefecture 地级 parent 320000
	// 320505 county 县级 parent 320500
	// 441900003 township 乡级 parent 441900
	// 429004 county 县级 parent 429000
	// hierarchy: invalid code "3205x": length 5, want 6, 9 or 12 digits
}

func ExampleNewTree() {
	c := hierarchy.MustParseCode
	t, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: c("320506"), Name: "吴中区"},
		hierarchy.Jurisdiction{Code: c("320500"), Name: "苏州市"},
		hierarchy.Jurisdiction{Code: c("320505"), Name: "虎丘区"},
		hierarchy.Jurisdiction{Code: c("320505001"), Name: "狮山街道"},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for j := range t.All() {
		for range t.Ancestors(j.Code) {
			fmt.Print("  ")
		}
		fmt.Println(j.Code, j.Name)
	}

	_, err = hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: c("320500"), Name: "苏州市"},
		hierarchy.Jurisdiction{Code: c("320505001"), Name: "狮山街道"},
		hierarchy.Jurisdiction{Code: c("320506"), Name: ""},
	)
	fmt.Println(err)
	// Output:
	// 320500 苏州市
	//   320505 虎丘区
	//     320505001 狮山街道
	//   320506 吴中区
	// hierarchy: empty name: jurisdiction 320506
	// hierarchy: missing parent: 320505001 "狮山街道" has no parent 320505 in the tree, but its ancestor 320500 is there
}

func ExampleRollUp() {
	c := hierarchy.MustParseCode
	t, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: c("320500"), Name: "苏州市"},
		hierarchy.Jurisdiction{Code: c("320505"), Name: "虎丘区"},
		hierarchy.Jurisdiction{Code: c("320505001"), Name: "狮山街道"},
		hierarchy.Jurisdiction{Code: c("320506"), Name: "吴中区"},
	)
	// Campuses counted where they are registered; the roll-up gives every level its total.
	campuses := []hierarchy.Entry[int]{
		{Code: c("320505001"), Value: 12},
		{Code: c("320505"), Value: 3},
		{Code: c("320506"), Value: 20},
		{Code: c("320505001"), Value: 1},
	}
	r, err := hierarchy.RollUp(t, campuses, func(a, b int) int { return a + b })
	if err != nil {
		fmt.Println(err)
		return
	}
	for j, n := range r.All() {
		fmt.Println(j.Code, j.Name, n)
	}
	_, err = hierarchy.RollUp(t, []hierarchy.Entry[int]{{Code: c("320507"), Value: 1}}, func(a, b int) int { return a + b })
	fmt.Println(err)
	// Output:
	// 320500 苏州市 36
	// 320505 虎丘区 16
	// 320505001 狮山街道 13
	// 320506 吴中区 20
	// hierarchy: unknown code: entry #0 has code "320507", not in the tree
}

func ExampleCheckCoverage() {
	c := hierarchy.MustParseCode
	t, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: c("320500"), Name: "苏州市"},
		hierarchy.Jurisdiction{Code: c("320505"), Name: "虎丘区"},
		hierarchy.Jurisdiction{Code: c("320505001"), Name: "狮山街道"},
		hierarchy.Jurisdiction{Code: c("320505002"), Name: "枫桥街道"},
		hierarchy.Jurisdiction{Code: c("320506"), Name: "吴中区"},
		hierarchy.Jurisdiction{Code: c("320507"), Name: "相城区"},
		hierarchy.Jurisdiction{Code: c("320508"), Name: "姑苏区"},
	)
	// 分片包干: each team takes areas; every jurisdiction must be covered, none twice by accident.
	cov, err := hierarchy.CheckCoverage(t, c("320500"), []hierarchy.Assignment{
		{Team: "一组", Areas: []hierarchy.Code{c("320505001"), c("320506")}},
		{Team: "二组", Areas: []hierarchy.Code{c("320506"), c("320508")}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range cov.Gaps {
		fmt.Println("gap:", g.Code, g.Name)
	}
	for _, o := range cov.Overlaps {
		fmt.Println("overlap:", o.Jurisdiction.Code, o.Jurisdiction.Name, o.Teams)
	}
	// Output:
	// gap: 320505002 枫桥街道
	// gap: 320507 相城区
	// overlap: 320506 吴中区 [一组 二组]
}

// ExampleParseLabel: ParseLevel reads the stable id only; the Chinese label is read by ParseLabel, the
// package's one function for labels.
func ExampleParseLabel() {
	l, err := hierarchy.ParseLabel[hierarchy.Level]("县级")
	fmt.Println(l, l.Name(rate.English), err)
	_, err = hierarchy.ParseLevel("县级")
	fmt.Println(err)
	// Output:
	// county county level <nil>
	// hierarchy: invalid level "县级"
}

func ExampleValues() {
	for _, l := range hierarchy.Values[hierarchy.Level]() {
		fmt.Println(l, l.Name(rate.Chinese), l.Name(rate.English))
	}
	// Output:
	// province 省级 province level
	// prefecture 地级 prefecture level
	// county 县级 county level
	// township 乡级 township level
	// community 村级 village level
}
