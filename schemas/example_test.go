package schemas_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/campussec/campussec/schemas"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Compile every v1 schema from FS (they refer to each other by $id) and validate a campus record: one as
// the library writes it, and one whose kind is a Chinese label instead of the stable id.
func ExampleFS() {
	const base = "https://github.com/campussec/campussec/schemas/v1/"
	c := jsonschema.NewCompiler()
	names, _ := fs.Glob(schemas.FS, "v1/*.schema.json")
	for _, name := range names {
		b, _ := schemas.FS.ReadFile(name)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			panic(err)
		}
		if err := c.AddResource(base+strings.TrimPrefix(name, "v1/"), doc); err != nil {
			panic(err)
		}
	}
	campus, err := c.Compile(base + "campus.schema.json")
	if err != nil {
		panic(err)
	}
	for _, kind := range []string{"primary", "小学"} {
		record := `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","school":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",
			"name":"实验小学","kind":"` + kind + `","license":"licensed","locale":"main_urban","jurisdiction":"320505",
			"main":true,"boarding":false,"students":600,"staff":45}`
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(record))
		fmt.Printf("kind %q valid: %v\n", kind, campus.Validate(inst) == nil)
	}
	// Output:
	// kind "primary" valid: true
	// kind "小学" valid: false
}
