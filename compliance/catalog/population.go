package catalog

import (
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Reach says which campuses of one part of a population are in it, by their urban–rural locale.
// The zero value is invalid.
//
// 城市 and 城镇 are two different reaches, as the published figures use them: the 2019 target is for 城市中小学,
// and the end-of-plan 护学岗 figures were published for 城市中小学 and for 城镇中小学 as separate categories
// (94 % and 92 %, as the audit read them at cguiw.com; not re-opened here). The library reads 城市 as 城区
// (urban–rural codes 11x) and 城镇 as 城区 + 镇区 (1xx, the statistical definition of 城镇), so every 城市
// campus is also a 城镇 campus; the sources do not say whether their 城镇 category included 城市 schools. The
// catalog's other readings of 城市 (the Fujian notice's "城市所有学校") are the same 11x.
type Reach uint8

const (
	// ReachNone (不含): no campus of this part.
	ReachNone Reach = iota + 1
	// ReachCity (城市, "city"): campuses in 城区 (urban–rural codes 11x: 主城区, 城乡结合区), campus.Locale.City.
	ReachCity
	// ReachUrban (城镇, "urban"): campuses in 城区 or 镇区 (urban–rural codes 1xx), campus.Locale.Urban: 城市
	// and the towns together, not the towns alone.
	ReachUrban
	// ReachAll (全部): every campus of this part, whatever its locale.
	ReachAll
)

var reachEnum = enum.MustNew(enum.Spec[Reach]{
	Type:    "Reach",
	IDs:     []string{"none", "city", "urban", "all"},
	Labels:  []string{"不含", "城市", "城镇", "全部"},
	English: []string{"none", "city", "urban", "all"},
	Text:    enum.ErrorForm{Err: ErrInvalidReach, Detail: " "},
})

// IsValid reports whether r is one of the defined reaches.
func (r Reach) IsValid() bool { return reachEnum.IsValid(r) }

// String returns the stable English identifier ("none", "city", "urban", "all").
func (r Reach) String() string { return reachEnum.String(r) }

// Name returns the name of r for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (r Reach) Name(lang rate.Lang) string { return reachEnum.Name(r, enum.Lang(lang)) }

// ParseReach parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidReach and quotes the text.
func ParseReach(s string) (Reach, error) { return reachEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler, or "" for the zero value (unset); any other invalid value is
// an error wrapping ErrInvalidReach.
func (r Reach) MarshalText() ([]byte, error) { return reachEnum.MarshalText(r) }

// UnmarshalText accepts what ParseReach accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidReach that quotes it, and leaves the receiver unchanged.
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
// included) and which kindergarten campuses (幼儿园: the kinds of the MOE 学校类别 11 — campus.Kindergarten,
// campus.MinorityKindergarten and campus.KindergartenClass; nurseries, 托儿所, are not kindergartens and are
// never in a population).
//
// Each part may further be narrowed by ownership (公办/民办), as local targets are ("中小学和公办幼儿园专职保安员
// 配备率": SchoolsOwnership zero, KindergartensOwnership campus.Public). A campus of such a part whose ownership
// is not recorded cannot be placed: Includes is false for it and Unplaced true, and FourHundredRates counts it
// apart (TargetRate.Unplaced), never silently in or out.
//
// Population is comparable; its zero value is invalid (both reaches unset).
type Population struct {
	// Schools is the reach over 中小学 campuses.
	Schools Reach `json:"schools"`
	// Kindergartens is the reach over 幼儿园 campuses.
	Kindergartens Reach `json:"kindergartens"`
	// SchoolsOwnership narrows the 中小学 part to public or private schools; zero: either. Omitted from JSON
	// when zero.
	SchoolsOwnership campus.Ownership `json:"schools_ownership,omitzero"`
	// KindergartensOwnership narrows the 幼儿园 part (公办幼儿园); zero: either. Omitted from JSON when zero.
	KindergartensOwnership campus.Ownership `json:"kindergartens_ownership,omitzero"`
}

// Validate reports every problem of the population in one error wrapping ErrInvalidPopulation: an invalid
// reach, an invalid ownership or one on a part that includes no campus, or a population that includes nothing.
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
	for _, part := range [2]struct {
		name  string
		reach Reach
		own   campus.Ownership
	}{{"schools", p.Schools, p.SchoolsOwnership}, {"kindergartens", p.Kindergartens, p.KindergartensOwnership}} {
		switch {
		case part.own != 0 && !part.own.IsValid():
			errs = append(errs, fmt.Sprintf("%s ownership %d", part.name, uint8(part.own)))
		case part.own != 0 && part.reach == ReachNone:
			errs = append(errs, fmt.Sprintf("%s ownership %s on a part that includes no campus", part.name, part.own))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %s", ErrInvalidPopulation, strings.Join(errs, "; "))
	}
	return nil
}

// Includes reports whether the campus is in the population: false for a campus Unplaced reports.
func (p Population) Includes(c campus.Campus) bool {
	reach, own, ok := p.part(c)
	return ok && reach.includes(c.Locale) && (own == 0 || own == c.Ownership)
}

// Unplaced reports whether the campus would be in the population but for its ownership, which the part
// selects and the register does not record (campus.Ownership zero).
func (p Population) Unplaced(c campus.Campus) bool {
	reach, own, ok := p.part(c)
	return ok && reach.includes(c.Locale) && own != 0 && c.Ownership == 0
}

// part returns the reach and ownership of the part the campus's kind belongs to; false for a kind in neither
// part (托儿所).
func (p Population) part(c campus.Campus) (Reach, campus.Ownership, bool) {
	switch {
	case c.Kind.Category() == campus.CategoryKindergarten:
		return p.Kindergartens, p.KindergartensOwnership, true
	case c.Kind.Group() == campus.GroupSchool:
		return p.Schools, p.SchoolsOwnership, true
	default:
		return 0, 0, false
	}
}

// String describes the population in Chinese, e.g. "全部中小学+城市幼儿园" or "全部中小学+全部公办幼儿园".
func (p Population) String() string {
	var parts []string
	if p.Schools.IsValid() && p.Schools != ReachNone {
		parts = append(parts, p.Schools.Name(rate.Chinese)+p.SchoolsOwnership.Name(rate.Chinese)+"中小学")
	}
	if p.Kindergartens.IsValid() && p.Kindergartens != ReachNone {
		parts = append(parts, p.Kindergartens.Name(rate.Chinese)+p.KindergartensOwnership.Name(rate.Chinese)+"幼儿园")
	}
	if len(parts) == 0 {
		return "(无)"
	}
	return strings.Join(parts, "+")
}

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (r Reach) Value() (driver.Value, error) { return reachEnum.Value(r) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (r *Reach) Scan(src any) error { return reachEnum.Scan(r, src) }
