package compliance

import (
	"github.com/campussec/campussec/internal/errbound"
)

// problems collects the problems of one requirement (see errbound.Item: the
// first few are built, the rest only counted). The checks write
//
//	if bad && p.Want() {
//		p.Keep(fmt.Errorf(...))
//	}
type problems struct {
	errbound.Item
	// quietKinds drops the problems about an invalid rule kind, basis or
	// step rounding, which LoadStandard's conversion has already reported
	// with their text.
	quietKinds bool
}

// newProblems returns the problems of one requirement that will be added to
// l; a nil l means problems whose first ones are all built.
func newProblems(l *errbound.List) problems { return problems{Item: l.Item()} }

// wantKind is Want for a problem about an invalid rule kind, basis or step
// rounding: false, and not counted, when quietKinds is set.
func (p *problems) wantKind() bool { return !p.quietKinds && p.Want() }

// requirementName names a requirement in errors: `requirement "guards"`, its
// ID quoted by errbound.Quote (at most 64 bytes of it, elided), so that an
// error about a requirement with a huge ID stays short.
func requirementName(id string) string { return "requirement " + errbound.Quote(id) }

// addRequirement adds the problems p of the requirement with the given ID to
// l, each prefixed with the requirement's name, then one errbound.More
// counting those not built. When l is full they are only counted.
func addRequirement(l *errbound.List, id string, p *problems) {
	if p.Len() > 0 {
		l.AddItem(&p.Item, requirementName(id), true)
	}
}

// addRequirementErrs adds errs, problems of the requirement with the given
// ID (an errbound.More among them standing for the problems it counts), to l
// as addRequirement does.
func addRequirementErrs(l *errbound.List, id string, errs []error) {
	p := newProblems(l)
	for _, err := range errs {
		if m, ok := err.(*errbound.More); ok {
			p.Count(m.N)
		} else if p.Want() {
			p.Keep(err)
		}
	}
	addRequirement(l, id, &p)
}
