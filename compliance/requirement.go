package compliance

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"

	"github.com/campussec/campussec/source"
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
	Source source.Citation
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
		p.keep("source.confidence", fmt.Errorf("%w: %d", source.ErrInvalidConfidence, r.Source.Confidence))
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
