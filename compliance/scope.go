package compliance

import (
	"fmt"
	"slices"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// maxScopeValues bounds each list of a Scope.
const maxScopeValues = 64

// Scope narrows the campuses and prevention levels a requirement applies to.
// Each non-empty list narrows (a campus must match one of its values); lists
// combine with AND. The zero Scope applies to every campus at every level.
//
//   - Groups: the report group (中小学 / 幼托).
//   - Kinds: the school type.
//   - Stages: the campus's kind covers at least one of the stages.
//   - Licenses: 有证 / 无证.
//   - Locales: the urban–rural classification (e.g. 城市 only).
//   - Boarding: boarding campuses only, or day campuses only.
//   - MinPreventionLevel: the requirement applies from this prevention level
//     up (提升防范等级 brings it in); 0 means at every level.
//   - Ownerships: 公办 / 民办 ("公办幼儿园").
//   - Designations: 中心校 / 非中心校 (the Fujian notice's "农村中心校以上").
//
// Ownership and designation are often not recorded (campus.Ownership and
// campus.Designation are then zero). A campus whose inclusion depends on an
// unrecorded value is not silently placed: Applies counts it as included,
// but its inclusion is not settled, so that the requirement's outcome is
// Undetermined (the campus is Incomplete, neither passing nor out of scope).
type Scope struct {
	Groups             []campus.Group
	Kinds              []campus.Kind
	Stages             []campus.Stage
	Licenses           []campus.License
	Locales            []campus.Locale
	Boarding           BoardingScope
	MinPreventionLevel prevention.Level
	Ownerships         []campus.Ownership
	Designations       []campus.Designation
}

// Applies reports whether the scope includes campus c at prevention level
// level. It is false for an invalid level: level 0 (the zero value) is
// invalid everywhere in the package, never read as Normal. It does not
// allocate.
func (s Scope) Applies(c campus.Campus, level prevention.Level) bool {
	if !level.IsValid() || level < s.MinPreventionLevel {
		return false
	}
	if !s.Boarding.matches(c.Boarding) {
		return false
	}
	if len(s.Groups) > 0 && !slices.Contains(s.Groups, c.Kind.Group()) {
		return false
	}
	if len(s.Kinds) > 0 && !slices.Contains(s.Kinds, c.Kind) {
		return false
	}
	if len(s.Licenses) > 0 && !slices.Contains(s.Licenses, c.License) {
		return false
	}
	if len(s.Locales) > 0 && !slices.Contains(s.Locales, c.Locale) {
		return false
	}
	if len(s.Stages) > 0 && !slices.ContainsFunc(s.Stages, c.Kind.HasStage) {
		return false
	}
	if len(s.Ownerships) > 0 && c.Ownership != 0 && !slices.Contains(s.Ownerships, c.Ownership) {
		return false
	}
	if len(s.Designations) > 0 && c.Designation != 0 && !slices.Contains(s.Designations, c.Designation) {
		return false
	}
	return true
}

// settled reports whether the campus's inclusion in the scope is known: false
// when the scope selects by ownership and the campus's is not recorded, or by
// designation and the campus's is not recorded.
func (s Scope) settled(c campus.Campus) bool {
	return (len(s.Ownerships) == 0 || c.Ownership != 0) && (len(s.Designations) == 0 || c.Designation != 0)
}

// IsZero reports whether the scope narrows nothing.
func (s Scope) IsZero() bool {
	return len(s.Groups) == 0 && len(s.Kinds) == 0 && len(s.Stages) == 0 && len(s.Licenses) == 0 &&
		len(s.Locales) == 0 && s.Boarding == 0 && s.MinPreventionLevel == 0 && len(s.Ownerships) == 0 &&
		len(s.Designations) == 0
}

// validate reports every problem with the scope's values to p.
func (s Scope) validate(p *problems) {
	checkList(p, "scope.groups", s.Groups, campus.Group.IsValid, campus.ErrInvalidGroup)
	checkList(p, "scope.kinds", s.Kinds, campus.Kind.IsValid, campus.ErrInvalidKind)
	checkList(p, "scope.stages", s.Stages, campus.Stage.IsValid, campus.ErrInvalidStage)
	checkList(p, "scope.licenses", s.Licenses, campus.License.IsValid, campus.ErrInvalidLicense)
	checkList(p, "scope.locales", s.Locales, campus.Locale.IsValid, campus.ErrInvalidLocale)
	checkList(p, "scope.ownerships", s.Ownerships, campus.Ownership.IsValid, campus.ErrInvalidOwnership)
	checkList(p, "scope.designations", s.Designations, campus.Designation.IsValid, campus.ErrInvalidDesignation)
	if s.Boarding != 0 && !s.Boarding.IsValid() && p.Want() {
		p.keep("scope.boarding", fmt.Errorf("%w: %v", ErrInvalidBoardingScope, s.Boarding))
	}
	if s.MinPreventionLevel != 0 && !s.MinPreventionLevel.IsValid() && p.Want() {
		p.keep("scope.min_level", fmt.Errorf("%w: %v", prevention.ErrInvalidLevel, s.MinPreventionLevel))
	}
}

// checkList reports a problem for each invalid value (wrapping the enum's
// sentinel invalid) and each repeated value of the list field, and for an
// over-long list.
func checkList[T comparable](p *problems, field string, vs []T, valid func(T) bool, invalid error) {
	if len(vs) > maxScopeValues {
		if p.Want() {
			p.keep(field, fmt.Errorf("%d values, at most %d", len(vs), maxScopeValues))
		}
		return
	}
	for i, v := range vs {
		switch {
		case !valid(v):
			if p.Want() {
				p.keep(field, fmt.Errorf("%w: %v", invalid, v))
			}
		case slices.Contains(vs[:i], v):
			if p.Want() {
				p.keep(field, fmt.Errorf("%v repeated", v))
			}
		}
	}
}

// BoardingScope narrows a scope by boarding. The zero value narrows nothing.
type BoardingScope uint8

// The boarding scopes.
const (
	// BoardingOnly ("boarding"): only campuses that board pupils (寄宿).
	BoardingOnly BoardingScope = iota + 1
	// DayOnly ("day"): only campuses that do not board pupils (走读).
	DayOnly
)

// boardingScopeEnum is the text form of the boarding scopes.
var boardingScopeEnum = enum.MustNew(enum.Spec[BoardingScope]{
	Type:    "BoardingScope",
	IDs:     []string{"boarding", "day"},
	Labels:  []string{"寄宿", "走读"},
	English: []string{"boarding", "day"},
	Text:    enum.ErrorForm{Err: ErrInvalidBoardingScope, Detail: ": "},
})

// IsValid reports whether b is BoardingOnly or DayOnly.
func (b BoardingScope) IsValid() bool { return boardingScopeEnum.IsValid(b) }

// String returns "boarding" or "day", or "BoardingScope(N)" (also for zero).
func (b BoardingScope) String() string { return boardingScopeEnum.String(b) }

// Name returns the name of b for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (b BoardingScope) Name(lang rate.Lang) string { return boardingScopeEnum.Name(b, enum.Lang(lang)) }

// ParseBoardingScope parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidBoardingScope and quotes the text.
func ParseBoardingScope(s string) (BoardingScope, error) { return boardingScopeEnum.Parse(s) }

// MarshalText encodes "boarding" or "day", or "" for the zero value (unset); any other invalid value is an
// error.
func (b BoardingScope) MarshalText() ([]byte, error) { return boardingScopeEnum.MarshalText(b) }

// UnmarshalText accepts what ParseBoardingScope accepts, the stable id only; "" gives the zero value. Other
// text is an error wrapping ErrInvalidBoardingScope that quotes it, and leaves the receiver unchanged.
func (b *BoardingScope) UnmarshalText(text []byte) error {
	return boardingScopeEnum.UnmarshalText(b, text)
}

// matches reports whether a campus with the given boarding flag is included.
func (b BoardingScope) matches(boarding bool) bool {
	switch b {
	case BoardingOnly:
		return boarding
	case DayOnly:
		return !boarding
	}
	return true
}

// set256 is a bit set of the values 0..255 of a small enum.
type set256 [4]uint64

// has reports whether v is in the set; values above 255 (invalid for every
// enum a scope lists) test bit 255, which only the full set has.
func (s *set256) has(v uint16) bool {
	v = min(v, 255)
	return s[v>>6]&(1<<(v&63)) != 0
}

// add puts v in the set (ignored for v > 254: 255 is reserved, see has).
func (s *set256) add(v uint16) {
	if v < 255 {
		s[v>>6] |= 1 << (v & 63)
	}
}

// allSet256 is the set of every value.
var allSet256 = set256{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// compiledScope is a Scope resolved to bit sets, for the hot path: kinds
// folds the group, kind and stage lists into one set of allowed kinds.
type compiledScope struct {
	kinds        set256
	licenses     set256
	locales      set256
	ownerships   set256 // bit 0 (not recorded) set: Applies includes it, settled says so
	designations set256 // likewise
	boarding     BoardingScope
	minLevel     prevention.Level
	unsettling   bool // the scope selects by ownership or designation
}

// compile resolves s (valid or not) to bit sets that agree with Applies.
func (s Scope) compile() compiledScope {
	cs := compiledScope{kinds: allSet256, licenses: allSet256, locales: allSet256,
		ownerships: allSet256, designations: allSet256, boarding: s.Boarding, minLevel: s.MinPreventionLevel,
		unsettling: len(s.Ownerships) > 0 || len(s.Designations) > 0}
	if len(s.Ownerships) > 0 {
		cs.ownerships = setOf(s.Ownerships)
		cs.ownerships.add(0)
	}
	if len(s.Designations) > 0 {
		cs.designations = setOf(s.Designations)
		cs.designations.add(0)
	}
	if len(s.Groups) > 0 || len(s.Kinds) > 0 || len(s.Stages) > 0 {
		cs.kinds = set256{}
		for k := range 255 {
			if s.kindAllowed(campus.Kind(k)) {
				cs.kinds.add(uint16(k))
			}
		}
	}
	if len(s.Licenses) > 0 {
		cs.licenses = setOf(s.Licenses)
	}
	if len(s.Locales) > 0 {
		cs.locales = setOf(s.Locales)
	}
	return cs
}

// kindAllowed applies the group, kind and stage lists to one kind.
func (s Scope) kindAllowed(k campus.Kind) bool {
	return (len(s.Groups) == 0 || slices.Contains(s.Groups, k.Group())) &&
		(len(s.Kinds) == 0 || slices.Contains(s.Kinds, k)) &&
		(len(s.Stages) == 0 || slices.ContainsFunc(s.Stages, k.HasStage))
}

// setOf builds a set256 of small enum values.
func setOf[T ~uint8 | ~uint16](vs []T) set256 {
	var s set256
	for _, v := range vs {
		s.add(uint16(v))
	}
	return s
}

// applies is Applies on the compiled form.
func (cs *compiledScope) applies(c *campus.Campus, level prevention.Level) bool {
	return level >= cs.minLevel && level >= prevention.Normal && level <= prevention.High && cs.boarding.matches(c.Boarding) &&
		cs.kinds.has(uint16(c.Kind)) && cs.licenses.has(uint16(c.License)) && cs.locales.has(uint16(c.Locale)) &&
		cs.ownerships.has(uint16(c.Ownership)) && cs.designations.has(uint16(c.Designation))
}

// settled is Settled on the compiled form.
func (cs *compiledScope) settled(c *campus.Campus) bool {
	return !cs.unsettling || (c.Ownership != 0 || cs.ownerships == allSet256) &&
		(c.Designation != 0 || cs.designations == allSet256)
}
