// Package jsonform holds no code: its test walks every exported type of the library's packages and checks
// that each either round-trips exactly through JSON, refuses to marshal, or writes a report that refuses to
// decode — so that no exported type marshals to a form that loses data and accepts it back. A go/ast check
// keeps the test's table complete: a new exported type fails the test until it is listed.
package jsonform
