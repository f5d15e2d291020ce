package compliance

import (
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Unit is what a figure's numerator and denominator count: campuses (校园,
// the unit the 2012 report's 99.9 % counts, branch campuses included),
// schools (学校, the unit of the published national figures such as
// "99.71%的中小学…封闭化"), or findings (整改问题). Schools and campuses are
// different units and are never mixed in one rate. The zero value on a
// Figure means the measure's own unit (Measure.Unit).
type Unit uint8

// The counting units.
const (
	// UnitCampus ("campus", 校园): each campus counts once.
	UnitCampus Unit = iota + 1
	// UnitSchool ("school", 学校): each school counts once, whatever its
	// number of campuses.
	UnitSchool
	// UnitFinding ("finding", 整改问题): each finding counts once.
	UnitFinding
)

var unitEnum = enum.MustNew(enum.Spec[Unit]{
	Type:    "Unit",
	IDs:     []string{"campus", "school", "finding"},
	Labels:  []string{"校园", "学校", "整改问题"},
	English: []string{"campus", "school", "finding"},
	Text:    enum.ErrorForm{Err: ErrInvalidUnit, Detail: ": "},
})

// IsValid reports whether u is a defined unit.
func (u Unit) IsValid() bool { return unitEnum.IsValid(u) }

// String returns the stable English id ("campus", "school", "finding"), or
// "Unit(N)".
func (u Unit) String() string { return unitEnum.String(u) }

// Name returns the name of u for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (u Unit) Name(lang rate.Lang) string { return unitEnum.Name(u, enum.Lang(lang)) }

// ParseUnit parses the stable English id as String returns it, and nothing else (ParseLabel reads the
// label). The error wraps ErrInvalidUnit and quotes the text.
func ParseUnit(text string) (Unit, error) { return unitEnum.Parse(text) }

// MarshalText encodes u as its English id, or "" for the zero value (unset); any other invalid value is an
// error.
func (u Unit) MarshalText() ([]byte, error) { return unitEnum.MarshalText(u) }

// UnmarshalText accepts what ParseUnit accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidUnit, and leaves u unchanged.
func (u *Unit) UnmarshalText(text []byte) error { return unitEnum.UnmarshalText(u, text) }

// Unit returns the unit the measure counts by default: UnitCampus for the
// three campus measures, UnitFinding for the two rectification measures; 0
// for an invalid measure.
func (m Measure) Unit() Unit {
	switch m {
	case ComplianceMeasure, AssessedComplianceMeasure, AssessedMeasure:
		return UnitCampus
	case RectificationMeasure, OnTimeRectificationMeasure:
		return UnitFinding
	}
	return 0
}

// unitFits reports whether a measure can count in unit u: a campus measure
// counts campuses or schools, a rectification measure findings.
func (m Measure) unitFits(u Unit) bool {
	if m.Unit() == UnitCampus {
		return u == UnitCampus || u == UnitSchool
	}
	return u == m.Unit()
}

// schoolCounts are the campus measures' numerator and denominator texts when
// schools are counted (English, English, Chinese, Chinese).
var schoolCounts = [measureCount][4]string{
	ComplianceMeasure: {"schools with every campus in scope compliant", "schools in scope, unassessed included",
		"全部适用校区达标的学校数", "适用学校总数(含未检查)"},
	AssessedComplianceMeasure: {"schools with every campus in scope compliant", "assessed schools",
		"全部适用校区达标的学校数", "已检查学校数"},
	AssessedMeasure: {"assessed schools", "schools in scope, unassessed included", "已检查学校数", "适用学校总数(含未检查)"},
}

// CountedUnit returns the unit the figure counts: its Unit field, or the measure's
// own unit when that is zero.
func (f Figure) CountedUnit() Unit {
	if f.Unit != 0 {
		return f.Unit
	}
	return f.Measure.Unit()
}

// Numerator says what the figure's numerator counts, in lang, in its unit.
func (f Figure) Numerator(lang rate.Lang) string {
	if f.CountedUnit() == UnitSchool && f.Measure.Unit() == UnitCampus {
		return inLang(lang, schoolCounts[f.Measure][2], schoolCounts[f.Measure][0])
	}
	return f.Measure.numerator(lang)
}

// Denominator says what the figure's denominator counts, in lang, in its unit.
func (f Figure) Denominator(lang rate.Lang) string {
	if f.CountedUnit() == UnitSchool && f.Measure.Unit() == UnitCampus {
		return inLang(lang, schoolCounts[f.Measure][3], schoolCounts[f.Measure][1])
	}
	return f.Measure.denominator(lang)
}

// inLang returns en in English and zh in any other language, as
// Measure.Numerator does: counts are described in Chinese unless English is
// asked for.
func inLang(lang rate.Lang, zh, en string) string {
	if lang == rate.English {
		return en
	}
	return zh
}
