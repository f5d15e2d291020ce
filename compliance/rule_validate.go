package compliance

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/errbound"
)

// ErrInvalidRule reports a rule with a missing, out-of-range or superfluous
// parameter.
var ErrInvalidRule = errors.New("compliance: invalid rule")

// ErrIndicatorKind reports a fact rule on a count indicator or a count rule on
// a fact indicator.
var ErrIndicatorKind = errors.New("compliance: rule does not fit the indicator's value kind")

// ErrBandOrder reports bands whose starts are not strictly ascending from 0.
var ErrBandOrder = errors.New("compliance: bands out of order")

// ErrNegativeThreshold reports a negative minimum, band start or step
// parameter.
var ErrNegativeThreshold = errors.New("compliance: negative threshold")

// validate reports every problem with the rule to p. custom holds the
// standard's declared indicators by id.
func (r *Rule) validate(custom map[string]Indicator, p *problems) {
	if !r.Kind.IsValid() && p.wantKind() {
		p.Keep(fmt.Errorf("%w: %v", ErrInvalidRuleKind, r.Kind))
	}
	r.validateIndicator(custom, p)
	switch r.Kind {
	case RuleFact:
		if (r.Min != 0 || r.Basis != 0 || len(r.Bands) != 0 || !r.Step.IsZero()) && p.Want() {
			p.Keep(fmt.Errorf("%w: a fact rule takes no min, basis, bands or step", ErrInvalidRule))
		}
	case RuleCountAtLeast:
		checkRange(p, "min", -1, r.Min, MaxThreshold)
		if (r.Basis != 0 || len(r.Bands) != 0 || !r.Step.IsZero()) && p.Want() {
			p.Keep(fmt.Errorf("%w: a count_at_least rule takes no basis, bands or step", ErrInvalidRule))
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
			p.Keep(fmt.Errorf("%w: rule has no indicator", ErrUnknownIndicator))
		}
		return
	case !ind.known() && ind.label != "":
		if p.Want() {
			p.Keep(fmt.Errorf("%w: %s is malformed", ErrUnknownIndicator, errbound.Quote(ind.id)))
		}
		return
	case !ind.IsWellKnown() && custom[ind.id] != ind:
		if p.Want() {
			p.Keep(fmt.Errorf("%w: %s is neither well known nor declared by the standard", ErrUnknownIndicator,
				errbound.Quote(ind.id)))
		}
		return
	}
	want := CountValue
	if r.Kind == RuleFact {
		want = FactValue
	}
	if r.Kind.IsValid() && ind.kind != want && p.Want() {
		p.Keep(fmt.Errorf("%w: %s rule on %s indicator %s", ErrIndicatorKind, r.Kind, ind.kind, errbound.Quote(ind.id)))
	}
}

// validateScaled checks the basis, bands and step of a scaled rule.
func (r *Rule) validateScaled(p *problems) {
	if r.Min != 0 && p.Want() {
		p.Keep(fmt.Errorf("%w: a count_scaled rule takes bands, not min", ErrInvalidRule))
	}
	if !r.Basis.IsValid() && p.wantKind() {
		p.Keep(fmt.Errorf("%w: %v", ErrInvalidBasis, r.Basis))
	}
	switch {
	case len(r.Bands) == 0:
		if p.Want() {
			p.Keep(fmt.Errorf("%w: a count_scaled rule needs at least one band", ErrInvalidRule))
		}
	case len(r.Bands) > MaxBands:
		if p.Want() {
			p.Keep(fmt.Errorf("%w: %d bands, at most %d", ErrInvalidRule, len(r.Bands), MaxBands))
		}
	default:
		for i := range r.Bands {
			r.validateBand(i, p)
		}
	}
	if !r.Step.IsZero() {
		r.Step.validate(p)
	}
}

// validateBand checks band i and its order against band i-1.
func (r *Rule) validateBand(i int, p *problems) {
	b := r.Bands[i]
	checkRange(p, "band %d from", i, b.From, MaxBasisValue)
	checkRange(p, "band %d min", i, b.Min, MaxThreshold)
	switch {
	case i == 0 && b.From != 0:
		if p.Want() {
			p.Keep(fmt.Errorf("%w: the first band starts at %d, not 0", ErrBandOrder, b.From))
		}
	case i > 0 && b.From <= r.Bands[i-1].From:
		if p.Want() {
			p.Keep(fmt.Errorf("%w: band %d starts at %d, not above band %d's %d",
				ErrBandOrder, i, b.From, i-1, r.Bands[i-1].From))
		}
	}
	if b.Exempt && b.Undetermined && p.Want() {
		p.Keep(fmt.Errorf("%w: band %d is both exempt and undetermined", ErrInvalidRule, i))
	}
	if (b.Exempt || b.Undetermined) && b.Min != 0 && p.Want() {
		p.Keep(fmt.Errorf("%w: band %d is exempt or undetermined but has min %d", ErrInvalidRule, i, b.Min))
	}
}

// validate checks a non-zero step.
func (s Step) validate(p *problems) {
	if s.Basis != 0 && !s.Basis.IsValid() && p.wantKind() {
		p.Keep(fmt.Errorf("%w: step basis %v", ErrInvalidBasis, s.Basis))
	}
	if !s.Round.IsValid() && p.wantKind() {
		p.Keep(fmt.Errorf("%w: step %v", ErrInvalidStepRounding, s.Round))
	}
	checkRange(p, "step above", -1, s.Above, MaxBasisValue)
	checkRange(p, "step per", -1, s.Per, MaxBasisValue)
	checkRange(p, "step add", -1, s.Add, MaxThreshold)
	if s.Per == 0 && p.Want() {
		p.Keep(fmt.Errorf("%w: step per must be positive", ErrInvalidRule))
	}
	if s.Add == 0 && p.Want() {
		p.Keep(fmt.Errorf("%w: step add must be positive", ErrInvalidRule))
	}
}

// checkRange reports a problem when v is negative or above limit. name is the
// parameter's name, with %d standing for band when band >= 0.
func checkRange(p *problems, name string, band, v, limit int) {
	if (v >= 0 && v <= limit) || !p.Want() {
		return
	}
	if band >= 0 {
		name = fmt.Sprintf(name, band)
	}
	if v < 0 {
		p.Keep(fmt.Errorf("%w: %s %d", ErrNegativeThreshold, name, v))
	} else {
		p.Keep(fmt.Errorf("%w: %s %d above %d", ErrInvalidRule, name, v, limit))
	}
}
