package compliance

import (
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/hierarchy"
)

// Cell selects the campuses a tally, a figure or a drill-down counts: those of
// a jurisdiction and its descendants, of a report group (中小学/幼托), with a
// license (有证/无证), of a kind. Each is "all" until narrowed, and "all" is
// spelled out rather than read from a zero argument by position:
//
//	compliance.AllCampuses()                                       // the whole register
//	compliance.AllCampuses().In(county)                             // a county, every group and license
//	compliance.AllCampuses().In(county).License(campus.Licensed)    // its licensed campuses
//	compliance.AllCampuses().Group(campus.GroupSchool).Kind(campus.Primary)
//
// The zero code means the whole register everywhere in the library, so
// In(hierarchy.Code{}) selects every campus. A Cell is a small comparable
// value; the zero Cell equals AllCampuses(). Narrowing by an invalid group,
// license or kind gives a cell that selects nothing valid: Summary.Tally
// reports false for it and Summary.Figure an error.
type Cell struct {
	code    hierarchy.Code
	group   campus.Group
	license campus.License
	kind    campus.Kind
	set     uint8 // bit 0: group set, 1: license set, 2: kind set (so an invalid zero narrowing is seen)
}

const (
	setGroup uint8 = 1 << iota
	setLicense
	setKind
)

// AllCampuses returns the cell of every campus of the register.
func AllCampuses() Cell { return Cell{} }

// In returns c narrowed to the jurisdiction with the given code and its
// descendants; the zero code is the whole register.
func (c Cell) In(code hierarchy.Code) Cell { c.code = code; return c }

// Group returns c narrowed to report group g.
func (c Cell) Group(g campus.Group) Cell { c.group, c.set = g, c.set|setGroup; return c }

// License returns c narrowed to license l.
func (c Cell) License(l campus.License) Cell { c.license, c.set = l, c.set|setLicense; return c }

// Kind returns c narrowed to campus kind k (办学类型).
func (c Cell) Kind(k campus.Kind) Cell { c.kind, c.set = k, c.set|setKind; return c }

// valid reports whether every narrowing names a valid value.
func (c Cell) valid() bool {
	return (c.set&setGroup == 0 || c.group.IsValid()) && (c.set&setLicense == 0 || c.license.IsValid()) &&
		(c.set&setKind == 0 || c.kind.IsValid())
}

// matches reports whether campus x is selected by c's group, license and kind
// (not its jurisdiction, which callers select by range).
func (c Cell) matches(x *campus.Campus) bool {
	return (c.set&setGroup == 0 || x.Kind.Group() == c.group) && (c.set&setLicense == 0 || x.License == c.license) &&
		(c.set&setKind == 0 || x.Kind == c.kind)
}

// String describes the cell with stable ids, e.g. "all", "320505",
// "320505 group=school license=licensed kind=primary".
func (c Cell) String() string {
	var parts []string
	if !c.code.IsZero() {
		parts = append(parts, c.code.String())
	}
	if c.set&setGroup != 0 {
		parts = append(parts, "group="+c.group.String())
	}
	if c.set&setLicense != 0 {
		parts = append(parts, "license="+c.license.String())
	}
	if c.set&setKind != 0 {
		parts = append(parts, "kind="+c.kind.String())
	}
	if len(parts) == 0 {
		return "all"
	}
	return strings.Join(parts, " ")
}
