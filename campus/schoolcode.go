package campus

import (
	"fmt"
	"strconv"

	"github.com/campussec/campussec/internal/errbound"
)

// SchoolCode is a 学校(机构)标识码: the 10-digit code the Ministry of Education assigns to a school, unique
// nationwide and never reused, in the form AABBCCCCCC — AA the school category (Category), BB the province
// (the first two digits of its GB/T 2260 division code; 32 = 江苏), CCCCCC a sequence number. No check digit
// is documented, so a code is valid when it has 10 digits, a known AA and a known BB.
//
// A SchoolCode is a small comparable value. The zero value means "no code": unlicensed kindergartens have
// none, and one code may cover several campuses. It is not a campus identifier.
type SchoolCode struct {
	n uint64 // the ten digits as a number; 0 = no code (valid codes have AA >= 11)
}

// validProvince reports whether p is a province-level division number: 11–15, 21–23, 31–37, 41–46, 50–54,
// 61–65, 71, 81, 82.
func validProvince(p int) bool {
	switch {
	case p >= 11 && p <= 15, p >= 21 && p <= 23, p >= 31 && p <= 37, p >= 41 && p <= 46,
		p >= 50 && p <= 54, p >= 61 && p <= 65, p == 71, p == 81, p == 82:
		return true
	}
	return false
}

// ParseSchoolCode parses a 10-digit 学校标识码. The error wraps ErrInvalidSchoolCode and quotes s; it says
// whether the length, a digit, the category (AA) or the province (BB) is wrong. The empty string is an error:
// use the zero SchoolCode for "no code".
func ParseSchoolCode(s string) (SchoolCode, error) {
	if len(s) != 10 {
		return SchoolCode{}, fmt.Errorf("%w %s: want 10 digits", ErrInvalidSchoolCode, errbound.Quote(s))
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < '0' || ch > '9' {
			return SchoolCode{}, fmt.Errorf("%w %s: want 10 digits", ErrInvalidSchoolCode, errbound.Quote(s))
		}
		n = n*10 + uint64(ch-'0')
	}
	c := SchoolCode{n}
	if !c.Category().IsValid() {
		return SchoolCode{}, fmt.Errorf("%w %s: unknown school category %s", ErrInvalidSchoolCode, errbound.Quote(s), s[:2])
	}
	if !validProvince(c.Province()) {
		return SchoolCode{}, fmt.Errorf("%w %s: unknown province %s", ErrInvalidSchoolCode, errbound.Quote(s), s[2:4])
	}
	return c, nil
}

// MustParseSchoolCode is ParseSchoolCode that panics on error; for tests and constants.
func MustParseSchoolCode(s string) SchoolCode {
	c, err := ParseSchoolCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero value ("no code").
func (c SchoolCode) IsZero() bool { return c.n == 0 }

// String returns the 10 digits, or "" for the zero value.
func (c SchoolCode) String() string {
	if c.n == 0 {
		return ""
	}
	s := strconv.FormatUint(c.n, 10)
	for len(s) < 10 {
		s = "0" + s
	}
	return s
}

// Category returns the school category (AA); 0 for the zero value.
func (c SchoolCode) Category() Category { return Category(c.n / 1e8) }

// Province returns the two-digit province number (BB; 32 for Jiangsu); 0 for the zero value. It compares
// with hierarchy.Code.Province.
func (c SchoolCode) Province() int { return int(c.n / 1e6 % 100) }

// Sequence returns the six-digit sequence number (CCCCCC) as an integer; 0 for the zero value. It implies no
// rank.
func (c SchoolCode) Sequence() int { return int(c.n % 1e6) }

// MarshalText returns the 10 digits, or "" for the zero value.
func (c SchoolCode) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText parses 10 digits; "" gives the zero value. Invalid text is an error wrapping
// ErrInvalidSchoolCode that quotes it, and leaves c unchanged.
func (c *SchoolCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = SchoolCode{}
		return nil
	}
	v, err := ParseSchoolCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
