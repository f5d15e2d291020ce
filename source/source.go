// Package source cites the published provisions the library's facts encode: a standard's requirement
// (compliance.Requirement.Source) or a national target's scope (catalog.TargetScope.Source) says which
// document (文件) and clause (条款) it comes from, where it can be read, how sure that reading is
// (Confidence, the research notes' scale) and a note (for example that a band is not given in the source).
//
// The package is pure: no I/O, no clock, no package state.
package source

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/rate"
)

// ErrInvalidConfidence reports a confidence that is not one of the defined
// ones, or text that names none of them.
var ErrInvalidConfidence = errors.New("source: invalid confidence")

// ErrInvalidJSON reports JSON that is not the form of a Citation (see
// Citation.UnmarshalJSON).
var ErrInvalidJSON = errors.New("source: invalid JSON")

// Citation cites the provision a fact encodes: the document (文件), the
// clause (条款), an address where it can be read, how sure the citation is,
// and a note (for example that a band is not given in the source). The zero
// Citation cites nothing. It is a comparable value.
type Citation struct {
	Document   string
	Clause     string
	Address    string
	Confidence Confidence
	Note       string
}

// schema is the form of a Citation, which has no JSON tags: its Go field names.
var schema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "Document", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
	{Name: "Clause", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
	{Name: "Address", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
	{Name: "Confidence", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
	{Name: "Note", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
}}

// UnmarshalJSON decodes the form encoding/json writes for a Citation, which has no JSON tags:
// {"Document": …, "Clause": …, "Address": …, "Confidence": …, "Note": …}, every key required and spelt
// exactly (capitals included), once. Errors wrap ErrInvalidJSON (and ErrInvalidConfidence for a confidence
// that is not a stable id); c is left unchanged.
func (c *Citation) UnmarshalJSON(b []byte) error {
	type plain Citation
	var v plain
	if err := jsonstrict.Decode(b, schema, &v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	*c = Citation(v)
	return nil
}

// Confidence is how sure a citation is, in the research notes' terms. The
// zero value means "not stated".
type Confidence uint8

// The confidence levels, surest first.
const (
	// Verified: seen directly in the source.
	Verified Confidence = iota + 1
	// Corroborated: two or more independent sources agree.
	Corroborated
	// Secondary: seen only in one secondary or local source.
	Secondary
	// Unverified: no source confirms it.
	Unverified
)

// confidenceEnum is the text form of the confidences.
var confidenceEnum = enum.MustNew(enum.Spec[Confidence]{
	Type:    "Confidence",
	IDs:     []string{"verified", "corroborated", "secondary", "unverified"},
	Labels:  []string{"已核实", "多方印证", "二手来源", "未核实"},
	English: []string{"verified", "corroborated", "secondary source", "unverified"},
	Text:    enum.ErrorForm{Err: ErrInvalidConfidence, Detail: ": "},
})

// IsValid reports whether c is a defined confidence (not the zero value).
func (c Confidence) IsValid() bool { return confidenceEnum.IsValid(c) }

// String returns the stable id, or "Confidence(N)".
func (c Confidence) String() string { return confidenceEnum.String(c) }

// Name returns the name of c for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (c Confidence) Name(lang rate.Lang) string { return confidenceEnum.Name(c, enum.Lang(lang)) }

// ParseConfidence parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidConfidence and quotes the text.
func ParseConfidence(s string) (Confidence, error) { return confidenceEnum.Parse(s) }

// MarshalText encodes the stable id, or "" for the zero value (unset); any other invalid value is an error.
func (c Confidence) MarshalText() ([]byte, error) { return confidenceEnum.MarshalText(c) }

// UnmarshalText accepts what ParseConfidence accepts, the stable id only; "" gives the zero value. Other text
// is an error wrapping ErrInvalidConfidence that quotes it, and leaves the receiver unchanged.
func (c *Confidence) UnmarshalText(b []byte) error { return confidenceEnum.UnmarshalText(c, b) }

// Enum lists the enum types of this package. Every enum of the module offers the same methods — IsValid,
// String (the stable English id), Name(lang) (the Chinese label or the English name), MarshalText and UnmarshalText —
// and follows one text policy:
//
//   - stable ids through ParseX (ParseConfidence) and UnmarshalText, and so JSON and standard documents: the
//     id only, never a label or an English name, so stored data means one thing;
//   - Chinese labels through ParseLabel only, for text written for people;
//   - the zero value is unset ("not stated"): never valid, it marshals as "" and "" unmarshals as it.
type Enum interface {
	Confidence
}

// table returns the enum table of E.
func table[E Enum]() *enum.Table[E] {
	var t any
	switch any(*new(E)).(type) {
	case Confidence:
		t = confidenceEnum
	}
	return t.(*enum.Table[E])
}

// ParseLabel parses the Chinese label of an enum value as Name(rate.Chinese) returns it
// (ParseLabel[Confidence]("已核实")): the one function of the package that reads a label. The error wraps the
// enum's own sentinel (ErrInvalidConfidence) and quotes the label.
func ParseLabel[E Enum](label string) (E, error) { return table[E]().ParseLabel(label) }

// Values returns every valid value of an enum in its declaration order, as a new slice:
// Values[Confidence]() is [verified corroborated secondary unverified].
func Values[E Enum]() []E { return table[E]().Values() }
