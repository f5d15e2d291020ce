package hierarchy

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/campussec/campussec/internal/errbound"
)

// Code is a statistical division code (统计用区划代码) of 12 digits: 2 province, 2 prefecture, 2 county,
// 3 township and 3 community digits. It is a small comparable value; the zero value is "no code".
// A non-zero Code is always valid: it can only come from ParseCode or from methods of a valid Code.
//
// The zero Code means the whole tree (every jurisdiction, every campus) wherever a code selects what lies
// under a jurisdiction — Tree.Children, Descendants and Walk, Code.Contains, campus.Register.In and Range,
// campus.JurisdictionCounts.Get, compliance's Cell.In and finding.Rectification.Tally — and names no
// jurisdiction where a code names one (Tree.Lookup, Index and Ancestors report it unknown).
type Code struct {
	v uint64 // the 12 digits as a number; 0 = no code
}

// Divisors that isolate the digit groups of the 12-digit value.
const (
	divProvince   = 10_000_000_000
	divPrefecture = 100_000_000
	divCounty     = 1_000_000
	divTownship   = 1_000
)

// levelDiv[l] is 10^(digits below level l): v - v%levelDiv[l] keeps the groups down to l.
var levelDiv = [...]uint64{0, divProvince, divPrefecture, divCounty, divTownship, 1}

// ParseCode parses a division code of 6 digits (province, prefecture or county: "320000", "320500",
// "320505"), 9 digits (township: "320505001") or 12 digits (any level; trailing zero groups mark the
// level). Errors wrap ErrInvalidCode and quote the input: other lengths, non-digits, a province part
// that is no province, all zeros, or a gap in the groups (see Code.Level).
func ParseCode(s string) (Code, error) {
	switch len(s) {
	case 6, 9, 12:
	default:
		return Code{}, codeError(s, "length "+strconv.Itoa(len(s))+", want 6, 9 or 12 digits")
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := s[i]
		if d < '0' || d > '9' {
			return Code{}, codeError(s, fmt.Sprintf("non-digit %q at position %d", d, i+1))
		}
		v = v*10 + uint64(d-'0')
	}
	for range 12 - len(s) {
		v *= 10
	}
	if reason := checkDigits(v); reason != "" {
		return Code{}, codeError(s, reason)
	}
	return Code{v}, nil
}

// MustParseCode is like ParseCode but panics on error. Use it for constants in programs and tests.
func MustParseCode(s string) Code {
	c, err := ParseCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

func codeError(s, reason string) error {
	return fmt.Errorf("%w %s: %s", ErrInvalidCode, errbound.Quote(s), reason)
}

// checkDigits returns why the 12-digit value v is not a valid code, or "".
func checkDigits(v uint64) string {
	p, pr, co, tw, cm := groups(v)
	switch {
	case v == 0:
		return "all zeros"
	case !validProvince(p):
		return fmt.Sprintf("%02d is not a province", p)
	case pr == 0 && co|tw|cm != 0:
		return "prefecture digits are 00 below a non-zero group"
	case tw == 0 && cm != 0:
		return "township digits are 000 above non-zero community digits"
	}
	return ""
}

func groups(v uint64) (province, prefecture, county, township, community uint64) {
	return v / divProvince, v / divPrefecture % 100, v / divCounty % 100, v / divTownship % 1000, v % 1000
}

// validProvince reports whether p is a GB/T 2260 province number.
func validProvince(p uint64) bool {
	switch {
	case p >= 11 && p <= 15, p >= 21 && p <= 23, p >= 31 && p <= 37, p >= 41 && p <= 46,
		p >= 50 && p <= 54, p >= 61 && p <= 65, p == 71, p == 81, p == 82:
		return true
	}
	return false
}

// IsZero reports whether c is the zero Code (no code).
func (c Code) IsZero() bool { return c.v == 0 }

// Level returns the level of c: the position of its last non-zero digit group. The zero Code has
// level 0. A code may skip the county group (东莞 441900003 is a township directly under a
// prefecture-level city), but never the prefecture group or the township group.
func (c Code) Level() Level {
	_, pr, co, tw, cm := groups(c.v)
	switch {
	case c.v == 0:
		return 0
	case cm != 0:
		return Community
	case tw != 0:
		return Township
	case co != 0:
		return County
	case pr != 0:
		return Prefecture
	}
	return Province
}

// String returns the canonical form: 6 digits down to county level ("320000", "320500", "320505"),
// 9 digits for a township ("320505001"), 12 for a community; "" for the zero Code.
func (c Code) String() string {
	switch c.Level() {
	case 0:
		return ""
	case Township:
		return fmt.Sprintf("%09d", c.v/divTownship)
	case Community:
		return fmt.Sprintf("%012d", c.v)
	}
	return fmt.Sprintf("%06d", c.v/divCounty)
}

// Parent returns the code with the last non-zero group zeroed (441900003 → 441900, 429004 → 429000,
// 110101 → 110100, 320500 → 320000), and false for a province or the zero Code.
func (c Code) Parent() (Code, bool) {
	l := c.Level()
	if l <= Province {
		return Code{}, false
	}
	return Code{c.v - c.v%levelDiv[l-1]}, true
}

// Contains reports whether c is an ancestor of d or d itself, by digit groups. The zero Code is the whole
// tree, as everywhere in the library: it contains every non-zero code, and nothing contains it.
func (c Code) Contains(d Code) bool {
	if d.v == 0 {
		return false
	}
	if c.v == 0 {
		return true // the zero code is the whole tree
	}
	l := c.Level()
	return d.v-d.v%levelDiv[l] == c.v
}

// Truncate returns the ancestor-or-self of c that keeps c's digit groups down to level l and zeroes
// the rest. It returns the zero Code when l is invalid or deeper than c's level. The result's level
// can be shallower than l when c skips a group: 441900003 truncated to County is 441900.
func (c Code) Truncate(l Level) Code {
	if !l.IsValid() || l > c.Level() {
		return Code{}
	}
	return Code{c.v - c.v%levelDiv[l]}
}

// Province returns the two-digit province number (32 for Jiangsu), or 0 for the zero Code.
func (c Code) Province() int { return int(c.v / divProvince) }

// Compare returns -1, 0 or +1 by the numeric order of the 12 digits. Ascending order puts a parent
// before its descendants and a subtree's codes next to each other. The zero Code sorts first.
func (c Code) Compare(d Code) int { return cmp.Compare(c.v, d.v) }

// MarshalText implements encoding.TextMarshaler with the canonical String form; the zero Code
// marshals as empty text.
func (c Code) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text gives the zero Code; anything else
// must parse with ParseCode.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Code{}
		return nil
	}
	v, err := ParseCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
