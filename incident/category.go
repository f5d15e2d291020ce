package incident

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Category is the kind of an incident: the library's own list, not an official classification
// of 涉校案事件; see the package documentation for the text each name is read by. The zero value is unset
// and invalid: NewLog refuses it.
type Category uint8

const (
	// CriminalCase is a 刑事案件: an act that is a crime under 《刑法》.
	CriminalCase Category = iota + 1
	// PublicOrderCase is a 治安案件: an offence against public order under 《治安管理处罚法》 that is not a
	// crime.
	PublicOrderCase
	// SafetyAccident is a 安全事故: an accident causing harm, such as a 学生伤害事故 or a 生产安全事故.
	SafetyAccident
	// Other is any other incident the caller counts as involving a campus.
	Other
)

// numCategories is the number of valid categories.
const numCategories = 4

var categoryEnum = enum.MustNew(enum.Spec[Category]{
	Type:    "Category",
	IDs:     []string{"criminal_case", "public_order_case", "safety_accident", "other"},
	Labels:  []string{"刑事案件", "治安案件", "安全事故", "其他"},
	English: []string{"criminal case", "public-order case", "safety accident", "other"},
	Text:    enum.ErrorForm{Err: ErrInvalidCategory, Detail: " "},
})

// IsValid reports whether c is one of Values[Category]().
func (c Category) IsValid() bool { return categoryEnum.IsValid(c) }

// String returns the stable English id ("criminal_case"), or "Category(N)" for an invalid value.
func (c Category) String() string { return categoryEnum.String(c) }

// Name returns the category's name for a reader of lang: 刑事案件 or "criminal case"; "" for an invalid
// category or language.
func (c Category) Name(lang rate.Lang) string { return categoryEnum.Name(c, enum.Lang(lang)) }

// ParseCategory parses the stable English id as String returns it, and nothing else (ParseLabel reads the
// Chinese label). The error wraps ErrInvalidCategory and quotes the text.
func ParseCategory(text string) (Category, error) { return categoryEnum.Parse(text) }

// MarshalText encodes c as its id; the zero value as "" (unset); any other invalid value is an error
// wrapping ErrInvalidCategory.
func (c Category) MarshalText() ([]byte, error) { return categoryEnum.MarshalText(c) }

// UnmarshalText accepts what ParseCategory accepts; "" gives the zero value. On error c is unchanged.
func (c *Category) UnmarshalText(text []byte) error { return categoryEnum.UnmarshalText(c, text) }
