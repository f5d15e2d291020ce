// Package jsonstrict checks the structure of a JSON document against a schema before encoding/json decodes
// it. It is the one mechanism behind every JSON format campussec decodes (standards, tallies, counts,
// figures, campuses, schools, findings, results, target scopes).
//
// encoding/json alone is not strict enough for input from other systems: it matches object keys
// case-insensitively (and under Unicode case folding, so "requirementſ" with U+017F and "Kelvin" spelt
// with U+212A match), lets the last of two equal keys win, turns a missing field and a null into the zero
// value, and allocates every element of a list before anything can count them. Check, run on the raw
// bytes first, rejects all of that:
//
//   - syntax errors and data after the value (json.Valid);
//   - an object key that is not exactly (byte for byte, after JSON unescaping) the name of a field of the
//     schema: case variants, Unicode folding variants and unknown keys;
//   - a key given twice in one object (fields and map keys alike);
//   - a required field that is absent;
//   - null, unless the schema allows it for that value;
//   - a value of the wrong JSON type, and a number that is not an integer in its canonical form
//     (no fraction, no exponent, no "-0");
//   - more elements in a list, or keys in a map, than the schema's limit, counted as the list is scanned,
//     before encoding/json decodes (and allocates) any element.
//
// The first problem found is returned as an *Error naming its path ("requirements[3].rule.bands[2].min")
// and wrapping the schema's sentinel for a list that is too long. Check reads each byte of its input a
// bounded number of times (json.Valid once, the walk once) and allocates only to unescape keys that contain
// escapes and to build the error: its work and memory are linear in the input. Because the walk stops at the
// first value the schema does not expect, nesting is bounded by the schema's depth, not the input's.
//
// The package uses only the standard library and internal/errbound; it is pure and holds no state.
package jsonstrict
