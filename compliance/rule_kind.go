package compliance

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/campussec/campussec/campus"
)

// ErrUnknownRuleKind reports a rule kind, basis or step rounding that is not
// one of the defined values.
var ErrUnknownRuleKind = errors.New("compliance: unknown rule kind")

// RuleKind is the closed set of rule kinds. The zero value is invalid.
type RuleKind uint8

// The rule kinds.
const (
	// RuleFact ("fact"): the fact indicator is observed present.
	RuleFact RuleKind = iota + 1
	// RuleCountAtLeast ("count_at_least"): the count is at least Min.
	RuleCountAtLeast
	// RuleCountScaled ("count_scaled"): the count is at least a step function
	// of a campus attribute (Bands over Basis, plus Step).
	RuleCountScaled
)

var ruleKindIDs = [...]string{"", "fact", "count_at_least", "count_scaled"}

var ruleKindLabels = [...]string{"", "具备", "数量不少于", "按规模配备"}

// IsValid reports whether k is a defined rule kind.
func (k RuleKind) IsValid() bool { return k >= RuleFact && k <= RuleCountScaled }

// String returns the stable id ("fact", "count_at_least", "count_scaled"),
// or "RuleKind(N)".
func (k RuleKind) String() string { return enumString(ruleKindIDs[:], int(k), "RuleKind") }

// Label returns the Chinese label, or "" when invalid.
func (k RuleKind) Label() string { return enumLabel(ruleKindLabels[:], int(k)) }

// ParseRuleKind parses a stable id or Chinese label.
func ParseRuleKind(s string) (RuleKind, error) {
	i, err := enumParse(ruleKindIDs[:], ruleKindLabels[:], s, "rule kind")
	return RuleKind(i), err
}

// MarshalText encodes the stable id; an invalid kind is an error.
func (k RuleKind) MarshalText() ([]byte, error) {
	return enumMarshal(ruleKindIDs[:], int(k), "rule kind")
}

// UnmarshalText decodes a stable id or Chinese label.
func (k *RuleKind) UnmarshalText(b []byte) error {
	v, err := ParseRuleKind(string(b))
	*k = v
	return err
}

// Basis is the campus attribute a scaled rule ranges over. The zero value is
// invalid (in a Step it means "the rule's basis").
type Basis uint8

// The bases.
const (
	// BasisStudents ("students"): the campus's pupils (学生/幼儿).
	BasisStudents Basis = iota + 1
	// BasisStaff ("staff"): the campus's staff (教职工).
	BasisStaff
	// BasisHeadcount ("headcount"): students plus staff (师生员工总人数).
	BasisHeadcount
	// BasisDayStudents ("day_students"): non-boarding students (非寄宿学生).
	// The register records no boarder count, so it is the student count of a
	// non-boarding campus and unknown for a boarding one — the requirement is
	// then Undetermined there, never guessed.
	BasisDayStudents
)

var basisIDs = [...]string{"", "students", "staff", "headcount", "day_students"}

var basisLabels = [...]string{"", "学生数", "教职工数", "师生员工总人数", "非寄宿学生数"}

// IsValid reports whether b is a defined basis.
func (b Basis) IsValid() bool { return b >= BasisStudents && b <= BasisDayStudents }

// String returns the stable id, or "Basis(N)".
func (b Basis) String() string { return enumString(basisIDs[:], int(b), "Basis") }

// Label returns the Chinese label, or "" when invalid.
func (b Basis) Label() string { return enumLabel(basisLabels[:], int(b)) }

// ParseBasis parses a stable id or Chinese label.
func ParseBasis(s string) (Basis, error) {
	i, err := enumParse(basisIDs[:], basisLabels[:], s, "basis")
	return Basis(i), err
}

// MarshalText encodes the stable id; an invalid basis is an error.
func (b Basis) MarshalText() ([]byte, error) { return enumMarshal(basisIDs[:], int(b), "basis") }

// UnmarshalText decodes a stable id or Chinese label.
func (b *Basis) UnmarshalText(text []byte) error {
	v, err := ParseBasis(string(text))
	*b = v
	return err
}

// value returns the basis value of c and whether it is known.
func (b Basis) value(c *campus.Campus) (int, bool) {
	switch b {
	case BasisStudents:
		return c.Students, c.Students >= 0
	case BasisStaff:
		return c.Staff, c.Staff >= 0
	case BasisHeadcount:
		n := c.Students + c.Staff
		return n, c.Students >= 0 && c.Staff >= 0 && n >= 0
	case BasisDayStudents:
		return c.Students, !c.Boarding && c.Students >= 0
	}
	return 0, false
}

// StepRounding says how a step counts a partial Per. Zero is invalid.
type StepRounding uint8

// The step roundings.
const (
	// StepCeil ("ceil"): every started Per adds (向上取整).
	StepCeil StepRounding = iota + 1
	// StepFloor ("floor"): only each completed Per adds (向下取整).
	StepFloor
)

var roundIDs = [...]string{"", "ceil", "floor"}

var roundLabels = [...]string{"", "向上取整", "向下取整"}

// IsValid reports whether r is StepCeil or StepFloor.
func (r StepRounding) IsValid() bool { return r == StepCeil || r == StepFloor }

// String returns "ceil" or "floor", or "StepRounding(N)".
func (r StepRounding) String() string { return enumString(roundIDs[:], int(r), "StepRounding") }

// Label returns the Chinese label, or "" when invalid.
func (r StepRounding) Label() string { return enumLabel(roundLabels[:], int(r)) }

// ParseStepRounding parses "ceil" or "floor" (or the Chinese labels).
func ParseStepRounding(s string) (StepRounding, error) {
	i, err := enumParse(roundIDs[:], roundLabels[:], s, "step rounding")
	return StepRounding(i), err
}

// MarshalText encodes the stable id; an invalid rounding is an error.
func (r StepRounding) MarshalText() ([]byte, error) {
	return enumMarshal(roundIDs[:], int(r), "step rounding")
}

// UnmarshalText decodes "ceil" or "floor".
func (r *StepRounding) UnmarshalText(text []byte) error {
	v, err := ParseStepRounding(string(text))
	*r = v
	return err
}

// enumString formats a small enum from its id table.
func enumString(ids []string, i int, typ string) string {
	if i <= 0 || i >= len(ids) {
		return typ + "(" + strconv.Itoa(i) + ")"
	}
	return ids[i]
}

// enumLabel returns the label of a small enum, or "".
func enumLabel(labels []string, i int) string {
	if i <= 0 || i >= len(labels) {
		return ""
	}
	return labels[i]
}

// enumParse finds s among ids or labels (index 0 is never matched).
func enumParse(ids, labels []string, s, what string) (int, error) {
	for i := 1; i < len(ids); i++ {
		if s == ids[i] || s == labels[i] {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%w: %s %q", ErrUnknownRuleKind, what, s)
}

// enumMarshal returns the id of a valid enum value, or an error.
func enumMarshal(ids []string, i int, what string) ([]byte, error) {
	if i <= 0 || i >= len(ids) {
		return nil, fmt.Errorf("%w: %s %d", ErrUnknownRuleKind, what, i)
	}
	return []byte(ids[i]), nil
}
