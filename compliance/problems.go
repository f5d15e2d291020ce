package compliance

import (
	"fmt"

	"github.com/campussec/campussec/internal/errbound"
)

// problems collects the problems of one requirement. It builds the first
// errbound.MaxPerItem of them and only counts the rest, and builds none when
// the call's list is already full: a standard with a thousand faulty
// requirements allocates for the problems its error shows, not for every
// problem it has. The checks write
//
//	if p.want() {
//		p.add(fmt.Errorf(...))
//	}
//
// so that a problem that is only counted costs no message.
type problems struct {
	errs  []error
	n     int  // problems found, built or not
	build bool // false: count only
	// quietKinds drops the problems wrapping ErrUnknownRuleKind, which
	// LoadStandard's conversion has already reported with their text.
	quietKinds bool
}

// newProblems returns the problems of one requirement that will be added to
// l; a nil l means problems whose first ones are all built.
func newProblems(l *errbound.List) problems { return problems{build: l == nil || !l.Full()} }

// want counts one problem and reports whether to build it and pass it to add.
func (p *problems) want() bool {
	p.n++
	return p.build && len(p.errs) < errbound.MaxPerItem
}

// wantKind is want for a problem wrapping ErrUnknownRuleKind: false, and not
// counted, when quietKinds is set.
func (p *problems) wantKind() bool { return !p.quietKinds && p.want() }

// add keeps a problem that want said to build.
func (p *problems) add(err error) { p.errs = append(p.errs, err) }

// list returns the problems built, followed by an errbound.More counting the
// others (naming nothing: the caller names the requirement).
func (p *problems) list() []error {
	if p.n > len(p.errs) {
		return append(p.errs[:len(p.errs):len(p.errs)], &errbound.More{N: p.n - len(p.errs)})
	}
	return p.errs
}

// requirementName names a requirement in errors: `requirement "guards"`, its
// ID quoted by errbound.Quote (at most 64 bytes of it, elided), so that an
// error about a requirement with a huge ID stays short.
func requirementName(id string) string { return "requirement " + errbound.Quote(id) }

// addRequirement adds the problems p of the requirement with the given ID to
// l, each prefixed with the requirement's name, then one errbound.More
// counting those not built. When l is full they are only counted.
func addRequirement(l *errbound.List, id string, p *problems) {
	if p.n == 0 {
		return
	}
	if l.Full() {
		l.Count(p.n)
		return
	}
	name := requirementName(id)
	for _, err := range p.errs {
		l.Add(fmt.Errorf("%s: %w", name, err))
	}
	if p.n > len(p.errs) {
		l.Add(&errbound.More{N: p.n - len(p.errs), Of: name})
	}
}

// addRequirementErrs adds errs, problems of the requirement with the given
// ID (an errbound.More among them standing for the problems it counts), to l
// as addRequirement does.
func addRequirementErrs(l *errbound.List, id string, errs []error) {
	p := newProblems(l)
	for _, err := range errs {
		if m, ok := err.(*errbound.More); ok {
			p.n += m.N
		} else if p.want() {
			p.add(err)
		}
	}
	addRequirement(l, id, &p)
}
