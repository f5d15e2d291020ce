package rate

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// Change is a rate at two dates — the baseline and the report — kept exact,
// from which the two readings of a change are derived: Points and Relative.
// A Change is a comparable value; the zero Change has two undefined rates.
//
// Its JSON is both exact rates as text, {"from": "539/800", "to": "1394/1396"}; it round-trips exactly.
// The readings (Points, Relative) are not written: they depend on a precision and are derived again on
// reading. For a change that carries its figures, dates and readings, see package compliance/change.
type Change struct {
	// From is the rate at the baseline date.
	From Rate `json:"from"`
	// To is the rate at the report date.
	To Rate `json:"to"`
}

// Points returns the change in percentage points (百分点): 100 × (To − From),
// computed from the exact fractions and rounded once to p. ok is false when
// either rate is undefined or p is invalid (see Rate.Percent).
//
// A point change is not a percent. Format it with FormatPoints
// ("+87.4 个百分点"), never with a bare "%".
//
// Reading "提高了87.4%". The 2012 report says the licensed full-compliance rate
// (99.9 %) "rose by 87.4%" since May 2010. As points, May 2010 stood near
// 12.5 %; as a relative rise (Relative), it stood near 53.3 %. The two
// readings describe very different campaigns, and the text alone cannot
// decide between them, so the library computes both and labels each.
// Note also that 99.9 − 12.5 = 87.4 subtracts two rounded figures: from exact
// counts, 175/1396 (12.5 %) to 1394/1396 is 87.3 points, and only a baseline of
// 174/1396 (also shown as 12.5 %) gives 87.4. Round once, at the end.
func (c Change) Points(p Precision) (decimal.Decimal, bool) {
	from, to := c.From, c.To
	if from.den == 0 || to.den == 0 || !p.IsValid() {
		return decimal.Decimal{}, false
	}
	// to.num/to.den − from.num/from.den = (to.num·from.den − from.num·to.den) / (to.den·from.den)
	num := new(big.Int).Mul(big.NewInt(to.num), big.NewInt(from.den))
	num.Sub(num, new(big.Int).Mul(big.NewInt(from.num), big.NewInt(to.den)))
	den := new(big.Int).Mul(big.NewInt(to.den), big.NewInt(from.den))
	return percentOf(num, den, p.Places, p.Rounding), true
}

// Relative returns the change relative to the baseline, in percent of it:
// 100 × (To − From) / From, computed from the exact fractions and rounded once
// to p. ok is false when From is zero or undefined (a rise from nothing has no
// relative size), when To is undefined, or when p is invalid.
//
// A relative change is a percent of a percent; FormatRelative labels it so it
// is not mistaken for a point change (see Points for the report's ambiguous
// "提高了87.4%").
func (c Change) Relative(p Precision) (decimal.Decimal, bool) {
	from, to := c.From, c.To
	if from.num == 0 || to.den == 0 || !p.IsValid() {
		return decimal.Decimal{}, false
	}
	// (to − from)/from = (to.num·from.den − from.num·to.den) / (to.den·from.num)
	num := new(big.Int).Mul(big.NewInt(to.num), big.NewInt(from.den))
	num.Sub(num, new(big.Int).Mul(big.NewInt(from.num), big.NewInt(to.den)))
	den := new(big.Int).Mul(big.NewInt(to.den), big.NewInt(from.num))
	return percentOf(num, den, p.Places, p.Rounding), true
}

// Format shows the change in words that cannot be misread, e.g.
// "12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)" — both readings, each
// labelled, and Undefined where one has no value. Prefix the measure's name
// (Measure.Name in package compliance) to say what changed.
func (c Change) Format(p Precision, lang Lang) string {
	pts, rel := Undefined, Undefined
	if v, ok := c.Points(p); ok {
		pts = FormatPoints(v, p.Places, lang)
	}
	if v, ok := c.Relative(p); ok {
		rel = FormatRelative(v, p.Places, lang)
	}
	return c.From.Format(p) + " → " + c.To.Format(p) + ": " + pts + ", " + rel
}
