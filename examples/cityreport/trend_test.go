package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrend checks the trend against the report's figures and against a Summarize at each of its dates:
// 12.5 % (174/1396) at the end of May 2010, 99.9 % (1394/1396) and 33 % on the report date, +87.4 points.
func TestTrend(t *testing.T) {
	city, o, s := published(t)
	tr, err := o.buildTrend(city)
	require.NoError(t, err)
	require.Len(t, tr.Points, 22, "May 2010 to January 2012 month-ends, and 2012-02-14")
	first, last := tr.Points[0], tr.Points[len(tr.Points)-1]
	assert.Equal(t, "2010-05-31", first.Date.String())
	assert.Equal(t, "2012-02-14", last.Date.String())
	assert.Equal(t, "12.5%", pct(first.licensed))
	assert.Equal(t, "174/1396", first.licensed.Rate.String())
	assert.Equal(t, "99.9%", pct(last.licensed))
	assert.Equal(t, "1394/1396", last.licensed.Rate.String())
	assert.Equal(t, "33%", pct(last.unlicensed))
	assert.Equal(t, trendRate{Compliant: 1394, InScope: 1396, Rate: valueText(last.licensed)}, last.Licensed)
	assert.Equal(t, "99.9", *last.Licensed.Rate)
	assert.Equal(t, "2010-04", last.Version)
	pts, ok := tr.Change.Points()
	require.True(t, ok)
	assert.Equal(t, "87.4", pts.StringFixed(1))
	assert.False(t, tr.Change.VersionChanged())
	// The change section's figures are the trend's ends.
	now, err := o.figure(s.now, city.Code, campus.Licensed)
	require.NoError(t, err)
	assert.Equal(t, now, last.licensed)
	for _, p := range tr.Points {
		sum, err := compliance.Summarize(city.History, o.query(p.Date))
		require.NoError(t, err)
		for _, l := range []campus.License{campus.Licensed, campus.Unlicensed} {
			want, err := o.figure(sum, city.Code, l)
			require.NoError(t, err)
			got := p.licensed
			if l == campus.Unlicensed {
				got = p.unlicensed
			}
			assert.Equal(t, want, got, "%s %s", p.Date, l)
		}
	}
}

func TestTrendSVG(t *testing.T) {
	path := filepath.Join(t.TempDir(), "trend.svg")
	code, _, errs := runCmd("-trend-svg", path, "-lang", "en")
	require.Equal(t, 0, code, errs)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	dec := xml.NewDecoder(bytes.NewReader(data))
	count := map[string]int{}
	var root string
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
			count[se.Name.Local]++
		}
	}
	assert.Equal(t, "svg", root)
	assert.Equal(t, 2, count["polyline"], "one line per license")
	assert.Equal(t, 2*22, count["circle"], "a point per date and license")
	assert.Contains(t, string(data), ">12.5%<")
	assert.Contains(t, string(data), ">99.9%<")
	assert.Contains(t, string(data), ">2012-02-14<")

	code, _, errs = runCmd("-trend-svg", filepath.Join(t.TempDir(), "no", "such", "dir", "t.svg"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "cannot write -trend-svg file")
}
