package prevention

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/internal/errbound"
)

// LevelSet is a set of prevention levels: the levels a figure was measured at when a schedule put
// different levels in different places (InForce.In). It is a small comparable value; the zero value is
// the empty set.
type LevelSet uint8

// levelBits are the bits of the valid levels.
const levelBits = LevelSet(1<<Normal | 1<<Heightened | 1<<High)

// SetOf returns the set of the given levels; invalid levels are left out (IsValid would refuse them).
func SetOf(levels ...Level) LevelSet {
	var s LevelSet
	for _, l := range levels {
		s = s.With(l)
	}
	return s
}

// With returns s with l added; s itself when l is invalid.
func (s LevelSet) With(l Level) LevelSet {
	if !l.IsValid() {
		return s
	}
	return s | 1<<l
}

// Has reports whether l is in s.
func (s LevelSet) Has(l Level) bool { return l.IsValid() && s&(1<<l) != 0 }

// IsValid reports whether s holds valid levels only (a set built by SetOf and With always does).
func (s LevelSet) IsValid() bool { return s&^levelBits == 0 }

// Len returns the number of levels in s.
func (s LevelSet) Len() int { return len(s.Levels()) }

// Levels returns the levels of s, lowest first, as a new slice (nil for the empty set).
func (s LevelSet) Levels() []Level {
	var ls []Level
	for _, l := range Values[Level]() {
		if s.Has(l) {
			ls = append(ls, l)
		}
	}
	return ls
}

// Single returns the one level of s, and false when s holds none or several.
func (s LevelSet) Single() (Level, bool) {
	ls := s.Levels()
	if len(ls) != 1 || !s.IsValid() {
		return 0, false
	}
	return ls[0], true
}

// String returns the ids of the levels, lowest first, joined by "+" ("normal+heightened"); "" for the
// empty set, and "LevelSet(N)" for an invalid set.
func (s LevelSet) String() string {
	if !s.IsValid() {
		return fmt.Sprintf("LevelSet(%d)", uint8(s))
	}
	ids := make([]string, 0, 3)
	for _, l := range s.Levels() {
		ids = append(ids, l.String())
	}
	return strings.Join(ids, "+")
}

// ParseLevelSet parses what String returns: level ids joined by "+", each once, lowest first; "" is the
// empty set. Anything else is an error wrapping ErrInvalidLevel that quotes the text.
func ParseLevelSet(text string) (LevelSet, error) {
	if text == "" {
		return 0, nil
	}
	var s LevelSet
	for part := range strings.SplitSeq(text, "+") {
		l, err := ParseLevel(part)
		if err != nil {
			return 0, fmt.Errorf("%w: level set %s", err, errbound.Quote(text))
		}
		s = s.With(l)
	}
	if s.String() != text {
		return 0, fmt.Errorf("%w: level set %s is not in canonical form %q", ErrInvalidLevel, errbound.Quote(text), s.String())
	}
	return s, nil
}

// MarshalText encodes s as String does; an invalid set is an error wrapping ErrInvalidLevel.
func (s LevelSet) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("%w: %s", ErrInvalidLevel, s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts what ParseLevelSet accepts and leaves s unchanged on error.
func (s *LevelSet) UnmarshalText(text []byte) error {
	v, err := ParseLevelSet(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
