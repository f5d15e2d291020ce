package main

import "strings"

// grid is a text table whose columns are aligned by display width, so that Chinese text (two columns
// wide in a terminal) lines up with digits and Latin text.
type grid struct {
	right []bool // right-align column i (numbers)
	rows  [][]string
}

// add appends a row.
func (g *grid) add(cells ...string) { g.rows = append(g.rows, cells) }

// lines renders the rows, each indented and with two spaces between columns, trailing spaces trimmed.
func (g *grid) lines(indent string) []string {
	widths := make([]int, len(g.right))
	for _, r := range g.rows {
		for i, c := range r {
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	out := make([]string, 0, len(g.rows))
	for _, r := range g.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			if g.right[i] {
				cells[i] = padLeft(c, widths[i])
			} else {
				cells[i] = padRight(c, widths[i])
			}
		}
		out = append(out, strings.TrimRight(indent+strings.Join(cells, "  "), " "))
	}
	return out
}
