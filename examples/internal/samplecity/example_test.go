package samplecity_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
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

func ExampleCity_Schedule() {
	city, err := samplecity.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := city.Schedule()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range []string{"2010-03-23", "2010-03-24", "2012-02-14", "2012-09-01"} {
		c, _ := s.At(city.Code, civil.MustParseDate(d))
		fmt.Println(d, c.Level)
	}
	// Output:
	// 2010-03-23 normal
	// 2010-03-24 heightened
	// 2012-02-14 heightened
	// 2012-09-01 normal
}
