package catalog

import "github.com/campussec/campussec/internal/enum"

// Enum lists the enum types of this package. Like every enum of the module, each offers IsValid, String
// (the stable English id), Name(lang) (the Chinese label or the English name), MarshalText and UnmarshalText, reads ids
// only through ParseX (ParseTarget, ParseReach) and UnmarshalText, reads Chinese labels only through
// ParseLabel, and treats its zero value as unset: never valid, it marshals as "" and "" unmarshals as it.
type Enum interface {
	Target | Reach
}

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any
	switch any(*new(E)).(type) {
	case Target:
		t = targetEnum
	case Reach:
		t = reachEnum
	}
	return t.(*enum.Table[E])
}

// ParseLabel parses the Chinese label of an enum value as Name(rate.Chinese) returns it
// (ParseLabel[Target]("封闭化管理率")): the one function of the package that reads a label. The error wraps
// the enum's sentinel (ErrInvalidTarget, ErrInvalidReach) and quotes the label.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }

// Values returns every valid value of an enum in its declaration order, as a new slice: Values[Target]()
// lists the four targets in their published order.
func Values[E Enum]() []E { return table[E]().Values() }
