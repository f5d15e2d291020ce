package compliance

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/campussec/campussec/internal/errbound"
)

// validate reports every problem with the rule to p. custom holds the
// standard's declared indicators by id.
func (r *Rule) validate(custom map[string]Indicator, p *problems) {
	if !r.RuleKind.IsValid() && p.wantKind() {
		p.keep("rule.kind", fmt.Errorf("%w: %v", ErrInvalidRuleKind, r.RuleKind))
	}
	r.validateIndicator(custom, p)
	switch r.RuleKind {
	case RuleFact:
		if (r.Min != 0 || r.Basis != 0 || len(r.Bands) != 0 || !r.Step.isZero()) && p.Want() {
			p.keep("rule", errors.New("a fact rule takes no min, basis, bands or step"))
		}
	case RuleCountAtLeast:
		checkRange(p, "rule.min", r.Min, maxThreshold)
		if (r.Basis != 0 || len(r.Bands) != 0 || !r.Step.isZero()) && p.Want() {
			p.keep("rule", errors.New("a count_at_least rule takes no basis, bands or step"))
		}
	case RuleCountScaled:
		r.validateScaled(p)
	}
}

// validateIndicator checks the indicator is known and fits the rule kind.
func (r *Rule) validateIndicator(custom map[string]Indicator, p *problems) {
	ind := r.Indicator
	switch {
	case ind.IsZero():
		if p.Want() {
			p.keep("rule.indicator", fmt.Errorf("%w: the rule has no indicator", ErrUnknownIndicator))
		}
		return
	case !ind.known() && ind.label != "":
		if p.Want() {
			p.keep("rule.indicator", fmt.Errorf("%w: %s is malformed", ErrUnknownIndicator, errbound.Quote(ind.id)))
		}
		return
	case ind.slot == 0 && custom[ind.id] != ind:
		if p.Want() {
			p.keep("rule.indicator", fmt.Errorf("%w: %s is neither well known nor declared by the standard",
				ErrUnknownIndicator, errbound.Quote(ind.id)))
		}
		return
	}
	want := CountValue
	if r.RuleKind == RuleFact {
		want = FactValue
	}
	if r.RuleKind.IsValid() && ind.kind != want && p.Want() {
		p.keep("rule.indicator", fmt.Errorf("a %s rule on %s indicator %s", r.RuleKind, ind.kind, errbound.Quote(ind.id)))
	}
}

// validateScaled checks the basis, bands and step of a scaled rule.
func (r *Rule) validateScaled(p *problems) {
	if r.Min != 0 && p.Want() {
		p.keep("rule.min", errors.New("a count_scaled rule takes bands, not min"))
	}
	if !r.Basis.IsValid() && p.wantKind() {
		p.keep("rule.basis", fmt.Errorf("%w: %v", ErrInvalidBasis, r.Basis))
	}
	switch {
	case len(r.Bands) == 0:
		if p.Want() {
			p.keep("rule.bands", errors.New("a count_scaled rule needs at least one band"))
		}
	case len(r.Bands) > maxBands:
		if p.Want() {
			p.keep("rule.bands", fmt.Errorf("%d bands, at most %d", len(r.Bands), maxBands))
		}
	default:
		for i := range r.Bands {
			r.validateBand(i, p)
		}
	}
	if !r.Step.isZero() {
		r.Step.validate(p)
	}
}

// bandField names band i's field f ("rule.bands[2].from"), or the band
// itself when f is empty.
func bandField(i int, f string) string {
	s := "rule.bands[" + strconv.Itoa(i) + "]"
	if f != "" {
		s += "." + f
	}
	return s
}

// validateBand checks band i and its order against band i-1.
func (r *Rule) validateBand(i int, p *problems) {
	b := r.Bands[i]
	if !inRange(b.From, maxBasisValue) && p.Want() {
		p.keep(bandField(i, "from"), rangeError(b.From, maxBasisValue))
	}
	if !inRange(b.Min, maxThreshold) && p.Want() {
		p.keep(bandField(i, "min"), rangeError(b.Min, maxThreshold))
	}
	switch {
	case i == 0 && b.From != 0:
		if p.Want() {
			p.keep(bandField(i, "from"), fmt.Errorf("the first band starts at %d, not 0", b.From))
		}
	case i > 0 && b.From <= r.Bands[i-1].From:
		if p.Want() {
			p.keep(bandField(i, "from"), fmt.Errorf("bands out of order: %d is not above band %d's %d",
				b.From, i-1, r.Bands[i-1].From))
		}
	}
	if b.Exempt && b.Undetermined && p.Want() {
		p.keep(bandField(i, ""), errors.New("both exempt and undetermined"))
	}
	if (b.Exempt || b.Undetermined) && b.Min != 0 && p.Want() {
		p.keep(bandField(i, "min"), fmt.Errorf("%d on an exempt or undetermined band", b.Min))
	}
}

// validate checks a non-zero step.
func (s Step) validate(p *problems) {
	if s.Basis != 0 && !s.Basis.IsValid() && p.wantKind() {
		p.keep("rule.step.basis", fmt.Errorf("%w: %v", ErrInvalidBasis, s.Basis))
	}
	if !s.Round.IsValid() && p.wantKind() {
		p.keep("rule.step.round", fmt.Errorf("%w: %v", ErrInvalidStepRounding, s.Round))
	}
	checkRange(p, "rule.step.above", s.Above, maxBasisValue)
	checkRange(p, "rule.step.per", s.Per, maxBasisValue)
	checkRange(p, "rule.step.add", s.Add, maxThreshold)
	if s.Per == 0 && p.Want() {
		p.keep("rule.step.per", errors.New("must be positive"))
	}
	if s.Add == 0 && p.Want() {
		p.keep("rule.step.add", errors.New("must be positive"))
	}
}

// checkRange reports a problem with field when v is negative or above limit.
func checkRange(p *problems, field string, v, limit int) {
	if !inRange(v, limit) && p.Want() {
		p.keep(field, rangeError(v, limit))
	}
}

// rangeError describes a value v outside 0..limit.
func rangeError(v, limit int) error {
	if v < 0 {
		return fmt.Errorf("%d is negative", v)
	}
	return fmt.Errorf("%d above %d", v, limit)
}

// inRange reports whether 0 <= v <= limit.
func inRange(v, limit int) bool { return v >= 0 && v <= limit }
