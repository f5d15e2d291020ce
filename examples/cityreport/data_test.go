package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/campussec/campussec/examples/internal/samplecity"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generatedData writes the sample city as the data files, with the library's writers.
func generatedData(t *testing.T) map[string][]byte {
	t.Helper()
	city, err := samplecity.Build()
	require.NoError(t, err)
	sched, err := city.Schedule()
	require.NoError(t, err)
	schedJSON, err := json.MarshalIndent(sched, "", "  ")
	require.NoError(t, err)
	out := map[string][]byte{standardFile: samplecity.StandardJSON(), scheduleFile: append(schedJSON, '\n')}
	for name, write := range map[string]func(*bytes.Buffer) error{
		jurisdictionsFile: func(b *bytes.Buffer) error { return tabular.WriteTree(b, tabular.CSV, city.Tree) },
		schoolsFile:       func(b *bytes.Buffer) error { return tabular.WriteSchools(b, tabular.CSV, city.Register) },
		campusesFile:      func(b *bytes.Buffer) error { return tabular.WriteCampuses(b, tabular.CSV, city.Register) },
		incidentsFile:     func(b *bytes.Buffer) error { return tabular.WriteIncidents(b, tabular.CSV, city.Incidents()) },
		inspectionsFile: func(b *bytes.Buffer) error {
			return tabular.WriteInspections(b, tabular.CSV, tabular.Wide, tabular.Indicators(city.Standard), city.History)
		},
	} {
		var b bytes.Buffer
		require.NoError(t, write(&b), name)
		out[name] = b.Bytes()
	}
	return out
}

// TestDataFilesAreGenerated checks that data/ holds what examples/internal/samplecity generates, so the
// files never drift from the generator; go test ./examples/cityreport -update rewrites them.
func TestDataFilesAreGenerated(t *testing.T) {
	for name, want := range generatedData(t) {
		path := filepath.Join("data", name)
		if *update {
			require.NoError(t, os.WriteFile(path, want, 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run go test ./examples/cityreport -update to write the data files")
		assert.Equal(t, string(want), string(got), "%s differs from the generator's: run go test ./examples/cityreport -update", name)
	}
}

// TestLoadedCityEqualsGenerated checks that the city read from the files is the generated city.
func TestLoadedCityEqualsGenerated(t *testing.T) {
	gen, err := samplecity.Build()
	require.NoError(t, err)
	got, err := loadCity(sampleFS())
	require.NoError(t, err)
	assert.Equal(t, gen.Code, got.Code)
	assert.Equal(t, gen.Register.Len(), got.Register.Len())
	for i := range gen.Register.Len() {
		require.Equal(t, gen.Register.At(i), got.Register.At(i))
	}
	assert.Equal(t, gen.Register.Schools(), got.Register.Schools())
	assert.Equal(t, len(gen.Inspections), len(got.Inspections))
	assert.Equal(t, gen.Assignments, got.Assignments)
	assert.Equal(t, gen.Standard, got.Standard)
	require.NotNil(t, got.Records, "the schedule and incidents come from the files")
	genSched, err := gen.Schedule()
	require.NoError(t, err)
	gotSched, err := got.Schedule()
	require.NoError(t, err)
	assert.Equal(t, genSched.Changes(), gotSched.Changes(), "schedule.json reads back as the generated schedule")
	assert.Equal(t, gen.Incidents(), got.Incidents())
}

// TestDataFlag runs the report on a copy of the data files in a directory of the caller's: the output is
// the default run's, and a broken file is reported with its line.
func TestDataFlag(t *testing.T) {
	dir := t.TempDir()
	for name, b := range generatedData(t) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	for _, args := range [][]string{nil, {"-json"}} {
		code, want, errs := runCmd(args...)
		require.Equal(t, 0, code, errs)
		code, got, errs := runCmd(append([]string{"-data", dir}, args...)...)
		require.Equal(t, 0, code, errs)
		assert.Equal(t, want, got)
	}

	campuses, err := os.ReadFile(filepath.Join(dir, campusesFile))
	require.NoError(t, err)
	bad := bytes.Replace(campuses, []byte(",licensed,"), []byte(",有证,"), 1)
	require.NoError(t, os.WriteFile(filepath.Join(dir, campusesFile), bad, 0o644))
	code, out, errs := runCmd("-data", dir)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "campuses.csv")
	line := bytes.Count(campuses[:bytes.Index(campuses, []byte(",licensed,"))], []byte("\n")) + 1
	assert.Contains(t, errs, fmt.Sprintf(`line %d, column "license"`, line))
	assert.Contains(t, errs, `invalid license "有证"`)

	code, _, errs = runCmd("-data", filepath.Join(dir, "missing"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "standard.json")
}

// TestDataFlagReadsLevelsAndIncidents checks that -data takes the level and incident sections from the
// office's files: a changed incidents file changes the report, and a broken schedule is reported by name.
func TestDataFlagReadsLevelsAndIncidents(t *testing.T) {
	dir := t.TempDir()
	for name, b := range generatedData(t) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	_, want, _ := runCmd("-json")
	incidents, err := os.ReadFile(filepath.Join(dir, incidentsFile))
	require.NoError(t, err)
	headerOnly := incidents[:bytes.IndexByte(incidents, '\n')+1]
	require.NoError(t, os.WriteFile(filepath.Join(dir, incidentsFile), headerOnly, 0o644))
	code, got, errs := runCmd("-data", dir, "-json")
	require.Equal(t, 0, code, errs)
	assert.NotEqual(t, want, got, "no incidents in the file: the incident section must change")

	require.NoError(t, os.WriteFile(filepath.Join(dir, scheduleFile), []byte(`{"changes":[{"effective":"2010-01-01","level":"severe","notice":"x"}]}`), 0o644))
	code, _, errs = runCmd("-data", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, scheduleFile)
	assert.Contains(t, errs, "severe")
}
