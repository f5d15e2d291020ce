package tabular_test

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/tabular"
)

// exRefCampuses is a campuses file as a platform keeps it: no id column, each campus keyed by the
// platform's own record number (ref) and its school named by its 学校标识码.
const exRefCampuses = "ref,school,name,kind,license,locale,jurisdiction,main,boarding,students,staff\n" +
	"C-001,2132000001,东街小学,primary,licensed,main_urban,321402001,true,false,600,40\n" +
	"C-002,2132000001,东街小学西校区,primary,licensed,main_urban,321402001,false,false,300,20\n"

// A campuses file keyed by the platform's own keys: each campus's ID is derived from its ref
// (campus.CampusID), and a school column that is not a UUID is a ref resolved by campus.SchoolID, so the
// schools file can be keyed by 学校标识码 too. Every system derives the same IDs from the same keys.
func ExampleReadCampuses_refs() {
	school, _ := campus.SchoolID("2132000001")
	fmt.Println("school 2132000001:", school)
	r := tabular.ReadCampuses(strings.NewReader(exRefCampuses), tabular.CSV)
	for r.Next() {
		c := r.Value()
		fmt.Println(c.Ref, c.ID, c.Name, c.School == school)
	}
	if err := r.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// school 2132000001: e68d6642-a6f8-56c7-b3ef-5588c3e31d69
	// C-001 db93e1ac-9226-5036-bf66-53fa8b73f92c 东街小学 true
	// C-002 09dc5f23-b8d2-55ab-846b-908629104add 东街小学西校区 true
}
