package incident

import (
	"fmt"
	"unicode/utf8"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// The bounds on an incident's text: the library's own, so that a record and every error that names it stay
// small.
const (
	// MaxRefBytes is the longest Ref, in bytes.
	MaxRefBytes = 256
	// MaxSummaryBytes is the longest Summary, in bytes (about 680 Chinese characters).
	MaxSummaryBytes = 2048
)

// Incident is one incident involving a campus (涉校案事件).
//
// In JSON an Incident is an object with the fields' lower-snake names: {"id", "ref", "date", "campus",
// "jurisdiction", "category", "severity", "summary"}; enums as their stable ids, the date as "YYYY-MM-DD",
// the jurisdiction as its code. "ref", "campus", "jurisdiction" and "summary" are omitted when unset.
//
// The zero Incident is not a record (no ID, date, place, category or severity): Validate and NewLog refuse
// it, and its JSON reads back as itself.
type Incident struct {
	// ID identifies the incident; required (not the nil UUID), unique in a Log. The caller assigns it.
	ID uuid.UUID `json:"id"`
	// Ref is the caller's own key for the incident (its record key in the platform's database); optional,
	// valid UTF-8, at most MaxRefBytes bytes.
	Ref string `json:"ref,omitempty"`
	// Date is the day the incident happened; required.
	Date civil.Date `json:"date"`
	// Campus is the campus where it happened, by ID; uuid.Nil when no campus is involved (an incident near
	// schools, on a school route), and then Jurisdiction is required.
	Campus uuid.UUID `json:"campus,omitzero"`
	// Jurisdiction is where it happened when no campus is involved: a code of the register's tree. With a
	// campus it may be left zero (the campus's own jurisdiction is taken) or must equal the campus's.
	Jurisdiction hierarchy.Code `json:"jurisdiction,omitzero"`
	// Category is the kind of incident; required.
	Category Category `json:"category"`
	// Severity is its grade; required. Whether it is major is the caller's Policy.
	Severity Severity `json:"severity"`
	// Summary is a short description; optional, valid UTF-8, at most MaxSummaryBytes bytes.
	Summary string `json:"summary,omitempty"`
}

// describe names the incident in errors: its ID and, when set, its Ref (quoted, bounded).
func (in *Incident) describe() string {
	if in.Ref == "" {
		return "incident " + in.ID.String()
	}
	return "incident " + in.ID.String() + " (ref " + errbound.Quote(in.Ref) + ")"
}

// describeAt names the incident at position k of NewLog's input ("input #3: incident <ID> (ref …)"), so
// that incidents without an ID or Ref are told apart; k < 0 is describe.
func (in *Incident) describeAt(k int) string {
	if k < 0 {
		return in.describe()
	}
	return fmt.Sprintf("input #%d: %s", k, in.describe())
}

// Validate checks the incident on its own: a non-nil ID, a date, a place (a campus or a jurisdiction), a
// valid category and severity, and Ref and Summary of valid UTF-8 within their bounds. It returns
// errors.Join of every problem, each naming the incident and wrapping one sentinel (ErrNilID, ErrNoDate,
// ErrNoPlace, ErrInvalidCategory, ErrInvalidSeverity, ErrInvalidText); nil when the incident is valid.
// The checks that need a register (the campus and jurisdiction exist and agree, IDs are unique) are
// NewLog's.
func (in Incident) Validate() error {
	var it errbound.Item
	in.check(&it, -1)
	var l errbound.List
	l.AddItem(&it, in.describe(), false)
	return l.Err()
}

// check adds the incident's own problems to it. Each message names the incident, by its position k in
// NewLog's input when k >= 0.
func (in *Incident) check(it *errbound.Item, k int) {
	if in.ID == uuid.Nil && it.Want() {
		in.keep(it, k, fmt.Errorf("%w: %s", ErrNilID, in.describeAt(k)))
	}
	if in.Date.IsZero() && it.Want() {
		in.keep(it, k, fmt.Errorf("%w: %s", ErrNoDate, in.describeAt(k)))
	}
	if in.Campus == uuid.Nil && in.Jurisdiction.IsZero() && it.Want() {
		in.keep(it, k, fmt.Errorf("%w: %s has neither a campus nor a jurisdiction", ErrNoPlace, in.describeAt(k)))
	}
	if !in.Category.IsValid() && it.Want() {
		in.keep(it, k, fmt.Errorf("%w %d: %s", ErrInvalidCategory, uint8(in.Category), in.describeAt(k)))
	}
	if !in.Severity.IsValid() && it.Want() {
		in.keep(it, k, fmt.Errorf("%w %d: %s", ErrInvalidSeverity, uint8(in.Severity), in.describeAt(k)))
	}
	if msg := textProblem(in.Ref, MaxRefBytes); msg != "" && it.Want() {
		in.keep(it, k, fmt.Errorf("%w: %s: ref %s", ErrInvalidText, in.describeAt(k), msg))
	}
	if msg := textProblem(in.Summary, MaxSummaryBytes); msg != "" && it.Want() {
		in.keep(it, k, fmt.Errorf("%w: %s: summary %s", ErrInvalidText, in.describeAt(k), msg))
	}
}

// textProblem says what is wrong with s as a text of at most max bytes, or "" when nothing is.
func textProblem(s string, max int) string {
	switch {
	case len(s) > max:
		return fmt.Sprintf("has %d bytes, at most %d", len(s), max)
	case !utf8.ValidString(s):
		return "is not valid UTF-8"
	}
	return ""
}
