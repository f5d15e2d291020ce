package compliance

import "github.com/campussec/campussec/internal/enum"

// Enum lists the enum types of this package. Every enum of the module offers the same methods — IsValid,
// String (the stable English id), Name(lang) (the Chinese label or the English name), MarshalText and UnmarshalText —
// and follows one text policy:
//
//   - stable ids through ParseX (ParseStatus, ParseMeasure, …) and UnmarshalText, and so JSON and standard
//     documents: the id only, never a label or an English name, so stored data means one thing;
//   - Chinese labels through ParseLabel only, for text written for people;
//   - the zero value is unset: never valid, it marshals as "" and "" unmarshals as it, so every record
//     marshals (a zero Result too); the record's constructor or decoder refuses it where a value is required.
//
// Each enum's errors wrap its own sentinel: ErrInvalidStatus, ErrInvalidOutcome, ErrInvalidRuleKind,
// ErrInvalidBasis, ErrInvalidStepRounding, ErrInvalidMeasure,
// ErrInvalidValueKind, ErrInvalidBoardingScope and ErrInvalidUnit. (Confidence, how sure a requirement's
// source is, is package source's enum.)
type Enum interface {
	Status | Outcome | RuleKind | Basis | StepRounding | Measure | ValueKind |
		BoardingScope | Unit
}

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any
	switch any(*new(E)).(type) {
	case Status:
		t = statusEnum
	case Outcome:
		t = outcomeEnum
	case RuleKind:
		t = ruleKindEnum
	case Basis:
		t = basisEnum
	case StepRounding:
		t = stepRoundingEnum
	case Measure:
		t = measureEnum
	case ValueKind:
		t = valueKindEnum
	case BoardingScope:
		t = boardingScopeEnum
	case Unit:
		t = unitEnum
	}
	return t.(*enum.Table[E])
}

// ParseLabel parses the Chinese label of an enum value as Name(rate.Chinese) returns it
// (ParseLabel[Status]("达标")): the one function of the package that reads a label, for text written for
// people. The error wraps the enum's own sentinel (ErrInvalidStatus, …) and quotes the label.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }

// Values returns every valid value of an enum in its declaration order, as a new slice:
// Values[Status]() is [compliant non_compliant incomplete unassessed out_of_scope], the order reports list
// them.
func Values[E Enum]() []E { return table[E]().Values() }
