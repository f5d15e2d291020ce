package schemas

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/campussec/campussec/internal/badinput"
)

// TestSchemaAgreesWithLibrary sweeps every valid document the library writes (one of each format, and every
// campus, school, figure and result of the fixture): every key of every object is renamed to an unknown key,
// spelt in another case or with a Unicode case-folding variant, removed, set to null, and its value replaced by
// values of other types and out of range. For every mutation: if the schema refuses it, the library must
// refuse it too (the schemas promise no more than the library keeps); and a renamed, unknown, case-variant or
// null key must be refused by both.
func TestSchemaAgreesWithLibrary(t *testing.T) {
	f := newFixture(t)
	decode := decoders(f)
	perSchema := map[string]int{}
	stricter := map[string]bool{}
	for _, w := range libraryOutput(t) {
		if strings.HasPrefix(w.what, "catalog standard") || perSchema[w.schema] >= 3 || reportSchemas[w.schema] {
			continue // the catalog's standards are long; three documents of each format are plenty
		}
		perSchema[w.schema]++
		doc := string(w.data)
		if err := decode[w.schema](w.data); err != nil {
			t.Fatalf("%s: the library refuses its own output: %v", w.what, err)
		}
		// check compares the verdicts on one mutation. The library may refuse what the schema accepts (it checks
		// more: dates that exist, sums, references); never the reverse, except where the schema asks for the
		// canonical form the library writes and the library also reads a lax spelling ("" for an optional
		// value it omits when unset), which must be on the allow-list (laxLibrary) and is logged once.
		check := func(what, in string, mustRefuse bool) {
			t.Helper()
			schemaErr := validate(t, w.schema, []byte(in))
			libErr := decode[w.schema]([]byte(in))
			switch {
			case schemaErr != nil && libErr == nil:
				// The schema is stricter than the library here: list it once (documented in the schema's
				// descriptions) rather than fail, unless it is a structural fault.
				key := w.schema + ": " + what
				switch {
				case mustRefuse:
					t.Errorf("%s (%s): the library accepts %s", w.what, what, in)
				case !laxLibrary[key]:
					t.Errorf("%s (%s): the schema refuses what the library reads: %s", w.what, what, in)
				case !stricter[key]:
					stricter[key] = true
					t.Logf("the library also reads %s: %s", key, in)
				}
			case mustRefuse && schemaErr == nil:
				t.Errorf("%s (%s): the schema accepts %s", w.what, what, in)
			case mustRefuse && libErr == nil:
				t.Errorf("%s (%s): the library accepts %s", w.what, what, in)
			}
		}
		for _, m := range badinput.Members(doc) {
			key, _ := strconv.Unquote(doc[m.Start:m.KeyEnd])
			val := doc[m.ValStart:m.End]
			with := func(v string) string { return doc[:m.ValStart] + v + doc[m.End:] }
			open := openKeys(w.schema, m.Path)
			check("renamed "+m.Path, doc[:m.Start]+strconv.Quote(key+"_x")+doc[m.KeyEnd:], !open)
			check("unknown key beside "+m.Path, doc[:m.Start]+strconv.Quote(key+"_x")+":"+val+","+doc[m.Start:], !open)
			for _, v := range badinput.Variants(key) {
				check(fmt.Sprintf("variant %q of %s", v, m.Path), doc[:m.Start]+strconv.Quote(v)+doc[m.KeyEnd:], true)
			}
			if val != "null" && !nullable(w.schema, m.Path) {
				check("null "+m.Path, with("null"), true)
			}
			check("missing "+m.Path, removeMember(doc, m), false)
			for _, v := range []string{`7`, `-1`, `1.5`, `1e3`, `"7"`, `""`, `"x"`, `true`, `[]`, `{}`, `9223372036854775808`} {
				if v != val {
					check(m.Path+" = "+v, with(v), false)
				}
			}
		}
	}
	for _, name := range sweptSchemas {
		if perSchema[name] == 0 {
			t.Errorf("no %s swept", name)
		}
	}
	for key := range laxLibrary {
		if !stricter[key] {
			t.Errorf("the allow-list entry %q is stale: the library refuses it now, or no document has the key (remove it)", key)
		}
	}
}

// sweptSchemas are the formats the library both writes and reads: every one is written (TestLibraryOutputValidates)
// and swept (TestSchemaAgreesWithLibrary).
var sweptSchemas = []string{"standard", "school", "campus", "counts", "tally", "figure", "result", "finding", "finding_tally", "policy",
	"jurisdiction", "tree", "indicator", "inspection", "query", "schedule", "schedule_change", "change", "incident", "incident_policy",
	"incident_tally", "jsonl_jurisdiction", "jsonl_school", "jsonl_campus", "jsonl_inspection_wide", "jsonl_inspection_long",
	"jsonl_summary", "jsonl_finding", "incident_comparison", "rate_change", "summary_row"}

// nullable reports whether null is a value of the key at path: a figure's undefined value, a change's
// undefined readings, a result's empty requirements.
func nullable(schema, path string) bool {
	switch schema {
	case "result":
		return path == "requirements"
	case "figure":
		return path == "value"
	case "change":
		return path == "points" || path == "relative" || path == "from.value" || path == "to.value"
	}
	return false
}

// laxLibrary are the mutations the library reads though the schema refuses them (the schema keeps the one
// canonical form): none today. The decoders read only the form the library writes: "" for an optional key
// (a school's, campus's, inspection's, incident's or standard source's, a summary row's breakdown, a
// comparison's code) and a finding's lax spellings are refused by the library too. An entry must still
// fire: a stale one fails the sweep.
var laxLibrary = map[string]bool{}

// removeMember returns doc without member m and the comma next to it.
func removeMember(doc string, m badinput.Member) string {
	rest := strings.TrimLeft(doc[m.End:], " \t\r\n")
	if strings.HasPrefix(rest, ",") {
		return doc[:m.Start] + strings.TrimLeft(rest[1:], " \t\r\n")
	}
	before := strings.TrimSuffix(strings.TrimRight(doc[:m.Start], " \t\r\n"), ",")
	return before + doc[m.End:]
}
