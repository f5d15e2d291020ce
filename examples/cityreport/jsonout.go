package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// maxJoined is the longest line, in bytes, that compactLeaves makes by joining an object or array.
const maxJoined = 160

// writeJSON prints the report as indented JSON, with small objects and arrays of scalars (a tally's
// counts, a table cell, a standard's reference) kept on one line each.
func writeJSON(w io.Writer, r *Report) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	_, err := io.WriteString(w, compactLeaves(b.String()))
	return err
}

// compactLeaves joins onto one line, repeatedly, every object or array in indented JSON whose members are
// each on one line, when the joined line is at most maxJoined bytes. It relies on the indented form:
// a line that opens an object or array ends with "{" or "[" (a string value ends with a quote), and the
// first closing line after an opening line with no opening line between is its match.
func compactLeaves(s string) string {
	lines := strings.Split(s, "\n")
	for {
		out, changed := joinPass(lines)
		if !changed {
			return strings.Join(out, "\n")
		}
		lines = out
	}
}

// joinPass is one pass of compactLeaves.
func joinPass(lines []string) ([]string, bool) {
	out := make([]string, 0, len(lines))
	changed := false
	for i := 0; i < len(lines); i++ {
		if opens(lines[i]) {
			if j, joined, ok := joinFrom(lines, i); ok {
				out = append(out, joined)
				i, changed = j, true
				continue
			}
		}
		out = append(out, lines[i])
	}
	return out, changed
}

// joinFrom joins lines[i] (an opening line) through its closing line j, if no line between opens and the
// result is short enough.
func joinFrom(lines []string, i int) (int, string, bool) {
	parts := []string{lines[i]}
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		switch {
		case opens(lines[j]):
			return 0, "", false
		case strings.HasPrefix(t, "}") || strings.HasPrefix(t, "]"):
			joined := parts[0] + strings.Join(parts[1:], " ") + t
			return j, joined, len(joined) <= maxJoined
		}
		parts = append(parts, t)
	}
	return 0, "", false
}

// opens reports whether an indented JSON line opens an object or array.
func opens(line string) bool {
	return strings.HasSuffix(line, "{") || strings.HasSuffix(line, "[")
}
