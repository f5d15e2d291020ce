// Command cityreport prints the sample city's campus-security report, reproducing the figures of a 2012
// Jiangsu city report end to end with the campussec library.
//
// This early version prints the sample city's jurisdiction tree (属地管理) and the coverage check of its
// inspection teams' areas (分片包干).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/hierarchy"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "cityreport:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	city, err := samplecity.Build()
	if err != nil {
		return err
	}
	counts, err := campusCounts(city)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "辖区树 (属地管理): 区划代码 名称 校园数")
	for j := range city.Tree.Walk(city.Code) {
		n, _ := counts.Get(j.Code)
		fmt.Fprintf(w, "%*s%s %s %d\n", 2*(int(j.Code.Level())-2), "", j.Code, j.Name, n)
	}
	cov, err := city.Coverage()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n分片包干覆盖检查 (%s):\n", cov.Scope)
	for _, g := range cov.Gaps {
		fmt.Fprintf(w, "  空白: %s %s\n", g.Code, g.Name)
	}
	for _, o := range cov.Overlaps {
		fmt.Fprintf(w, "  重叠: %s %s %v\n", o.Jurisdiction.Code, o.Jurisdiction.Name, o.Teams)
	}
	return nil
}

// campusCounts rolls the number of campuses up the tree.
func campusCounts(city *samplecity.City) (hierarchy.Rollup[int], error) {
	entries := make([]hierarchy.Entry[int], len(city.Campuses))
	for i, c := range city.Campuses {
		entries[i] = hierarchy.Entry[int]{Code: c.Jurisdiction, Value: 1}
	}
	return hierarchy.RollUp(city.Tree, entries, func(a, b int) int { return a + b })
}
