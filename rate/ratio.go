package rate

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/shopspring/decimal"
)

// ErrInvalidRatio reports a ratio with a negative part, text that is not "num/den", or a scale that is not
// positive.
var ErrInvalidRatio = errors.New("rate: invalid ratio")

// Ratio is an exact, non-negative fraction num/den of two counts with no bound between them: a "per N"
// figure such as incidents per campus or per 10,000 pupils (每万名学生), where the numerator may exceed the
// denominator. A Rate is a share (num ≤ den, shown as a percent); a Ratio is a frequency, shown as a plain
// number per a scale the caller names (Per), never as a percent: 3 incidents among 20,000 pupils is
// "1.5 per 10,000 pupils", not "0.015 %".
//
// Like a Rate it keeps its counts (3/20000 stays 3/20000) and is rounded once, from them, by Per. A zero
// denominator is a valid, undefined ratio: Per reports false and Format shows Undefined. The zero value is
// the undefined ratio 0/0. Ratios are comparable; == compares the counts, Compare the values.
type Ratio struct {
	num, den int64
}

// NewRatio returns the ratio num/den. A negative part, or a non-zero numerator over a zero denominator, is
// an error wrapping ErrInvalidRatio; 0/0 is the undefined ratio.
func NewRatio(num, den int64) (Ratio, error) {
	if num < 0 || den < 0 || (den == 0 && num != 0) {
		return Ratio{}, fmt.Errorf("%w: %d/%d", ErrInvalidRatio, num, den)
	}
	return Ratio{num: num, den: den}, nil
}

// ParseRatio parses "num/den" in decimal digits, as Ratio.String formats it, validating as NewRatio does.
func ParseRatio(text string) (Ratio, error) {
	n, d, ok := strings.Cut(text, "/")
	if !ok || !digitsOnly(n) || !digitsOnly(d) {
		return Ratio{}, fmt.Errorf("%w: %s is not num/den", ErrInvalidRatio, errbound.Quote(text))
	}
	num, err1 := strconv.ParseInt(n, 10, 64)
	den, err2 := strconv.ParseInt(d, 10, 64)
	if err1 != nil || err2 != nil {
		return Ratio{}, fmt.Errorf("%w: %s is out of range", ErrInvalidRatio, errbound.Quote(text))
	}
	return NewRatio(num, den)
}

// MustParseRatio is ParseRatio that panics on error, for constants and tests.
func MustParseRatio(text string) Ratio {
	r, err := ParseRatio(text)
	if err != nil {
		panic(err)
	}
	return r
}

// Num returns the numerator: what was counted (incidents).
func (r Ratio) Num() int64 { return r.num }

// Den returns the denominator: what it is counted per (campuses, pupils).
func (r Ratio) Den() int64 { return r.den }

// Defined reports whether the denominator is non-zero.
func (r Ratio) Defined() bool { return r.den != 0 }

// Rat returns the exact, unscaled value num/den, and false when the ratio is undefined. The *big.Rat is new
// on every call.
func (r Ratio) Rat() (*big.Rat, bool) {
	if r.den == 0 {
		return nil, false
	}
	return big.NewRat(r.num, r.den), true
}

// Compare compares the values of r and s: -1, 0 or +1. Undefined ratios are equal to each other and less
// than every defined ratio.
func (r Ratio) Compare(s Ratio) int {
	return Rate(r).Compare(Rate(s)) // the same exact cross-multiplication; Rate's bound plays no part in it
}

// String formats r as "num/den", e.g. "3/20000"; the undefined zero value is "0/0".
func (r Ratio) String() string { return Rate(r).String() }

