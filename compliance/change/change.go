// Package change is how compliance figures moved between two dates.
//
// Compare sets two summaries of one question (one standard, the same
// prevention level at every place, one window; its version may differ) side
// by side, cell by cell: a Comparison, whose Change gives a cell's
// rate.Change from the baseline's exact rate to the report's and whose JSON
// is a report of both summaries.
//
//	cmp, err := change.Compare(then, now)
//	c, _ := cmp.Change(compliance.ComplianceMeasure, compliance.AllCampuses().License(campus.Licensed))
//	fmt.Println(c.Format(rate.Precision{Places: 1, Rounding: rate.HalfEven}, rate.Chinese))
//
// A Figure is the self-describing change figure: one campus measure of
// one population at two dates — a series' baseline and report, the 2012
// report's "与2010年5月份…相比,提高了87.4%" — carrying both figures whole, so
// that the change copied into another system as JSON says what changed, from
// when to when, against which standard versions, and both of its readings:
// percentage points and relative to the baseline, each labelled (see
// rate.Change for why the two must never be confused).
//
// A Figure is built from two compliance.Figure values of the same definition
// (Between), typically two dates of a compliance.Series:
//
//	from, _ := series.At(baseline)
//	to, _ := series.At(report)
//	f1, _ := from.Figure(compliance.ComplianceMeasure, cell, p)
//	f2, _ := to.Figure(compliance.ComplianceMeasure, cell, p)
//	c, err := change.Between(f1, f2)
//
// The package is pure: no I/O, no clock, no package state.
package change

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/rate"
	"github.com/shopspring/decimal"
)

// ErrInvalid reports a change figure whose two figures are invalid, not in
// date order, or not of one definition (see Figure.Validate), or JSON that is
// not the canonical form of one.
var ErrInvalid = errors.New("change: invalid change figure")

// Figure is the change of one figure between two dates: From at the earlier
// date, To at the later, of one definition — the same measure, title,
// standard (by ID), prevention level, population (jurisdiction, group,
// license, kind, unit, population text) and precision. The standard's
// version may differ (a checklist revised between the dates): VersionChanged
// says so, and the JSON carries it.
//
// A Figure is a comparable value. The zero Figure is invalid (Validate).
// Neither figure records the validity window its statuses were taken with
// (compliance.Figure has no such field), so Validate cannot compare windows:
// build both figures from one compliance.Series, or from summaries
// Compare accepts.
type Figure struct {
	// From is the figure at the earlier date (the baseline), To at the later.
	From, To compliance.Figure
}

// Between returns the change from one figure to another, or an error
// (Validate's) when they are not two dates of one definition.
func Between(from, to compliance.Figure) (Figure, error) {
	f := Figure{From: from, To: to}
	if err := f.Validate(); err != nil {
		return Figure{}, err
	}
	return f, nil
}

// Validate reports every problem, joined, each wrapping ErrInvalid: either
// figure invalid (with its compliance.ErrInvalidFigure), From's date not
// before To's, and each part of the definition that differs, named with both
// values.
func (f Figure) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...))
	}
	if err := f.From.Validate(); err != nil {
		bad("from: %w", err)
	}
	if err := f.To.Validate(); err != nil {
		bad("to: %w", err)
	}
	a, b := f.From, f.To
	if !a.AsOf.IsZero() && !b.AsOf.IsZero() && !a.AsOf.Before(b.AsOf) { // a zero date is reported above
		bad("from's date %s is not before to's %s", a.AsOf, b.AsOf)
	}
	differ := func(what string, x, y any) {
		bad("%s differs: %s vs %s", what, errbound.Quote(fmt.Sprint(x)), errbound.Quote(fmt.Sprint(y)))
	}
	if a.Measure != b.Measure {
		differ("measure", a.Measure, b.Measure)
	}
	if a.Title != b.Title {
		differ("title", a.Title, b.Title)
	}
	if a.StandardID != b.StandardID {
		differ("standard", a.StandardID, b.StandardID)
	}
	if a.PreventionLevel != b.PreventionLevel {
		differ("prevention level", a.PreventionLevel, b.PreventionLevel)
	}
	if a.Jurisdiction != b.Jurisdiction {
		differ("jurisdiction", a.Jurisdiction, b.Jurisdiction)
	}
	if a.Group != b.Group {
		differ("group", a.Group, b.Group)
	}
	if a.License != b.License {
		differ("license", a.License, b.License)
	}
	if a.Kind != b.Kind {
		differ("kind", a.Kind, b.Kind)
	}
	if a.Unit != b.Unit {
		differ("unit", a.Unit, b.Unit)
	}
	if a.Population != b.Population {
		differ("population", a.Population, b.Population)
	}
	if a.Precision != b.Precision {
		differ("precision", fmt.Sprintf("%d places %s", a.Precision.Places, a.Precision.Rounding),
			fmt.Sprintf("%d places %s", b.Precision.Places, b.Precision.Rounding))
	}
	return errors.Join(errs...)
}

// rates returns the exact change of the two figures' rates.
func (f Figure) rates() rate.Change { return rate.Change{From: f.From.Rate, To: f.To.Rate} }

// Points returns the change in percentage points (百分点), from the exact
// counts, rounded once to the figures' precision (rate.Change.Points). false
// when either rate is undefined or the precision is invalid.
func (f Figure) Points() (decimal.Decimal, bool) { return f.rates().Points(f.To.Precision) }

