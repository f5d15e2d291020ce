package tabular_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/campussec/campussec/tabular"
	"github.com/google/uuid"
)

// exIncidents is an incidents file: one at a campus, one in a town without a campus.
const exIncidents = "id,ref,date,campus,jurisdiction,category,severity,summary\n" +
	"9b3c1a52-0f6e-5b8e-9d41-2a6f0c7e5d10,示例-001,2010-05-12," + campusID + ",,public_order_case,general,校门口纠纷\n" +
	"4e8d2f61-7a3b-5c9d-8e12-6b5a4c3d2e1f,示例-002,2011-03-02,,321402001,safety_accident,larger,\n"

// Incidents read from a file (for incident.NewLog), written back unchanged.
func ExampleReadIncidents() {
	r := tabular.ReadIncidents(strings.NewReader(exIncidents), tabular.CSV)
	var out bytes.Buffer
	w := tabular.NewIncidentWriter(&out, tabular.CSV)
	for r.Next() {
		in := r.Value()
		fmt.Printf("%s %s %s %s at campus %t, jurisdiction %q\n", in.Ref, in.Date, in.Category, in.Severity, in.Campus != uuid.Nil, in.Jurisdiction)
		if err := w.Write(in); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(r.Err(), w.Flush(), out.String() == exIncidents)
	// Output:
	// 示例-001 2010-05-12 public_order_case general at campus true, jurisdiction ""
	// 示例-002 2011-03-02 safety_accident larger at campus false, jurisdiction "321402001"
	// <nil> <nil> true
}
