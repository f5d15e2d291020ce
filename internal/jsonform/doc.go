// Package jsonform holds no code: its test walks every exported type of the library's packages and checks
// that each either round-trips exactly through JSON, refuses to marshal (with an error wrapping its
// package's sentinel), or writes a report that refuses to decode — so that no exported type marshals to a
// form that loses data and accepts it back. The same holds for each type's zero value, and a value
// marshals the same by value as through a pointer (but for the few types handed out only as pointers).
//
// The packages are found by walking the module root (every directory with a non-test, non-main Go file,
// outside examples, internal, testdata, hidden directories and nested modules such as schemas/), so a new
// package cannot be forgotten; a go/ast scan of each keeps the test's table complete: a new exported type
// fails the test until it is listed.
package jsonform
