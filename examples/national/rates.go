package main

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/rate"
)

// targetRates computes the national 4个100% rates (compliance/catalog.FourHundredRates) as of the summary's
// date under each of the three published target scopes, timing each scope as a phase, and returns them
// formatted at both levels, each labelled with its unit: compliant campuses over every campus of the target's
// population (incomplete and unassessed ones stay in the denominator), and schools meeting the target (every
// campus of them in the population) over every school with a campus in the population — the unit of the
// published national figures; one decimal, half-even.
func targetRates(hist *compliance.History, q compliance.Query, m *meter) (string, error) {
	var b strings.Builder
	for _, scope := range catalog.TargetScopes() {
		m.begin()
		res, err := catalog.FourHundredRates(hist, catalog.RatesQuery{Scope: scope, AsOf: q.Spec().AsOf, Window: q.Spec().Window})
		if err != nil {
			return "", err
		}
		m.end("4个100% scope " + scope.Name)
		fmt.Fprintf(&b, "\n4个100%% as of %s, scope %s (compliant / every campus or school of the population, 1 decimal, half-even)\n", q.Spec().AsOf, scope.Name)
		for _, r := range res.Rates {
			fmt.Fprintf(&b, "  %s campuses %8d / %8d = %7s   schools %8d / %8d = %7s   population: %s\n", pad(r.Target.Name(rate.Chinese), 34),
				r.Tally.Count(compliance.Compliant), r.Tally.InScope(), percent(r.Rate()),
				r.Schools.Count(compliance.Compliant), r.Schools.InScope(), percent(r.SchoolRate()), r.Population)
		}
	}
	return b.String(), nil
}