// Relative returns the change relative to the baseline, in percent of it,
// from the exact counts, rounded once to the figures' precision
// (rate.Change.Relative). false when From's rate is zero or undefined, To's
// is undefined, or the precision is invalid.
func (f Figure) Relative() (decimal.Decimal, bool) { return f.rates().Relative(f.To.Precision) }

// VersionChanged reports whether the two figures were measured against
// different versions of their standard: the change then mixes the campuses'
// progress with the revision.
func (f Figure) VersionChanged() bool {
	return f.From.StandardVersion != f.To.StandardVersion
}

// Format shows the change with its name and both readings, each labelled:
// "全达标率 12.5% → 99.9%: +87.4 个百分点, +701.1%(相对变化)" (see
// rate.Change.Format). The name is the figures' Title, else the measure's name
// in lang.
func (f Figure) Format(lang rate.Lang) string {
	name := f.To.Title
	if name == "" {
		name = f.To.Measure.Name(lang)
	}
	return name + " " + f.rates().Format(f.To.Precision, lang)
}

// Units of the two readings, as the JSON names them.
const (
	pointsUnit   = "percentage_points"
	relativeUnit = "percent_of_from"
)

// figureJSON is the JSON form of a Figure.
type figureJSON struct {
	From           json.RawMessage `json:"from"`
	To             json.RawMessage `json:"to"`
	Points         *string         `json:"points"`
	PointsUnit     string          `json:"points_unit"`
	Relative       *string         `json:"relative"`
	RelativeUnit   string          `json:"relative_unit"`
	VersionChanged bool            `json:"version_changed"`
}

// MarshalJSON encodes the change with both figures whole (compliance.Figure's
// JSON) and its two readings as decimal strings (null when undefined), each
// with its unit, and whether the standard's version changed:
//
//	{"from":{…,"as_of":"2010-05-31",…},"to":{…,"as_of":"2012-02-14",…},
//	 "points":"87.4","points_unit":"percentage_points",
//	 "relative":"701.1","relative_unit":"percent_of_from","version_changed":false}
//
// An invalid change (Validate) is an error.
func (f Figure) MarshalJSON() ([]byte, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	j, err := f.toJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(j)
}

// toJSON returns the canonical JSON form of a valid change.
func (f Figure) toJSON() (figureJSON, error) {
	from, err := json.Marshal(f.From)
	if err != nil {
		return figureJSON{}, err
	}
	to, err := json.Marshal(f.To)
	if err != nil {
		return figureJSON{}, err
	}
	j := figureJSON{From: from, To: to, PointsUnit: pointsUnit, RelativeUnit: relativeUnit, VersionChanged: f.VersionChanged()}
	places := f.To.Precision.Places
	if v, ok := f.Points(); ok {
		s := v.StringFixed(places)
		j.Points = &s
	}
	if v, ok := f.Relative(); ok {
		s := v.StringFixed(places)
		j.Relative = &s
	}
	return j, nil
}

// UnmarshalJSON decodes the form MarshalJSON writes, and only that form: every
// key exactly once, both figures in compliance.Figure's canonical JSON, the
// two figures a valid change (Validate), and the readings, units and
// version_changed exactly as the figures give them ("87.4", not "87.40";
// null exactly when undefined). Anything else is an error wrapping
// ErrInvalid, and f is left unchanged.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var j figureJSON
	if err := jsonstrict.Decode(b, changeSchema, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	var v Figure
	var errs []error
	if err := json.Unmarshal(j.From, &v.From); err != nil {
		errs = append(errs, fmt.Errorf("%w: from: %w", ErrInvalid, err))
	}
	if err := json.Unmarshal(j.To, &v.To); err != nil {
		errs = append(errs, fmt.Errorf("%w: to: %w", ErrInvalid, err))
	}
	if len(errs) == 0 {
		if err := v.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	want, err := v.toJSON()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	for _, c := range []struct {
		key       string
		got, want *string
	}{
		{"points", j.Points, want.Points}, {"points_unit", &j.PointsUnit, &want.PointsUnit},
		{"relative", j.Relative, want.Relative}, {"relative_unit", &j.RelativeUnit, &want.RelativeUnit},
	} {
		if !ptrEqual(c.got, c.want) {
			errs = append(errs, fmt.Errorf("%w: %q is %s, the figures give %s", ErrInvalid, c.key, show(c.got), show(c.want)))
		}
	}
	if j.VersionChanged != want.VersionChanged {
		errs = append(errs, fmt.Errorf("%w: \"version_changed\" is %t, the figures give %t", ErrInvalid, j.VersionChanged, want.VersionChanged))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*f = v
	return nil
}

// ptrEqual reports whether a and b are both nil or point to equal strings.
func ptrEqual(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// show quotes caller text for a message (bounded), or says null.
func show(s *string) string {
	if s == nil {
		return "null"
	}
	return errbound.Quote(*s)
}

var (
	strictString = &jsonstrict.Schema{Type: jsonstrict.String}
	// figureValue holds a figure's JSON, which compliance.Figure's own strict
	// UnmarshalJSON checks in full: no copy of its schema to drift from it.
	figureValue = &jsonstrict.Schema{Type: jsonstrict.Any}
	// changeSchema is the shape of a change figure's JSON; only the readings
	// may be null.
	changeSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "from", Required: true, Value: figureValue},
		{Name: "to", Required: true, Value: figureValue},
		{Name: "points", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String, Null: true}},
		{Name: "points_unit", Required: true, Value: strictString},
		{Name: "relative", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String, Null: true}},
		{Name: "relative_unit", Required: true, Value: strictString},
		{Name: "version_changed", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.Bool}},
	}}
)
