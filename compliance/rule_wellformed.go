package compliance

import (
	"slices"

	"github.com/campussec/campussec/campus"
)

// evaluable reports, without allocating, whether Validate would report no
// problem with r's rule and scope in a standard declaring decl: the
// requirement's shape, which decides its outcome. (Its ID, title and source do
// not change an outcome and are not checked here.) Evaluate and StatusOf
// treat a requirement that is not evaluable as Undetermined whatever the
// campus, so a malformed requirement never passes and never fails a campus.
// TestEvaluableAgreesWithValidate keeps it in step with validate.
func (r *Requirement) evaluable(decl []Indicator) bool {
	return r.Scope.wellFormed() && r.Rule.wellFormed() && r.Rule.indicatorFits(decl)
}

// inRange reports whether 0 <= v <= limit.
func inRange(v, limit int) bool { return v >= 0 && v <= limit }

// wellFormed reports whether the rule's parameters are what its kind takes
// (Rule.validate without the indicator checks).
func (r *Rule) wellFormed() bool {
	switch r.Kind {
	case RuleFact:
		return r.Min == 0 && r.Basis == 0 && len(r.Bands) == 0 && r.Step.IsZero()
	case RuleCountAtLeast:
		return inRange(r.Min, maxThreshold) && r.Basis == 0 && len(r.Bands) == 0 && r.Step.IsZero()
	case RuleCountScaled:
		if r.Min != 0 || !r.Basis.IsValid() || len(r.Bands) == 0 || len(r.Bands) > maxBands {
			return false
		}
		for i, b := range r.Bands {
			switch {
			case !inRange(b.From, maxBasisValue) || !inRange(b.Min, maxThreshold),
				i == 0 && b.From != 0, i > 0 && b.From <= r.Bands[i-1].From,
				b.Exempt && b.Undetermined, (b.Exempt || b.Undetermined) && b.Min != 0:
				return false
			}
		}
		return r.Step.IsZero() || r.Step.wellFormed()
	}
	return false
}

// wellFormed reports whether a non-zero step is valid (Step.validate).
func (s Step) wellFormed() bool {
	return (s.Basis == 0 || s.Basis.IsValid()) && s.Round.IsValid() && inRange(s.Above, maxBasisValue) &&
		s.Per >= 1 && s.Per <= maxBasisValue && s.Add >= 1 && s.Add <= maxThreshold
}

// indicatorFits reports whether the rule's indicator is well known or declared
// in decl, and of the value kind the rule's kind reads (Rule.validateIndicator).
func (r *Rule) indicatorFits(decl []Indicator) bool {
	ind := r.Indicator
	if !ind.known() || ind.slot == 0 && !declared(decl, ind) {
		return false
	}
	want := CountValue
	if r.Kind == RuleFact {
		want = FactValue
	}
	return ind.kind == want
}

// declared reports whether ind is the indicator decl declares under its id:
// the first declaration of that id that declaredIndicators accepts.
func declared(decl []Indicator, ind Indicator) bool {
	if len(decl) > maxIndicators {
		return false
	}
	for _, d := range decl {
		if _, wk := LookupIndicator(d.id); d.id != ind.id || d.slot != 0 || wk || !d.known() {
			continue
		}
		return d == ind
	}
	return false
}

// wellFormed reports whether every value of the scope is valid and appears
// once, and no list is too long (Scope.validate).
func (s Scope) wellFormed() bool {
	return listOK(s.Groups, campus.Group.IsValid) && listOK(s.Kinds, campus.Kind.IsValid) &&
		listOK(s.Stages, campus.Stage.IsValid) && listOK(s.Licenses, campus.License.IsValid) &&
		listOK(s.Locales, campus.Locale.IsValid) &&
		(s.Boarding == 0 || s.Boarding.IsValid()) && (s.MinPreventionLevel == 0 || s.MinPreventionLevel.IsValid())
}

// listOK reports whether vs has at most maxScopeValues values, each valid and
// none repeated (checkList).
func listOK[T comparable](vs []T, valid func(T) bool) bool {
	if len(vs) > maxScopeValues {
		return false
	}
	for i, v := range vs {
		if !valid(v) || slices.Contains(vs[:i], v) {
			return false
		}
	}
	return true
}
