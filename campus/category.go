package campus

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
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

// categoryValues are the categories in code order.
var categoryValues = [...]Category{
	CategoryKindergarten, CategoryPrimary, CategoryAdultPrimary, CategoryJuniorSecondary, CategoryVocationalJunior,
	CategoryAdultJunior, CategorySeniorSecondary, CategoryAdultSenior, CategoryVocational, CategoryReform,
	CategoryHigher, CategoryAdultHigher, CategorySpecial, CategoryResearchInstitute, CategoryOtherPrivateHigher,
	CategoryVocationalTraining,
}

// categoryEnum is the text form of the categories: ids, labels and codes.
var categoryEnum = enum.MustNew(enum.Spec[Category]{
	Type:   "Category",
	Values: categoryValues[:],
	IDs: []string{
		"kindergarten", "primary", "adult_primary", "junior_secondary", "vocational_junior", "adult_junior",
		"senior_secondary", "adult_senior", "vocational", "reform", "higher", "adult_higher", "special",
		"research_institute", "other_private_higher", "vocational_training",
	},
	Labels: []string{
		"幼儿园", "小学", "成人小学", "普通初中", "职业初中", "成人初中", "普通高中", "成人高中",
		"中等职业学校", "工读学校", "普通高等学校", "成人高等学校", "特殊教育",
		"培养研究生的科研机构", "民办的其他高等教育机构", "中等职业培训机构",
	},
	English: []string{
		"kindergarten", "primary school", "adult primary school", "general junior secondary school",
		"vocational junior secondary school", "adult junior secondary school", "general senior secondary school",
		"adult senior secondary school", "secondary vocational school", "work-study school",
		"regular higher education institution", "adult higher education institution", "special education",
		"research institute training postgraduates", "other private higher education institution",
		"secondary vocational training institution",
	},
	Codes: []string{"11", "21", "22", "31", "32", "33", "34", "35", "36", "37", "41", "42", "51", "91", "92", "93"},
	Text:  enum.ErrorForm{Err: ErrInvalidCategory, Detail: " "},
})

// IsValid reports whether c is one of Values[Category]().
func (c Category) IsValid() bool { return categoryEnum.IsValid(c) }

// Code returns the two-digit code ("31"), or "" for an invalid category.
func (c Category) Code() string { return categoryEnum.Code(c) }

// String returns the stable English id ("junior_secondary"), or "Category(N)" for an invalid category.
func (c Category) String() string { return categoryEnum.String(c) }

// Name returns the name of c for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (c Category) Name(lang rate.Lang) string { return categoryEnum.Name(c, enum.Lang(lang)) }

// Holds reports whether a school whose code has category c may have a campus of kind k. The rule, from the
// MOE tables (the first two digits of the 办学类型代码 are the 学校类别码):
//
//   - a kind with an MOE code is held by the category of its first two digits: 11 holds 111, 112 and 119,
//     21 holds 211–219, 22 holds 221–229, 31 holds 311–319, 32 holds 321–329, 33 holds 331–332, 34 holds
//     341–349, 35 holds 351–352, 36 holds 361–369, 37 holds 371, 51 holds 511–519;
//   - Nursery has no MOE code. A decision of this package: a nursery campus may belong to a school coded as
//     a kindergarten (11 — a kindergarten that also runs a nursery), and to no other category;
//   - an attached class (附设…班: 119, 219, 319, 328, 329, 349, 368, 518, 519) is by its name a class
//     attached to a host school, so besides its own category it may sit under the code of any host category
//     — one that holds a regular (not adult, not attached) 中小学 kind: 21, 31, 32, 34, 36, 37, 51. A
//     primary school's kindergarten class, or a junior secondary school's attached primary class, is
//     registered as a campus of that school. (A decision of this package, as for 119 before: the tables say
//     what an attached class is, not under which code it is registered.)
//   - the higher-education and training categories (41, 42, 91–93) hold none of the kinds.
func (c Category) Holds(k Kind) bool {
	if !c.IsValid() || !k.IsValid() {
		return false
	}
	if k == Nursery {
		return c == CategoryKindergarten
	}
	if k.Category() == c {
		return true
	}
	return kindTable[k].attached && c.hostsAttached()
}

// hostsAttached reports whether c is a host category for attached classes: some regular (not adult, not
// attached) 中小学 kind has category c.
func (c Category) hostsAttached() bool {
	switch c {
	case CategoryAdultPrimary, CategoryAdultJunior, CategoryAdultSenior:
		return false
	}
	for k := Kind(1); int(k) <= numKinds; k++ {
		if k.Group() == GroupSchool && !kindTable[k].attached && k.Category() == c {
			return true
		}
	}
	return false
}

// ParseCategory parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that), not the two-digit category code (ParseCategoryCode). The error wraps
// ErrInvalidCategory and quotes the text.
func ParseCategory(s string) (Category, error) { return categoryEnum.Parse(s) }

// ParseCategoryCode parses the two-digit category code (学校类别码, "21") as Code returns it: the one function
// that reads a code. The error wraps ErrInvalidCategory and quotes s.
func ParseCategoryCode(s string) (Category, error) { return categoryEnum.ParseCode(s) }

// MustParseCategory is ParseCategory that panics on error; for tests and constants.
func MustParseCategory(s string) Category { return categoryEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid category is
// an error wrapping ErrInvalidCategory.
func (c Category) MarshalText() ([]byte, error) { return categoryEnum.MarshalText(c) }

// UnmarshalText accepts what ParseCategory accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidCategory that quotes it, and leaves the receiver unchanged.
func (c *Category) UnmarshalText(b []byte) error { return categoryEnum.UnmarshalText(c, b) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (c Category) Value() (driver.Value, error) { return categoryEnum.Value(c) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (c *Category) Scan(src any) error { return categoryEnum.Scan(c, src) }
