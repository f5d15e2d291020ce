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

// validate returns every problem with the rule. custom holds the standard's
// declared indicators by id.
func (r *Rule) validate(custom map[string]Indicator) []error {
	var errs []error
	if !r.Kind.IsValid() {
		errs = append(errs, fmt.Errorf("%w: %v", ErrUnknownRuleKind, r.Kind))
	}
	errs = append(errs, r.validateIndicator(custom)...)
	switch r.Kind {
	case RuleFact:
		if r.Min != 0 || r.Basis != 0 || len(r.Bands) != 0 || !r.Step.IsZero() {
			errs = append(errs, fmt.Errorf("%w: a fact rule takes no min, basis, bands or step", ErrInvalidRule))
		}
	case RuleCountAtLeast:
		errs = appendRange(errs, "min", r.Min, MaxThreshold)
		if r.Basis != 0 || len(r.Bands) != 0 || !r.Step.IsZero() {
			errs = append(errs, fmt.Errorf("%w: a count_at_least rule takes no basis, bands or step", ErrInvalidRule))
		}
	case RuleCountScaled:
		errs = append(errs, r.validateScaled()...)
	}
	return errs
}

// validateIndicator checks the indicator is known and fits the rule kind.
func (r *Rule) validateIndicator(custom map[string]Indicator) []error {
	ind := r.Indicator
	switch {
	case ind.IsZero():
		return []error{fmt.Errorf("%w: rule has no indicator", ErrUnknownIndicator)}
	case !ind.known() && ind.label != "":
		return []error{fmt.Errorf("%w: %s is malformed", ErrUnknownIndicator, errbound.Quote(ind.id))}
	case !ind.IsWellKnown() && custom[ind.id] != ind:
		return []error{fmt.Errorf("%w: %s is neither well known nor declared by the standard", ErrUnknownIndicator, errbound.Quote(ind.id))}
	}
	want := CountValue
	if r.Kind == RuleFact {
		want = FactValue
	}
	if r.Kind.IsValid() && ind.kind != want {
		return []error{fmt.Errorf("%w: %s rule on %s indicator %s", ErrIndicatorKind, r.Kind, ind.kind, errbound.Quote(ind.id))}
	}
	return nil
}

// validateScaled checks the basis, bands and step of a scaled rule.
func (r *Rule) validateScaled() []error {
	var errs []error
	if r.Min != 0 {
		errs = append(errs, fmt.Errorf("%w: a count_scaled rule takes bands, not min", ErrInvalidRule))
	}
	if !r.Basis.IsValid() {
		errs = append(errs, fmt.Errorf("%w: basis %v", ErrUnknownRuleKind, r.Basis))
	}
	switch {
	case len(r.Bands) == 0:
		errs = append(errs, fmt.Errorf("%w: a count_scaled rule needs at least one band", ErrInvalidRule))
	case len(r.Bands) > MaxBands:
		errs = append(errs, fmt.Errorf("%w: %d bands, at most %d", ErrInvalidRule, len(r.Bands), MaxBands))
	default:
		for i := range r.Bands {
			errs = append(errs, r.validateBand(i)...)
		}
	}
	if !r.Step.IsZero() {
		errs = append(errs, r.Step.validate()...)
	}
	return errs
}

// validateBand checks band i and its order against band i-1.
func (r *Rule) validateBand(i int) []error {
	b := r.Bands[i]
	var errs []error
	errs = appendRange(errs, fmt.Sprintf("band %d from", i), b.From, MaxBasisValue)
	errs = appendRange(errs, fmt.Sprintf("band %d min", i), b.Min, MaxThreshold)
	switch {
	case i == 0 && b.From != 0:
		errs = append(errs, fmt.Errorf("%w: the first band starts at %d, not 0", ErrBandOrder, b.From))
	case i > 0 && b.From <= r.Bands[i-1].From:
		errs = append(errs, fmt.Errorf("%w: band %d starts at %d, not above band %d's %d",
			ErrBandOrder, i, b.From, i-1, r.Bands[i-1].From))
	}
	if b.Exempt && b.Undetermined {
		errs = append(errs, fmt.Errorf("%w: band %d is both exempt and undetermined", ErrInvalidRule, i))
	}
	if (b.Exempt || b.Undetermined) && b.Min != 0 {
		errs = append(errs, fmt.Errorf("%w: band %d is exempt or undetermined but has min %d", ErrInvalidRule, i, b.Min))
	}
	return errs
}

// validate checks a non-zero step.
func (s Step) validate() []error {
	var errs []error
	if s.Basis != 0 && !s.Basis.IsValid() {
		errs = append(errs, fmt.Errorf("%w: step basis %v", ErrUnknownRuleKind, s.Basis))
	}
	if !s.Round.IsValid() {
		errs = append(errs, fmt.Errorf("%w: step rounding %v", ErrUnknownRuleKind, s.Round))
	}
	errs = appendRange(errs, "step above", s.Above, MaxBasisValue)
	errs = appendRange(errs, "step per", s.Per, MaxBasisValue)
	errs = appendRange(errs, "step add", s.Add, MaxThreshold)
	if s.Per == 0 {
		errs = append(errs, fmt.Errorf("%w: step per must be positive", ErrInvalidRule))
	}
	if s.Add == 0 {
		errs = append(errs, fmt.Errorf("%w: step add must be positive", ErrInvalidRule))
	}
	return errs
}

// appendRange appends a problem when v is negative or above limit.
func appendRange(errs []error, name string, v, limit int) []error {
	switch {
	case v < 0:
		return append(errs, fmt.Errorf("%w: %s %d", ErrNegativeThreshold, name, v))
	case v > limit:
		return append(errs, fmt.Errorf("%w: %s %d above %d", ErrInvalidRule, name, v, limit))
	}
	return errs
}
