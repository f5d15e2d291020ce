package compliance

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/shopspring/decimal"
)

// Measure names what a rate measures, and so what its numerator and
// denominator count. The zero value is invalid.
type Measure uint8

const (
	// ComplianceMeasure is the full-compliance rate (全达标率): compliant
	// campuses over all campuses in scope, unassessed ones included — the
	// report's 99.9 % (1394/1396). See Tally.Rate.
	ComplianceMeasure Measure = iota + 1
	// AssessedComplianceMeasure is compliant campuses over assessed campuses
	// (已检查校园达标率). See Tally.Rate.
	AssessedComplianceMeasure
	// AssessedMeasure is assessed campuses over all campuses in scope
	// (检查覆盖率): the share with an inspection that counts. See Tally.Rate.
	AssessedMeasure
	// RectificationMeasure is rectified findings over all findings made on or
	// before the date (整改率). See finding.Tally.Rate.
	RectificationMeasure
	// OnTimeRectificationMeasure is findings rectified by their deadline over
	// findings whose outcome is settled: rectified, or past their deadline
	// (按期整改率). See finding.Tally.Rate.
	OnTimeRectificationMeasure
)

const measureCount = int(OnTimeRectificationMeasure) + 1

var measureEnum = enum.MustNew(enum.Spec[Measure]{
	Type: "Measure",
	IDs: []string{
		"compliance_rate", "assessed_compliance_rate", "assessed_rate", "rectification_rate", "on_time_rectification_rate",
	},
	Labels: []string{"全达标率", "已检查校园达标率", "检查覆盖率", "整改率", "按期整改率"},
	English: []string{"full-compliance rate", "compliance rate of assessed campuses",
		"assessed rate", "rectification rate", "on-time rectification rate"},
	Text: enum.ErrorForm{Err: ErrInvalidMeasure, Detail: ": "},
})

// What each measure's numerator and denominator count, in English and Chinese.
var measureCounts = [measureCount][4]string{
	{},
	{"compliant campuses", "campuses in scope, unassessed included", "达标校园数", "适用校园总数(含未检查)"},
	{"compliant campuses", "assessed campuses", "达标校园数", "已检查校园数"},
	{"assessed campuses", "campuses in scope, unassessed included", "已检查校园数", "适用校园总数(含未检查)"},
	{"rectified findings", "findings made on or before the date", "已整改问题数", "截至当日发现问题数"},
	{"findings rectified on time", "findings rectified or past their deadline", "按期整改问题数", "已整改或已到期问题数"},
}

// IsValid reports whether m is a defined measure.
func (m Measure) IsValid() bool { return measureEnum.IsValid(m) }

// String returns the stable English id (e.g. "compliance_rate"), or
// "Measure(N)" for an invalid value.
func (m Measure) String() string { return measureEnum.String(m) }

// Name returns the measure's name for a reader of lang: the Chinese label (全达标率), or an English
// phrase ("full-compliance rate"). It is "" for an invalid measure or language.
func (m Measure) Name(lang rate.Lang) string { return measureEnum.Name(m, enum.Lang(lang)) }

// numerator says what the measure's numerator counts, in lang ("" for an
// invalid measure).
func (m Measure) numerator(lang rate.Lang) string {
	if !m.IsValid() {
		return ""
	}
	return inLang(lang, measureCounts[m][2], measureCounts[m][0])
}

// denominator says what the measure's denominator counts, in lang ("" for an
// invalid measure).
func (m Measure) denominator(lang rate.Lang) string {
	if !m.IsValid() {
		return ""
	}
	return inLang(lang, measureCounts[m][3], measureCounts[m][1])
}

// ParseMeasure parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidMeasure and quotes the text.
func ParseMeasure(text string) (Measure, error) { return measureEnum.Parse(text) }

// MarshalText encodes m as its English id, or "" for the zero value (unset); any other invalid value is an
// error.
func (m Measure) MarshalText() ([]byte, error) { return measureEnum.MarshalText(m) }

