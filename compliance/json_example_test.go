package compliance_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/compliance"
)

// A tally's JSON is read strictly: a second spelling of a key cannot replace a count, and an absent count
// is not a zero.
func ExampleTally_UnmarshalJSON() {
	for _, in := range []string{
		`{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0}`,
		`{"total":1,"compliant":1,"non_compliant":0,"incomplete":0,"unassessed":0,"Compliant":0}`,
		`{"total":1,"compliant":1,"non_compliant":0,"incomplete":0}`,
	} {
		var t compliance.Tally
		err := json.Unmarshal([]byte(in), &t)
		fmt.Println(t.Count(compliance.Compliant), errors.Is(err, compliance.ErrInvalidTally), err)
	}
	// Output:
	// 1 false <nil>
	// 0 true compliance: invalid tally: unknown key "Compliant" (keys are matched exactly: the key is "compliant")
	// 0 true compliance: invalid tally: missing required key "unassessed"
}

// A standard whose rule lacks its minimum, or spells a key in another case, is rejected.
func ExampleLoadStandard_strict() {
	const head = `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-02-14","requirements":[`
	for _, rule := range []string{
		`{"kind":"count_at_least","indicator":"full_time_guards"}`,
		`{"kind":"count_at_least","indicator":"full_time_guards","min":2,"MIN":0}`,
	} {
		_, err := compliance.LoadStandard([]byte(head + `{"id":"guards","title":"t","rule":` + rule + `}]}`))
		fmt.Println(err)
	}
	// Output:
	// compliance: standard "s": requirement "guards": rule.min: missing: a count_at_least rule needs "min"
	// compliance: standard: requirements[0] (id "guards").rule: invalid JSON: unknown key "MIN" (keys are matched exactly: the key is "min")
}
