package main

import (
	"encoding/json"
	"io"
)

// writeJSON prints the report as indented JSON.
func writeJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
