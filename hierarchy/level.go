package hierarchy

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Level is the tier of a jurisdiction in the 属地管理 chain. The zero value is invalid.
type Level uint8

// The five levels, from the top of the chain down.
const (
	// Province is 省级: a province, autonomous region or municipality (省/自治区/直辖市).
	Province Level = iota + 1
	// Prefecture is 地级: a prefecture-level city, prefecture, autonomous prefecture or league, and the
	// summary groupings such as 市辖区 (110100) or 省直辖县级行政区划 (429000).
	Prefecture
	// County is 县级: a district, county or county-level city (区/县/县级市).
	County
	// Township is 乡级: a street office, town or township (街道/镇/乡).
	Township
	// Community is 村级: a residents' or villagers' committee (社区/村).
	Community
)

// levelEnum is the text form of the levels. The zero value marshals as "" (unset); any other invalid level
// is a MarshalText error naming it as String does ("Level(7)").
var levelEnum = enum.MustNew(enum.Spec[Level]{
	Type:    "Level",
	IDs:     []string{"province", "prefecture", "county", "township", "community"},
	Labels:  []string{"省级", "地级", "县级", "乡级", "村级"},
	English: []string{"province level", "prefecture level", "county level", "township level", "village level"},
	Text:    enum.ErrorForm{Err: ErrInvalidLevel, Detail: " "},
	Value:   enum.ErrorForm{Err: ErrInvalidLevel, Detail: ": ", Typed: true},
})

// IsValid reports whether l is one of the five levels.
func (l Level) IsValid() bool { return levelEnum.IsValid(l) }

// String returns the stable English id ("province" … "community"), or "Level(N)" for an invalid level.
func (l Level) String() string { return levelEnum.String(l) }

// Name returns the level's name for a reader of lang: the Chinese label (县级), or an English name ("county
// level"); "" for an invalid level or lang.
func (l Level) Name(lang rate.Lang) string { return levelEnum.Name(l, enum.Lang(lang)) }

// ParseLevel parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidLevel and quotes the text.
func ParseLevel(s string) (Level, error) { return levelEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler with the English id. The zero value marshals as "" (unset);
// any other invalid level is an error wrapping ErrInvalidLevel.
func (l Level) MarshalText() ([]byte, error) { return levelEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLevel accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidLevel that quotes it, and leaves the receiver unchanged.
func (l *Level) UnmarshalText(b []byte) error { return levelEnum.UnmarshalText(l, b) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (l Level) Value() (driver.Value, error) { return levelEnum.Value(l) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (l *Level) Scan(src any) error { return levelEnum.Scan(l, src) }