// UnmarshalText accepts what ParseMeasure accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidMeasure that quotes it, and leaves the receiver unchanged.
func (m *Measure) UnmarshalText(text []byte) error { return measureEnum.UnmarshalText(m, text) }

// maxFigureTextLen bounds a figure's Title and Population, in bytes.
const maxFigureTextLen = 256

// Figure is a published rate together with its definition: what it measures,
// what the report calls it, its exact counts, how it was rounded, as of which
// date, against which standard and prevention level, and over which campuses.
// Copied into another system as JSON, it cannot lose its meaning, and its
// value can be checked against its counts.
//
// The value is not stored: Value derives it from Rate and Precision, so
// it never disagrees with them. The zero Figure is invalid (see Validate).
type Figure struct {
	// Measure names the rate and what its numerator and denominator count.
	Measure Measure
	// Title is what the report calls the figure (e.g. 专职保安员配备率 for a
	// full-compliance rate against a one-target standard); optional: empty
	// means the measure's label. It names the figure and does not change its
	// definition.
	Title string
	// Rate holds the exact counts.
	Rate rate.Rate
	// Precision is how the percentage is rounded: places and rule.
	Precision rate.Precision
	// AsOf is the date the statuses are taken on.
	AsOf civil.Date
	// StandardID and StandardVersion identify the standard measured against.
	StandardID, StandardVersion string
	// StandardEffective is the date the version measured against took effect
	// (Standard.Effective): the version in force on AsOf. The library's
	// figures always set it; zero means not recorded (a figure built by hand
	// or read from JSON written before it was recorded). It is never after
	// AsOf.
	StandardEffective civil.Date
	// PreventionLevel is the prevention level the standard was applied at,
	// when one level was in force across the figure's jurisdiction on AsOf
	// (a query's one level, or a schedule that put the same level
	// everywhere in it); zero when several were (see Levels).
	PreventionLevel prevention.Level
	// Levels are the prevention levels in force across the figure's
	// jurisdiction on AsOf when there were several (a schedule raised the
	// level in some places of it: prevention.InForce.In), lowest first; the
	// empty set when one was (PreventionLevel says it). Exactly one of the
	// two is set, so that a figure has one form. The levels are those of the
	// places, whether or not a counted campus stands in each.
	Levels prevention.LevelSet
	// Jurisdiction is the jurisdiction whose campuses (its own and its
	// descendants') are counted; zero means the whole register.
	Jurisdiction hierarchy.Code
	// Group, License and Kind narrow the campuses counted; zero means all.
	Group   campus.Group
	License campus.License
	Kind    campus.Kind
	// Unit is what the numerator and denominator count (UnitCampus,
	// UnitSchool, UnitFinding); zero means the measure's own unit
	// (Measure.Unit: campuses for the campus measures), and the measure's own
	// unit is only ever spelt so (Validate refuses it set explicitly, so that a
	// figure has one form). A campus measure may count schools; see
	// CountedUnit.
	Unit Unit
	// Population describes the campuses counted in the denominator when they
	// are fewer than Jurisdiction, Group, License and Kind say (e.g.
	// "城市中小学 (2019 scope)": only city schools); optional: empty means
	// those fields say it all.
	Population string
}

// Value returns the rounded percentage; false when the rate is undefined or
// the figure's places or rounding are invalid.
func (f Figure) Value() (decimal.Decimal, bool) { return f.Rate.Percent(f.Precision) }

