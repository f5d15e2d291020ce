package campus

import "github.com/campussec/campussec/internal/enum"

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
	EmptyIsZero: true, Text: enum.ErrorForm{Err: ErrInvalidLicense, Detail: " "},
})

// Licenses returns both statuses in their stable order: Licensed, Unlicensed.
func Licenses() []License { return licenseEnum.AppendValues(make([]License, 0, numLicenses)) }

// IsValid reports whether l is one of Licenses().
func (l License) IsValid() bool { return licenseEnum.IsValid(l) }

// String returns the stable English id ("licensed", "unlicensed"), or "License(N)" for an invalid value.
func (l License) String() string { return licenseEnum.String(l) }

// Label returns the Chinese name (有证, 无证), or "" for an invalid value.
func (l License) Label() string { return licenseEnum.Label(l) }

// ParseLicense parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLicenseLabel reads that). The error wraps ErrInvalidLicense and quotes the text.
func ParseLicense(s string) (License, error) { return licenseEnum.Parse(s) }

// ParseLicenseLabel parses the Chinese label as Label returns it: the one function that reads
// a label, for text written for people. The error wraps ErrInvalidLicense and quotes s.
func ParseLicenseLabel(s string) (License, error) { return licenseEnum.ParseLabel(s) }

// MustParseLicense is ParseLicense that panics on error; for tests and constants.
func MustParseLicense(s string) License { return licenseEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid value is an
// error wrapping ErrInvalidLicense.
func (l License) MarshalText() ([]byte, error) { return licenseEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLicense accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidLicense that quotes it, and leaves the receiver unchanged.
func (l *License) UnmarshalText(b []byte) error { return licenseEnum.UnmarshalText(l, b) }
