package compliance

import (
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/prevention"
)

// finish applies the rule to an observation and clears the values an
// outcome does not carry.
func finish(rule *Rule, c *campus.Campus, v int, observed bool) (Outcome, int, int) {
	o, req := rule.check(c, v, observed)
	switch o {
	case Met, Unmet:
		return o, v, req
	case NotObserved:
		return o, 0, req
	}
	return o, 0, 0
}

// plan is a Standard prepared for the hot path: each requirement's scope as
// bit sets and its indicator resolved to a slot. For the status path
// (Query.status, which Summarize uses), the unscoped
// fact requirements on well-known indicators fold into one mask, checked with
// two bit operations; the others stay in rest.
type plan struct {
	reqs      []planReq // one per requirement, for Evaluate
	factMask  uint32    // bits of the folded fact requirements
	rest      []planReq // the requirements not folded into factMask
	universal bool      // some requirement's scope is zero: no campus is out of scope
}

// planReq is one prepared requirement.
type planReq struct {
	scope     compiledScope
	everyone  bool // the scope is zero: skip the scope test
	rule      *Rule
	bit       uint32 // well-known indicator's bit; 0 for a caller-defined one
	countSlot int8   // well-known count's slot; -1 for a fact
}

// status is the status Query.Evaluate gives, without building the result:
// it stops at the first Unmet requirement.
func (p *plan) status(c *campus.Campus, m *Measurements, level prevention.Level) Status {
	var f statusFold
	if p.factMask != 0 {
		seen := m.seen & p.factMask
		if m.facts&p.factMask != seen {
			return NonCompliant // observed absent
		}
		f.incomplete = seen != p.factMask
		f.inScope = true // the folded requirements apply to every campus
	}
	for i := range p.rest {
		pr := &p.rest[i]
		if !pr.everyone && !pr.scope.applies(c, level) {
			continue
		}
		f.inScope = true
		if pr.bit != 0 && pr.countSlot >= 0 && pr.rule.RuleKind == RuleCountAtLeast && !pr.scope.unsettling {
			if m.seen&pr.bit == 0 {
				f.incomplete = true
			} else if int(m.counts[pr.countSlot]) < pr.rule.Min {
				return NonCompliant
			}
			continue
		}
		o, _, _ := pr.outcome(c, m, level)
		if o == Unmet {
			return NonCompliant
		}
		f.add(o)
	}
	return f.status()
}

// compile prepares s, whose slices it must own.
func compile(s *Standard) *plan {
	if len(s.Requirements) == 0 {
		return nil
	}
	p := &plan{reqs: make([]planReq, len(s.Requirements))}
	// The plan keeps its own copy of every rule (and compiled scope), so that a
	// prepared standard evaluates the requirements as validated even if a
	// caller later writes into the Requirements slice it shares.
	rules := make([]Rule, len(s.Requirements))
	for i := range s.Requirements {
		r := &s.Requirements[i]
		rules[i] = r.Rule
		rules[i].Bands = slices.Clone(r.Rule.Bands)
		pr := planReq{scope: r.Scope.compile(), everyone: r.Scope.IsZero(), rule: &rules[i], countSlot: -1}
		if ind := r.Rule.Indicator; ind.slot != 0 && ind.known() {
			pr.bit = 1 << (ind.slot - 1)
			pr.countSlot = wellKnown[ind.slot-1].countSlot
		}
		p.reqs[i] = pr
		p.universal = p.universal || pr.everyone
		foldable := pr.everyone && pr.bit != 0 && r.Rule.RuleKind == RuleFact && r.Rule.Indicator.kind == FactValue
		if foldable {
			p.factMask |= pr.bit
		} else {
			p.rest = append(p.rest, pr)
		}
	}
	return p
}

// outcome evaluates one prepared requirement.
func (p *planReq) outcome(c *campus.Campus, m *Measurements, level prevention.Level) (Outcome, int, int) {
	if !p.scope.applies(c, level) {
		return NotApplicable, 0, 0
	}
	if !p.scope.settled(c) {
		return Undetermined, 0, 0
	}
	var v int
	var ok bool
	switch {
	case p.bit == 0:
		v, ok = m.customValue(p.rule.Indicator)
	case m.seen&p.bit == 0:
	case p.countSlot >= 0:
		v, ok = int(m.counts[p.countSlot]), true
	default:
		ok = true
		if m.facts&p.bit != 0 {
			v = 1
		}
	}
	return finish(p.rule, c, v, ok)
}
