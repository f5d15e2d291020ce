package compliance

import (
	"slices"

	"github.com/campussec/campussec/campus"
)

// Evaluate measures campus c against every requirement of std, from the
// observations m of one inspection, at prevention level level (a level below
// Normal, such as the zero value, is taken as Normal). The Result lists every
// requirement in the standard's order with its outcome:
//
//   - Undetermined when the requirement is malformed (see below), or when the
//     rule's threshold is unknown for the campus;
//   - NotApplicable when the requirement's scope excludes the campus or the
//     level, or the campus falls in an exempt band;
//   - NotObserved when the inspection did not observe the indicator;
//   - Met or Unmet by comparing the observation with the rule.
//
// The campus status follows an explicit precedence: any Unmet → NonCompliant
// (未达标); else any NotObserved or Undetermined → Incomplete; else Compliant
// (全达标: every applicable requirement met). A pass is never inferred from a
// missing observation. A campus that no requirement's Scope includes at the
// level (a 托儿所 under a standard for 中小学 and 幼儿园) is OutOfScope (不适用):
// outside the standard's population, never Compliant, and out of every
// compliance rate's denominator. A campus in a requirement's scope but in
// its exempt band is in the population (and Compliant if nothing else is
// unmet or unobserved).
//
// Evaluate does not reject std: NewStandard, LoadStandard, Tailor and
// Combine validate a standard. In a standard that was not validated (a
// literal), every requirement whose rule or scope Validate would reject — an
// unknown rule kind, basis or step rounding; a negative or too large
// minimum, band or step parameter; bands that do not start at 0 or do not
// ascend, or that are both exempt and undetermined or carry a minimum; a fact
// rule on a count indicator or the reverse; an indicator neither well known
// nor declared by std; an invalid or repeated scope value — evaluates as
// Undetermined for every campus, so it can neither pass nor fail one: the
// campus is at best Incomplete. (A requirement's ID, title and source do not
// change an outcome and are not checked.) It allocates the result; use
// StatusOf when only the status is needed.
func Evaluate(std Standard, c campus.Campus, m Measurements, level PreventionLevel) Result {
	level = max(level, Normal)
	res := Result{Standard: std.ID, Version: std.Version, Campus: c.ID, Level: level,
		Parts: slices.Clone(std.Parts), Requirements: make([]RequirementResult, len(std.Requirements))}
	var f statusFold
	p := compile(&std)
	for i := range std.Requirements {
		r := &std.Requirements[i]
		o, obs, req := p.reqs[i].outcome(&c, &m, level)
		f.add(o)
		if o == NotApplicable && !f.inScope {
			f.inScope = p.reqs[i].scope.applies(&c, level)
		}
		res.Requirements[i] = RequirementResult{Requirement: r.ID, Title: r.Title, Outcome: o, Observed: obs, Required: req,
			Origin: r.Origin}
	}
	res.Status = f.status()
	return res
}

// StatusOf returns Evaluate(std, c, m, level).Status without building the
// result; it stops at the first Unmet requirement. A malformed requirement is
// Undetermined, as in Evaluate.
func StatusOf(std Standard, c campus.Campus, m Measurements, level PreventionLevel) Status {
	return statusOf(&std, &c, &m, level)
}

// statusOf is StatusOf by pointer, for the history's hot path. It evaluates
// each requirement from its definition, which allocates nothing.
func statusOf(std *Standard, c *campus.Campus, m *Measurements, level PreventionLevel) Status {
	level = max(level, Normal)
	var f statusFold
	for i := range std.Requirements {
		o, _, _ := std.Requirements[i].outcome(c, m, level, std.Indicators)
		if o == Unmet {
			return NonCompliant
		}
		f.add(o)
		if o == NotApplicable && !f.inScope {
			f.inScope = std.Requirements[i].Scope.Applies(*c, level)
		}
	}
	return f.status()
}

// inScope reports whether some requirement of s includes campus c at the
// level (already at least Normal): whether c is in the standard's population.
func (s *Standard) inScope(c *campus.Campus, level PreventionLevel) bool {
	for i := range s.Requirements {
		if s.Requirements[i].Scope.Applies(*c, level) {
			return true
		}
	}
	return false
}

// outcome evaluates one requirement directly from its definition, in a
// standard that declares decl; a malformed requirement is Undetermined.
func (r *Requirement) outcome(c *campus.Campus, m *Measurements, level PreventionLevel, decl []Indicator) (Outcome, int, int) {
	if !r.evaluable(decl) {
		return Undetermined, 0, 0
	}
	if !r.Scope.Applies(*c, level) {
		return NotApplicable, 0, 0
	}
	if !r.Scope.Settled(*c) {
		return Undetermined, 0, 0
	}
	v, ok := m.value(r.Rule.Indicator)
	return finish(&r.Rule, c, v, ok)
}

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

// plan is a Standard compiled for the hot path: each requirement's scope as
// bit sets and its indicator resolved to a slot. For the status alone, the
// unscoped fact requirements on well-known indicators fold into one mask,
// checked with two bit operations; the others stay in rest.
type plan struct {
	reqs      []planReq // one per requirement, for Evaluate
	factMask  uint32    // bits of the folded fact requirements
	rest      []planReq // the requirements not folded into factMask
	universal bool      // some requirement's scope is zero: no campus is out of scope
}

// planReq is one prepared requirement.
type planReq struct {
	malformed bool // Validate would reject the rule or scope: Undetermined
	scope     compiledScope
	everyone  bool // the scope is zero: skip the scope test
	rule      *Rule
	bit       uint32 // well-known indicator's bit; 0 for a caller-defined one
	countSlot int8   // well-known count's slot; -1 for a fact
}

// status is statusOf on a plan.
func (p *plan) status(c *campus.Campus, m *Measurements, level PreventionLevel) Status {
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
		if !pr.malformed && pr.bit != 0 && pr.countSlot >= 0 && pr.rule.Kind == RuleCountAtLeast && !pr.scope.unsettling {
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

// compile compiles s, valid or not: a requirement Validate would reject is
// marked malformed, and evaluates Undetermined. The plan keeps its own copy
// of every rule, so writing into s's slices afterwards does not change it.
func compile(s *Standard) *plan {
	p := &plan{reqs: make([]planReq, len(s.Requirements))}
	rules := make([]Rule, len(s.Requirements))
	for i := range s.Requirements {
		r := &s.Requirements[i]
		rules[i] = r.Rule
		rules[i].Bands = slices.Clone(r.Rule.Bands)
		pr := planReq{malformed: !r.evaluable(s.Indicators), scope: r.Scope.compile(), everyone: r.Scope.IsZero(),
			rule: &rules[i], countSlot: -1}
		if ind := r.Rule.Indicator; ind.slot != 0 && ind.known() {
			pr.bit = 1 << (ind.slot - 1)
			pr.countSlot = wellKnown[ind.slot-1].countSlot
		}
		p.reqs[i] = pr
		p.universal = p.universal || pr.everyone
		foldable := !pr.malformed && pr.everyone && pr.bit != 0 && r.Rule.Kind == RuleFact && r.Rule.Indicator.kind == FactValue
		if foldable {
			p.factMask |= pr.bit
		} else {
			p.rest = append(p.rest, pr)
		}
	}
	return p
}

// outcome evaluates one compiled requirement.
func (p *planReq) outcome(c *campus.Campus, m *Measurements, level PreventionLevel) (Outcome, int, int) {
	if p.malformed {
		return Undetermined, 0, 0
	}
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
