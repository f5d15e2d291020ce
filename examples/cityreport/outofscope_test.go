package main

import (
	"bytes"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestComplianceOutOfScopeLine checks the compliance section when some campuses are outside the checklist
// (the sample city has none, so the golden files never show it): they get a line of their own, and each
// "x of y compliant" counts only the campuses in scope, as the rate does.
func TestComplianceOutOfScopeLine(t *testing.T) {
	line := func(l campus.License, c, nc, inc, un, oos int64, places int32) statusLine {
		tl, err := compliance.NewTally(c, nc, inc, un)
		require.NoError(t, err)
		tl, err = tl.AddN(compliance.OutOfScope, oos)
		require.NoError(t, err)
		f := compliance.Figure{Measure: compliance.ComplianceMeasure, Rate: tl.Rate(compliance.ComplianceMeasure), Precision: rate.Precision{Places: places, Rounding: rate.HalfEven}, AsOf: civil.MustParseDate(reportDate), StandardID: "s", PreventionLevel: prevention.Normal}
		return statusLine{License: l, Counts: tl, Rate: f, SameInBothModes: true}
	}
	lic, unl := line(campus.Licensed, 1394, 1, 1, 0, 120, 1), line(campus.Unlicensed, 178, 300, 31, 30, 40, 0)
	all := line(0, 1572, 301, 32, 30, 160, 1)
	r := &Report{Standard: standardInfo{ID: "s", Title: "清单", Version: "1", Level: prevention.SetOf(prevention.Normal)},
		Compliance: complianceSection{AsOf: civil.MustParseDate(reportDate), Licensed: lic, Unlicensed: unl, All: all}}
	for _, tt := range []struct {
		lang rate.Lang
		want []string
	}{
		{rate.Chinese, []string{"达标 1394 个 / 共 1396 个,全达标率 99.9%", "不适用 160 个", "无证校园 40 个,有证校园 120 个",
			"全部校园:达标 1572 个 / 共 1935 个"}},
		{rate.English, []string{"1394 of 1396 compliant, full-compliance rate 99.9%", "out of scope: 160", "40 unlicensed, 120 licensed",
			"all campuses: 1572 of 1935 compliant"}},
	} {
		var b bytes.Buffer
		p := &printer{w: &b, lang: tt.lang}
		writeCompliance(p, r)
		require.NoError(t, p.err)
		for _, w := range tt.want {
			assert.Contains(t, b.String(), w)
		}
	}
}
