package rate

import (
	"database/sql/driver"
	"errors"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/campussec/campussec/internal/enum"
)

// ErrInvalidRounding reports a rounding mode that is neither HalfEven nor
// HalfUp, or text that names neither.
var ErrInvalidRounding = errors.New("rate: invalid rounding mode")

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

var roundingEnum = enum.MustNew(enum.Spec[Rounding]{
	Type:    "Rounding",
	IDs:     []string{"half_even", "half_up"},
	Labels:  []string{"四舍六入五成双", "四舍五入"},
	English: []string{"round half to even (GB/T 8170-2008)", "round half up"},
	Text:    enum.ErrorForm{Err: ErrInvalidRounding, Detail: ": "},
})

// IsValid reports whether m is HalfEven or HalfUp.
func (m Rounding) IsValid() bool { return roundingEnum.IsValid(m) }

// String returns the stable English id ("half_even", "half_up"), or
// "Rounding(N)" for an invalid value.
func (m Rounding) String() string { return roundingEnum.String(m) }

// Name returns the rule's name for a reader of lang: the Chinese label, or an English phrase such as
// "round half to even (GB/T 8170-2008)". It is "" for an invalid rounding or language.
func (m Rounding) Name(lang Lang) string { return roundingEnum.Name(m, enum.Lang(lang)) }

// ParseRounding parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidRounding and quotes the text.
func ParseRounding(text string) (Rounding, error) { return roundingEnum.Parse(text) }

// MarshalText encodes m as its English id. The zero value marshals as "" (unset, so a zero Precision
// marshals; it is still invalid); any other invalid mode is an error wrapping ErrInvalidRounding.
func (m Rounding) MarshalText() ([]byte, error) { return roundingEnum.MarshalText(m) }

// UnmarshalText accepts what ParseRounding accepts, the stable id only; "" gives the zero value. Other text
// is an error wrapping ErrInvalidRounding that quotes it, and leaves the receiver unchanged.
func (m *Rounding) UnmarshalText(text []byte) error { return roundingEnum.UnmarshalText(m, text) }

// Precision says how a figure is presented: to how many decimal places, and
// by which rounding rule. A published figure names both (1394/1396 is 99.9 %
// at one place under HalfEven, 33 % at none), so every function that rounds
// takes one Precision rather than two loose parameters.
//
// The zero Precision is invalid (it names no rounding rule): a caller always
// says which rule a figure follows. In JSON it is {"places": 1, "rounding":
// "half_even"}.
type Precision struct {
	// Places is the number of decimal places kept, MinPlaces..MaxPlaces;
	// negative places round to tens, hundreds, … (GB/T 8170's "2×10³").
	Places int32 `json:"places"`
	// Rounding is the rule applied once to the exact value.
	Rounding Rounding `json:"rounding"`
}

// IsValid reports whether p's rounding is valid and its places lie in
// MinPlaces..MaxPlaces.
func (p Precision) IsValid() bool {
	return p.Rounding.IsValid() && p.Places >= MinPlaces && p.Places <= MaxPlaces
}

// String returns "places/rounding", e.g. "1/half_even"; an invalid rounding
// shows as its number.
func (p Precision) String() string {
	return strconv.FormatInt(int64(p.Places), 10) + "/" + p.Rounding.String()
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

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (m Rounding) Value() (driver.Value, error) { return roundingEnum.Value(m) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (m *Rounding) Scan(src any) error { return roundingEnum.Scan(m, src) }
