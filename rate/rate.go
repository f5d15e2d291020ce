package rate

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/shopspring/decimal"
)

// ErrInvalidRate reports a rate whose parts are negative or whose numerator
// exceeds its denominator, or text that is not "num/den".
var ErrInvalidRate = errors.New("rate: invalid rate")

// The range of decimal places a figure may be rounded to. Negative places
// round to tens, hundreds, … (GB/T 8170's "2×10³"). Calls outside the range
// report false rather than allocate without bound.
const (
	MinPlaces int32 = -30
	MaxPlaces int32 = 30
)

// Rate is an exact fraction num/den of two counts, with 0 <= num <= den: the
// share of campuses that are compliant, assessed, rectified… It keeps its
// counts, so 1394/1396 stays 1394/1396 (not 0.9986 or 99.9 %) until a figure
// is presented, and it is rounded exactly once, by Percent.
//
// A zero denominator is a valid, undefined rate (there is nothing to take a
// share of): Percent reports false for it, it never becomes NaN, 0 % or a
// panic. The zero value is the undefined rate 0/0.
//
// Rates are comparable; == compares the counts (1/2 != 2/4, because a figure
// keeps what it counted), Compare compares values.
type Rate struct {
	num, den int64
}

// New returns the rate num/den. Negative parts and num > den are errors
// wrapping ErrInvalidRate; den == 0 (with num == 0) is the undefined rate.
func New(num, den int64) (Rate, error) {
	if num < 0 || den < 0 || num > den {
		return Rate{}, fmt.Errorf("%w: %d/%d", ErrInvalidRate, num, den)
	}
	return Rate{num: num, den: den}, nil
}

// Parse parses "num/den" in decimal digits, as String formats it.
func Parse(text string) (Rate, error) {
	n, d, ok := strings.Cut(text, "/")
	if !ok || !digitsOnly(n) || !digitsOnly(d) {
		return Rate{}, fmt.Errorf("%w: %s is not num/den", ErrInvalidRate, errbound.Quote(text))
	}
	num, err1 := strconv.ParseInt(n, 10, 64)
	den, err2 := strconv.ParseInt(d, 10, 64)
	if err1 != nil || err2 != nil {
		return Rate{}, fmt.Errorf("%w: %s is out of range", ErrInvalidRate, errbound.Quote(text))
	}
	return New(num, den)
}

// MustParse is Parse that panics on error, for constants and tests.
func MustParse(text string) Rate {
	r, err := Parse(text)
	if err != nil {
		panic(err)
	}
	return r
}

func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Num returns the numerator: what was counted.
func (r Rate) Num() int64 { return r.num }

// Den returns the denominator: what it was counted out of.
func (r Rate) Den() int64 { return r.den }

// Defined reports whether the denominator is non-zero.
func (r Rate) Defined() bool { return r.den != 0 }

// Rat returns the exact, unrounded value as a fraction (not a percent), for
// callers that round later; false when the rate is undefined. The *big.Rat is
// new on every call.
func (r Rate) Rat() (*big.Rat, bool) {
	if r.den == 0 {
		return nil, false
	}
	return big.NewRat(r.num, r.den), true
}

// Compare compares the values of r and s: -1, 0 or +1. Undefined rates are
// equal to each other and less than every defined rate.
func (r Rate) Compare(s Rate) int {
	switch {
	case r.den == 0 && s.den == 0:
		return 0
	case r.den == 0:
		return -1
	case s.den == 0:
		return 1
	}
	// r.num/r.den <=> s.num/s.den  ⇔  r.num*s.den <=> s.num*r.den, in 128 bits.
	h1, l1 := bits.Mul64(uint64(r.num), uint64(s.den))
	h2, l2 := bits.Mul64(uint64(s.num), uint64(r.den))
	switch {
	case h1 != h2:
		return cmpU64(h1, h2)
	default:
		return cmpU64(l1, l2)
	}
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String formats r as "num/den", e.g. "1394/1396"; the undefined zero value
// is "0/0".
func (r Rate) String() string {
	return strconv.FormatInt(r.num, 10) + "/" + strconv.FormatInt(r.den, 10)
}

// MarshalText encodes r as "num/den".
func (r Rate) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes "num/den", validating as New does.
func (r *Rate) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// pow10u64 holds 10^0 … 10^18, the powers that fit in a uint64 with room for
// the factor 100 of a percent up to 10^16.
var pow10u64 = func() (p [19]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// Percent returns the rate as a percentage rounded once, exactly, to p's
// places under p's rounding: 1394/1396 at one place is 99.9 under both modes
// (the exact value 99.857… is not a tie). The result has exactly places
// fractional digits (its exponent is -places); negative places round to tens,
// hundreds, … Print it with StringFixed(places), or use Format: decimal's
// String drops trailing zeros, so 100.0 would print as "100".
//
// ok is false when the rate is undefined, and also when p is invalid (see
// Precision.IsValid: caller errors that a figure must not paper over with a
// guess).
//
// The value is computed from the integer counts (num × 100 × 10^places divided
// by den, the tie rule applied to the exact remainder), never through a float
// or an intermediate rounding, and without touching shopspring/decimal's
// package settings.
func (r Rate) Percent(p Precision) (decimal.Decimal, bool) {
	places, mode := p.Places, p.Rounding
	if r.den == 0 || !p.IsValid() {
		return decimal.Decimal{}, false
	}
	if places >= 0 && places <= 16 {
		// Fast path: num ≤ den, so the quotient ≤ 100×10^places ≤ 10^18 fits.
		hi, lo := bits.Mul64(uint64(r.num), 100*pow10u64[places])
		q := roundQuoU64(hi, lo, uint64(r.den), mode)
		return decimal.New(int64(q), -places), true
	}
	return percentOf(big.NewInt(r.num), big.NewInt(r.den), places, mode), true
}

// percentOf returns 100 × num/den rounded once to places under mode, for
// den > 0 and num of either sign. num and den are consumed.
func percentOf(num, den *big.Int, places int32, mode Rounding) decimal.Decimal {
	num.Mul(num, big.NewInt(100))
	if places >= 0 {
		num.Mul(num, pow10(places))
	} else {
		den.Mul(den, pow10(-places))
	}
	return decimal.NewFromBigInt(roundQuo(num, den, mode), -places)
}

func pow10(n int32) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}
