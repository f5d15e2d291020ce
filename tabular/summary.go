package tabular

import (
	"fmt"
	"io"
	"iter"
	"math"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
)

// SummaryRow is one cell of a summary with its tally: the campuses of a jurisdiction (and its descendants),
// narrowed by report group, license and kind. A zero field is "all": the zero Jurisdiction is the whole
// register, as compliance.Cell reads it.
//
// Its JSON (encoding/json, not a tabular format) omits a zero breakdown, as the library's other forms omit
// an unset key, and round-trips exactly: {"jurisdiction": "320505", "group": "school", "license":
// "licensed", "tally": Tally}; the whole register's row has no "jurisdiction". UnmarshalJSON reads only that
// form (see there).
type SummaryRow struct {
	// Jurisdiction is the cell's jurisdiction; the zero Code is the whole register.
	Jurisdiction hierarchy.Code `json:"jurisdiction,omitzero"`
	// Group is the report group (中小学/幼托); zero: every group.
	Group campus.Group `json:"group,omitzero"`
	// License is the license (有证/无证); zero: both.
	License campus.License `json:"license,omitzero"`
	// Kind is the campus kind; zero: every kind.
	Kind campus.Kind `json:"kind,omitzero"`
	// Tally is the cell's count of campuses by status.
	Tally compliance.Tally `json:"tally"`
}

// Cell returns the compliance.Cell the row counts.
func (r SummaryRow) Cell() compliance.Cell {
	c := compliance.AllCampuses().In(r.Jurisdiction)
	if r.Group != 0 {
		c = c.Group(r.Group)
	}
	if r.License != 0 {
		c = c.License(r.License)
	}
	if r.Kind != 0 {
		c = c.Kind(r.Kind)
	}
	return c
}

// SummaryRows iterates over every non-empty cell of s (a tally with at least one campus), in a fixed order:
// the whole register first, then every jurisdiction in ascending code order (parents before children);
// within each, the cell of all its campuses, then by group, by license, by group × license (groups and
// licenses in their declared order), by kind and by kind × license (kinds in their declared order). A
// kind's group is left empty: the kind says it. The rows without a kind are the summary's own tallies
// (O(1) each); the rows by kind come from one walk over the register that takes each campus's status once
// (History.Status under the summary's query, which allocates nothing) into its jurisdiction's counts, rolled
// up the tree once: O(campuses + jurisdictions × kinds) work and one allocation of jurisdictions × kinds ×
// 3 tallies per iteration.
func SummaryRows(s *compliance.Summary) iter.Seq[SummaryRow] {
	return func(yield func(SummaryRow) bool) {
		if s == nil {
			return
		}
		h, q := s.History(), s.Query()
		reg := h.Register()
		tree := reg.Tree()
		groups, licenses, kinds := campus.Values[campus.Group](), campus.Values[campus.License](), campus.Values[campus.Kind]()
		// byKind[(node*len(kinds)+k)*nl+l]: the campuses of node (tree index; len(nodes) is the whole
		// register) and its descendants of kinds[k], all licenses at l = 0, licenses[l-1] at l ≥ 1.
		var kindAt, licenseAt [256]int // kind / license value → index in kinds / licenses, +1 (0: none)
		for k, v := range kinds {
			kindAt[v] = k + 1
		}
		for l, v := range licenses {
			licenseAt[v] = l + 1
		}
		nodes, nk, nl := tree.Len(), len(kinds), len(licenses)+1
		byKind := make([]compliance.Tally, (nodes+1)*nk*nl)
		for i, c := range reg.Campuses() {
			k := kindAt[c.Kind] - 1
			if k < 0 {
				continue
			}
			st, ok := h.Status(q, c.ID)
			if !ok {
				continue
			}
			l := licenseAt[c.License]
			for _, node := range [2]int{reg.Node(i), nodes} {
				at := (node*nk + k) * nl
				byKind[at] = byKind[at].Add(st)
				if l > 0 {
					byKind[at+l] = byKind[at+l].Add(st)
				}
			}
		}
		for n := nodes - 1; n >= 0; n-- { // children after their parents: roll up once
			p := tree.ParentIndex(n)
			if p < 0 {
				continue
			}
			from, to := byKind[n*nk*nl:(n+1)*nk*nl], byKind[p*nk*nl:(p+1)*nk*nl]
			for x := range from {
				to[x] = to[x].Merge(from[x])
			}
		}
		place := func(code hierarchy.Code, node int) bool {
			emit := func(r SummaryRow, t compliance.Tally, ok bool) bool {
				if !ok || t.Total() == 0 {
					return true
				}
				r.Tally = t
				return yield(r)
			}
			tally := func(r SummaryRow) bool {
				t, ok := s.Tally(r.Cell())
				return emit(r, t, ok)
			}
			if !tally(SummaryRow{Jurisdiction: code}) {
				return false
			}
			for _, g := range groups {
				if !tally(SummaryRow{Jurisdiction: code, Group: g}) {
					return false
				}
			}
			for _, l := range licenses {
				if !tally(SummaryRow{Jurisdiction: code, License: l}) {
					return false
				}
			}
			for _, g := range groups {
				for _, l := range licenses {
					if !tally(SummaryRow{Jurisdiction: code, Group: g, License: l}) {
						return false
					}
				}
			}
			for k, kind := range kinds {
				at := (node*nk + k) * nl
				if !emit(SummaryRow{Jurisdiction: code, Kind: kind}, byKind[at], true) {
					return false
				}
				for l, lic := range licenses {
					if !emit(SummaryRow{Jurisdiction: code, License: lic, Kind: kind}, byKind[at+1+l], true) {
						return false
					}
				}
			}
			return true
		}
		if !place(hierarchy.Code{}, nodes) {
			return
		}
		for n := range nodes {
			if !place(tree.At(n).Code, n) {
				return
			}
		}
	}
}

