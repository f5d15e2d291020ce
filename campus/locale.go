package campus

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Locale is the urban–rural classification of a campus's location (所在地城乡类型): the three-digit 城乡分类代码
// of the National Bureau of Statistics' 统计用城乡划分代码, drawn up under 《统计上划分城乡的规定》(国函〔2008〕60号,
// approved by the State Council in July 2008; 国家统计局 with 民政部 and other ministries) and coded by the NBS's
// 《统计用区划代码和城乡划分代码编制规则》. It is not an MOE code: MOE school statistics record it per school as
// 所在地城乡类型 (GB/T 33782-2017 表5 reproduces the same codes). Its numeric value is the code itself (111 … 220).
// The code is hierarchical: 1 城镇 (urban) = 11 城区 (city) + 12 镇区 (town); 2 乡村 (rural). National targets are
// scoped by it (城市中小学). The zero value is invalid.
//
// Source: a 河东区统计局 answer citing 国函〔2008〕60号 and listing 111 主城区, 112 城乡结合区, 121 镇中心区,
// 122 镇乡结合区, 123 特殊区域, 210 乡中心区, 220 村庄 (http://hedong.gov.cn/info/11192/140271.htm).
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

// localeValues are the locales in their stable order; counts are indexed by position in it (localeEnum.Index).
var localeValues = [numLocales]Locale{
	LocaleMainUrban, LocaleUrbanFringe, LocaleTownCentre, LocaleTownFringe, LocaleSpecialArea, LocaleTownshipCentre,
	LocaleVillage,
}

// localeEnum is the text form of the locales: ids, labels and codes.
var localeEnum = enum.MustNew(enum.Spec[Locale]{
	Type:   "Locale",
	Values: localeValues[:],
	IDs: []string{
		"main_urban", "urban_fringe", "town_centre", "town_fringe", "special_area", "township_centre", "village",
	},
	Labels: []string{"主城区", "城乡结合区", "镇中心区", "镇乡结合区", "特殊区域", "乡中心区", "村庄"},
	English: []string{
		"main urban area", "urban-rural fringe", "town centre", "town-rural fringe", "special area",
		"township centre", "village",
	},
	Codes: []string{"111", "112", "121", "122", "123", "210", "220"},
	Text:  enum.ErrorForm{Err: ErrInvalidLocale, Detail: " "},
})

// IsValid reports whether l is one of Values[Locale]().
func (l Locale) IsValid() bool { return localeEnum.IsValid(l) }

// Urban reports whether l is urban (城镇, codes 1xx): a city or a town locale.
func (l Locale) Urban() bool { return l.IsValid() && l/100 == 1 }

// City reports whether l is in a city proper (城区, codes 11x).
func (l Locale) City() bool { return l.IsValid() && l/10 == 11 }

// Town reports whether l is in a town (镇区, codes 12x).
func (l Locale) Town() bool { return l.IsValid() && l/10 == 12 }

// Rural reports whether l is rural (乡村, codes 2xx).
func (l Locale) Rural() bool { return l.IsValid() && l/100 == 2 }

// Code returns the three-digit 城乡分类代码 ("111"), or "" for an invalid locale.
func (l Locale) Code() string { return localeEnum.Code(l) }

// String returns the stable English id ("main_urban"), or "Locale(N)" for an invalid locale.
func (l Locale) String() string { return localeEnum.String(l) }

// Name returns the name of l for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (l Locale) Name(lang rate.Lang) string { return localeEnum.Name(l, enum.Lang(lang)) }

// ParseLocale parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that), not the urban–rural code (ParseLocaleCode). The error wraps ErrInvalidLocale and
// quotes the text.
func ParseLocale(s string) (Locale, error) { return localeEnum.Parse(s) }

// ParseLocaleCode parses the urban–rural code (城乡分类代码, "220") as Code returns it: the one function that
// reads a code. The error wraps ErrInvalidLocale and quotes s.
func ParseLocaleCode(s string) (Locale, error) { return localeEnum.ParseCode(s) }

// MustParseLocale is ParseLocale that panics on error; for tests and constants.
func MustParseLocale(s string) Locale { return localeEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid locale is an
// error wrapping ErrInvalidLocale.
func (l Locale) MarshalText() ([]byte, error) { return localeEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLocale accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidLocale that quotes it, and leaves the receiver unchanged.
func (l *Locale) UnmarshalText(b []byte) error { return localeEnum.UnmarshalText(l, b) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (l Locale) Value() (driver.Value, error) { return localeEnum.Value(l) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (l *Locale) Scan(src any) error { return localeEnum.Scan(l, src) }
