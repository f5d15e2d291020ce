package catalog

import (
	"fmt"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/enum"
)

// Reach says which campuses of one part of a population are in it, by their urban–rural locale.
// The zero value is invalid.
type Reach uint8

const (
	// ReachNone (不含): no campus of this part.
	ReachNone Reach = iota + 1
	// ReachCity (城市): campuses in 城区 (MOE 城乡分类 11x: 主城区, 城乡结合区), campus.Locale.City.
	ReachCity
	// ReachUrban (城镇): campuses in 城区 or 镇区 (MOE 城乡分类 1xx), campus.Locale.Urban.
	ReachUrban
	// ReachAll (全部): every campus of this part, whatever its locale.
	ReachAll
)

var reachEnum = enum.MustNew(enum.Spec[Reach]{
	Type:   "Reach",
	IDs:    []string{"none", "city", "urban", "all"},
	Labels: []string{"不含", "城市", "城镇", "全部"},
	Text:   enum.ErrorForm{Err: ErrInvalid, Detail: ": reach "},
})

// IsValid reports whether r is one of the defined reaches.
func (r Reach) IsValid() bool { return reachEnum.IsValid(r) }

// String returns the stable English identifier ("none", "city", "urban", "all").
func (r Reach) String() string { return reachEnum.String(r) }

// Label returns the Chinese label (不含, 城市, 城镇, 全部).
func (r Reach) Label() string { return reachEnum.Label(r) }

// ParseReach parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseReachLabel reads that). The error wraps ErrInvalid and quotes the text.
func ParseReach(s string) (Reach, error) { return reachEnum.Parse(s) }

// ParseReachLabel parses the Chinese label as Label returns it: the one function that reads
// a label, for text written for people. The error wraps ErrInvalid and quotes s.
func ParseReachLabel(s string) (Reach, error) { return reachEnum.ParseLabel(s) }

// MarshalText implements encoding.TextMarshaler; an invalid reach is an error.
func (r Reach) MarshalText() ([]byte, error) { return reachEnum.MarshalText(r) }

// UnmarshalText accepts what ParseReach accepts, the stable id only. Other text is an error wrapping
// ErrInvalid that quotes it, and leaves the receiver unchanged.
func (r *Reach) UnmarshalText(b []byte) error { return reachEnum.UnmarshalText(r, b) }

// includes reports whether a campus at locale l is within the reach.
func (r Reach) includes(l campus.Locale) bool {
	switch r {
	case ReachAll:
		return true
	case ReachUrban:
		return l.Urban()
	case ReachCity:
		return l.City()
	default:
		return false
	}
}

// Population is the set of campuses a national target is measured over: which primary and secondary school
// campuses (中小学, campus.GroupSchool — every school kind, vocational, special-education and reform schools
// included) and which kindergarten campuses (幼儿园: the kinds of the MOE 学校类别 11, campus.Kindergarten and
// campus.KindergartenClass; nurseries, 托儿所, are not kindergartens and are never in a population).
//
// Population is comparable; its zero value is invalid (both reaches unset).
type Population struct {
	// Schools is the reach over 中小学 campuses.
	Schools Reach `json:"schools"`
	// Kindergartens is the reach over 幼儿园 campuses.
	Kindergartens Reach `json:"kindergartens"`
}

// Validate reports an invalid reach, or a population that includes nothing.
func (p Population) Validate() error {
	var errs []string
	if !p.Schools.IsValid() {
		errs = append(errs, fmt.Sprintf("schools reach %v", p.Schools))
	}
	if !p.Kindergartens.IsValid() {
		errs = append(errs, fmt.Sprintf("kindergartens reach %v", p.Kindergartens))
	}
	if len(errs) == 0 && p.Schools == ReachNone && p.Kindergartens == ReachNone {
		errs = append(errs, "includes no campus")
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: population: %s", ErrInvalid, strings.Join(errs, "; "))
	}
	return nil
}

// Includes reports whether the campus is in the population.
func (p Population) Includes(c campus.Campus) bool {
	switch {
	case c.Kind == campus.Kindergarten || c.Kind == campus.KindergartenClass:
		return p.Kindergartens.includes(c.Locale)
	case c.Kind.Group() == campus.GroupSchool:
		return p.Schools.includes(c.Locale)
	default:
		return false
	}
}

// String describes the population in Chinese, e.g. "全部中小学+城市幼儿园".
func (p Population) String() string {
	var parts []string
	if p.Schools.IsValid() && p.Schools != ReachNone {
		parts = append(parts, p.Schools.Label()+"中小学")
	}
	if p.Kindergartens.IsValid() && p.Kindergartens != ReachNone {
		parts = append(parts, p.Kindergartens.Label()+"幼儿园")
	}
	if len(parts) == 0 {
		return "(无)"
	}
	return strings.Join(parts, "+")
}
