package jsonstrict

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTextProblem checks the scan that keeps encoding/json from reading text as U+FFFD, and that Check runs
// it on every document.
func TestTextProblem(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{`{"id":"校园"}`, true},
		{`{"id":"\ufffd"}`, true},
		{`{"id":"\ud83d\ude00"}`, true}, // a surrogate pair
		{`{"id":"\\ud800"}`, true},      // an escaped backslash, then text
		{`{"id":"\u00e9"}`, true},
		{`{"id":"a` + "\xff" + `"}`, false},
		{`{"id":"\ud800"}`, false},
		{`{"id":"\udc00x"}`, false},
		{`{"id":"\uD800\u0041"}`, false},
		{`{"id":"\ud800`, false},
	} {
		assert.Equal(t, tc.ok, textProblem([]byte(tc.in)) == "", "%s", tc.in)
	}
	str := &Schema{Type: Object, Fields: []Field{{Name: "id", Value: &Schema{Type: String}}}}
	assert.Error(t, Check([]byte(`{"id":"a`+"\xff"+`"}`), str))
	assert.Error(t, Check([]byte(`{"id":"\ud800"}`), str))
	assert.NoError(t, Check([]byte(`{"id":"\ud83d\ude00"}`), str))
}