// MarshalText encodes r as "num/den".
func (r Ratio) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes "num/den", validating as NewRatio does; on error r is unchanged.
func (r *Ratio) UnmarshalText(text []byte) error {
	v, err := ParseRatio(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Per returns scale × num/den rounded once, exactly, to p: the number of counted things per scale units
// (scale 1: per campus; scale 10000: per 10,000 pupils). The result has exactly p.Places fractional digits.
// ok is false when the ratio is undefined, when scale is not positive, and when p is invalid.
//
// The value is computed from the integer counts (num × scale × 10^places divided by den, the tie rule
// applied to the exact remainder), never through a float or an earlier rounding.
func (r Ratio) Per(scale int64, p Precision) (decimal.Decimal, bool) {
	if r.den == 0 || scale < 1 || !p.IsValid() {
		return decimal.Decimal{}, false
	}
	num := new(big.Int).Mul(big.NewInt(r.num), big.NewInt(scale))
	return scaledOf(num, big.NewInt(r.den), p), true
}

// scaledOf returns num/den rounded once to p's places under p's rounding, for den > 0 and num of either
// sign. num and den are consumed.
func scaledOf(num, den *big.Int, p Precision) decimal.Decimal {
	if p.Places >= 0 {
		num.Mul(num, pow10(p.Places))
	} else {
		den.Mul(den, pow10(-p.Places))
	}
	return decimal.NewFromBigInt(roundQuo(num, den, p.Rounding), -p.Places)
}

// Format returns Per(scale, p) as a plain number with exactly p.Places decimal places ("1.50"), or Undefined.
// It writes no unit and never a "%": the caller names what the ratio counts per what ("起/万名学生").
func (r Ratio) Format(scale int64, p Precision) string {
	v, ok := r.Per(scale, p)
	if !ok {
		return Undefined
	}
	return fixed(v, p.Places)
}

// RatioChange is a ratio in two periods — the baseline and the report — kept exact, from which the two
// readings of a change are derived: Difference, in the ratio's own unit (incidents per 10,000 pupils),
// and Relative, in percent of the baseline. The zero RatioChange has two undefined ratios.
//
// Its JSON is both exact ratios as text, {"from": "3/20000", "to": "1/10000"}; it round-trips exactly. The
// readings are not written: they depend on a scale and a precision, and are derived again on reading.
type RatioChange struct {
	// From is the ratio in the baseline period.
	From Ratio `json:"from"`
	// To is the ratio in the report period.
	To Ratio `json:"to"`
}

// Difference returns scale × (To − From), from the exact fractions, rounded once to p: the change in the
// ratio's own unit (per scale units). It is neither a percent nor percentage points; format it with
// FormatDifference. ok is false when either ratio is undefined, scale is not positive, or p is invalid.
func (c RatioChange) Difference(scale int64, p Precision) (decimal.Decimal, bool) {
	from, to := c.From, c.To
	if from.den == 0 || to.den == 0 || scale < 1 || !p.IsValid() {
		return decimal.Decimal{}, false
	}
	num := new(big.Int).Mul(big.NewInt(to.num), big.NewInt(from.den))
	num.Sub(num, new(big.Int).Mul(big.NewInt(from.num), big.NewInt(to.den)))
	num.Mul(num, big.NewInt(scale))
	den := new(big.Int).Mul(big.NewInt(to.den), big.NewInt(from.den))
	return scaledOf(num, den, p), true
}

// Relative returns the change relative to the baseline, in percent of it: 100 × (To − From) / From, from
// the exact fractions, rounded once to p. It does not depend on the scale. ok is false when From is zero or
// undefined (a rise from nothing has no relative size), when To is undefined, or when p is invalid.
func (c RatioChange) Relative(p Precision) (decimal.Decimal, bool) {
	return Change{From: Rate(c.From), To: Rate(c.To)}.Relative(p) // Relative reads only the exact counts
}

// FormatDifference formats a difference, as returned by RatioChange.Difference, with an explicit sign and
// at least places decimal places, labelled as a difference so that it is not read as a percent or as
// points: "-0.50(差值)" (Chinese) or "-0.50 (difference)" (English). The caller names the unit. Places
// outside MinPlaces..MaxPlaces give Undefined.
func FormatDifference(v decimal.Decimal, places int32, lang Lang) string {
	if places < MinPlaces || places > MaxPlaces {
		return Undefined
	}
	if lang == English {
		return signed(v, places) + " (difference)"
	}
	return signed(v, places) + "(差值)"
}

// Format shows the change per scale units in words that cannot be misread, e.g.
// "2.00 → 1.50: -0.50(差值), -25.0%(相对变化)" — both readings, each labelled, and Undefined where one has
// no value. The caller names the unit (per 10,000 pupils).
func (c RatioChange) Format(scale int64, p Precision, lang Lang) string {
	diff, rel := Undefined, Undefined
	if v, ok := c.Difference(scale, p); ok {
		diff = FormatDifference(v, p.Places, lang)
	}
	if v, ok := c.Relative(p); ok {
		rel = FormatRelative(v, p.Places, lang)
	}
	return c.From.Format(scale, p) + " → " + c.To.Format(scale, p) + ": " + diff + ", " + rel
}