// Summary rows.
const (
	yJurisdiction = iota
	yGroup
	yLicense
	yKind
	yTotal
	yCompliant
	yNonCompliant
	yIncomplete
	yUnassessed
	yOutOfScope
)

var summaryLayout = newLayout([]column{
	{name: "jurisdiction"},
	{name: "group"},
	{name: "license"},
	{name: "kind"},
	{name: "total", required: true, kind: jsInt},
	{name: "compliant", required: true, kind: jsInt},
	{name: "non_compliant", required: true, kind: jsInt},
	{name: "incomplete", required: true, kind: jsInt},
	{name: "unassessed", required: true, kind: jsInt},
	{name: "out_of_scope", required: true, kind: jsInt},
})

// summaryKey identifies a summary cell.
type summaryKey struct {
	code hierarchy.Code
	g    campus.Group
	l    campus.License
	k    campus.Kind
}

// ReadSummary reads summary rows, one per record:
//
//	jurisdiction  optional  division code; empty: the whole register
//	group         optional  "school" / "preschool"; empty: every group (and empty on kind rows)
//	license       optional  "licensed" / "unlicensed"; empty: both
//	kind          optional  campus.Kind id; empty: every kind
//	total, compliant, non_compliant, incomplete, unassessed, out_of_scope
//	              required  exact integers ≥ 0; total is the sum of the five statuses
//
// A cell given twice is an error (ErrDuplicateKey), as is a total that is not the sum and a group that is
// not its kind's (ErrValue).
func ReadSummary(r io.Reader, f Format) *Reader[SummaryRow] {
	rr := newRowReader(r, f, summaryLayout)
	return &Reader[SummaryRow]{rr: rr, next: simple(rr, yJurisdiction, -1, decodeSummary)}
}

func decodeSummary(rr *rowReader) (SummaryRow, summaryKey, bool) {
	row := SummaryRow{
		Jurisdiction: rr.code(yJurisdiction),
		Group:        parsed(rr, yGroup, campus.ParseGroup),
		License:      parsed(rr, yLicense, campus.ParseLicense),
		Kind:         parsed(rr, yKind, campus.ParseKind),
	}
	if row.Kind != 0 && row.Group != 0 && row.Kind.Group() != row.Group {
		rr.problem(yGroup, valueErrf("kind %s is in group %s, not %s", row.Kind, row.Kind.Group(), row.Group))
	}
	var n [5]int64
	for i := range n {
		n[i], _ = rr.integer(yCompliant+i, 0, math.MaxInt64)
	}
	total, _ := rr.integer(yTotal, 0, math.MaxInt64)
	if len(rr.probs) > 0 {
		return row, summaryKey{}, false
	}
	t, err := compliance.NewTally(n[0], n[1], n[2], n[3])
	if err == nil {
		t, err = t.AddN(compliance.OutOfScope, n[4])
	}
	switch {
	case err != nil:
		rr.rowProblem(valueErrf("%w", err))
	case t.Total() != total:
		rr.problem(yTotal, valueErrf("%d, but the statuses sum to %d", total, t.Total()))
	}
	row.Tally = t
	return row, summaryKey{row.Jurisdiction, row.Group, row.License, row.Kind}, true
}

// NewSummaryWriter writes summary rows in ReadSummary's columns.
func NewSummaryWriter(w io.Writer, f Format) *Writer[SummaryRow] {
	return newWriter(w, f, summaryLayout, func(r *SummaryRow, cells []string) (string, error) {
		key := r.Cell().String()
		if r.Tally.Overflowed() {
			return key, &Error{Key: key, Err: unwritablef("an overflowed tally")}
		}
		var err error
		if !r.Jurisdiction.IsZero() {
			cells[yJurisdiction] = r.Jurisdiction.String()
		}
		for _, e := range []struct {
			v    interface{ MarshalText() ([]byte, error) }
			zero bool
			col  int
		}{{r.Group, r.Group == 0, yGroup}, {r.License, r.License == 0, yLicense}, {r.Kind, r.Kind == 0, yKind}} {
			if !e.zero {
				if cells[e.col], err = textOf(e.v, summaryLayout.cols[e.col].name, key); err != nil {
					return key, err
				}
			}
		}
		t := r.Tally
		cells[yTotal] = itoa(t.Total())
		cells[yCompliant] = itoa(t.Count(compliance.Compliant))
		cells[yNonCompliant] = itoa(t.Count(compliance.NonCompliant))
		cells[yIncomplete] = itoa(t.Count(compliance.Incomplete))
		cells[yUnassessed] = itoa(t.Count(compliance.Unassessed))
		cells[yOutOfScope] = itoa(t.Count(compliance.OutOfScope))
		return key, nil
	})
}

// WriteSummary writes every row of SummaryRows(s) and flushes.
func WriteSummary(w io.Writer, f Format, s *compliance.Summary) error {
	if s == nil {
		return fmt.Errorf("%w: nil *compliance.Summary: nothing to write (an empty file would read back as an empty summary)", ErrUnwritable)
	}
	sw := NewSummaryWriter(w, f)
	for r := range SummaryRows(s) {
		if err := sw.Write(r); err != nil {
			return err
		}
	}
	return sw.Flush()
}
