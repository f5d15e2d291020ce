package tabular

import (
	"io"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/incident"
	"github.com/google/uuid"
)

// Incidents: id, ref, date, campus, jurisdiction, category, severity, summary.
const (
	nID = iota
	nRef
	nDate
	nCampus
	nJurisdiction
	nCategory
	nSeverity
	nSummary
)

var incidentLayout = newLayout([]column{
	{name: "id", orRef: true},
	{name: "ref"},
	{name: "date", required: true},
	{name: "campus"},
	{name: "jurisdiction"},
	{name: "category", required: true},
	{name: "severity", required: true},
	{name: "summary"},
})

// ReadIncidents reads incidents involving campuses (collect them for incident.NewLog, which validates them
// against the register), one per record, in the columns of an incident.Incident's JSON form:
//
//	id            key       the incident's UUID; empty or absent: derived from ref (incident.IDFromRef)
//	ref           key       the platform's own key for the incident; errors name it
//	date          required  YYYY-MM-DD, the day it happened
//	campus        optional  the campus's UUID, or its ref (not a UUID: campus.CampusID(campus)); empty when
//	                        no campus is involved
//	jurisdiction  optional  division code of where it happened (required by NewLog when campus is empty)
//	category      required  incident.Category id ("criminal_case", "public_order_case", …)
//	severity      required  incident.Severity id
//	summary       optional  a short description
//
// A record needs an id, a ref or both (the package doc: The platform's own keys). Duplicate ids, given or
// derived, are errors (ErrDuplicateKey).
func ReadIncidents(r io.Reader, f Format) *Reader[incident.Incident] {
	rr := newRowReader(r, f, incidentLayout)
	return &Reader[incident.Incident]{rr: rr, next: simple(rr, nID, nRef, decodeIncident)}
}

func decodeIncident(rr *rowReader) (incident.Incident, uuid.UUID, bool) {
	ref := rr.ref(nRef, nil)
	in := incident.Incident{
		ID: rr.recordID(nID, nRef, incident.IDFromRef), Ref: ref, Date: rr.date(nDate),
		Campus:       rr.refID(nCampus, campus.CampusID),
		Jurisdiction: rr.code(nJurisdiction),
		Category:     parsed(rr, nCategory, incident.ParseCategory),
		Severity:     parsed(rr, nSeverity, incident.ParseSeverity),
		Summary:      kept(rr.cell(nSummary)),
	}
	return in, in.ID, in.ID != uuid.Nil
}

// NewIncidentWriter writes incidents in ReadIncidents's columns. An incident without a date, or with an
// invalid category or severity, is refused (ErrUnwritable).
func NewIncidentWriter(w io.Writer, f Format) *Writer[incident.Incident] {
	return newWriter(w, f, incidentLayout, func(in *incident.Incident, cells []string) (string, error) {
		key := keyText(in.Ref, in.ID)
		cells[nID], cells[nRef], cells[nSummary] = in.ID.String(), in.Ref, in.Summary
		if in.Date.IsZero() {
			return key, &Error{Column: "date", Key: key, Err: unwritablef("no date")}
		}
		cells[nDate] = in.Date.String()
		if in.Campus != uuid.Nil {
			cells[nCampus] = in.Campus.String()
		}
		if !in.Jurisdiction.IsZero() {
			cells[nJurisdiction] = in.Jurisdiction.String()
		}
		var err error
		if cells[nCategory], err = textOf(in.Category, "category", key); err != nil {
			return key, err
		}
		if cells[nSeverity], err = textOf(in.Severity, "severity", key); err != nil {
			return key, err
		}
		return key, nil
	})
}

// WriteIncidents writes incidents in the order given (incident.Log.All gives the log's order) and flushes.
func WriteIncidents(w io.Writer, f Format, incidents []incident.Incident) error {
	iw := NewIncidentWriter(w, f)
	for _, in := range incidents {
		if err := iw.Write(in); err != nil {
			return err
		}
	}
	return iw.Flush()
}
