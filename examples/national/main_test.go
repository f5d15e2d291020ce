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
	assert.Equal(t, []string{"code", "level", "name", "parent"}, js[0])
	assert.Len(t, js, len(ds.Jurisdictions)+1)

	schools := readCSV(t, dir, "schools.csv")
	assert.Equal(t, []string{"id", "name", "code"}, schools[0])
	assert.Len(t, schools, len(ds.Schools)+1)

	cs := readCSV(t, dir, "campuses.csv")
	assert.Equal(t, campusHeader, cs[0])
	assert.Len(t, cs, n+1)

	ins := readCSV(t, dir, "inspections.csv")
	assert.Equal(t, inspectionHeader(), ins[0])
	assert.Len(t, ins[0], 4+20, "one column per indicator")
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
