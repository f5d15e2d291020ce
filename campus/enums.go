package campus

import "github.com/campussec/campussec/internal/enum"

// Enum lists the enum types of this package. Every enum of the module offers the same methods — IsValid,
// String (the stable English id), Name(lang) (the Chinese label or the English name), MarshalText and UnmarshalText —
// and follows one text policy:
//
//   - stable ids through ParseX (ParseKind, ParseGroup, …) and UnmarshalText, and so JSON: the id only,
//     never a label, a code or an English name, so stored data means one thing;
//   - Chinese labels through ParseLabel only, for text written for people;
//   - national codes through ParseKindCode, ParseLocaleCode and ParseCategoryCode only;
//   - the zero value is unset: never valid, it marshals as "" and "" unmarshals as it.
type Enum interface {
	Kind | Group | License | Locale | Stage | Category | Ownership | Designation
}

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any
	switch any(*new(E)).(type) {
	case Kind:
		t = kindEnum
	case Group:
		t = groupEnum
	case License:
		t = licenseEnum
	case Locale:
		t = localeEnum
	case Stage:
		t = stageEnum
	case Category:
		t = categoryEnum
	case Ownership:
		t = ownershipEnum
	case Designation:
		t = designationEnum
	}
	return t.(*enum.Table[E])
}

// ParseLabel parses the Chinese label of an enum value as Name(rate.Chinese) returns it
// (ParseLabel[Kind]("九年一贯制学校")): the one function of the package that reads a label, for text written
// for people. The error wraps the enum's own sentinel (ErrInvalidKind, ErrInvalidGroup, …) and quotes the
// label.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }

// Values returns every valid value of an enum in its declaration order, as a new slice: Values[Kind]() lists
// the kinds by MOE code, Nursery last; Values[Group]() is [school preschool].
func Values[E Enum]() []E { return table[E]().Values() }
