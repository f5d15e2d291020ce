package campus

import "github.com/campussec/campussec/internal/enum"

// Licence is a campus's licensing status in the report's sense: licensed (有证, holding an education
// licence to operate) or unlicensed (无证). It is a property of the campus, not of its school code:
// unlicensed kindergartens have no 学校标识码. The zero value is invalid.
type Licence uint8

// The licence statuses, in their stable order.
const (
	Licensed   Licence = iota + 1 // 有证
	Unlicensed                    // 无证

	numLicences = int(Unlicensed)
)

var licenceEnum = enum.MustNew(enum.Spec[Licence]{
	Type: "Licence", IDs: []string{"licensed", "unlicensed"}, Labels: []string{"有证", "无证"},
	EmptyIsZero: true, Text: enum.ErrorForm{Err: ErrInvalidLicence, Detail: " "},
})

// Licences returns both statuses in their stable order: Licensed, Unlicensed.
func Licences() []Licence { return licenceEnum.AppendValues(make([]Licence, 0, numLicences)) }

// IsValid reports whether l is one of Licences().
func (l Licence) IsValid() bool { return licenceEnum.IsValid(l) }

// String returns the stable English id ("licensed", "unlicensed"), or "Licence(N)" for an invalid value.
func (l Licence) String() string { return licenceEnum.String(l) }

// Label returns the Chinese name (有证, 无证), or "" for an invalid value.
func (l Licence) Label() string { return licenceEnum.Label(l) }

// ParseLicence parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLicenceLabel reads that). The error wraps ErrInvalidLicence and quotes the text.
func ParseLicence(s string) (Licence, error) { return licenceEnum.Parse(s) }

// ParseLicenceLabel parses the Chinese label as Label returns it: the one function that reads
// a label, for text written for people. The error wraps ErrInvalidLicence and quotes s.
func ParseLicenceLabel(s string) (Licence, error) { return licenceEnum.ParseLabel(s) }

// MustParseLicence is ParseLicence that panics on error; for tests and constants.
func MustParseLicence(s string) Licence { return licenceEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid value is an
// error wrapping ErrInvalidLicence.
func (l Licence) MarshalText() ([]byte, error) { return licenceEnum.MarshalText(l) }

// UnmarshalText accepts what ParseLicence accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidLicence that quotes it, and leaves the receiver unchanged.
func (l *Licence) UnmarshalText(b []byte) error { return licenceEnum.UnmarshalText(l, b) }
