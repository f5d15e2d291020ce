package tabular

import (
	"fmt"
	"io"
	"math"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/google/uuid"
)

// Findings.
const (
	fCampus = iota
	fRequirement
	fInspection
	fFound
	fDeadline
	fObserved
	fRequired
	fRectifiedBy
	fRectified
)

var findingLayout = newLayout([]column{
	{name: "campus", required: true},
	{name: "requirement", required: true},
	{name: "inspection", required: true},
	{name: "found", required: true},
	{name: "deadline", required: true},
	{name: "observed", required: true, kind: jsInt},
	{name: "required", required: true, kind: jsInt},
	{name: "rectified_by"},
	{name: "rectified"},
})

// findingKey identifies a finding: one requirement at one campus, found on one date.
type findingKey struct {
	campus      uuid.UUID
	requirement string
	found       civil.Date
}

// ReadFindings reads the rows of a rectification ledger (finding.Ledger), one finding per record, in the
// columns of a finding.Finding's JSON form:
//
//	campus        required  the campus's UUID
//	requirement   required  the unmet requirement's id
//	inspection    required  the UUID of the inspection that found it
//	found         required  its date, YYYY-MM-DD
//	deadline      required  the rectification deadline, YYYY-MM-DD
//	observed      required  integer ≥ 0: what the inspection saw
//	required      required  integer ≥ 0: what the rule demanded
//	rectified_by  optional  the UUID of the inspection that met it; empty while unrectified
//	rectified     optional  that inspection's date; empty exactly when rectified_by is
//
// A finding's key is its campus, requirement and date found; a key given twice is an error
// (ErrDuplicateKey).
func ReadFindings(r io.Reader, f Format) *Reader[finding.Finding] {
	rr := newRowReader(r, f, findingLayout)
	return &Reader[finding.Finding]{rr: rr, next: simple(rr, fCampus, -1, decodeFinding)}
}

func decodeFinding(rr *rowReader) (finding.Finding, findingKey, bool) {
	f := finding.Finding{
		Campus: rr.id(fCampus), Requirement: rr.interned(rr.text(fRequirement)), Inspection: rr.id(fInspection),
		Found: rr.date(fFound), Deadline: rr.date(fDeadline),
	}
	n, _ := rr.integer(fObserved, 0, math.MaxInt32)
	f.Observed = int(n)
	n, _ = rr.integer(fRequired, 0, math.MaxInt32)
	f.Required = int(n)
	if rr.cells[fRectifiedBy] != "" {
		f.RectifiedBy = rr.id(fRectifiedBy)
	}
	f.Rectified = rr.date(fRectified)
	if (rr.cells[fRectifiedBy] == "") != (rr.cells[fRectified] == "") {
		rr.rowProblem(valueErrf("rectified_by and rectified are given together or not at all"))
	}
	if !f.Deadline.IsZero() && !f.Found.IsZero() && f.Deadline.Before(f.Found) {
		rr.problem(fDeadline, valueErrf("%s is before the date found %s", f.Deadline, f.Found))
	}
	if !f.Rectified.IsZero() && !f.Found.IsZero() && f.Rectified.Before(f.Found) {
		rr.problem(fRectified, valueErrf("%s is before the date found %s", f.Rectified, f.Found))
	}
	return f, findingKey{f.Campus, f.Requirement, f.Found}, true
}

// NewFindingWriter writes findings in ReadFindings's columns.
func NewFindingWriter(w io.Writer, f Format) *Writer[finding.Finding] {
	return newWriter(w, f, findingLayout, func(x *finding.Finding, cells []string) (string, error) {
		key := x.Campus.String()
		if x.Found.IsZero() || x.Deadline.IsZero() {
			return key, &Error{Key: key, Err: unwritablef("a finding without its dates")}
		}
		cells[fCampus], cells[fRequirement], cells[fInspection] = key, x.Requirement, x.Inspection.String()
		cells[fFound], cells[fDeadline] = x.Found.String(), x.Deadline.String()
		if x.Observed < 0 || x.Observed > math.MaxInt32 || x.Required < 0 || x.Required > math.MaxInt32 {
			return key, &Error{Key: key, Err: unwritablef("observed %d, required %d: want 0..%d", x.Observed, x.Required, math.MaxInt32)}
		}
		cells[fObserved], cells[fRequired] = itoa(int64(x.Observed)), itoa(int64(x.Required))
		if (x.RectifiedBy == uuid.Nil) != x.Rectified.IsZero() {
			return key, &Error{Key: key, Err: unwritablef("rectified_by and rectified are set together or not at all")}
		}
		if x.RectifiedBy != uuid.Nil {
			cells[fRectifiedBy], cells[fRectified] = x.RectifiedBy.String(), x.Rectified.String()
		}
		return key, nil
	})
}

// WriteFindings writes every finding of l in derivation order (finding.Ledger.All) and flushes.
func WriteFindings(w io.Writer, f Format, l *finding.Ledger) error {
	if l == nil {
		return fmt.Errorf("%w: nil *finding.Ledger: nothing to write (an empty file would read back as an empty ledger)", ErrUnwritable)
	}
	fw := NewFindingWriter(w, f)
	for x := range l.All() {
		if err := fw.Write(x); err != nil {
			return err
		}
	}
	return fw.Flush()
}
