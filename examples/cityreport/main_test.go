package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// runCmd runs the command with args and returns its exit status, stdout and stderr.
func runCmd(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"zh", nil},
		{"en", []string{"-lang", "en"}},
		{"json", []string{"-json"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(tc.args...)
			require.Equal(t, 0, code, errs)
			path := filepath.Join("testdata", tc.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(out), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./examples/cityreport -update to create the golden files")
			assert.Equal(t, string(want), out)
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, args := range [][]string{nil, {"-lang", "en"}, {"-json"}} {
		_, a, _ := runCmd(args...)
		_, b, _ := runCmd(args...)
		assert.Equal(t, a, b, args)
	}
}

func TestFlagErrors(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"unknown language", []string{"-lang", "fr"}, 2, `unknown -lang "fr"`},
		{"unknown flag", []string{"-colour"}, 2, "-colour"},
		{"stray argument", []string{"extra"}, 2, "unexpected arguments"},
		{"unwritable svg", []string{"-svg", filepath.Join(t.TempDir(), "no", "such", "dir", "c.svg")}, 1, "cannot write -svg file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(tc.args...)
			assert.Equal(t, tc.status, code)
			assert.Contains(t, errs, tc.stderr)
			assert.Empty(t, out, "nothing is printed on a flag error")
		})
	}
}

func TestSVGIsWellFormedXML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chart.svg")
	code, _, errs := runCmd("-svg", path)
	require.Equal(t, 0, code, errs)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	dec := xml.NewDecoder(bytes.NewReader(data))
	var root string
	texts := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
			}
			if se.Name.Local == "text" {
				texts++
			}
		}
	}
	assert.Equal(t, "svg", root)
	assert.Greater(t, texts, 10, "axis, labels and values are text")
}
