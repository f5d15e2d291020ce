package samplecity_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/examples/internal/samplecity"
)

func ExampleBuild() {
	city, err := samplecity.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	n := city.Register.CampusCounts()
	fmt.Println(city.Tree.Len(), "jurisdictions,", city.Register.NumSchools(), "schools,", n.Total(), "campuses")
	fmt.Println(n.Group(campus.GroupSchool), "+", n.Group(campus.GroupPreschool), "=",
		n.License(campus.Licensed), "+", n.License(campus.Unlicensed))
	// Output:
	// 113 jurisdictions, 1749 schools, 1935 campuses
	// 800 + 1135 = 1396 + 539
}
