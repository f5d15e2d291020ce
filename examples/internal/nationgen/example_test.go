package nationgen_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/campussec/campussec/hierarchy"
)

// ExampleGenerate builds a small region at the national density and summarises it with the library.
func ExampleGenerate() {
	d, err := nationgen.Generate(nationgen.Config{Campuses: 2000, Seed: 2012, Townships: nationgen.ProportionalTownships(2000)})
	if err != nil {
		fmt.Println(err)
		return
	}
	tree, err := hierarchy.NewTree(d.Jurisdictions...)
	if err != nil {
		fmt.Println(err)
		return
	}
	reg, err := campus.NewRegister(tree, d.Schools, d.Campuses)
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := compliance.NewHistory(reg, d.Inspections)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := compliance.Summarize(h, d.Query)
	if err != nil {
		fmt.Println(err)
		return
	}
	t, _ := s.Tally(compliance.AllCampuses())
	fmt.Println(len(d.Standard.Requirements), "requirements;", reg.Len(), "campuses;",
		t.Count(compliance.Compliant)+t.Count(compliance.NonCompliant)+t.Count(compliance.Incomplete)+t.Count(compliance.Unassessed) == int64(reg.Len()))
	// Output:
	// 20 requirements; 2000 campuses; true
}
