package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/examples/internal/nationgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readCSV(t *testing.T, dir, name string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, name))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows, name)
	return rows
}

func TestRunWritesConsistentCSV(t *testing.T) {
	const n = 2000
	dir := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	code := run([]string{"-campuses", strconv.Itoa(n), "-seed", "7", "-csv", dir}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	out := stdout.String()
	for _, phase := range []string{"tree", "register", "history", "summarize", "4个100% scope 2019", "4个100% scope 2021"} {
		assert.Contains(t, out, "\n"+phase+" ")
	}
	assert.Contains(t, out, "专职保安员配备率")

	ds, err := nationgen.Generate(nationgen.Config{Campuses: n, Seed: 7})
	require.NoError(t, err)

	js := readCSV(t, dir, "jurisdictions.csv")
	assert.Equal(t, []string{"code", "name", "level", "parent"}, js[0])
	assert.Len(t, js, len(ds.Jurisdictions)+1)

	schools := readCSV(t, dir, "schools.csv")
	assert.Equal(t, []string{"id", "name", "code", "ownership", "designation", "ref"}, schools[0])
	assert.Len(t, schools, len(ds.Schools)+1)

	cs := readCSV(t, dir, "campuses.csv")
	assert.Equal(t, []string{"id", "school", "name", "kind", "group", "license", "locale", "jurisdiction", "main",
		"boarding", "students", "staff", "ownership", "designation", "ref"}, cs[0])
	assert.Len(t, cs, n+1)

	ins := readCSV(t, dir, "inspections.csv")
	assert.Equal(t, []string{"id", "campus", "date", "team", "ref"}, ins[0][:5])
	assert.ElementsMatch(t, ids(nationgen.Indicators()), ins[0][5:], "one column per indicator")
	assert.Len(t, ins, len(ds.Inspections)+1)

	sum := readCSV(t, dir, "summary.csv")
	require.Equal(t, summaryHeader, sum[0])
	assert.Len(t, sum, 1+4*(1+len(ds.Jurisdictions)), "whole register and every jurisdiction, by group × license")
	totals := map[string]int{}
	var keys []string
	for _, r := range sum[1:] {
		var counts [5]int
		for k := range counts {
			counts[k], err = strconv.Atoi(r[4+k])
			require.NoError(t, err)
		}
		assert.Equal(t, counts[0], counts[1]+counts[2]+counts[3]+counts[4], "total = the four statuses: %v", r)
		totals[r[0]] += counts[0]
		keys = append(keys, r[1]+"\x00"+r[2]+"\x00"+r[3])
	}
	assert.Equal(t, n, totals["national"], "the whole register's rows add up to the register")
	assert.Equal(t, n, totals["province"], "the provinces' rows add up to the register")
	assert.Equal(t, n, totals["township"], "every campus sits in a township")
	assert.True(t, slices.IsSorted(keys), "rows sorted by code, group, license")

	std, err := os.ReadFile(filepath.Join(dir, "standard.json"))
	require.NoError(t, err)
	loaded, err := compliance.LoadStandard(std)
	require.NoError(t, err)
	assert.True(t, loaded.Equal(ds.Standard))
	_, err = os.Stat(filepath.Join(dir, "query.json"))
	require.NoError(t, err)
}

func TestRunRejectsBadFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-campuses", "0"}, "-campuses must be at least 1, got 0"},
		{[]string{"-campuses", "-5"}, "-campuses must be at least 1, got -5"},
		{[]string{"-campuses", "many"}, "invalid value"},
		{[]string{"-seed", "-1"}, "invalid value"},
		{[]string{"-csv", filepath.Join(file, "sub")}, "cannot create the directory"},
		{[]string{"extra"}, "unexpected arguments"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		assert.Equal(t, 2, code, tc.args)
		assert.Contains(t, stderr.String(), tc.want, tc.args)
		assert.Empty(t, stdout.String(), tc.args)
	}
}

func TestRunSmallestCountry(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-campuses", "1"}, &stdout, &stderr), stderr.String())
	assert.True(t, strings.Contains(stdout.String(), "campuses 1,") || strings.Contains(stdout.String(), "campuses 1\n"))
}

func ids(inds []compliance.Indicator) []string {
	out := make([]string, len(inds))
	for i, ind := range inds {
		out[i] = ind.ID()
	}
	return out
}

// TestFromReadsBackCSV is the "done when" at a small size: the files a -csv run writes, read back with
// -from, give the same summary and the same files, byte for byte.
func TestFromReadsBackCSV(t *testing.T) {
	first, second := filepath.Join(t.TempDir(), "first"), filepath.Join(t.TempDir(), "second")
	var out1, out2, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-campuses", "3000", "-seed", "11", "-csv", first}, &out1, &stderr), stderr.String())
	require.Equal(t, 0, run([]string{"-from", first, "-csv", second}, &out2, &stderr), stderr.String())
	assert.Contains(t, out2.String(), "\nread files (tabular) ")
	for _, name := range []string{"jurisdictions.csv", "schools.csv", "campuses.csv", "inspections.csv", "summary.csv", "standard.json", "query.json"} {
		a, err := os.ReadFile(filepath.Join(first, name))
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(second, name))
		require.NoError(t, err)
		assert.Equal(t, string(a), string(b), name)
	}
	// The printed figures (everything after the timings) are the same.
	figures := func(s string) string { return s[strings.Index(s, "\njurisdictions "):strings.LastIndex(s, "\nwrote ")] }
	assert.Equal(t, figures(out1.String()), figures(out2.String()))

	// A broken file is refused with its line, and nothing is computed.
	cs, err := os.ReadFile(filepath.Join(first, "campuses.csv"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(first, "campuses.csv"), bytes.Replace(cs, []byte(",true,"), []byte(",yes,"), 1), 0o644))
	out2.Reset()
	stderr.Reset()
	assert.Equal(t, 1, run([]string{"-from", first}, &out2, &stderr))
	assert.Contains(t, stderr.String(), `campuses.csv:`)
	assert.Contains(t, stderr.String(), `column "main"`)
}
