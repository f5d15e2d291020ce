package campus_test

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/campus"
)

// Counts JSON with a key the format does not define is rejected, not silently dropped.
func ExampleCounts_UnmarshalJSON() {
	var n campus.CampusCounts
	err := json.Unmarshal([]byte(`{"total":0,"kinds":{"primary":5},"unknown_kind":7}`), &n)
	fmt.Println(err)
	// Output:
	// campus: invalid counts: unknown key "kinds"
}
