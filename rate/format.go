package rate

import (
	"database/sql/driver"
	"errors"

	"github.com/campussec/campussec/internal/enum"
	"github.com/shopspring/decimal"
)

// ErrInvalidLang reports a language that is neither Chinese nor English, or
// text that names neither.
var ErrInvalidLang = errors.New("rate: invalid language")

// Lang selects the language of a formatted figure's unit, and of an enum's
// Name in every package of the module. The zero value is invalid; formatting
// with it uses Chinese, and Name gives "" for it.
type Lang uint8

const (
	// Chinese formats units as reports do: "99.9%", "+87.4 个百分点".
	Chinese = Lang(enum.Chinese)
	// English formats units in English: "99.9%", "+87.4 percentage points".
	English = Lang(enum.English)
)

var langEnum = enum.MustNew(enum.Spec[Lang]{
	Type:    "Lang",
	Values:  []Lang{Chinese, English},
	IDs:     []string{"zh", "en"},
	Labels:  []string{"中文", "英文"},
	English: []string{"Chinese", "English"},
	Text:    enum.ErrorForm{Err: ErrInvalidLang, Detail: ": "},
})

// IsValid reports whether l is Chinese or English.
func (l Lang) IsValid() bool { return langEnum.IsValid(l) }

// String returns the stable id ("zh", "en"), or "Lang(N)" for an invalid
// value.
func (l Lang) String() string { return langEnum.String(l) }

// Name returns the language's name for a reader of lang: 中文 or "Chinese", 英文 or "English"; "" for an
// invalid language or lang.
func (l Lang) Name(lang Lang) string { return langEnum.Name(l, enum.Lang(lang)) }

// ParseLang parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidLang and quotes the text.
func ParseLang(text string) (Lang, error) { return langEnum.Parse(text) }

// MarshalText encodes l as its id. The zero value marshals as "" (unset); any other invalid language is an
// error wrapping ErrInvalidLang.
func (l Lang) MarshalText() ([]byte, error) { return langEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLang accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidLang that quotes it, and leaves the receiver unchanged.
func (l *Lang) UnmarshalText(text []byte) error { return langEnum.UnmarshalText(l, text) }

// Undefined is how a formatter shows an undefined figure (a zero
// denominator, a relative change from zero): a dash, as statistical tables do,
// never "0%" or "NaN".
const Undefined = "—"

// fixed formats v with at least places fractional digits, and more if v
// carries more: a figure is never re-rounded while it is formatted (rounding
// happens once, in Rate.Percent, Change.Points or Change.Relative).
func fixed(v decimal.Decimal, places int32) string {
	if e := -v.Exponent(); e > places {
		places = e
	}
	// v has at most places fractional digits here, so StringFixed only pads.
	return v.StringFixed(places)
}

func signed(v decimal.Decimal, places int32) string {
	s := fixed(v, places)
	if v.Sign() > 0 {
		s = "+" + s
	}
	return s
}

// FormatPercent formats a rate's percentage, as returned by Rate.Percent, with
// places decimal places and a percent sign: "99.9%", "33%". Places outside
// MinPlaces..MaxPlaces give Undefined, as Rate.Percent refuses them.
func FormatPercent(v decimal.Decimal, places int32) string {
	if places < MinPlaces || places > MaxPlaces {
		return Undefined
	}
	return fixed(v, places) + "%"
}

// FormatPoints formats a point change, as returned by Change.Points, with an
// explicit sign and the unit spelled out, never a bare "%":
// "+87.4 个百分点" (Chinese) or "+87.4 percentage points" (English). Places
// outside MinPlaces..MaxPlaces give Undefined.
func FormatPoints(v decimal.Decimal, places int32, lang Lang) string {
	if places < MinPlaces || places > MaxPlaces {
		return Undefined
	}
	if lang == English {
		return signed(v, places) + " percentage points"
	}
	return signed(v, places) + " 个百分点"
}

// FormatRelative formats a relative change, as returned by Change.Relative,
// with an explicit sign and a label that says it is relative:
// "+87.4%(相对变化)" (Chinese) or "+87.4% (relative)" (English). Places
// outside MinPlaces..MaxPlaces give Undefined.
func FormatRelative(v decimal.Decimal, places int32, lang Lang) string {
	if places < MinPlaces || places > MaxPlaces {
		return Undefined
	}
	if lang == English {
		return signed(v, places) + "% (relative)"
	}
	return signed(v, places) + "%(相对变化)"
}

// Format returns the rate as a rounded percentage ("99.9%"), or Undefined for
// a zero denominator or an invalid p.
func (r Rate) Format(p Precision) string {
	v, ok := r.Percent(p)
	if !ok {
		return Undefined
	}
	return FormatPercent(v, p.Places)
}

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (l Lang) Value() (driver.Value, error) { return langEnum.Value(l) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (l *Lang) Scan(src any) error { return langEnum.Scan(l, src) }
