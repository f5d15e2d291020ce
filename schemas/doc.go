// Package schemas holds the JSON Schemas (draft 2020-12) of campussec's interchange formats, so that a Java,
// Python or any other system validates the data it exchanges with the library against the same formats.
//
// The schemas are plain files in this directory, one directory per format version: v1/*.schema.json. Each
// file's $id is https://github.com/campussec/campussec/schemas/v1/<name>.schema.json — an identifier, not a
// download address: load every file of the directory into the validator (they refer to each other by
// relative $ref, chiefly to defs.schema.json, which holds the enums' stable ids and the patterns of dates,
// codes and UUIDs). FS embeds them for Go programs.
//
// The formats, by the library value each is the JSON of:
//
//	standard, indicator                      compliance.Standard (LoadStandard), compliance.Indicator
//	jurisdiction, tree                       hierarchy.Jurisdiction, hierarchy.Tree
//	school, campus, counts                   campus.School, campus.Campus, campus.Counts
//	inspection                               compliance.Inspection with its Measurements
//	query                                    compliance.Query (and $defs/report: a report's spec, "schedule" or "level")
//	schedule, schedule_change                prevention.Schedule (LoadSchedule), prevention.Change
//	figure, change                           compliance.Figure ("level" or "levels"), compliance/change.Figure
//	tally, result, assessment, cell          compliance.Tally, Result, Assessment, Cell
//	summary, comparison                      compliance.Summary, Comparison (reports: written, not read back)
//	finding, finding_tally, policy           finding.Finding, finding.Tally, finding.Policy
//	findings, rectification                  finding.Ledger, finding.Rectification (reports)
//	incident, incident_tally, incident_policy  incident.Incident, incident.Tally, incident.Policy
//	incident_comparison                      incident.Comparison
//	rate_change, summary_row                 rate.Change, tabular.SummaryRow
//	jsonl_jurisdiction, jsonl_school,        one record (line) of tabular's JSON Lines files: jurisdictions,
//	jsonl_campus, jsonl_inspection_wide,     schools, campuses, inspections (wide and long layouts),
//	jsonl_inspection_long, jsonl_summary,    summary rows and findings; an optional column may be "" (an
//	jsonl_finding                            empty cell) as well as absent
//	conformance                              the conformance vectors (../conformance/v1)
//
// The text forms of rate.Ratio, incident.Period and prevention.LevelSet are in defs.schema.json (ratio,
// period, level_set). incident.Log and incident.Summary refuse to marshal: they have no form.
//
// The schemas check the shape of a document — keys, types, enum ids, patterns, bounds — not everything the
// library's decoders check: a date that does not exist (2023-02-30), a division code with a gap in its
// digit groups, breakdowns that do not add up to their total, a rule that names an indicator the standard
// does not declare, or a figure whose value does not follow from its counts pass the schema and are
// refused by the library. Data that fails a schema is refused by the library too (the tests of this
// module check both for every bad-input case a schema can express, and sweep every key of the library's
// output), with one exception: the schemas ask for the canonical form the library writes, so "" for an
// incident's optional "ref" or "summary", which the library writes by leaving the key out and its incident
// decoder also reads as unset, fails the schema. Every other decoder reads only the form the library writes
// ("" for an optional school code, ownership or ref is refused by both). tabular's JSON Lines records are
// rows of a table: an optional column may be "" (an empty cell) there, in the schema and in the reader.
//
// defs.schema.json is generated from the library's enum tables (go test -run TestDefs -update); the others
// are written by hand, and the tests validate every JSON the library writes in its tests and examples
// against them. The conformance vectors (../conformance/v1) have their schema here too.
//
// This is a module of its own (github.com/campussec/campussec/schemas), so that the library's go.mod keeps
// its three requirements; the validator it tests with is github.com/santhosh-tekuri/jsonschema/v6.
package schemas

import "embed"

// FS holds the schema files of every format version, at v1/<name>.schema.json.
//
//go:embed v1/*.schema.json
var FS embed.FS
