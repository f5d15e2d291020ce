package incident

import "github.com/campussec/campussec/internal/enum"

// Enum lists the enum types of this package. Every enum of the module offers the same methods — IsValid,
// String (the stable English id), Name(lang) (the Chinese label or the English name), MarshalText and
// UnmarshalText — and follows one text policy:
//
//   - stable ids through ParseX (ParseCategory, ParseSeverity) and UnmarshalText, and so JSON: the id only,
//     never a label or an English name, so stored data means one thing;
//   - Chinese labels through ParseLabel only, for text written for people;
//   - the zero value is unset: never valid, it marshals as "" and "" unmarshals as it.
type Enum interface {
	Category | Severity
}

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any
	switch any(*new(E)).(type) {
	case Category:
		t = categoryEnum
	case Severity:
		t = severityEnum
	}
	return t.(*enum.Table[E])
}

// ParseLabel parses the Chinese label of an enum value as Name(rate.Chinese) returns it ("治安案件",
// "重大"): the one function of the package that reads a label. The error wraps the enum's own sentinel
// (ErrInvalidCategory, ErrInvalidSeverity) and quotes the label.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }

// Values returns every valid value of an enum in its declaration order, as a new slice:
// Values[Category]() is [CriminalCase PublicOrderCase SafetyAccident Other].
func Values[E Enum]() []E { return table[E]().Values() }
