package compliance

import (
	"errors"
	"fmt"

	"github.com/campussec/campussec/internal/enum"
)

// ErrInvalidRequirement reports a requirement with an empty or over-long ID
// or title, or a malformed source.
var ErrInvalidRequirement = errors.New("compliance: invalid requirement")

// ErrDuplicateRequirement reports two requirements with one ID in a standard.
var ErrDuplicateRequirement = errors.New("compliance: duplicate requirement")

// MaxTextLen bounds every free-text field (titles, sources, notes) in bytes.
const MaxTextLen = 4096

// MaxIDLen bounds standard and requirement IDs in bytes.
const MaxIDLen = 128

// Requirement is one checklist item of a standard (OSCAL: a control): what it
// demands (Rule), of which campuses and at which prevention levels (Scope),
// and where it comes from (Source).
type Requirement struct {
	// ID is unique within the standard and stable across its versions.
	ID string
	// Title names the requirement in the standard's words.
	Title string
	// Source is where the requirement is written and how sure that is.
	Source Source
	// Scope narrows the campuses and levels; the zero Scope is every campus.
	Scope Scope
	// Rule is what the requirement demands.
	Rule Rule
	// Origin records, in a combined standard (Combine), the standard and the
	// requirement this one was taken from; zero in a standard that states its
	// requirements itself.
	Origin Origin
	// Variant records, in a tailored standard, that this requirement replaces
	// the base's requirement Variant.Of by a documented reading
	// (Tailoring.Replace); zero otherwise.
	Variant Variant
}

// Origin names the requirement of another standard that a requirement of a
// combined standard was taken from.
type Origin struct {
	// Standard is the standard version the requirement comes from.
	Standard Reference `json:"standard"`
	// Requirement is its ID there (without the combined standard's
	// namespace prefix).
	Requirement string `json:"requirement"`
}

// IsZero reports whether o names nothing.
func (o Origin) IsZero() bool { return o == Origin{} }

// String returns "ID@Version/requirement", or "" for the zero Origin.
func (o Origin) String() string {
	if o.IsZero() {
		return ""
	}
	return o.Standard.String() + "/" + o.Requirement
}

// Variant records a requirement that replaces one of its base standard's by a
// published or local reading (Tailoring.Replace): which requirement it
// replaces, what changed and why. The base standard is the tailored
// standard's DerivedFrom.
type Variant struct {
	// Of is the ID of the base's requirement this one replaces.
	Of string `json:"of"`
	// Change says what the variant changes ("step counted over headcount
	// instead of students").
	Change string `json:"change"`
	// Reason says why: the document or reading it follows.
	Reason string `json:"reason"`
}

// IsZero reports whether v records nothing.
func (v Variant) IsZero() bool { return v == Variant{} }

// Source cites the provision a requirement encodes: the document (文件), the
// clause (条款), an address where it can be read, how sure the citation is,
// and a note (for example that a band is not given in the source).
type Source struct {
	Document   string
	Clause     string
	Address    string
	Confidence Confidence
	Note       string
}

// Confidence is how sure a requirement's source is, in the research notes'
// terms. The zero value means "not stated".
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

// confidenceEnum is the text form of the confidences. A parse error wraps ErrInvalidRequirement, as every
// error about a requirement does; a marshal error wraps ErrUnknownRuleKind.
var confidenceEnum = enum.MustNew(enum.Spec[Confidence]{
	Type:        "Confidence",
	IDs:         []string{"verified", "corroborated", "secondary", "unverified"},
	Labels:      []string{"已核实", "多方印证", "二手来源", "未核实"},
	ParseLabels: true,
	Text:        enum.ErrorForm{Err: ErrInvalidRequirement, Detail: ": confidence "},
	Value:       enum.ErrorForm{Err: ErrUnknownRuleKind, Detail: ": confidence "},
})

// IsValid reports whether c is a defined confidence (not the zero value).
func (c Confidence) IsValid() bool { return confidenceEnum.IsValid(c) }

// String returns the stable id, or "Confidence(N)".
func (c Confidence) String() string { return confidenceEnum.String(c) }

// Label returns the Chinese label, or "".
func (c Confidence) Label() string { return confidenceEnum.Label(c) }

// ParseConfidence parses a stable id or Chinese label.
func ParseConfidence(s string) (Confidence, error) { return confidenceEnum.Parse(s) }

// MarshalText encodes the stable id; the zero or an invalid value is an error.
func (c Confidence) MarshalText() ([]byte, error) { return confidenceEnum.MarshalText(c) }

// UnmarshalText decodes a stable id or Chinese label.
func (c *Confidence) UnmarshalText(b []byte) error { return confidenceEnum.UnmarshalText(c, b) }

// validate returns every problem with the requirement, each naming it.
// custom holds the standard's declared indicators by id.
func (r *Requirement) validate(custom map[string]Indicator) []error {
	var errs []error
	if err := checkText("ID", r.ID, MaxIDLen, true); err != nil {
		errs = append(errs, err)
	}
	if err := checkText("title", r.Title, MaxTextLen, true); err != nil {
		errs = append(errs, err)
	}
	for _, f := range [...]struct{ name, v string }{
		{"source document", r.Source.Document}, {"source clause", r.Source.Clause},
		{"source address", r.Source.Address}, {"source note", r.Source.Note},
	} {
		if err := checkText(f.name, f.v, MaxTextLen, false); err != nil {
			errs = append(errs, err)
		}
	}
	for _, f := range [...]struct {
		name, v string
		max     int
	}{
		{"origin standard ID", r.Origin.Standard.ID, MaxIDLen}, {"origin standard version", r.Origin.Standard.Version, MaxIDLen},
		{"origin requirement", r.Origin.Requirement, MaxIDLen}, {"variant of", r.Variant.Of, MaxIDLen},
		{"variant change", r.Variant.Change, MaxTextLen}, {"variant reason", r.Variant.Reason, MaxTextLen},
	} {
		if err := checkText(f.name, f.v, f.max, false); err != nil {
			errs = append(errs, err)
		}
	}
	if !r.Origin.IsZero() && (r.Origin.Standard.ID == "" || r.Origin.Requirement == "") {
		errs = append(errs, fmt.Errorf("%w: origin %q names no standard or no requirement", ErrInvalidRequirement, r.Origin))
	}
	if !r.Variant.IsZero() && (r.Variant.Of == "" || r.Variant.Change == "" || r.Variant.Reason == "") {
		errs = append(errs, fmt.Errorf("%w: a variant needs the requirement it replaces, what changed and why", ErrInvalidRequirement))
	}
	if r.Source.Confidence != 0 && !r.Source.Confidence.IsValid() {
		errs = append(errs, fmt.Errorf("%w: confidence %d", ErrInvalidRequirement, r.Source.Confidence))
	}
	errs = append(errs, r.Scope.validate()...)
	errs = append(errs, r.Rule.validate(custom)...)
	for i, err := range errs {
		errs[i] = fmt.Errorf("requirement %q: %w", r.ID, err)
	}
	return errs
}

// checkText validates a free-text field's presence and length.
func checkText(name, v string, maxLen int, required bool) error {
	switch {
	case required && v == "":
		return fmt.Errorf("%w: empty %s", ErrInvalidRequirement, name)
	case len(v) > maxLen:
		return fmt.Errorf("%w: %s of %d bytes, at most %d", ErrInvalidRequirement, name, len(v), maxLen)
	}
	return nil
}
