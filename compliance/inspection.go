package compliance

import (
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/civil"
	"github.com/google/uuid"
)

// Inspection is one inspection (检查) of one campus on one date by one team,
// with what it observed. Its ID comes from the caller (a record number, or
// uuid.NewSHA1 of one).
type Inspection struct {
	ID           uuid.UUID
	Campus       uuid.UUID
	Date         civil.Date
	Team         string
	Measurements Measurements
	// Ref is the caller's own key for the inspection record (its record number); optional.
	Ref string
}

// valid reports whether problems would return nothing, without allocating.
func (in *Inspection) valid() bool {
	return in.ID != uuid.Nil && in.Campus != uuid.Nil && !in.Date.IsZero() && len(in.Team) <= maxTextLen &&
		strings.TrimSpace(in.Team) != "" && utf8.ValidString(in.Team)
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
	return out
}
