package tabular

import (
	"fmt"
	"io"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// Jurisdictions: code, name, level, parent.
const (
	jCode = iota
	jName
	jLevel
	jParent
)

var jurisdictionLayout = newLayout([]column{
	{name: "code", required: true},
	{name: "name", required: true},
	{name: "level", required: true, optionalHeader: true},
	{name: "parent"},
})

// ReadJurisdictions reads the jurisdictions of a tree (collect them for hierarchy.NewTree), one per record:
//
//	code    required  the division code (hierarchy.ParseCode: "32", "3201", "320102001")
//	name    required  the name (江苏省)
//	level   derived   the code's level id ("province", …, "township"); a reader checks it when present
//	parent  derived   the code of the parent jurisdiction (Code.Parent), empty for a province; checked when present
//
// level and parent are written for people and SQL (a recursive query up the tree needs the parent); the
// code alone says both, and a CSV header may leave them out. Duplicate codes are errors (ErrDuplicateKey).
func ReadJurisdictions(r io.Reader, f Format) *Reader[hierarchy.Jurisdiction] {
	rr := newRowReader(r, f, jurisdictionLayout)
	return &Reader[hierarchy.Jurisdiction]{rr: rr, next: simple(rr, jCode, -1, decodeJurisdiction)}
}

func decodeJurisdiction(rr *rowReader) (hierarchy.Jurisdiction, hierarchy.Code, bool) {
	j := hierarchy.Jurisdiction{Code: rr.code(jCode), Name: kept(rr.text(jName))}
	if !j.Code.IsZero() {
		if s := rr.cell(jLevel); s != "" && s != j.Code.Level().String() {
			rr.problem(jLevel, valueErrf("%s, but code %s is at level %s", quote(s), j.Code, j.Code.Level()))
		}
		if s := rr.cell(jParent); s != "" || rr.present[jParent] {
			if want := parentText(j.Code); s != want {
				rr.problem(jParent, valueErrf("%s, but the parent of code %s is %s", quote(s), j.Code, quote(want)))
			}
		}
	}
	return j, j.Code, !j.Code.IsZero()
}

// parentText is the parent column of code c.
func parentText(c hierarchy.Code) string {
	if p, ok := c.Parent(); ok {
		return p.String()
	}
	return ""
}

// NewJurisdictionWriter writes jurisdictions in ReadJurisdictions's columns.
func NewJurisdictionWriter(w io.Writer, f Format) *Writer[hierarchy.Jurisdiction] {
	return newWriter(w, f, jurisdictionLayout, func(j *hierarchy.Jurisdiction, cells []string) (string, error) {
		key := j.Code.String()
		if j.Code.IsZero() {
			return key, &Error{Column: "code", Err: unwritablef("the zero code")}
		}
		cells[jCode], cells[jName] = key, j.Name
		cells[jLevel], cells[jParent] = j.Code.Level().String(), parentText(j.Code)
		return key, nil
	})
}

// WriteTree writes every jurisdiction of t in ascending code order (hierarchy.Tree.All) and flushes.
func WriteTree(w io.Writer, f Format, t *hierarchy.Tree) error {
	if t == nil {
		return fmt.Errorf("%w: nil *hierarchy.Tree: nothing to write (an empty file would read back as an empty tree)", ErrUnwritable)
	}
	jw := NewJurisdictionWriter(w, f)
	if t != nil {
		for j := range t.All() {
			if err := jw.Write(j); err != nil {
				return err
			}
		}
	}
	return jw.Flush()
}

// Schools: id, name, code, ownership, designation, ref.
const (
	sID = iota
	sName
	sCode
	sOwnership
	sDesignation
	sRef
)

var schoolLayout = newLayout([]column{
	{name: "id", orRef: true},
	{name: "name", required: true},
	{name: "code"},
	{name: "ownership"},
	{name: "designation"},
	{name: "ref"},
})

// ReadSchools reads schools (collect them for campus.NewRegister), one per record, in the columns of a
// campus.School's JSON form:
//
//	id           key       UUID (canonical lower-case form); empty or absent: derived from ref (campus.SchoolID)
//	name         required  the school's name
//	code         optional  学校标识码 (campus.ParseSchoolCode); empty: none
//	ownership    optional  "public" / "private" (campus.Ownership ids); empty: not recorded
//	designation  optional  campus.Designation id; empty: not recorded
//	ref          key       the platform's own key for the school (its 学校标识码 as text, a database id);
//	                       errors name it; campus.CheckRef
//
// A record needs an id, a ref or both; the package doc (The platform's own keys) gives the rules. Duplicate
// ids, given or derived, are errors (ErrDuplicateKey).
func ReadSchools(r io.Reader, f Format) *Reader[campus.School] {
	rr := newRowReader(r, f, schoolLayout)
	return &Reader[campus.School]{rr: rr, next: simple(rr, sID, sRef, decodeSchool)}
}

func decodeSchool(rr *rowReader) (campus.School, uuid.UUID, bool) {
	ref := rr.ref(sRef, campus.CheckRef)
	s := campus.School{
		ID: rr.recordID(sID, sRef, campus.SchoolID), Name: kept(rr.text(sName)),
		Code:        parsed(rr, sCode, campus.ParseSchoolCode),
		Ownership:   parsed(rr, sOwnership, campus.ParseOwnership),
		Designation: parsed(rr, sDesignation, campus.ParseDesignation),
		Ref:         ref,
	}
	return s, s.ID, s.ID != uuid.Nil
}

// NewSchoolWriter writes schools in ReadSchools's columns.
func NewSchoolWriter(w io.Writer, f Format) *Writer[campus.School] {
	return newWriter(w, f, schoolLayout, func(s *campus.School, cells []string) (string, error) {
		key := keyText(s.Ref, s.ID)
		cells[sID], cells[sName], cells[sRef] = s.ID.String(), s.Name, s.Ref
		if err := refWritable(s.Ref, key); err != nil {
			return key, err
		}
		var err error
		if !s.Code.IsZero() {
			cells[sCode] = s.Code.String()
		}
		if s.Ownership != 0 {
			if cells[sOwnership], err = textOf(s.Ownership, "ownership", key); err != nil {
				return key, err
			}
		}
		if s.Designation != 0 {
			if cells[sDesignation], err = textOf(s.Designation, "designation", key); err != nil {
				return key, err
			}
		}
		return key, nil
	})
}

// WriteSchools writes the register's schools (campus.Register.Schools) and flushes.
func WriteSchools(w io.Writer, f Format, reg *campus.Register) error {
	if reg == nil {
		return fmt.Errorf("%w: nil *campus.Register: nothing to write (an empty file would read back as an empty register)", ErrUnwritable)
	}
	sw := NewSchoolWriter(w, f)
	if reg != nil {
		for _, s := range reg.Schools() {
			if err := sw.Write(s); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}

// refWritable refuses the ref of a school, campus or inspection that the readers would refuse
// (campus.CheckRef), so that what a writer writes reads back.
func refWritable(ref, key string) error {
	if err := campus.CheckRef(ref); err != nil {
		return &Error{Column: "ref", Key: key, Err: fmt.Errorf("%w: %w", ErrUnwritable, err)}
	}
	return nil
}

// keyText is the key a writer's error names.
func keyText(ref string, id uuid.UUID) string {
	if ref != "" {
		return ref
	}
	return id.String()
}

// Campuses.
const (
	cID = iota
	cSchool
	cName
	cKind
	cGroup
	cLicense
	cLocale
	cJurisdiction
	cMain
	cBoarding
	cStudents
	cStaff
	cOwnership
	cDesignation
	cRef
)

var campusLayout = newLayout([]column{
	{name: "id", orRef: true},
	{name: "school", required: true},
	{name: "name", required: true},
	{name: "kind", required: true},
	{name: "group", required: true, optionalHeader: true},
	{name: "license", required: true},
	{name: "locale", required: true},
	{name: "jurisdiction", required: true},
	{name: "main", required: true, kind: jsBool},
	{name: "boarding", required: true, kind: jsBool},
	{name: "students", required: true, kind: jsInt},
	{name: "staff", required: true, kind: jsInt},
	{name: "ownership"},
	{name: "designation"},
	{name: "ref"},
})

// ReadCampuses reads campuses (collect them for campus.NewRegister), one per record, in the columns of a
// campus.Campus's JSON form:
//
//	id            key       UUID; empty or absent: derived from ref (campus.CampusID)
//	school        required  the school's UUID, or its ref (not a UUID: campus.SchoolID(school))
//	name          required  the campus's name
//	kind          required  campus.Kind id ("primary", "kindergarten", "nine_year", …)
//	group         derived   the kind's report group ("school" 中小学 / "preschool" 幼托); checked when present
//	license       required  "licensed" / "unlicensed"
//	locale        required  campus.Locale id ("main_urban", …, "village")
//	jurisdiction  required  division code of the answerable jurisdiction
//	main          required  true / false: the school's main campus
//	boarding      required  true / false
//	students      required  integer 0..campus.MaxPeople
//	staff         required  integer 0..campus.MaxPeople
//	ownership     optional  empty: inherited from the school
//	designation   optional  empty: inherited from the school
//	ref           key       the platform's own key for the campus; errors name it; campus.CheckRef
//
// A record needs an id, a ref or both; the package doc (The platform's own keys) gives the rules and how
// the school column tells a UUID from a ref. Duplicate ids, given or derived, are errors (ErrDuplicateKey).
func ReadCampuses(r io.Reader, f Format) *Reader[campus.Campus] {
	rr := newRowReader(r, f, campusLayout)
	return &Reader[campus.Campus]{rr: rr, next: simple(rr, cID, cRef, decodeCampus)}
}

func decodeCampus(rr *rowReader) (campus.Campus, uuid.UUID, bool) {
	ref := rr.ref(cRef, campus.CheckRef)
	c := campus.Campus{
		ID: rr.recordID(cID, cRef, campus.CampusID), School: rr.refID(cSchool, campus.SchoolID), Name: kept(rr.text(cName)),
		Kind:         parsed(rr, cKind, campus.ParseKind),
		License:      parsed(rr, cLicense, campus.ParseLicense),
		Locale:       parsed(rr, cLocale, campus.ParseLocale),
		Jurisdiction: rr.code(cJurisdiction),
		Main:         rr.boolean(cMain),
		Boarding:     rr.boolean(cBoarding),
		Ownership:    parsed(rr, cOwnership, campus.ParseOwnership),
		Designation:  parsed(rr, cDesignation, campus.ParseDesignation),
		Ref:          ref,
	}
	n, _ := rr.integer(cStudents, 0, campus.MaxPeople)
	c.Students = int(n)
	n, _ = rr.integer(cStaff, 0, campus.MaxPeople)
	c.Staff = int(n)
	if g := rr.cell(cGroup); g != "" && c.Kind.IsValid() && g != c.Kind.Group().String() {
		rr.problem(cGroup, valueErrf("%s, but kind %s is in group %s", quote(g), c.Kind, c.Kind.Group()))
	}
	return c, c.ID, c.ID != uuid.Nil
}

// NewCampusWriter writes campuses in ReadCampuses's columns.
func NewCampusWriter(w io.Writer, f Format) *Writer[campus.Campus] {
	return newWriter(w, f, campusLayout, func(c *campus.Campus, cells []string) (string, error) {
		key := keyText(c.Ref, c.ID)
		cells[cID], cells[cSchool], cells[cName] = c.ID.String(), c.School.String(), c.Name
		if err := refWritable(c.Ref, key); err != nil {
			return key, err
		}
		var err error
		if cells[cKind], err = textOf(c.Kind, "kind", key); err != nil {
			return key, err
		}
		cells[cGroup] = c.Kind.Group().String()
		if cells[cLicense], err = textOf(c.License, "license", key); err != nil {
			return key, err
		}
		if cells[cLocale], err = textOf(c.Locale, "locale", key); err != nil {
			return key, err
		}
		if c.Jurisdiction.IsZero() {
			return key, &Error{Column: "jurisdiction", Key: key, Err: unwritablef("the zero code")}
		}
		cells[cJurisdiction] = c.Jurisdiction.String()
		cells[cMain], cells[cBoarding] = btoa(c.Main), btoa(c.Boarding)
		if uint(c.Students) > campus.MaxPeople || uint(c.Staff) > campus.MaxPeople {
			return key, &Error{Column: "students", Key: key, Err: unwritablef("students %d, staff %d: want 0..%d", c.Students, c.Staff, campus.MaxPeople)}
		}
		cells[cStudents], cells[cStaff] = itoa(int64(c.Students)), itoa(int64(c.Staff))
		if c.Ownership != 0 {
			if cells[cOwnership], err = textOf(c.Ownership, "ownership", key); err != nil {
				return key, err
			}
		}
		if c.Designation != 0 {
			if cells[cDesignation], err = textOf(c.Designation, "designation", key); err != nil {
				return key, err
			}
		}
		cells[cRef] = c.Ref
		return key, nil
	})
}

// WriteCampuses writes the register's campuses in register order (campus.Register.Campuses) and flushes.
func WriteCampuses(w io.Writer, f Format, reg *campus.Register) error {
	if reg == nil {
		return fmt.Errorf("%w: nil *campus.Register: nothing to write (an empty file would read back as an empty register)", ErrUnwritable)
	}
	cw := NewCampusWriter(w, f)
	if reg != nil {
		for _, c := range reg.Campuses() {
			if err := cw.Write(c); err != nil {
				return err
			}
		}
	}
	return cw.Flush()
}
