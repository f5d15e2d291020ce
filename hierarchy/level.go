package hierarchy

import "github.com/campussec/campussec/internal/enum"

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

// levelEnum is the text form of the levels. An invalid level, the zero value included, neither marshals nor
// parses; its MarshalText error names it as String does ("Level(0)").
var levelEnum = enum.MustNew(enum.Spec[Level]{
	Type:   "Level",
	IDs:    []string{"province", "prefecture", "county", "township", "community"},
	Labels: []string{"省级", "地级", "县级", "乡级", "村级"},
	Text:   enum.ErrorForm{Err: ErrInvalidLevel, Detail: " "},
	Value:  enum.ErrorForm{Err: ErrInvalidLevel, Detail: ": ", Typed: true},
})

// IsValid reports whether l is one of the five levels.
func (l Level) IsValid() bool { return levelEnum.IsValid(l) }

// String returns the stable English id ("province" … "community"), or "Level(N)" for an invalid level.
func (l Level) String() string { return levelEnum.String(l) }

// Label returns the Chinese label: 省级, 地级, 县级, 乡级 or 村级; "" for an invalid level.
func (l Level) Label() string { return levelEnum.Label(l) }

// ParseLevel parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLevelLabel reads that). The error wraps ErrInvalidLevel and quotes the text.
func ParseLevel(s string) (Level, error) { return levelEnum.Parse(s) }

// ParseLevelLabel parses the Chinese label as Label returns it ("省级"): the one function that reads
// a label, for text written for people. The error wraps ErrInvalidLevel and quotes s.
func ParseLevelLabel(s string) (Level, error) { return levelEnum.ParseLabel(s) }

// MarshalText implements encoding.TextMarshaler with the English id. An invalid level is an error.
func (l Level) MarshalText() ([]byte, error) { return levelEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLevel accepts, the stable id only. Other text is an error wrapping
// ErrInvalidLevel that quotes it, and leaves the receiver unchanged.
func (l *Level) UnmarshalText(b []byte) error { return levelEnum.UnmarshalText(l, b) }
