package visit_test

import (
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/visit"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// Last term's visits (分片包干、不留死角): which campuses each team inspected, and which none did.
func ExampleBetween() {
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "示例区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "东街道"})
	if err != nil {
		panic(err)
	}
	id := func(s string) uuid.UUID { return uuid.NewSHA1(uuid.NameSpaceURL, []byte("example:"+s)) }
	street := hierarchy.MustParseCode("320505001")
	reg, err := campus.NewRegister(tree, []campus.School{{ID: id("school"), Name: "实验小学"}, {ID: id("kg"), Name: "阳光幼儿园"}},
		[]campus.Campus{
			{ID: id("main"), School: id("school"), Name: "实验小学本部", Kind: campus.Primary, Main: true,
				License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 1200, Staff: 80},
			{ID: id("east"), School: id("school"), Name: "实验小学东校区", Kind: campus.Primary,
				License: campus.Licensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 300, Staff: 20},
			{ID: id("kg-main"), School: id("kg"), Name: "阳光幼儿园", Kind: campus.Kindergarten, Main: true,
				License: campus.Unlicensed, Locale: campus.LocaleMainUrban, Jurisdiction: street, Students: 90, Staff: 9},
		})
	if err != nil {
		panic(err)
	}
	inspect := func(c, date, team string) compliance.Inspection {
		return compliance.Inspection{ID: id(c + date), Campus: id(c), Date: civil.MustParseDate(date), Team: team}
	}
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		inspect("main", "2011-10-12", "一组"), inspect("main", "2012-01-10", "二组"),
		inspect("east", "2011-06-30", "一组"), // before the term
	})
	if err != nil {
		panic(err)
	}
	term, err := visit.Between(h, civil.MustParseDate("2011-09-01"), civil.MustParseDate("2012-01-31"))
	if err != nil {
		panic(err)
	}
	for _, t := range term.Teams {
		fmt.Print(t.Name, ":")
		for _, c := range t.Campuses {
			fmt.Print(" ", c.Name)
		}
		fmt.Println()
	}
	for _, c := range term.Unvisited {
		fmt.Println("not visited:", c.Name)
	}
	// Output:
	// 一组: 实验小学本部
	// 二组: 实验小学本部
	// not visited: 实验小学东校区
	// not visited: 阳光幼儿园
}
