package campus

import (
	"fmt"
	"strconv"
)

// Category is a 学校类别码: the first two digits (AA) of a 10-digit 学校标识码 (see SchoolCode). Its numeric
// value is the two-digit code itself. The first two digits of a kind's MOE 办学类型代码 equal its category
// (Kind.Category). The zero value is invalid.
type Category uint8

// The school categories of the 学校标识码, in code order.
const (
	CategoryKindergarten       Category = 11 // 幼儿园
	CategoryPrimary            Category = 21 // 小学
	CategoryAdultPrimary       Category = 22 // 成人小学
	CategoryJuniorSecondary    Category = 31 // 普通初中
	CategoryVocationalJunior   Category = 32 // 职业初中
	CategoryAdultJunior        Category = 33 // 成人初中
	CategorySeniorSecondary    Category = 34 // 普通高中
	CategoryAdultSenior        Category = 35 // 成人高中
	CategoryVocational         Category = 36 // 中等职业学校
	CategoryReform             Category = 37 // 工读学校
	CategoryHigher             Category = 41 // 普通高等学校
	CategoryAdultHigher        Category = 42 // 成人高等学校
	CategorySpecial            Category = 51 // 特殊教育
	CategoryResearchInstitute  Category = 91 // 培养研究生的科研机构
	CategoryOtherPrivateHigher Category = 92 // 民办的其他高等教育机构
	CategoryVocationalTraining Category = 93 // 中等职业培训机构
)

type categoryInfo struct {
	category Category
	id       string
	label    string
}

var categoryTable = [...]categoryInfo{
	{CategoryKindergarten, "kindergarten", "幼儿园"},
	{CategoryPrimary, "primary", "小学"},
	{CategoryAdultPrimary, "adult_primary", "成人小学"},
	{CategoryJuniorSecondary, "junior_secondary", "普通初中"},
	{CategoryVocationalJunior, "vocational_junior", "职业初中"},
	{CategoryAdultJunior, "adult_junior", "成人初中"},
	{CategorySeniorSecondary, "senior_secondary", "普通高中"},
	{CategoryAdultSenior, "adult_senior", "成人高中"},
	{CategoryVocational, "vocational", "中等职业学校"},
	{CategoryReform, "reform", "工读学校"},
	{CategoryHigher, "higher", "普通高等学校"},
	{CategoryAdultHigher, "adult_higher", "成人高等学校"},
	{CategorySpecial, "special", "特殊教育"},
	{CategoryResearchInstitute, "research_institute", "培养研究生的科研机构"},
	{CategoryOtherPrivateHigher, "other_private_higher", "民办的其他高等教育机构"},
	{CategoryVocationalTraining, "vocational_training", "中等职业培训机构"},
}

// categoryByCode maps a two-digit code 0..99 to its index in categoryTable plus one (0 = unknown).
var categoryByCode = func() (m [100]uint8) {
	for i, info := range categoryTable {
		m[info.category] = uint8(i + 1)
	}
	return m
}()

func (c Category) info() (categoryInfo, bool) {
	if int(c) >= len(categoryByCode) || categoryByCode[c] == 0 {
		return categoryInfo{}, false
	}
	return categoryTable[categoryByCode[c]-1], true
}

// Categories returns every valid category in code order.
func Categories() []Category {
	out := make([]Category, len(categoryTable))
	for i, info := range categoryTable {
		out[i] = info.category
	}
	return out
}

// IsValid reports whether c is one of Categories().
func (c Category) IsValid() bool {
	_, ok := c.info()
	return ok
}

// Code returns the two-digit code ("31"), or "" for an invalid category.
func (c Category) Code() string {
	if !c.IsValid() {
		return ""
	}
	return strconv.Itoa(int(c))
}

// String returns the stable English id ("junior_secondary"), or "Category(N)" for an invalid category.
func (c Category) String() string {
	info, ok := c.info()
	if !ok {
		return "Category(" + strconv.Itoa(int(c)) + ")"
	}
	return info.id
}

// Label returns the Chinese name (普通初中), or "" for an invalid category.
func (c Category) Label() string {
	info, _ := c.info()
	return info.label
}

// Holds reports whether a school whose code has category c may have a campus of kind k. The rule, from the
// MOE tables (the first two digits of the 办学类型代码 are the 学校类别码):
//
//   - a kind with an MOE code is held only by the category of its first two digits: 11 holds 111 and 119,
//     21 holds 211 and 218, 31 holds 311 and 312, 34 holds 341, 342 and 345, 36 holds 361–366, 37 holds
//     371, 51 holds 511–514;
//   - Nursery has no MOE code. A decision of this package: a nursery campus may belong to a school coded as
//     a kindergarten (11 — a kindergarten that also runs a nursery), and to no other category;
//   - the other categories (adult, higher education, training) hold none of the kinds.
//
// Consequently a kindergarten class attached to a primary school (119 under a 21 code) must be registered
// as its own school, without a code or with a category-11 code.
func (c Category) Holds(k Kind) bool {
	if !c.IsValid() || !k.IsValid() {
		return false
	}
	if k == Nursery {
		return c == CategoryKindergarten
	}
	return k.Category() == c
}

// ParseCategory parses a category's English id ("primary") or its two-digit code ("21"). The error wraps
// ErrInvalidCategory and quotes s.
func ParseCategory(s string) (Category, error) {
	if s != "" {
		for _, info := range categoryTable {
			if info.id == s || strconv.Itoa(int(info.category)) == s {
				return info.category, nil
			}
		}
	}
	return 0, fmt.Errorf("%w %q", ErrInvalidCategory, s)
}

// MustParseCategory is ParseCategory that panics on error; for tests and constants.
func MustParseCategory(s string) Category {
	v, err := ParseCategory(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid category is
// an error wrapping ErrInvalidCategory.
func (c Category) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	info, ok := c.info()
	if !ok {
		return nil, fmt.Errorf("%w %d", ErrInvalidCategory, uint8(c))
	}
	return []byte(info.id), nil
}

// UnmarshalText parses an English id or code; "" gives the zero value. Unknown text is an error wrapping
// ErrInvalidCategory that quotes it, and leaves c unchanged.
func (c *Category) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
