package finding

import "github.com/campussec/campussec/internal/enum"

// Enum is the package's one enum, State, as the generic functions ParseLabel
// and Values take it (every package of the library has the same three: its
// enums read their stable ids through ParseX and UnmarshalText, Chinese
// labels through ParseLabel only, and list their values through Values).
type Enum interface {
	State
}

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any = stateEnum
	return t.(*enum.Table[E])
}

// ParseLabel parses the Chinese label of a state as Name(rate.Chinese) returns
// it (ParseLabel[State]("逾期未整改")): the one function of the package that
// reads a label, for text written for people. The error wraps ErrInvalidState
// and quotes the label.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }

// Values returns every valid state in its declaration order, as a new slice:
// Values[State]() is [open overdue rectified_on_time rectified_late].
func Values[E Enum]() []E { return table[E]().Values() }
