// Package badinput runs the bad-input catalogues of the library's tests: each row is a call that must fail,
// without panicking, with an error that wraps the expected sentinels (errors.Is) and whose message names the
// offending item. It is test support, imported only by _test files; the library packages never import it.
package badinput

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Case is one row of a catalogue.
type Case struct {
	// Name names the sub-test.
	Name string
	// Call makes the call that must fail.
	Call func() error
	// Is are the sentinels the error must wrap.
	Is []error
	// Names are strings the message must contain: the code, ID, requirement or quoted text at fault.
	Names []string
}

// Run runs every case as a sub-test. Every message must also start with prefix ("hierarchy: "): the
// package's name, so that an error read out of context still says where it came from.
func Run(t *testing.T, prefix string, cases []Case) {
	t.Helper()
	run(t, cases, func(t *testing.T, msg string) {
		assert.True(t, strings.HasPrefix(msg, prefix), "prefixed with %q: %s", prefix, msg)
	})
}

// RunMentioning is Run for packages whose messages may first name the item (`requirement "r": compliance:
// …`): every message must contain pkg ("compliance: ") somewhere.
func RunMentioning(t *testing.T, pkg string, cases []Case) {
	t.Helper()
	run(t, cases, func(t *testing.T, msg string) {
		assert.Contains(t, msg, pkg, "the package's sentinel is in the message")
	})
}

// RunMentioningOneOf is RunMentioning for cases whose errors come from one of
// several packages (compliance calls that pass on package rate's errors).
func RunMentioningOneOf(t *testing.T, pkgs []string, cases []Case) {
	t.Helper()
	run(t, cases, func(t *testing.T, msg string) {
		for _, p := range pkgs {
			if strings.Contains(msg, p) {
				return
			}
		}
		t.Errorf("none of %q is in the message %q", pkgs, msg)
	})
}

func run(t *testing.T, cases []Case, checkPackage func(t *testing.T, msg string)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tc.Call() })
			require.Error(t, err)
			for _, s := range tc.Is {
				assert.ErrorIs(t, err, s)
			}
			for _, n := range tc.Names {
				assert.Contains(t, err.Error(), n, "the message names the item")
			}
			checkPackage(t, err.Error())
		})
	}
}
