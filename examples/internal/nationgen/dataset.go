package nationgen

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
)

// Dataset is a generated country (or region): its jurisdictions, schools, campuses and inspections, and the
// standard and date to summarise them by. The slices are the inputs of hierarchy.NewTree, campus.NewRegister
// and compliance.NewHistory; the library copies or indexes what it keeps.
type Dataset struct {
	// Jurisdictions is the tree: provinces, prefecture-level units, county-level units and townships, in
	// ascending code order.
	Jurisdictions []hierarchy.Jurisdiction
	// Townships are the tree's townships in code order with their GB/T 10114 class.
	Townships []Township
	// Counties are the county-level units (and county-less prefectures such as 东莞) with their teams.
	Counties []County
	// Schools and Campuses are the register's input; every school has one main campus and some have branches.
	Schools  []campus.School
	Campuses []campus.Campus
	// Inspections are Rounds per inspected campus, between From and To.
	Inspections []compliance.Inspection
	// Standard is the 20-requirement standard the campuses are measured against (see StandardJSON).
	Standard compliance.Standard
	// Query is what Summarize is asked: the standard, as of AsOf, at the normal prevention level, no window.
	Query compliance.Query
}

// ErrConfig reports a Config that cannot be generated.
var ErrConfig = errors.New("nationgen: invalid config")

// Generate builds the dataset cfg describes. It is deterministic: the same cfg gives the same data.
func Generate(cfg Config) (*Dataset, error) {
	if cfg.Campuses < 1 {
		return nil, fmt.Errorf("%w: campuses must be at least 1, got %d", ErrConfig, cfg.Campuses)
	}
	if cfg.Townships < 0 {
		return nil, fmt.Errorf("%w: townships must not be negative, got %d", ErrConfig, cfg.Townships)
	}
	std, err := LoadStandard()
	if err != nil {
		return nil, err
	}
	tb := buildTree(rand.New(rand.NewPCG(cfg.Seed, streamTree)))
	tb.prefix(cfg.Townships)

	cg := newCampusGen(rand.New(rand.NewPCG(cfg.Seed, streamCampuses)), tb.townships, tb.counties)
	cg.generate(cfg.Campuses)

	// The team of a campus is its county's; campuses are looked up by township code.
	townshipIndex := make(map[hierarchy.Code]int, len(tb.townships))
	for i, t := range tb.townships {
		townshipIndex[t.Code] = i
	}
	teamOf := func(c campus.Campus) string {
		return tb.counties[tb.townships[townshipIndex[c.Jurisdiction]].County].Team
	}
	ig := newInspectionGen(rand.New(rand.NewPCG(cfg.Seed, streamInspections)), teamOf)
	inspections := make([]compliance.Inspection, 0, len(cg.campuses)*Rounds)
	for _, c := range cg.campuses {
		inspections = ig.inspect(inspections, c)
	}
	return &Dataset{
		Jurisdictions: tb.js,
		Townships:     tb.townships,
		Counties:      tb.counties,
		Schools:       cg.schools,
		Campuses:      cg.campuses,
		Inspections:   inspections,
		Standard:      std,
		Query:         compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: AsOf, PreventionLevel: prevention.Normal}),
	}, nil
}