// Validate reports every problem with the figure's definition, joined, each
// wrapping ErrInvalidFigure and naming the figure (its title, else its
// measure): an invalid measure, rounding or level, places out of range, a zero
// as-of date, a standard effective after the as-of date, an empty standard ID, a standard ID or version longer than
// 128 bytes or not valid UTF-8, an invalid non-zero group, license or
// kind, a title or population longer than 256 bytes or not valid
// UTF-8 or holding a control character. The figure is named by a quoted,
// elided prefix of at most 64 bytes. An undefined rate is not a problem:
// it is a figure whose value is undefined.
func (f Figure) Validate() error {
	var errs []error
	name := f.Measure.String()
	if f.Title != "" && checkFigureText(f.Title) == "" {
		name = f.Title
	}
	quoted := errbound.Quote(name)
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w %s: "+format, append([]any{ErrInvalidFigure, quoted}, args...)...))
	}
	if !f.Measure.IsValid() {
		bad("measure %s", f.Measure)
	}
	if f.Precision.Places < rate.MinPlaces || f.Precision.Places > rate.MaxPlaces {
		bad("places %d outside [%d, %d]", f.Precision.Places, rate.MinPlaces, rate.MaxPlaces)
	}
	if !f.Precision.Rounding.IsValid() {
		bad("rounding %s", f.Precision.Rounding)
	}
	if f.AsOf.IsZero() {
		bad("no as-of date")
	}
	switch {
	case f.StandardID == "":
		bad("no standard ID")
	case len(f.StandardID) > maxIDLen:
		bad("standard ID of %d bytes, at most %d", len(f.StandardID), maxIDLen)
	case !utf8.ValidString(f.StandardID):
		bad("standard ID is not valid UTF-8")
	}
	switch {
	case len(f.StandardVersion) > maxIDLen:
		bad("standard version of %d bytes, at most %d", len(f.StandardVersion), maxIDLen)
	case !utf8.ValidString(f.StandardVersion):
		bad("standard version is not valid UTF-8")
	}
	switch {
	case f.Levels == 0 && !f.PreventionLevel.IsValid():
		bad("prevention level %s", f.PreventionLevel)
	case f.Levels != 0 && f.PreventionLevel != 0:
		bad("both prevention level %s and levels %s: set levels only when several applied", f.PreventionLevel, f.Levels)
	case f.Levels != 0 && (!f.Levels.IsValid() || f.Levels.Len() < 2):
		bad("prevention levels %s: several valid levels, or one in PreventionLevel", f.Levels)
	}
	if !f.AsOf.IsZero() && f.StandardEffective.After(f.AsOf) {
		bad("standard effective %s, after the as-of date %s", f.StandardEffective, f.AsOf)
	}
	if f.Group != 0 && !f.Group.IsValid() {
		bad("group %d", uint8(f.Group))
	}
	if f.License != 0 && !f.License.IsValid() {
		bad("license %d", uint8(f.License))
	}
	if f.Kind != 0 && !f.Kind.IsValid() {
		bad("kind %d", uint8(f.Kind))
	}
	if f.Unit != 0 && (!f.Unit.IsValid() || (f.Measure.IsValid() && !f.Measure.unitFits(f.Unit))) {
		bad("unit %s for measure %s", f.Unit, f.Measure)
	} else if f.Unit != 0 && f.Unit == f.Measure.Unit() {
		// One value, one form: the measure's own unit is the zero Unit, so that
		// a figure reads back from its JSON as itself.
		bad("unit %s is measure %s's own: leave Unit zero", f.Unit, f.Measure)
	}
	if p := checkFigureText(f.Title); p != "" {
		bad("title %s", p)
	}
	if p := checkFigureText(f.Population); p != "" {
		bad("population %s", p)
	}
	return errors.Join(errs...)
}

// checkFigureText describes what is wrong with a figure's title or
// population, or returns "" if nothing is.
func checkFigureText(s string) string {
	if len(s) > maxFigureTextLen {
		return fmt.Sprintf("of %d bytes, at most %d", len(s), maxFigureTextLen)
	}
	if !utf8.ValidString(s) {
		return "not valid UTF-8"
	}
	for i, r := range s {
		if unicode.IsControl(r) {
			return fmt.Sprintf("holds control character %U at byte %d", r, i)
		}
	}
	return ""
}

