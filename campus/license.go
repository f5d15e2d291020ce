package campus

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// License is a campus's licensing status in the report's sense: licensed (有证, holding an education
// license to operate) or unlicensed (无证). It is a property of the campus, not of its school code:
// unlicensed kindergartens have no 学校标识码. The zero value is invalid.
type License uint8

// The license statuses, in their stable order.
const (
	Licensed   License = iota + 1 // 有证
	Unlicensed                    // 无证

	numLicenses = int(Unlicensed)
)

var licenseEnum = enum.MustNew(enum.Spec[License]{
	Type: "License", IDs: []string{"licensed", "unlicensed"}, Labels: []string{"有证", "无证"},
	English: []string{"licensed", "unlicensed"},
	Text:    enum.ErrorForm{Err: ErrInvalidLicense, Detail: " "},
})

// IsValid reports whether l is one of Values[License]().
func (l License) IsValid() bool { return licenseEnum.IsValid(l) }

// String returns the stable English id ("licensed", "unlicensed"), or "License(N)" for an invalid value.
func (l License) String() string { return licenseEnum.String(l) }

// Name returns the name of l for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (l License) Name(lang rate.Lang) string { return licenseEnum.Name(l, enum.Lang(lang)) }

// ParseLicense parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidLicense and quotes the text.
func ParseLicense(s string) (License, error) { return licenseEnum.Parse(s) }

// MustParseLicense is ParseLicense that panics on error; for tests and constants.
func MustParseLicense(s string) License { return licenseEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid value is an
// error wrapping ErrInvalidLicense.
func (l License) MarshalText() ([]byte, error) { return licenseEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLicense accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidLicense that quotes it, and leaves the receiver unchanged.
func (l *License) UnmarshalText(b []byte) error { return licenseEnum.UnmarshalText(l, b) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (l License) Value() (driver.Value, error) { return licenseEnum.Value(l) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (l *License) Scan(src any) error { return licenseEnum.Scan(l, src) }
