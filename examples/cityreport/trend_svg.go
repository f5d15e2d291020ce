package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/campussec/campussec/rate"
)

// lineChart is a line chart of percentages at dates: one line per series, a point per label.
type lineChart struct {
	Title  string
	Axis   string   // the y axis label
	Series []string // legend, one per line
	Labels []string // the x axis: one date per point
	Values [2][]bar // per series, one value per label (a bar's Percent and Text)
}

// pointStep is the line chart's distance between two dates, in SVG user units (the plot's top, height and
// left margin are the bar chart's).
const pointStep = 34

// writeLineSVG writes the chart as a standalone SVG document using only the standard library: each series
// a polyline through its defined points (an undefined rate breaks the line), its first and last points
// labelled with the library's figures, and every date under the x axis.
func writeLineSVG(w io.Writer, c lineChart) error {
	width := plotLeft + pointStep*len(c.Labels) + 20
	height := plotTop + plotHeight + bottomArea + 30
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	text(&b, width/2, 22, "middle", 16, c.Title)
	writeAxis(&b, chart{Axis: c.Axis}, width)
	for i, l := range c.Labels {
		x := xOfPoint(i)
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" font-size="10" transform="rotate(-60 %d %d)">%s</text>`+"\n",
			x, plotTop+plotHeight+14, x, plotTop+plotHeight+14, l)
	}
	for s, vals := range c.Values {
		colour := seriesColours[s%len(seriesColours)]
		var pts []string
		flush := func() {
			if len(pts) > 0 {
				fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", colour, strings.Join(pts, " "))
			}
			pts = pts[:0]
		}
		for i, v := range vals {
			if v.Text == rate.Undefined {
				flush()
				continue
			}
			x, y := xOfPoint(i), yOf(v.Percent)
			pts = append(pts, fmt.Sprintf("%d,%.1f", x, y))
			fmt.Fprintf(&b, `<circle cx="%d" cy="%.1f" r="3" fill="%s"/>`+"\n", x, y, colour)
			if i == 0 || i == len(vals)-1 {
				text(&b, x, int(y)-8, "middle", 10, v.Text)
			}
		}
		flush()
	}
	writeLineLegend(&b, c.Series, plotTop+plotHeight+bottomArea+15)
	b.WriteString("</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// xOfPoint is the x coordinate of the i-th point.
func xOfPoint(i int) int { return plotLeft + pointStep/2 + i*pointStep }

// writeLineLegend draws the series names, each with its line colour, at height y.
func writeLineLegend(b *bytes.Buffer, series []string, y int) {
	for i, s := range series {
		x := plotLeft + i*200
		fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"/>`+"\n", x, y-4, x+14, y-4, seriesColours[i%len(seriesColours)])
		text(b, x+20, y, "start", 12, s)
	}
}

// saveTrendSVG writes the trend's line chart to path.
func saveTrendSVG(path string, r *Report, lang rate.Lang) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("cannot write -trend-svg file: %w", err)
	}
	err = writeLineSVG(f, trendChart(r, lang))
	return errors.Join(err, f.Close())
}