// Format returns the figure's name and the rounded value with its counts,
// e.g. "全达标率 99.9% (1394/1396)" or, in English,
// "full-compliance rate 99.9% (1394/1396)"; an undefined value shows
// Undefined. The name is the measure's Name in lang; a Title, when
// set, replaces it in either language, since it is the report's own name for
// the figure: "专职保安员配备率 33.3% (1/3)".
//
// A figure that counts another unit than its measure's own (Unit set: a
// school-level 4个100% figure) names it after the counts, so that a school
// figure never reads as a campus one: "专职保安员配备率 95.7% (22/23 学校)",
// "full-time guards rate 95.7% (22/23 schools)".
func (f Figure) Format(lang rate.Lang) string {
	name := f.Title
	if name == "" {
		name = f.Measure.Name(lang)
	}
	counts := f.Rate.String()
	if f.Unit.IsValid() {
		counts += " " + inLang(lang, f.Unit.Name(rate.Chinese), unitPlural[f.Unit])
	}
	return name + " " + f.Rate.Format(f.Precision) + " (" + counts + ")"
}

// unitPlural is the English plural of each unit, for Format.
var unitPlural = [...]string{UnitCampus: "campuses", UnitSchool: "schools", UnitFinding: "findings"}

// figureStandard is the JSON form of the standard a figure is measured against.
type figureStandard struct {
	ID        string  `json:"id"`
	Version   *string `json:"version,omitempty"`
	Effective *string `json:"effective,omitempty"`
}

// figureJSON is the JSON form of a Figure, written by MarshalJSON and read by UnmarshalJSON. Value is a
// decimal string (never a JSON number, which readers parse as a float), or null when undefined. Enums and the
// date are kept as text, and optional fields as pointers, so that UnmarshalJSON can compare what it read with
// the one canonical form.
type figureJSON struct {
	Measure           string         `json:"measure"`
	Label             string         `json:"label"`
	Title             *string        `json:"title,omitempty"`
	Value             *string        `json:"value"`
	Unit              string         `json:"unit"`
	Counted           string         `json:"counted"`
	Numerator         int64          `json:"numerator"`
	NumeratorCounts   string         `json:"numerator_counts"`
	Denominator       int64          `json:"denominator"`
	DenominatorCounts string         `json:"denominator_counts"`
	Places            int32          `json:"places"`
	Rounding          string         `json:"rounding"`
	AsOf              string         `json:"as_of"`
	Standard          figureStandard `json:"standard"`
	Level             *string        `json:"level,omitempty"`
	Levels            []string       `json:"levels,omitempty"`
	Jurisdiction      *string        `json:"jurisdiction,omitempty"`
	Group             *string        `json:"group,omitempty"`
	License           *string        `json:"license,omitempty"`
	Kind              *string        `json:"kind,omitempty"`
	Population        *string        `json:"population,omitempty"`
}

// figureSchema is the schema of figureJSON: every key of MarshalJSON's output required except the optional
// ones it omits when unset (title, the standard's version, level or levels, jurisdiction, group, license,
// kind, population);
// only "value" may be null.
var figureSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
	{Name: "measure", Required: true, Value: strictString},
	{Name: "label", Required: true, Value: strictString},
	{Name: "title", Value: strictString},
	{Name: "value", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String, Null: true}},
	{Name: "unit", Required: true, Value: strictString},
	{Name: "counted", Required: true, Value: strictString},
	{Name: "numerator", Required: true, Value: strictInt},
	{Name: "numerator_counts", Required: true, Value: strictString},
	{Name: "denominator", Required: true, Value: strictInt},
	{Name: "denominator_counts", Required: true, Value: strictString},
	{Name: "places", Required: true, Value: strictInt},
	{Name: "rounding", Required: true, Value: strictString},
	{Name: "as_of", Required: true, Value: strictString},
	{Name: "standard", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "id", Required: true, Value: strictString},
		{Name: "version", Value: strictString},
		{Name: "effective", Value: strictString},
	}}},
	{Name: "level", Value: strictString},
	{Name: "levels", Value: &jsonstrict.Schema{Type: jsonstrict.Array, Elem: strictString, MaxLen: 3}},
	{Name: "jurisdiction", Value: strictString},
	{Name: "group", Value: strictString},
	{Name: "license", Value: strictString},
	{Name: "kind", Value: strictString},
	{Name: "population", Value: strictString},
}}

// levelText is the id of a set level, "" for the zero level.
func levelText(l prevention.Level) string {
	if l == 0 {
		return ""
	}
	return l.String()
}

