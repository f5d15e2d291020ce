package campus

import (
	"fmt"
	"strconv"
)

// Group is one of the two groups the 2012 report splits the register into: primary and secondary schools
// (中小学) and kindergartens and nurseries (幼托园所). Every valid Kind is in exactly one group (Kind.Group), so
// the two groups always add up to the total. The zero value is invalid.
type Group uint8

// The report groups, in their stable order.
const (
	GroupSchool    Group = iota + 1 // 中小学: every school kind, including special-education and reform schools
	GroupPreschool                  // 幼托: kindergarten, attached kindergarten class, nursery

	numGroups = int(GroupPreschool)
)

var groupIDs = [...]string{"", "school", "preschool"}

var groupLabels = [...]string{"", "中小学", "幼托"}

// Groups returns both groups in their stable order: GroupSchool, GroupPreschool.
func Groups() []Group { return []Group{GroupSchool, GroupPreschool} }

// IsValid reports whether g is one of Groups().
func (g Group) IsValid() bool { return g >= 1 && int(g) <= numGroups }

// String returns the stable English id ("school", "preschool"), or "Group(N)" for an invalid group.
func (g Group) String() string {
	if !g.IsValid() {
		return "Group(" + strconv.Itoa(int(g)) + ")"
	}
	return groupIDs[g]
}

// Label returns the Chinese name (中小学, 幼托), or "" for an invalid group.
func (g Group) Label() string {
	if !g.IsValid() {
		return ""
	}
	return groupLabels[g]
}

// ParseGroup parses a group's English id. The error wraps ErrInvalidGroup and quotes s.
func ParseGroup(s string) (Group, error) {
	for i := 1; i <= numGroups; i++ {
		if groupIDs[i] == s {
			return Group(i), nil
		}
	}
	return 0, fmt.Errorf("%w %q", ErrInvalidGroup, s)
}

// MustParseGroup is ParseGroup that panics on error; for tests and constants.
func MustParseGroup(s string) Group {
	v, err := ParseGroup(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid group is an
// error wrapping ErrInvalidGroup.
func (g Group) MarshalText() ([]byte, error) {
	if g == 0 {
		return []byte{}, nil
	}
	if !g.IsValid() {
		return nil, fmt.Errorf("%w %d", ErrInvalidGroup, uint8(g))
	}
	return []byte(groupIDs[g]), nil
}

// UnmarshalText parses an English id; "" gives the zero value. Unknown text is an error wrapping
// ErrInvalidGroup that quotes it, and leaves g unchanged.
func (g *Group) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*g = 0
		return nil
	}
	v, err := ParseGroup(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
