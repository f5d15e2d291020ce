package campus

import (
	"fmt"
	"strconv"
)

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

var licenceIDs = [...]string{"", "licensed", "unlicensed"}

var licenceLabels = [...]string{"", "有证", "无证"}

// Licences returns both statuses in their stable order: Licensed, Unlicensed.
func Licences() []Licence { return []Licence{Licensed, Unlicensed} }

// IsValid reports whether l is one of Licences().
func (l Licence) IsValid() bool { return l >= 1 && int(l) <= numLicences }

// String returns the stable English id ("licensed", "unlicensed"), or "Licence(N)" for an invalid value.
func (l Licence) String() string {
	if !l.IsValid() {
		return "Licence(" + strconv.Itoa(int(l)) + ")"
	}
	return licenceIDs[l]
}

// Label returns the Chinese name (有证, 无证), or "" for an invalid value.
func (l Licence) Label() string {
	if !l.IsValid() {
		return ""
	}
	return licenceLabels[l]
}

// ParseLicence parses a licence status's English id. The error wraps ErrInvalidLicence and quotes s.
func ParseLicence(s string) (Licence, error) {
	for i := 1; i <= numLicences; i++ {
		if licenceIDs[i] == s {
			return Licence(i), nil
		}
	}
	return 0, fmt.Errorf("%w %q", ErrInvalidLicence, s)
}

// MustParseLicence is ParseLicence that panics on error; for tests and constants.
func MustParseLicence(s string) Licence {
	v, err := ParseLicence(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid value is an
// error wrapping ErrInvalidLicence.
func (l Licence) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, fmt.Errorf("%w %d", ErrInvalidLicence, uint8(l))
	}
	return []byte(licenceIDs[l]), nil
}

// UnmarshalText parses an English id; "" gives the zero value. Unknown text is an error wrapping
// ErrInvalidLicence that quotes it, and leaves l unchanged.
func (l *Licence) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	v, err := ParseLicence(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
