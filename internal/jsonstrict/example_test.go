package jsonstrict_test

import (
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

func ExampleCheck() {
	schema := &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "min", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Int}},
	}}
	for _, in := range []string{`{"min":5}`, `{"min":5,"MIN":0}`, `{"min":5,"min":0}`, `{}`, `{"min":5e0}`} {
		fmt.Println(in, "→", jsonstrict.Check([]byte(in), schema))
	}
	// Output:
	// {"min":5} → <nil>
	// {"min":5,"MIN":0} → unknown key "MIN" (keys are matched exactly: the key is "min")
	// {"min":5,"min":0} → key "min" given twice
	// {} → missing required key "min"
	// {"min":5e0} → min: number "5e0" is not an integer
}
