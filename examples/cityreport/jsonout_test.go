package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompactLeavesKeepsTheJSON(t *testing.T) {
	in := `{
  "a": {
    "b": 1,
    "c": "x{"
  },
  "d": [
    {
      "e": [
        1,
        2
      ]
    }
  ],
  "f": []
}`
	assert.Equal(t, `{"a": {"b": 1, "c": "x{"}, "d": [{"e": [1, 2]}], "f": []}`, compactLeaves(in))

	long := strings.Repeat("x", maxJoined)
	in = "{\n  \"a\": {\n    \"b\": 1\n  },\n  \"c\": \"" + long + "\"\n}"
	assert.Equal(t, "{\n  \"a\": {\"b\": 1},\n  \"c\": \""+long+"\"\n}", compactLeaves(in), "lines stay within maxJoined")
}

func TestJSONOutputIsTheReport(t *testing.T) {
	code, out, errs := runCmd("-json")
	require.Equal(t, 0, code, errs)
	require.True(t, json.Valid([]byte(out)))
	city, err := samplecity.Build()
	require.NoError(t, err)
	r, err := buildReport(city)
	require.NoError(t, err)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(r))
	var got, want any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.NoError(t, json.Unmarshal(b.Bytes(), &want))
	assert.Equal(t, want, got, "compacting changes only the layout")
	assert.Less(t, len(out), 100_000, "table rows are compact")
}
