package compliance

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/jsonstrict"
	"github.com/campussec/campussec/prevention"
)

// reportFormat is the version of the JSON report forms of a Summary (the "format" key) and of
// change.Comparison, which embeds two.
const reportFormat = 1

// The schemas of a Query's and a Cell's JSON.
var (
	querySchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "standard", Required: true, Value: standardSchema},
		{Name: "as_of", Required: true, Value: strictString},
		{Name: "level", Required: true, Value: strictString},
		{Name: "window", Required: true, Value: strictInt},
	}}
	cellSchema = &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "jurisdiction", Value: strictString},
		{Name: "group", Value: strictString},
		{Name: "license", Value: strictString},
		{Name: "kind", Value: strictString},
	}}
)

// MarshalJSON encodes the query's spec: {"standard": …, "as_of": "2012-02-14", "level": "normal",
// "window": 0}, the standard in the form LoadStandard reads. The zero Query is no question and has no JSON
// form: the error wraps ErrInvalidQuery. Nor has a query under a prevention schedule: a schedule is read
// back only against its tree (prevention.LoadSchedule), so such a query refuses (ErrInvalidQuery) rather than
// write a form UnmarshalJSON could not rebuild; store the schedule's own JSON and the spec's other fields, and
// build the query again with NewQuery. (A Summary's report form does write the schedule: it is never decoded.)
func (q Query) MarshalJSON() ([]byte, error) {
	if q.IsZero() {
		return nil, fmt.Errorf("%w: the zero Query has no JSON form", ErrInvalidQuery)
	}
	if !q.Spec().Schedule.IsZero() {
		return nil, fmt.Errorf("%w: a query under a prevention schedule has no JSON form of its own (store the schedule with prevention's JSON and rebuild the query with NewQuery)", ErrInvalidQuery)
	}
	return json.Marshal(q.Spec())
}

// UnmarshalJSON decodes the form MarshalJSON writes, every key required, spelt exactly, once, and builds the
// query with NewQuery: the standard is read as LoadStandard reads it, and a spec NewQuery refuses is refused
// here. Errors wrap ErrInvalidJSON (and the refusing value's own sentinel: ErrInvalidStandard,
// ErrInvalidQuery, prevention.ErrInvalidLevel, civil.ErrInvalidDate); q is left unchanged.
func (q *Query) UnmarshalJSON(b []byte) error {
	var j struct {
		Standard json.RawMessage  `json:"standard"`
		AsOf     civil.Date       `json:"as_of"`
		Level    prevention.Level `json:"level"`
		Window   int              `json:"window"`
	}
	if err := decodeRecord(b, querySchema, &j); err != nil {
		return err
	}
	std, err := LoadStandard(j.Standard)
	if err != nil {
		return fmt.Errorf("%w: standard: %w", ErrInvalidJSON, err)
	}
	v, err := NewQuery(QuerySpec{Standard: std, AsOf: j.AsOf, PreventionLevel: j.Level, Window: j.Window})
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	*q = v
	return nil
}

// cellJSON is the JSON form of a Cell: each narrowing present only when set.
type cellJSON struct {
	Jurisdiction *hierarchy.Code `json:"jurisdiction,omitempty"`
	Group        *campus.Group   `json:"group,omitempty"`
	License      *campus.License `json:"license,omitempty"`
	Kind         *campus.Kind    `json:"kind,omitempty"`
}

