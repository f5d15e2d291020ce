package compliance

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// PointChange returns the change from one rate to another in percentage
// points (百分点): 100 × (to − from), computed from the exact fractions and
// rounded once to places under mode. ok is false when either rate is
// undefined, or mode or places is invalid (see Rate.Percent).
//
// A point change is not a percent. Format it with FormatPoints
// ("+87.4 个百分点"), never with a bare "%".
//
// Reading "提高了87.4%". The 2012 report says the licensed full-compliance rate
// (99.9 %) "rose by 87.4%" since May 2010. As points, May 2010 stood near
// 12.5 %; as a relative rise (RelativeChange), it stood near 53.3 %. The two
// readings describe very different campaigns, and the text alone cannot
// decide between them, so the library computes both and labels each.
// Note also that 99.9 − 12.5 = 87.4 subtracts two rounded figures: from exact
// counts, 175/1396 (12.5 %) to 1394/1396 is 87.3 points, and only a baseline of
// 174/1396 (also shown as 12.5 %) gives 87.4. Round once, at the end.
func PointChange(from, to Rate, places int32, mode Rounding) (decimal.Decimal, bool) {
	if from.den == 0 || to.den == 0 || !mode.IsValid() || places < MinPlaces || places > MaxPlaces {
		return decimal.Decimal{}, false
	}
	// to.num/to.den − from.num/from.den = (to.num·from.den − from.num·to.den) / (to.den·from.den)
	num := new(big.Int).Mul(big.NewInt(to.num), big.NewInt(from.den))
	num.Sub(num, new(big.Int).Mul(big.NewInt(from.num), big.NewInt(to.den)))
	den := new(big.Int).Mul(big.NewInt(to.den), big.NewInt(from.den))
	return percentOf(num, den, places, mode), true
}

// RelativeChange returns the change from one rate to another relative to the
// earlier one, in percent of it: 100 × (to − from) / from, computed from the
// exact fractions and rounded once to places under mode. ok is false when from
// is zero or undefined (a rise from nothing has no relative size), when to is
// undefined, or when mode or places is invalid.
//
// A relative change is a percent of a percent; FormatRelative labels it so it
// is not mistaken for a point change (see PointChange for the report's
// ambiguous "提高了87.4%").
func RelativeChange(from, to Rate, places int32, mode Rounding) (decimal.Decimal, bool) {
	if from.num == 0 || to.den == 0 || !mode.IsValid() || places < MinPlaces || places > MaxPlaces {
		return decimal.Decimal{}, false
	}
	// (to − from)/from = (to.num·from.den − from.num·to.den) / (to.den·from.num)
	num := new(big.Int).Mul(big.NewInt(to.num), big.NewInt(from.den))
	num.Sub(num, new(big.Int).Mul(big.NewInt(from.num), big.NewInt(to.den)))
	den := new(big.Int).Mul(big.NewInt(to.den), big.NewInt(from.num))
	return percentOf(num, den, places, mode), true
}
