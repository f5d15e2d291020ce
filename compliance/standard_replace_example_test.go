package compliance_test

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/prevention"
)

// ExampleTailor_replace replaces a requirement by a documented variant — a
// city reads the guard step over pupils and staff together — and shows that a
// variant that would loosen (counting only completed 500s) is refused.
func ExampleTailor_replace() {
	base := compliance.MustStandard(compliance.Standard{
		ID: "norm", Title: "规范 (illustration)", Version: "1", Effective: civil.MustParseDate("2015-12-31"),
		Requirements: []compliance.Requirement{{ID: "guards", Title: "专职保安员",
			Rule: compliance.Rule{RuleKind: compliance.RuleCountScaled, Indicator: catalog.FullTimeGuards,
				Basis: compliance.BasisStudents, Bands: []compliance.Band{{From: 0, Min: 1}, {From: 100, Min: 2}},
				Step: compliance.Step{Above: 1000, Per: 500, Add: 1, Round: compliance.StepCeil}}}},
	})
	variant := base.Requirements[0]
	variant.Rule.Step.Basis = compliance.BasisHeadcount
	city, err := compliance.Tailor(base, compliance.Tailoring{ID: "city", Version: "2024",
		Replace: []compliance.Replacement{{Requirement: "guards", With: variant,
			Change: "step counted over pupils and staff", Reason: "示例市 reading (illustration)"}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := city.Requirement("guards")
	fmt.Printf("derived from %s; %s replaces %s: %s (%s)\n", city.DerivedFrom, r.ID, r.Variant.Of, r.Variant.Change, r.Variant.Reason)
	c := campus.Campus{Kind: campus.Primary, Students: 950, Staff: 80}
	m := compliance.MustMeasurements(compliance.ObserveCount(catalog.FullTimeGuards, 2))
	status := func(std compliance.Standard) compliance.Status {
		q := compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: std.Effective, PreventionLevel: prevention.Normal})
		return q.Evaluate(c, m).Status
	}
	fmt.Println("base:", status(base), "city:", status(city))

	looser := base.Requirements[0]
	looser.Rule.Step.Round = compliance.StepFloor
	_, err = compliance.Tailor(base, compliance.Tailoring{ID: "city", Version: "2024",
		Replace: []compliance.Replacement{{Requirement: "guards", With: looser, Change: "completed 500s", Reason: "x"}}})
	fmt.Println("floor refused:", errors.Is(err, compliance.ErrLoosening))
	// Output:
	// derived from norm@1; guards replaces guards: step counted over pupils and staff (示例市 reading (illustration))
	// base: compliant city: non_compliant
	// floor refused: true
}
