package compliance

import (
	"strconv"

	"github.com/campussec/campussec/internal/errbound"
)

// problems collects the problems of one requirement (see errbound.Item: the
// first few are built, the rest only counted), each a *StandardError naming
// the standard, the requirement and the field. The checks write
//
//	if bad && p.Want() {
//		p.keep("rule.min", fmt.Errorf(...))
//	}
type problems struct {
	errbound.Item
	std, req string // the standard's and the requirement's IDs
	index    int    // the requirement's position, naming it when req is empty; -1 when unknown
	// quietKinds drops the problems about an invalid rule kind, basis or
	// step rounding, which LoadStandard's conversion has already reported
	// with their text.
	quietKinds bool
}

// newProblems returns the problems of requirement req (at position index) of
// standard std that will be added to l; a nil l means problems whose first
// ones are all built.
func newProblems(l *errbound.List, std, req string, index int) problems {
	return problems{Item: l.Item(), std: std, req: req, index: index}
}

// keep keeps a problem that Want said to build, as a *StandardError about
// field (relative to the requirement) with cause err.
func (p *problems) keep(field string, err error) {
	if p.req == "" && p.index >= 0 {
		if field == "" {
			field = "requirements[" + strconv.Itoa(p.index) + "]"
		} else {
			field = "requirements[" + strconv.Itoa(p.index) + "]." + field
		}
	}
	p.Keep(&StandardError{Standard: p.std, Requirement: p.req, Field: field, Err: err})
}

// wantKind is Want for a problem about an invalid rule kind, basis or step
// rounding: false, and not counted, when quietKinds is set.
func (p *problems) wantKind() bool { return !p.quietKinds && p.Want() }

// requirementName names a requirement in errors: `requirement "guards"`, its
// ID quoted by errbound.Quote (at most 64 bytes of it, elided), so that an
// error about a requirement with a huge ID stays short.
func requirementName(id string) string { return "requirement " + errbound.Quote(id) }

// addRequirement adds the problems p of one requirement to l (each a
// *StandardError that names the requirement), then one errbound.More
// counting those not built. When l is full they are only counted.
func addRequirement(l *errbound.List, p *problems) {
	if p.Len() > 0 {
		l.AddItem(&p.Item, requirementName(p.req), false)
	}
}

// addRequirementErrs adds errs, problems of one requirement already built
// as *StandardErrors (an errbound.More among them standing for the problems
// it counts), to l as addRequirement does.
func addRequirementErrs(l *errbound.List, std, req string, errs []error) {
	p := newProblems(l, std, req, -1)
	for _, err := range errs {
		if m, ok := err.(*errbound.More); ok {
			p.Count(m.N)
		} else if p.Want() {
			p.Keep(err)
		}
	}
	addRequirement(l, &p)
}
