package compliance

import (
	"math"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

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

var ruleKindEnum = enum.MustNew(enum.Spec[RuleKind]{
	Type:    "RuleKind",
	IDs:     []string{"fact", "count_at_least", "count_scaled"},
	Labels:  []string{"具备", "数量不少于", "按规模配备"},
	English: []string{"fact present", "count at least", "count scaled to size"},
	Text:    enum.ErrorForm{Err: ErrInvalidRuleKind, Detail: ": "},
})

// IsValid reports whether k is a defined rule kind.
func (k RuleKind) IsValid() bool { return ruleKindEnum.IsValid(k) }

// String returns the stable id ("fact", "count_at_least", "count_scaled"),
// or "RuleKind(N)".
func (k RuleKind) String() string { return ruleKindEnum.String(k) }

// Name returns the name of k for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (k RuleKind) Name(lang rate.Lang) string { return ruleKindEnum.Name(k, enum.Lang(lang)) }

// ParseRuleKind parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidRuleKind and quotes the text.
func ParseRuleKind(s string) (RuleKind, error) { return ruleKindEnum.Parse(s) }

// MarshalText encodes the stable id, or "" for the zero value (unset); any other invalid value is an error.
func (k RuleKind) MarshalText() ([]byte, error) { return ruleKindEnum.MarshalText(k) }

// UnmarshalText accepts what ParseRuleKind accepts, the stable id only; "" gives the zero value. Other text
// is an error wrapping ErrInvalidRuleKind that quotes it, and leaves the receiver unchanged.
func (k *RuleKind) UnmarshalText(b []byte) error { return ruleKindEnum.UnmarshalText(k, b) }

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

var basisEnum = enum.MustNew(enum.Spec[Basis]{
	Type:    "Basis",
	IDs:     []string{"students", "staff", "headcount", "day_students"},
	Labels:  []string{"学生数", "教职工数", "师生员工总人数", "非寄宿学生数"},
	English: []string{"students", "staff", "students and staff", "day students"},
	Text:    enum.ErrorForm{Err: ErrInvalidBasis, Detail: ": "},
})

// IsValid reports whether b is a defined basis.
func (b Basis) IsValid() bool { return basisEnum.IsValid(b) }

// String returns the stable id, or "Basis(N)".
func (b Basis) String() string { return basisEnum.String(b) }

// Name returns the name of b for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (b Basis) Name(lang rate.Lang) string { return basisEnum.Name(b, enum.Lang(lang)) }

// ParseBasis parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidBasis and quotes the text.
func ParseBasis(s string) (Basis, error) { return basisEnum.Parse(s) }

// MarshalText encodes the stable id, or "" for the zero value (unset); any other invalid value is an error.
func (b Basis) MarshalText() ([]byte, error) { return basisEnum.MarshalText(b) }

// UnmarshalText accepts what ParseBasis accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidBasis that quotes it, and leaves the receiver unchanged.
func (b *Basis) UnmarshalText(text []byte) error { return basisEnum.UnmarshalText(b, text) }

// headcount returns students + staff for non-negative counts, saturating at math.MaxInt instead of
// overflowing. A register holds at most campus.MaxPeople of each, but Evaluate takes any campus; every band
// start and step parameter is at most maxBasisValue, so a saturated sum falls in the band and step the true
// sum would.
func headcount(students, staff int) int {
	if students > math.MaxInt-staff {
		return math.MaxInt
	}
	return students + staff
}

// value returns the basis value of c and whether it is known.
func (b Basis) value(c *campus.Campus) (int, bool) {
	switch b {
	case BasisStudents:
		return c.Students, c.Students >= 0
	case BasisStaff:
		return c.Staff, c.Staff >= 0
	case BasisHeadcount:
		if c.Students < 0 || c.Staff < 0 {
			return 0, false
		}
		return headcount(c.Students, c.Staff), true
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

var stepRoundingEnum = enum.MustNew(enum.Spec[StepRounding]{
	Type:    "StepRounding",
	IDs:     []string{"ceil", "floor"},
	Labels:  []string{"向上取整", "向下取整"},
	English: []string{"round up", "round down"},
	Text:    enum.ErrorForm{Err: ErrInvalidStepRounding, Detail: ": "},
})

// IsValid reports whether r is StepCeil or StepFloor.
func (r StepRounding) IsValid() bool { return stepRoundingEnum.IsValid(r) }

// String returns "ceil" or "floor", or "StepRounding(N)".
func (r StepRounding) String() string { return stepRoundingEnum.String(r) }

// Name returns the name of r for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (r StepRounding) Name(lang rate.Lang) string { return stepRoundingEnum.Name(r, enum.Lang(lang)) }

// ParseStepRounding parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidStepRounding and quotes the text.
func ParseStepRounding(s string) (StepRounding, error) { return stepRoundingEnum.Parse(s) }

// MarshalText encodes the stable id, or "" for the zero value (unset); any other invalid value is an error.
func (r StepRounding) MarshalText() ([]byte, error) { return stepRoundingEnum.MarshalText(r) }

// UnmarshalText accepts what ParseStepRounding accepts, the stable id only; "" gives the zero value. Other
// text is an error wrapping ErrInvalidStepRounding that quotes it, and leaves the receiver unchanged.
func (r *StepRounding) UnmarshalText(text []byte) error {
	return stepRoundingEnum.UnmarshalText(r, text)
}
