package finding

import (
	"errors"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// findingSentinels are every exported sentinel of the package.
var findingSentinels = []error{ErrInvalidPolicy, ErrInvalidState, ErrInvalidTally, ErrInvalidJSON}

// passedOn are the sentinels of other packages the package's errors wrap: a date in a finding's JSON
// (civil), and Derive's and Rectification.Figure's errors that are compliance's (a nil history, the zero
// Query, a cell, measure or figure compliance refuses).
var passedOn = []error{civil.ErrInvalidDate, compliance.ErrNil, compliance.ErrInvalidQuery,
	compliance.ErrInvalidCell, compliance.ErrInvalidMeasure, compliance.ErrInvalidFigure}

// requireSentinels checks that err, and each error it joins, wraps one of the package's sentinels or one it
// passes on, and names the package it comes from.
func requireSentinels(t *testing.T, err error) {
	t.Helper()
	// A problem list made by errors.Join (not a "%w: %w" wrap): every problem needs its own sentinel.
	if reflect.TypeOf(err).String() == "*errors.joinError" {
		j := err.(interface{ Unwrap() []error })
		require.NotEmpty(t, j.Unwrap())
		for _, e := range j.Unwrap() {
			requireSentinels(t, e)
		}
		return
	}
	found := false
	for _, s := range append(findingSentinels[:len(findingSentinels):len(findingSentinels)], passedOn...) {
		if errors.Is(err, s) {
			found = true
			break
		}
	}
	require.True(t, found, "no exported sentinel: %v", err)
	require.Regexp(t, `(finding|compliance|civil): `, err.Error())
}

// TestSentinels: every sentinel of errors.go is in findingSentinels, each is distinct, and each names the
// package, so that an error read out of context says where it came from.
func TestSentinels(t *testing.T) {
	src, err := os.ReadFile("errors.go")
	require.NoError(t, err)
	declared := regexp.MustCompile(`(?m)^var Err\w+ = errors\.New\(`).FindAllString(string(src), -1)
	assert.Len(t, findingSentinels, len(declared), "findingSentinels lists every sentinel of errors.go")
	for i, s := range findingSentinels {
		assert.True(t, strings.HasPrefix(s.Error(), "finding: "), "%q", s)
		for _, o := range findingSentinels[:i] {
			assert.NotErrorIs(t, s, o)
		}
		for _, o := range passedOn {
			assert.NotErrorIs(t, s, o, "a sentinel of its own, never borrowed")
		}
	}
}
