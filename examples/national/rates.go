package main

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
)

// targetRates computes the national 4个100% rates (compliance/catalog.FourHundredRates) as of the summary's
// date under each of the three published target scopes, timing each scope as a phase, and returns them
// formatted: compliant campuses over every campus of the target's population (incomplete and unassessed ones
// stay in the denominator), one decimal, half-even.
func targetRates(hist *compliance.History, q compliance.Query, m *meter) (string, error) {
	var b strings.Builder
	for _, scope := range catalog.TargetScopes() {
		m.begin()
		res, err := catalog.FourHundredRates(hist, catalog.RatesQuery{Scope: scope, AsOf: q.AsOf, Window: q.Window})
		if err != nil {
			return "", err
		}
		m.end("4个100% scope " + scope.Name)
		fmt.Fprintf(&b, "\n4个100%% as of %s, scope %s (compliant / every campus of the population, 1 decimal, half-even)\n", q.AsOf, scope.Name)
		for _, r := range res.Rates {
			fmt.Fprintf(&b, "  %s %8d / %8d = %7s   population: %s\n", pad(r.Target.Label(), 34),
				r.Tally.Compliant(), r.Tally.Total(), percent(r.Rate()), r.Population)
		}
	}
	return b.String(), nil
}