// figureLevels returns the figure fields for the levels set: the one level,
// or the set when several.
func figureLevels(set prevention.LevelSet) (prevention.Level, prevention.LevelSet) {
	if l, ok := set.Single(); ok {
		return l, 0
	}
	return 0, set
}

// figureUnit is the unit of every figure's value.
const figureUnit = "percent"

// optional returns nil for "" and &s otherwise.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// MarshalJSON encodes the figure with its value and its whole definition:
//
//	{"measure":"compliance_rate","label":"全达标率","value":"99.9","unit":"percent",
//	 "numerator":1394,"numerator_counts":"compliant campuses",
//	 "denominator":1396,"denominator_counts":"campuses in scope, unassessed included",
//	 "counted":"campus",
//	 "places":1,"rounding":"half_even","as_of":"2012-02-14",
//	 "standard":{"id":"js-2010","version":"trial","effective":"2010-04-30"},"level":"normal",
//	 "jurisdiction":"320500","license":"licensed"}
//
// "level" is the one prevention level the figure was measured at; when
// several were in force across its jurisdiction (a schedule), "level" is
// omitted and "levels" lists them, lowest first
// ("levels":["normal","heightened"]).
// "label" is always the measure's label; the optional Title and Population
// are written as "title" (after "label") and "population" (last) only when
// set. "counted" is the unit the counts are of (CountedUnit), always
// written; the count descriptions are in that unit.
// An invalid figure (Validate) is an error.
func (f Figure) MarshalJSON() ([]byte, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(f.toJSON())
}

// toJSON returns the canonical JSON form of a valid figure.
func (f Figure) toJSON() figureJSON {
	j := figureJSON{
		Measure:           f.Measure.String(),
		Label:             f.Measure.Name(rate.Chinese),
		Title:             optional(f.Title),
		Unit:              figureUnit,
		Numerator:         f.Rate.Num(),
		NumeratorCounts:   f.Numerator(rate.English),
		Denominator:       f.Rate.Den(),
		DenominatorCounts: f.Denominator(rate.English),
		Counted:           f.CountedUnit().String(),
		Places:            f.Precision.Places,
		Rounding:          f.Precision.Rounding.String(),
		AsOf:              f.AsOf.String(),
		Standard:          figureStandard{f.StandardID, optional(f.StandardVersion), nil},
		Level:             optional(levelText(f.PreventionLevel)),
		Jurisdiction:      optional(f.Jurisdiction.String()),
		Population:        optional(f.Population),
	}
	for _, l := range f.Levels.Levels() {
		j.Levels = append(j.Levels, l.String())
	}
	if v, ok := f.Value(); ok {
		s := v.StringFixed(f.Precision.Places)
		j.Value = &s
	}
	if !f.StandardEffective.IsZero() {
		j.Standard.Effective = optional(f.StandardEffective.String())
	}
	if f.Group != 0 {
		j.Group = optional(f.Group.String())
	}
	if f.License != 0 {
		j.License = optional(f.License.String())
	}
	if f.Kind != 0 {
		j.Kind = optional(f.Kind.String())
	}
	return j
}

