package tabular_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// files are a city written by the library: the data files and the standard.
type files struct {
	tree, schools, campuses, inspections []byte
	standard                             []byte
}

func writeCity(t testing.TB, b *built, f tabular.Format, l tabular.Layout) files {
	t.Helper()
	var out files
	var buf bytes.Buffer
	require.NoError(t, tabular.WriteTree(&buf, f, b.tree))
	out.tree = bytes.Clone(buf.Bytes())
	buf.Reset()
	require.NoError(t, tabular.WriteSchools(&buf, f, b.reg))
	out.schools = bytes.Clone(buf.Bytes())
	buf.Reset()
	require.NoError(t, tabular.WriteCampuses(&buf, f, b.reg))
	out.campuses = bytes.Clone(buf.Bytes())
	buf.Reset()
	require.NoError(t, tabular.WriteInspections(&buf, f, l, tabular.Indicators(b.std), b.hist))
	out.inspections = bytes.Clone(buf.Bytes())
	out.standard = standardBytes(t, b.std)
	return out
}

func readCity(t testing.TB, fs files, f tabular.Format, l tabular.Layout) *built {
	t.Helper()
	std, err := compliance.LoadStandard(fs.standard)
	require.NoError(t, err)
	c := &city{std: std}
	c.js = drain[hierarchy.Jurisdiction](t, tabular.ReadJurisdictions(bytes.NewReader(fs.tree), f))
	c.schools = drain[campus.School](t, tabular.ReadSchools(bytes.NewReader(fs.schools), f))
	c.campuses = drain[campus.Campus](t, tabular.ReadCampuses(bytes.NewReader(fs.campuses), f))
	c.inspections = drain[compliance.Inspection](t, tabular.ReadInspections(bytes.NewReader(fs.inspections), f, l, tabular.Indicators(std)))
	return build(t, c)
}

// exports are every export of a built city under one query, in both formats.
func exports(t testing.TB, b *built) map[string][]byte {
	t.Helper()
	q := b.query(t)
	sum, err := compliance.Summarize(b.hist, q)
	require.NoError(t, err)
	ledger, err := finding.Derive(b.hist, q, finding.Policy{Days: 90})
	require.NoError(t, err)
	out := map[string][]byte{}
	for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
		var buf bytes.Buffer
		require.NoError(t, tabular.WriteSummary(&buf, f, sum))
		out["summary"+f.Ext()] = bytes.Clone(buf.Bytes())
		buf.Reset()
		require.NoError(t, tabular.WriteFindings(&buf, f, ledger))
		out["findings"+f.Ext()] = bytes.Clone(buf.Bytes())
		for _, l := range []tabular.Layout{tabular.Wide, tabular.Long} {
			fs := writeCity(t, b, f, l)
			out["jurisdictions"+f.Ext()] = fs.tree
			out["schools"+f.Ext()] = fs.schools
			out["campuses"+f.Ext()] = fs.campuses
			out["inspections-"+l.String()+f.Ext()] = fs.inspections
			out["standard.json"] = fs.standard
		}
	}
	return out
}

// TestRoundTripProperty is the "done when": a register, inspections and a standard written by the
// library in any of its formats and read back give the same summary, byte for byte in every export, at
// 10^3 campuses, for several seeds.
func TestRoundTripProperty(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		c := genCity(t, seed, 1000)
		orig := build(t, c)
		want := exports(t, orig)
		require.Greater(t, bytes.Count(want["summary.csv"], []byte("\n")), 100, "many cells")
		require.Greater(t, bytes.Count(want["findings.csv"], []byte("\n")), 10, "some findings")
		for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
			for _, l := range []tabular.Layout{tabular.Wide, tabular.Long} {
				t.Run(fmt.Sprintf("seed%d/%s/%s", seed, f, l), func(t *testing.T) {
					back := readCity(t, writeCity(t, orig, f, l), f, l)
					got := exports(t, back)
					for name, w := range want {
						assert.Equal(t, string(w), string(got[name]), name)
					}
				})
			}
		}
	}
}

// TestSummaryAndFindingsReadBack reads the summary and findings exports back and writes them again.
func TestSummaryAndFindingsReadBack(t *testing.T) {
	orig := build(t, genCity(t, 9, 300))
	ex := exports(t, orig)
	for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
		rows := drain[tabular.SummaryRow](t, tabular.ReadSummary(bytes.NewReader(ex["summary"+f.Ext()]), f))
		var buf bytes.Buffer
		sw := tabular.NewSummaryWriter(&buf, f)
		for _, r := range rows {
			require.NoError(t, sw.Write(r))
		}
		require.NoError(t, sw.Flush())
		assert.Equal(t, string(ex["summary"+f.Ext()]), buf.String())

		fs := drain[finding.Finding](t, tabular.ReadFindings(bytes.NewReader(ex["findings"+f.Ext()]), f))
		buf.Reset()
		fw := tabular.NewFindingWriter(&buf, f)
		for _, x := range fs {
			require.NoError(t, fw.Write(x))
		}
		require.NoError(t, fw.Flush())
		assert.Equal(t, string(ex["findings"+f.Ext()]), buf.String())
	}
}

// TestRecordsRoundTrip checks the records read back equal the records written, field by field (refs too).
func TestRecordsRoundTrip(t *testing.T) {
	c := genCity(t, 4, 200)
	b := build(t, c)
	for _, f := range []tabular.Format{tabular.CSV, tabular.JSONLines} {
		back := readCity(t, writeCity(t, b, f, tabular.Long), f, tabular.Long)
		assert.Equal(t, b.reg.Schools(), back.reg.Schools())
		for i := range b.reg.Len() {
			require.Equal(t, b.reg.At(i), back.reg.At(i))
		}
		for _, cp := range b.reg.Campuses() {
			want, got := b.hist.Of(cp.ID), back.hist.Of(cp.ID)
			require.Equal(t, len(want), len(got))
			for k := range want {
				assert.Equal(t, want[k].Ref, got[k].Ref)
				assert.Equal(t, want[k].ID, got[k].ID)
				assert.Equal(t, want[k].Measurements.Len(), got[k].Measurements.Len())
			}
		}
	}
}