// MarshalJSON encodes the cell as {"jurisdiction": "320505", "group": "school", "license": "licensed",
// "kind": "primary"}, each key present only when the cell is narrowed by it: AllCampuses() is {}. A cell
// narrowed by an invalid value selects nothing and has no JSON form: the error wraps ErrInvalidCell.
func (c Cell) MarshalJSON() ([]byte, error) {
	if !c.valid() {
		return nil, fmt.Errorf("%w: %s narrows by an invalid value and has no JSON form", ErrInvalidCell, c)
	}
	var j cellJSON
	if !c.code.IsZero() {
		j.Jurisdiction = &c.code
	}
	if c.set&setGroup != 0 {
		j.Group = &c.group
	}
	if c.set&setLicense != 0 {
		j.License = &c.license
	}
	if c.set&setKind != 0 {
		j.Kind = &c.kind
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes the form MarshalJSON writes; every key is optional (absent: all), spelt exactly,
// once, and a present key names a valid code or id (not ""). Errors wrap ErrInvalidJSON (and the value's
// sentinel: hierarchy.ErrInvalidCode, campus.ErrInvalidGroup, …); c is left unchanged.
func (c *Cell) UnmarshalJSON(b []byte) error {
	var j cellJSON
	if err := decodeRecord(b, cellSchema, &j); err != nil {
		return err
	}
	v := AllCampuses()
	if j.Jurisdiction != nil {
		if j.Jurisdiction.IsZero() {
			return fmt.Errorf("%w: cell: \"jurisdiction\": %w: empty code", ErrInvalidJSON, hierarchy.ErrInvalidCode)
		}
		v = v.In(*j.Jurisdiction)
	}
	if j.Group != nil {
		if err := requiredEnumOf("group", *j.Group, campus.ParseGroup); err != nil {
			return err
		}
		v = v.Group(*j.Group)
	}
	if j.License != nil {
		if err := requiredEnumOf("license", *j.License, campus.ParseLicense); err != nil {
			return err
		}
		v = v.License(*j.License)
	}
	if j.Kind != nil {
		if err := requiredEnumOf("kind", *j.Kind, campus.ParseKind); err != nil {
			return err
		}
		v = v.Kind(*j.Kind)
	}
	*c = v
	return nil
}

// requiredEnumOf reports a present but empty enum key of a cell: an error wrapping ErrInvalidJSON and the
// enum's own error for "".
func requiredEnumOf[E interface{ IsValid() bool }](key string, v E, parse func(string) (E, error)) error {
	if v.IsValid() {
		return nil
	}
	_, err := parse("")
	return fmt.Errorf("%w: cell: %q: %w", ErrInvalidJSON, key, err)
}

// cellTally is one row of a Summary's report: a cell and its tally.
type cellTally struct {
	Cell  Cell  `json:"cell"`
	Tally Tally `json:"tally"`
}

// summaryJSON is the report form of a Summary.
type summaryJSON struct {
	Format int         `json:"format"`
	Query  QuerySpec   `json:"query"`
	Cells  []cellTally `json:"cells"`
}

// report returns the summary's report form.
func (s *Summary) report() summaryJSON {
	out := summaryJSON{Format: reportFormat, Query: s.q.Spec(), Cells: []cellTally{}}
	add := func(c Cell, t Tally) {
		if t.Total() > 0 {
			out.Cells = append(out.Cells, cellTally{c, t})
		}
	}
	pairs := [4]struct {
		g campus.Group
		l campus.License
	}{{campus.GroupSchool, campus.Licensed}, {campus.GroupSchool, campus.Unlicensed},
		{campus.GroupPreschool, campus.Licensed}, {campus.GroupPreschool, campus.Unlicensed}}
	for _, p := range pairs {
		add(AllCampuses().Group(p.g).License(p.l), s.total[cellIndex(p.g, p.l)])
	}
	for k := range s.kinds {
		if campus.Kind(k).IsValid() {
			add(AllCampuses().Kind(campus.Kind(k)), s.kinds[k])
		}
	}
	tree := s.h.reg.Tree()
	for i := range s.cells {
		code := tree.At(i).Code
		for _, p := range pairs {
			add(AllCampuses().In(code).Group(p.g).License(p.l), s.cells[i][cellIndex(p.g, p.l)])
		}
	}
	return out
}

// MarshalJSON writes the summary as a report:
//
//	{"format": 1, "query": Query, "cells": [{"cell": Cell, "tally": Tally}, …]}
//
// "query" is the summary's QuerySpec (its standard in full, as-of date, prevention level — or "schedule", the
// schedule's changes, when the query has one — and window); "cells"
// lists every non-empty tally (total > 0), in this order: the whole register by report group × license
// (school/licensed, school/unlicensed, preschool/licensed, preschool/unlicensed); the whole register by
// kind, in Kind order; then every jurisdiction of the tree in ascending code order, rolled up (its campuses
// and its descendants'), by group × license. Every tally Summary.Tally gives for a cell without a kind, and
// every whole-register kind tally, is a row or a sum of rows; a jurisdiction narrowed by kind needs the
// campuses and is not in the report. The output is deterministic: the same summary writes the same bytes.
//
// A nil or zero Summary has no report: the error wraps ErrNil.
func (s *Summary) MarshalJSON() ([]byte, error) {
	if s == nil || s.h == nil {
		return nil, fmt.Errorf("%w: nil or zero *Summary has no JSON form", ErrNil)
	}
	return json.Marshal(s.report())
}

// UnmarshalJSON refuses: a Summary is computed by Summarize from a history and a query, and its JSON is a
// report of it, not the campuses behind it. Decoding one into a Summary would give a summary without its
// drill-down, so the error (wrapping ErrInvalidJSON) says so; validate a report against its JSON Schema, or
// decode it into your own type.
func (s *Summary) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Summary's JSON is a report; it cannot be decoded into a Summary (build one with Summarize)", ErrInvalidJSON)
}

// MarshalJSON refuses: a History is an index over a register and its inspections, not a record. Write the
// register's tree, schools and campuses and the inspections (each has a JSON form) and build the history
// again with NewHistory. The error wraps ErrInvalidJSON.
func (h *History) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a History has no JSON form: write its register's records and its inspections", ErrInvalidJSON)
}

// MarshalJSON refuses: a Series is summaries at many dates computed from a history, not a record. Write the
// summary of each date (Series.At; Summary has a report form) or the history's records, and build it again
// with SummarizeSeries. The error wraps ErrInvalidJSON; the zero and nil Series refuse too.
func (s Series) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Series has no JSON form: write each date's Summary (Series.At), or the history's records and rebuild it with SummarizeSeries", ErrInvalidJSON)
}

// MarshalJSON refuses: a StandardError is an error, and its cause (Err) has no JSON form; write its Error()
// text. The error wraps ErrInvalidJSON.
func (e StandardError) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a StandardError has no JSON form: write its Error() text", ErrInvalidJSON)
}

// MarshalJSON refuses: Versions is an index of a standard's versions by date. Write each standard of All
// (Standard has a JSON form) and build it again with NewVersions. The error wraps ErrInvalidJSON.
func (v Versions) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: Versions has no JSON form: write each standard of All", ErrInvalidJSON)
}
