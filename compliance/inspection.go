package compliance

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/google/uuid"
)

// Inspection is one inspection (检查) of one campus on one date by one team,
// with what it observed. Its ID comes from the caller (a record number, or
// campus.InspectionID of one).
//
// In JSON an Inspection is {"id": …, "campus": …, "date": "2012-02-14",
// "team": …, "measurements": {"full_time_guards": 2, "closed_management":
// true}, "ref": …} ("ref" omitted when empty); see UnmarshalJSON and
// DecodeInspection.
type Inspection struct {
	// ID identifies the inspection; required, unique in a History.
	ID uuid.UUID `json:"id"`
	// Campus is the ID of the campus inspected; required.
	Campus uuid.UUID `json:"campus"`
	// Date is the day of the inspection; required.
	Date civil.Date `json:"date"`
	// Team names the inspecting team; required, valid UTF-8.
	Team string `json:"team"`
	// Measurements are what the inspection observed.
	Measurements Measurements `json:"measurements"`
	// Ref is the caller's own key for the inspection record (its record
	// number); optional: at most campus.MaxRefLen bytes of valid UTF-8
	// without control characters (campus.CheckRef). Errors that name the
	// inspection name its ref too. Omitted from JSON when empty.
	Ref string `json:"ref,omitempty"`
}

// valid reports whether problems would return nothing, without allocating.
func (in *Inspection) valid() bool {
	return in.ID != uuid.Nil && in.Campus != uuid.Nil && !in.Date.IsZero() && len(in.Team) <= maxTextLen &&
		strings.TrimSpace(in.Team) != "" && utf8.ValidString(in.Team) && (in.Ref == "" || campus.CheckRef(in.Ref) == nil)
}

// problems returns what is wrong with the inspection on its own.
func (in *Inspection) problems() []string {
	var out []string
	if in.ID == uuid.Nil {
		out = append(out, "nil ID")
	}
	if in.Campus == uuid.Nil {
		out = append(out, "nil campus ID")
	}
	if in.Date.IsZero() {
		out = append(out, "no date")
	}
	if strings.TrimSpace(in.Team) == "" {
		out = append(out, "no team")
	} else if len(in.Team) > maxTextLen {
		out = append(out, "team name too long")
	} else if !utf8.ValidString(in.Team) {
		out = append(out, "team name not valid UTF-8")
	}
	if err := campus.CheckRef(in.Ref); err != nil {
		out = append(out, err.Error())
	}
	return out
}

// describe names the inspection in error messages: `inspection <id>`, then ` (ref "<ref>")` when it has a
// Ref.
func (in *Inspection) describe() string {
	return "inspection " + in.ID.String() + campus.DescribeRef(in.Ref)
}

// problemError is the error for inspection number n of NewHistory's input with problems p: it wraps
// ErrInvalidInspection and, for a bad Ref, campus.ErrInvalidRef, and names the inspection and its ref.
func (in *Inspection) problemError(n int, p []string) error {
	if err := campus.CheckRef(in.Ref); err != nil {
		return fmt.Errorf("%w: inspection %d (%s%s): %v: %w", ErrInvalidInspection, n, in.ID, campus.DescribeRef(in.Ref), p, campus.ErrInvalidRef)
	}
	return fmt.Errorf("%w: inspection %d (%s%s): %v", ErrInvalidInspection, n, in.ID, campus.DescribeRef(in.Ref), p)
}
