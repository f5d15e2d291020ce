package rate_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/shopspring/decimal"
)

// vectorFile is the envelope of a conformance vector file (conformance/v1/*.json; its schema is
// schemas/v1/conformance.schema.json).
type vectorFile[In, Out any] struct {
	Format int    `json:"format"`
	Suite  string `json:"suite"`
	Cases  []struct {
		Name     string `json:"name"`
		Input    In     `json:"input"`
		Expected Out    `json:"expected"`
	} `json:"cases"`
}

// readVectors reads a conformance vector file of the repository.
func readVectors[In, Out any](t *testing.T, name, suite string) vectorFile[In, Out] {
	t.Helper()
	b, err := os.ReadFile("../conformance/v1/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var f vectorFile[In, Out]
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if f.Format != 1 || f.Suite != suite || len(f.Cases) == 0 {
		t.Fatalf("%s: format %d, suite %q, %d cases", name, f.Format, f.Suite, len(f.Cases))
	}
	return f
}

// vectorDecimal renders a rounded value as the vectors write it: exactly places fraction digits, none for
// places <= 0; nil when there is no value.
func vectorDecimal(v decimal.Decimal, ok bool, places int32) *string {
	if !ok {
		return nil
	}
	s := v.String()
	if places > 0 {
		s = v.StringFixed(places)
	}
	return &s
}

// str shows an optional string in a failure message.
func str(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// TestConformanceRounding runs conformance/v1/rounding.json: Rate.Percent and Rate.Format.
func TestConformanceRounding(t *testing.T) {
	f := readVectors[struct {
		Rate     rate.Rate     `json:"rate"`
		Places   int32         `json:"places"`
		Rounding rate.Rounding `json:"rounding"`
	}, struct {
		Percent   *string `json:"percent"`
		Formatted string  `json:"formatted"`
	}](t, "rounding.json", "rounding")
	for _, c := range f.Cases {
		p := rate.Precision{Places: c.Input.Places, Rounding: c.Input.Rounding}
		v, ok := c.Input.Rate.Percent(p)
		if got := vectorDecimal(v, ok, p.Places); str(got) != str(c.Expected.Percent) {
			t.Errorf("%s: %v.Percent(%v) = %s, want %s", c.Name, c.Input.Rate, p, str(got), str(c.Expected.Percent))
		}
		if got := c.Input.Rate.Format(p); got != c.Expected.Formatted {
			t.Errorf("%s: %v.Format(%v) = %q, want %q", c.Name, c.Input.Rate, p, got, c.Expected.Formatted)
		}
	}
}

// TestConformanceChange runs conformance/v1/change.json: Change.Points and Change.Relative.
func TestConformanceChange(t *testing.T) {
	f := readVectors[struct {
		From     rate.Rate     `json:"from"`
		To       rate.Rate     `json:"to"`
		Places   int32         `json:"places"`
		Rounding rate.Rounding `json:"rounding"`
	}, struct {
		Points   *string `json:"points"`
		Relative *string `json:"relative"`
	}](t, "change.json", "change")
	for _, c := range f.Cases {
		p := rate.Precision{Places: c.Input.Places, Rounding: c.Input.Rounding}
		ch := rate.Change{From: c.Input.From, To: c.Input.To}
		pts, ok := ch.Points(p)
		if got := vectorDecimal(pts, ok, p.Places); str(got) != str(c.Expected.Points) {
			t.Errorf("%s: Points = %s, want %s", c.Name, str(got), str(c.Expected.Points))
		}
		rel, ok := ch.Relative(p)
		if got := vectorDecimal(rel, ok, p.Places); str(got) != str(c.Expected.Relative) {
			t.Errorf("%s: Relative = %s, want %s", c.Name, str(got), str(c.Expected.Relative))
		}
	}
}
