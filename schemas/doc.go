// Package schemas holds the JSON Schemas (draft 2020-12) of campussec's interchange formats, so that a Java,
// Python or any other system validates the data it exchanges with the library against the same formats.
//
// The schemas are plain files in this directory, one directory per format version: v1/*.schema.json. Each
// file's $id is https://github.com/campussec/campussec/schemas/v1/<name>.schema.json — an identifier, not a
// download address: load every file of the directory into the validator (they refer to each other by
// relative $ref, chiefly to defs.schema.json, which holds the enums' stable ids and the patterns of dates,
// codes and UUIDs). FS embeds them for Go programs.
//
// The schemas check the shape of a document — keys, types, enum ids, patterns, bounds — not everything the
// library's decoders check: a date that does not exist (2023-02-30), a division code with a gap in its
// digit groups, breakdowns that do not add up to their total, a rule that names an indicator the standard
// does not declare, or a figure whose value does not follow from its counts pass the schema and are
// refused by the library. Data that fails a schema is refused by the library too (the tests of this
// module check both for every bad-input case a schema can express, and sweep every key of the library's
// output), with one kind of exception: the schemas ask for the canonical form the library writes, so ""
// for an optional value (a school's "code", an "ownership", a "ref"), which the library writes by leaving
// the key out and also reads as unset, fails the schema.
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
