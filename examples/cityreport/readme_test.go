package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeBlock returns the first fenced block of the README that follows the line containing marker.
func readmeBlock(t *testing.T, marker string) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	readme := string(b)
	at := strings.Index(readme, marker)
	require.GreaterOrEqual(t, at, 0, "README has %q", marker)
	m := regexp.MustCompile("(?s)```[a-z]*\n(.*?)```").FindStringSubmatch(readme[at:])
	require.NotNil(t, m, "a fenced block follows %q", marker)
	return m[1]
}

// The README quotes the report's headline: it must be what the program prints.
func TestReadmeQuotesTheReport(t *testing.T) {
	golden, err := os.ReadFile("testdata/zh.golden")
	require.NoError(t, err)
	quoted := readmeBlock(t, "The report's headline")
	assert.Contains(t, string(golden), quoted)
}

// The README's tour is Example_tour, which go test runs: the two must not drift apart.
func TestReadmeTourIsTheExample(t *testing.T) {
	src, err := os.ReadFile("../../compliance/tour_example_test.go")
	require.NoError(t, err)
	body := regexp.MustCompile(`(?s)func Example_tour\(\) \{\n(.*?)\n\}\n`).FindStringSubmatch(string(src))
	require.NotNil(t, body, "Example_tour found")
	var lines []string
	for _, l := range strings.Split(body[1], "\n") {
		lines = append(lines, strings.TrimPrefix(l, "\t"))
	}
	assert.Equal(t, strings.Join(lines, "\n")+"\n", readmeBlock(t, "## A short tour"))
}
