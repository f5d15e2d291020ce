package campus

import (
	"fmt"
	"strconv"
)

// Locale is the MOE urban–rural classification of a campus's location (所在地城乡类型, 城乡分类). Its numeric
// value is the three-digit code itself (111 … 220). The code is hierarchical: 1 城镇 (urban) = 11 城区 (city)
// + 12 镇区 (town); 2 乡村 (rural). National targets are scoped by it (城市中小学). The zero value is invalid.
type Locale uint16

// The locales, in their stable order (code ascending).
const (
	LocaleMainUrban      Locale = 111 // 主城区
	LocaleUrbanFringe    Locale = 112 // 城乡结合区
	LocaleTownCentre     Locale = 121 // 镇中心区
	LocaleTownFringe     Locale = 122 // 镇乡结合区
	LocaleSpecialArea    Locale = 123 // 特殊区域
	LocaleTownshipCentre Locale = 210 // 乡中心区
	LocaleVillage        Locale = 220 // 村庄

	numLocales = 7
)

type localeInfo struct {
	locale Locale
	id     string
	label  string
}

var localeTable = [numLocales]localeInfo{
	{LocaleMainUrban, "main_urban", "主城区"},
	{LocaleUrbanFringe, "urban_fringe", "城乡结合区"},
	{LocaleTownCentre, "town_centre", "镇中心区"},
	{LocaleTownFringe, "town_fringe", "镇乡结合区"},
	{LocaleSpecialArea, "special_area", "特殊区域"},
	{LocaleTownshipCentre, "township_centre", "乡中心区"},
	{LocaleVillage, "village", "村庄"},
}

// localeIndex returns the position of l in localeTable (0..numLocales-1), or -1 for an invalid locale.
func localeIndex(l Locale) int {
	switch l {
	case LocaleMainUrban:
		return 0
	case LocaleUrbanFringe:
		return 1
	case LocaleTownCentre:
		return 2
	case LocaleTownFringe:
		return 3
	case LocaleSpecialArea:
		return 4
	case LocaleTownshipCentre:
		return 5
	case LocaleVillage:
		return 6
	}
	return -1
}

// Locales returns every valid locale in code order.
func Locales() []Locale {
	out := make([]Locale, numLocales)
	for i, info := range localeTable {
		out[i] = info.locale
	}
	return out
}

// IsValid reports whether l is one of Locales().
func (l Locale) IsValid() bool { return localeIndex(l) >= 0 }

// Urban reports whether l is urban (城镇, codes 1xx): a city or a town locale.
func (l Locale) Urban() bool { return l.IsValid() && l/100 == 1 }

// City reports whether l is in a city proper (城区, codes 11x).
func (l Locale) City() bool { return l.IsValid() && l/10 == 11 }

// Town reports whether l is in a town (镇区, codes 12x).
func (l Locale) Town() bool { return l.IsValid() && l/10 == 12 }

// Rural reports whether l is rural (乡村, codes 2xx).
func (l Locale) Rural() bool { return l.IsValid() && l/100 == 2 }

// Code returns the three-digit MOE code ("111"), or "" for an invalid locale.
func (l Locale) Code() string {
	if !l.IsValid() {
		return ""
	}
	return strconv.Itoa(int(l))
}

// String returns the stable English id ("main_urban"), or "Locale(N)" for an invalid locale.
func (l Locale) String() string {
	i := localeIndex(l)
	if i < 0 {
		return "Locale(" + strconv.Itoa(int(l)) + ")"
	}
	return localeTable[i].id
}

// Label returns the Chinese name (主城区), or "" for an invalid locale.
func (l Locale) Label() string {
	i := localeIndex(l)
	if i < 0 {
		return ""
	}
	return localeTable[i].label
}

// ParseLocale parses a locale's stable English id ("village") or its MOE code ("220"). The error wraps
// ErrInvalidLocale and quotes s.
func ParseLocale(s string) (Locale, error) {
	if s != "" {
		for _, info := range localeTable {
			if info.id == s || strconv.Itoa(int(info.locale)) == s {
				return info.locale, nil
			}
		}
	}
	return 0, fmt.Errorf("%w %q", ErrInvalidLocale, s)
}

// MustParseLocale is ParseLocale that panics on error; for tests and constants.
func MustParseLocale(s string) Locale {
	v, err := ParseLocale(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid locale is an
// error wrapping ErrInvalidLocale.
func (l Locale) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	i := localeIndex(l)
	if i < 0 {
		return nil, fmt.Errorf("%w %d", ErrInvalidLocale, uint16(l))
	}
	return []byte(localeTable[i].id), nil
}

// UnmarshalText parses an English id or MOE code; "" gives the zero value. Unknown text is an error wrapping
// ErrInvalidLocale that quotes it, and leaves l unchanged.
func (l *Locale) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	v, err := ParseLocale(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