// UnmarshalJSON decodes the form MarshalJSON writes, and only that form: a
// figure's JSON has one canonical spelling. The keys are exactly those
// MarshalJSON writes, each once; all are required but the optional ones
// (title, the standard's version and effective date, jurisdiction, group, license, kind,
// population), which are absent when unset (never ""). The definition must be
// valid and the counts must make a valid rate; exactly one of "level" and
// "levels" (two or three ids, lowest first, each once) is present. Every value must be spelt as
// MarshalJSON spells it: enums by their stable ids, the jurisdiction as
// hierarchy.Code.String writes it, the label and count descriptions of the
// measure and counted unit, unit "percent", and the value exactly as the
// counts, places and rounding give it ("99.9", not "99.90" or "9.99e1"; null
// exactly when undefined). A "counted" unit that is the measure's own
// decodes as the zero Unit, the form the library's figures carry, so that a
// figure round-trips exactly. Anything else is an error wrapping
// ErrInvalidFigure, and f is left unchanged.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var j figureJSON
	if err := jsonstrict.Decode(b, figureSchema, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidFigure, err)
	}
	r, err := rate.New(j.Numerator, j.Denominator)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidFigure, err)
	}
	v := Figure{Title: deref(j.Title), Rate: r, Precision: rate.Precision{Places: j.Places}, StandardID: j.Standard.ID,
		StandardVersion: deref(j.Standard.Version), Population: deref(j.Population)}
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	v.Measure, err = ParseMeasure(j.Measure)
	add(err)
	v.Precision.Rounding, err = rate.ParseRounding(j.Rounding)
	add(err)
	v.AsOf, err = civil.ParseDate(j.AsOf)
	add(err)
	if j.Level != nil {
		v.PreventionLevel, err = prevention.ParseLevel(*j.Level)
		add(err)
	}
	for _, id := range j.Levels {
		l, err := prevention.ParseLevel(id)
		add(err)
		v.Levels = v.Levels.With(l)
	}
	if j.Standard.Effective != nil {
		v.StandardEffective, err = civil.ParseDate(*j.Standard.Effective)
		add(err)
	}
	if j.Jurisdiction != nil {
		v.Jurisdiction, err = hierarchy.ParseCode(*j.Jurisdiction)
		add(err)
	}
	if j.Group != nil {
		v.Group, err = campus.ParseGroup(*j.Group)
		add(err)
	}
	if j.License != nil {
		v.License, err = campus.ParseLicense(*j.License)
		add(err)
	}
	if j.Kind != nil {
		v.Kind, err = campus.ParseKind(*j.Kind)
		add(err)
	}
	if u, err := ParseUnit(j.Counted); err != nil {
		add(err)
	} else if u != v.Measure.Unit() {
		v.Unit = u
	}
	if len(errs) == 0 {
		add(v.Validate())
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrInvalidFigure, errors.Join(errs...))
	}
	want := v.toJSON()
	if !ptrEqual(j.Value, want.Value) {
		return fmt.Errorf("%w: value %s, but %s at %d places (%s) is %s",
			ErrInvalidFigure, strPtr(j.Value), r, v.Precision.Places, v.Precision.Rounding, strPtr(want.Value))
	}
	for _, c := range []struct {
		key       string
		got, want *string
	}{
		{"measure", &j.Measure, &want.Measure}, {"label", &j.Label, &want.Label}, {"title", j.Title, want.Title},
		{"unit", &j.Unit, &want.Unit}, {"counted", &j.Counted, &want.Counted}, {"numerator_counts", &j.NumeratorCounts, &want.NumeratorCounts},
		{"denominator_counts", &j.DenominatorCounts, &want.DenominatorCounts}, {"rounding", &j.Rounding, &want.Rounding},
		{"as_of", &j.AsOf, &want.AsOf}, {"standard.version", j.Standard.Version, want.Standard.Version},
		{"standard.effective", j.Standard.Effective, want.Standard.Effective},
		{"level", j.Level, want.Level}, {"levels", optional(strings.Join(j.Levels, ",")), optional(strings.Join(want.Levels, ","))},
		{"jurisdiction", j.Jurisdiction, want.Jurisdiction},
		{"group", j.Group, want.Group}, {"license", j.License, want.License}, {"kind", j.Kind, want.Kind},
		{"population", j.Population, want.Population},
	} {
		if !ptrEqual(c.got, c.want) {
			errs = append(errs, fmt.Errorf("%w: %q is %s, the canonical form is %s", ErrInvalidFigure, c.key,
				quotePtr(c.got), quotePtr(c.want)))
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*f = v
	return nil
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ptrEqual reports whether a and b are both nil or point to equal strings.
func ptrEqual(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// quotePtr quotes caller text for a message (bounded), or says "absent".
func quotePtr(s *string) string {
	if s == nil {
		return "absent"
	}
	return errbound.Quote(*s)
}

func strPtr(s *string) string {
	if s == nil {
		return "null"
	}
	return errbound.Quote(*s)
}
