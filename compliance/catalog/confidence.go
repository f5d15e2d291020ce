package catalog

import "fmt"

// Confidence says how sure the catalog is of a provision: how directly its source was seen.
// The zero value is invalid: every shipped provision states its confidence.
type Confidence uint8

const (
	// Verified (已核实): seen directly in a source, quoted or closely paraphrased.
	Verified Confidence = iota + 1
	// Corroborated (多源印证): two or more independent sources agree.
	Corroborated
	// Secondary (二手来源): seen only in one secondary or local source, such as a news mirror or a local
	// government document quoting the provision. Treat the number or wording as probable, not certain.
	Secondary
)

var confidenceIDs = [...]string{"", "verified", "corroborated", "secondary"}
var confidenceLabels = [...]string{"", "已核实", "多源印证", "二手来源"}

// IsValid reports whether c is one of the defined confidences.
func (c Confidence) IsValid() bool { return c >= Verified && c <= Secondary }

// String returns the stable English identifier ("verified", "corroborated", "secondary").
func (c Confidence) String() string {
	if !c.IsValid() {
		return fmt.Sprintf("Confidence(%d)", uint8(c))
	}
	return confidenceIDs[c]
}

// Label returns the Chinese label.
func (c Confidence) Label() string {
	if !c.IsValid() {
		return ""
	}
	return confidenceLabels[c]
}

// ParseConfidence parses a stable identifier as returned by String.
func ParseConfidence(s string) (Confidence, error) {
	for c := Verified; c <= Secondary; c++ {
		if confidenceIDs[c] == s {
			return c, nil
		}
	}
	return 0, fmt.Errorf("%w: confidence %q", ErrInvalid, s)
}

// MarshalText implements encoding.TextMarshaler; an invalid confidence is an error.
func (c Confidence) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("%w: confidence %d", ErrInvalid, uint8(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := ParseConfidence(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
