package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// barGroup is one district in the chart: its name and one bar per series.
type barGroup struct {
	Label string
	Bars  []bar
}

// bar is one bar: its height in percent (0–100, for the geometry only) and the figure printed on it,
// formatted by the library.
type bar struct {
	Percent float64
	Text    string
}

// chart is a grouped bar chart of percentages.
type chart struct {
	Title  string
	Axis   string   // the y axis label
	Series []string // legend, one per bar in each group
	Groups []barGroup
}

// Chart geometry, in SVG user units.
const (
	plotLeft   = 70
	plotTop    = 60
	plotHeight = 300
	groupWidth = 90
	barWidth   = 32
	bottomArea = 70
)

var seriesColours = []string{"#2b6cb0", "#dd6b20", "#38a169"}

// writeSVG writes the chart as a standalone SVG document using only the standard library.
func writeSVG(w io.Writer, c chart) error {
	width := plotLeft + groupWidth*len(c.Groups) + 20
	height := plotTop + plotHeight + bottomArea
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	text(&b, width/2, 22, "middle", 16, c.Title)
	writeAxis(&b, c, width)
	for gi, g := range c.Groups {
		writeGroup(&b, gi, g)
	}
	writeLegend(&b, c.Series)
	b.WriteString("</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// writeAxis draws the y axis with gridlines every 25 % and the x axis.
func writeAxis(b *bytes.Buffer, c chart, width int) {
	for p := 0; p <= 100; p += 25 {
		y := yOf(float64(p))
		fmt.Fprintf(b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>`+"\n", plotLeft, y, width-20, y)
		text(b, plotLeft-6, int(y)+4, "end", 12, fmt.Sprintf("%d%%", p))
	}
	fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n", plotLeft, plotTop, plotLeft, plotTop+plotHeight)
	fmt.Fprintf(b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`+"\n", plotLeft, plotTop+plotHeight, width-20, plotTop+plotHeight)
	fmt.Fprintf(b, `<text x="16" y="%d" text-anchor="middle" transform="rotate(-90 16 %d)">`, plotTop+plotHeight/2, plotTop+plotHeight/2)
	xml.EscapeText(b, []byte(c.Axis))
	b.WriteString("</text>\n")
}

// writeGroup draws one district's bars, each with its figure above it, and the district's name below.
func writeGroup(b *bytes.Buffer, gi int, g barGroup) {
	x0 := plotLeft + gi*groupWidth + (groupWidth-barWidth*len(g.Bars))/2
	for i, br := range g.Bars {
		x := x0 + i*barWidth
		y := yOf(br.Percent)
		fmt.Fprintf(b, `<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s"/>`+"\n",
			x+2, y, barWidth-4, float64(plotTop+plotHeight)-y, seriesColours[i%len(seriesColours)])
		text(b, x+barWidth/2, int(y)-4, "middle", 10, br.Text)
	}
	text(b, plotLeft+gi*groupWidth+groupWidth/2, plotTop+plotHeight+18, "middle", 12, g.Label)
}

// writeLegend draws the series names under the plot.
func writeLegend(b *bytes.Buffer, series []string) {
	y := plotTop + plotHeight + 45
	for i, s := range series {
		x := plotLeft + i*200
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/>`+"\n", x, y-10, seriesColours[i%len(seriesColours)])
		text(b, x+18, y, "start", 12, s)
	}
}

// yOf maps a percentage to the y coordinate of the plot.
func yOf(p float64) float64 {
	return float64(plotTop+plotHeight) - p/100*plotHeight
}

// text writes an escaped text element.
func text(b *bytes.Buffer, x, y int, anchor string, size int, s string) {
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="%s" font-size="%d">`, x, y, anchor, size)
	xml.EscapeText(b, []byte(s))
	b.WriteString("</text>\n")
}
