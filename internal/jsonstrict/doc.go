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
// The first problem found is returned as an *Error naming its path and, where the schema names an ID key,
// the item (`requirements[3] (id "r").rule.bands[2]`), and wrapping the schema's sentinel for a list that
// is too long. Caller text in messages (keys, IDs) is quoted with errbound.Quote, so an error stays short
// whatever the input.
//
// Bounds: json.Valid reads each byte once; the walk reads a byte once to check it and once more for each
// list around it (to count that list before checking its elements), so a format whose lists nest d deep
// does at most (d+1)·n steps for n bytes, plus key comparisons bounded by the schema's fields (CheckWork
// reports the count). The library's formats nest lists at most 2 deep. Check allocates only to unescape keys
// that contain escapes and to build the error. Because the walk stops at the first value the schema does not
// expect, its nesting is bounded by the schema's depth, not the input's. An Any value is skipped without
// recursion (a depth count), each byte read once; the type that decodes it checks it (encoding/json bounds
// its nesting).
//
// The package uses only the standard library and internal/errbound; it is pure and holds no state.
package jsonstrict
