package compliance

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"strconv"
)

// ErrInvalidRounding reports a rounding mode that is neither HalfEven nor
// HalfUp, or text that names neither.
var ErrInvalidRounding = errors.New("compliance: invalid rounding mode")

// Rounding says how a figure is rounded to its last kept digit. The zero value
// is invalid, so that a caller always says which rule a published figure
// follows.
//
// Both modes round the exact value once, never in steps (GB/T 8170-2008 §3.3:
// 8.53459 to two places is 8.53, not 8.54 via 8.535), and both round the
// absolute value and then restore the sign (GB/T 8170-2008 §3.2 rule 5), so a
// fall of 0.25 points rounds like a rise of 0.25 points.
type Rounding uint8

const (
	// HalfEven is the rule of GB/T 8170-2008 数值修约规则 (四舍六入五成双):
	// below half drops, above half rounds up, and an exact half rounds to the
	// even neighbour (1.050 → 1.0, 0.35 → 0.4, 2500 → 2×10³). A five followed
	// by any non-zero digit is above half (10.5002 → 11).
	HalfEven Rounding = iota + 1
	// HalfUp is colloquial 四舍五入: an exact half rounds away from zero
	// (1.050 → 1.1, 0.25 → 0.3, 2500 → 3×10³).
	HalfUp
)

const roundingCount = int(HalfUp) + 1

var roundingIDs = [roundingCount]string{"", "half_even", "half_up"}

var roundingLabels = [roundingCount]string{"", "四舍六入五成双", "四舍五入"}

// Roundings returns every valid rounding mode: HalfEven, HalfUp.
func Roundings() []Rounding { return []Rounding{HalfEven, HalfUp} }

// IsValid reports whether m is HalfEven or HalfUp.
func (m Rounding) IsValid() bool { return m == HalfEven || m == HalfUp }

// String returns the stable English id ("half_even", "half_up"), or
// "Rounding(N)" for an invalid value.
func (m Rounding) String() string {
	if !m.IsValid() {
		return "Rounding(" + strconv.Itoa(int(m)) + ")"
	}
	return roundingIDs[m]
}

// Label returns the Chinese name of the rule (四舍六入五成双 for HalfEven,
// 四舍五入 for HalfUp), or "" for an invalid value.
func (m Rounding) Label() string {
	if !m.IsValid() {
		return ""
	}
	return roundingLabels[m]
}

// ParseRounding parses an English id or a Chinese label.
func ParseRounding(text string) (Rounding, error) {
	for m := HalfEven; m <= HalfUp; m++ {
		if text == roundingIDs[m] || text == roundingLabels[m] {
			return m, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidRounding, text)
}

// MarshalText encodes m as its English id; an invalid mode is an error.
func (m Rounding) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidRounding, uint8(m))
	}
	return []byte(roundingIDs[m]), nil
}

// UnmarshalText decodes an English id or Chinese label, as ParseRounding does.
func (m *Rounding) UnmarshalText(text []byte) error {
	v, err := ParseRounding(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// roundQuo returns num/den rounded to an integer under mode, for den > 0 and
// any sign of num. It rounds the absolute value and restores the sign. num is
// consumed (overwritten with the result); den is not modified.
func roundQuo(num, den *big.Int, mode Rounding) *big.Int {
	neg := num.Sign() < 0
	num.Abs(num)
	var r big.Int
	num.QuoRem(num, den, &r)
	// Compare the remainder with half the divisor exactly: 2r <=> den.
	r.Lsh(&r, 1)
	switch c := r.Cmp(den); {
	case c > 0:
		num.Add(num, bigOne)
	case c == 0 && (mode == HalfUp || num.Bit(0) == 1):
		num.Add(num, bigOne)
	}
	if neg {
		num.Neg(num)
	}
	return num
}

// roundQuoU64 is roundQuo for non-negative 128-bit numerators (hi:lo) whose
// quotient fits in 64 bits (hi < den), computed without allocation.
func roundQuoU64(hi, lo, den uint64, mode Rounding) uint64 {
	q, r := bits.Div64(hi, lo, den)
	// 2r <=> den without overflow: r <=> den-r.
	switch {
	case r > den-r:
		q++
	case r == den-r && (mode == HalfUp || q&1 == 1):
		q++
	}
	return q
}

var bigOne = big.NewInt(1)
