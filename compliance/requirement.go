package compliance

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"

	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// maxTextLen bounds every free-text field (titles, sources, notes) in bytes.
const maxTextLen = 4096

// maxIDLen bounds standard and requirement IDs in bytes.
const maxIDLen = 128

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

// isZero reports whether v records nothing.
func (v Variant) isZero() bool { return v == Variant{} }

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

// validate reports every problem with the requirement to p, which names
// the requirement. custom holds the standard's declared indicators by id.
func (r *Requirement) validate(custom map[string]Indicator, p *problems) {
	checkText(p, "id", r.ID, maxIDLen, true)
	checkText(p, "title", r.Title, maxTextLen, true)
	checkText(p, "source.document", r.Source.Document, maxTextLen, false)
	checkText(p, "source.clause", r.Source.Clause, maxTextLen, false)
	checkText(p, "source.address", r.Source.Address, maxTextLen, false)
	checkText(p, "source.note", r.Source.Note, maxTextLen, false)
	if r.Source.Confidence != 0 && !r.Source.Confidence.IsValid() && p.Want() {
		p.keep("source.confidence", fmt.Errorf("%w: %d", ErrInvalidConfidence, r.Source.Confidence))
	}
	r.Scope.validate(p)
	r.Rule.validate(custom, p)
	for _, f := range [...]struct {
		name, v string
		max     int
	}{
		{"origin.standard.id", r.Origin.Standard.ID, maxIDLen}, {"origin.standard.version", r.Origin.Standard.Version, maxIDLen},
		{"origin.requirement", r.Origin.Requirement, maxIDLen}, {"variant.of", r.Variant.Of, maxIDLen},
		{"variant.change", r.Variant.Change, maxTextLen}, {"variant.reason", r.Variant.Reason, maxTextLen},
	} {
		checkText(p, f.name, f.v, f.max, false)
	}
	if !r.Origin.IsZero() && (r.Origin.Standard.ID == "" || r.Origin.Requirement == "") && p.Want() {
		p.keep("origin", fmt.Errorf("%s names no standard or no requirement", errbound.Quote(r.Origin.String())))
	}
	if !r.Variant.isZero() && (r.Variant.Of == "" || r.Variant.Change == "" || r.Variant.Reason == "") && p.Want() {
		p.keep("variant", errors.New("a variant needs the requirement it replaces, what changed and why"))
	}
}

// checkText validates a free-text field's presence, length and encoding
// (valid UTF-8).
func checkText(p *problems, field, v string, maxLen int, required bool) {
	switch {
	case required && v == "":
		if p.Want() {
			p.keep(field, errors.New("empty"))
		}
	case len(v) > maxLen:
		if p.Want() {
			p.keep(field, fmt.Errorf("%d bytes, at most %d", len(v), maxLen))
		}
	case !utf8.ValidString(v):
		if p.Want() {
			p.keep(field, errors.New("not valid UTF-8"))
		}
	}
}
