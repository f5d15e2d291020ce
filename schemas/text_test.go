package schemas

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
)

// TestTextForms checks the library's text values that live in defs.schema.json: what the library writes
// (MarshalText of every level set, of ratios and rates, of periods) validates against its definition, and
// each bad text is refused by the definition and by the library's parser alike.
func TestTextForms(t *testing.T) {
	type form struct {
		def   string
		parse func(string) error
	}
	forms := map[string]form{
		"level_set": {"defs/level_set", func(s string) error {
			l, err := prevention.ParseLevelSet(s)
			if err == nil && l == 0 {
				return errEmpty
			}
			return err
		}},
		"ratio":  {"defs/ratio", func(s string) error { _, err := rate.ParseRatio(s); return err }},
		"period": {"defs/period", func(s string) error { _, err := incident.ParsePeriod(s); return err }},
	}
	var written []struct{ form, text string }
	add := func(f string, v interface{ MarshalText() ([]byte, error) }) {
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		written = append(written, struct{ form, text string }{f, string(b)})
	}
	levels := prevention.Values[prevention.Level]()
	for mask := 1; mask < 1<<len(levels); mask++ {
		var set prevention.LevelSet
		for i, l := range levels {
			if mask&(1<<i) != 0 {
				set = set.With(l)
			}
		}
		add("level_set", set)
	}
	for _, r := range []string{"0/0", "0/7", "48/1935", "9223372036854775807/9223372036854775807"} {
		add("ratio", rate.MustParseRatio(r))
	}
	add("period", incident.MustParsePeriod("2011-09-01/2012-01-31"))
	add("period", incident.MustParsePeriod("2012-02-14/2012-02-14"))
	for _, w := range written {
		f := forms[w.form]
		b, _ := json.Marshal(w.text)
		if err := validate(t, f.def, b); err != nil {
			t.Errorf("%s %q: %v", w.form, w.text, err)
		}
		if err := f.parse(w.text); err != nil {
			t.Errorf("%s %q: the library refuses its own text: %v", w.form, w.text, err)
		}
	}
	bad := []struct{ form, text string }{
		{"level_set", ""}, {"level_set", "heightened+normal"}, {"level_set", "normal+normal"}, {"level_set", "Normal"},
		{"level_set", "normal,high"}, {"level_set", "常态"},
		{"ratio", "1/2/3"}, {"ratio", "-1/2"}, {"ratio", "1/0"}, {"ratio", "1.5/2"}, {"ratio", " 1/2"},
		{"ratio", "1"}, {"ratio", "99999999999999999999/1"},
		{"period", "2011-09-01"}, {"period", "2011-09-01/"}, {"period", "2011-9-1/2012-01-31"}, {"period", "2011-09-01--2012-01-31"},
		{"period", "2012-13-01/2012-13-02"}, {"period", ""},
	}
	// rate.ParseRatio also reads leading zeros ("01/2" as 1/2), a spelling the library never writes; the
	// schema keeps the canonical form (reported to the lead; rate is not this module's to change).
	for _, text := range []string{"01/2", "0/02"} {
		b, _ := json.Marshal(text)
		if err := validate(t, "defs/ratio", b); err == nil {
			t.Errorf("ratio %q: the schema accepts it", text)
		}
		if err := forms["ratio"].parse(text); err != nil {
			t.Logf("ratio %q: the library now refuses it too; move it to the bad texts", text)
		}
	}
	for _, c := range bad {
		f := forms[c.form]
		b, _ := json.Marshal(c.text)
		if err := validate(t, f.def, b); err == nil {
			t.Errorf("%s %q: the schema accepts it", c.form, c.text)
		}
		if err := f.parse(c.text); err == nil {
			t.Errorf("%s %q: the library accepts it", c.form, c.text)
		}
	}
}

// errEmpty reports an empty level set where one is required.
var errEmpty = errorString("the empty set")

type errorString string

func (e errorString) Error() string { return string(e) }
