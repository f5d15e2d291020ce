package schemas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/change"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/tabular"
)

// interchange is the fixture's data in the forms issue 13 and the work beside it added: jurisdictions and
// the tree, indicators, inspections, the query, a prevention schedule and a query and summary under it (its
// figures carry "levels"), change figures, incidents with their policy and tallies, and tabular's JSON
// Lines records of every table. Each is marshalled (or written) by the library.
type interchange struct {
	schedule      prevention.Schedule
	schedSummary  *compliance.Summary
	incidents     []incident.Incident
	policy        incident.Policy
	incidentTally incident.Tally
}

// newInterchange builds the values of the newer forms over the fixture.
func newInterchange(t testing.TB, f *fixture) *interchange {
	t.Helper()
	x := &interchange{}
	var err error
	x.schedule, err = prevention.NewSchedule(f.tree,
		prevention.Change{Effective: civil.MustParseDate("2011-01-01"), Level: prevention.Normal, Notice: "常态防范等级"},
		prevention.Change{Jurisdiction: hierarchy.MustParseCode("320505001"), Effective: civil.MustParseDate("2012-01-01"),
			Level: prevention.Heightened, Notice: "示〔2012〕1号 提升防范等级"})
	if err != nil {
		t.Fatal(err)
	}
	q, err := compliance.NewQuery(compliance.QuerySpec{Standard: f.std, AsOf: f.query.Spec().AsOf, Schedule: x.schedule})
	if err != nil {
		t.Fatal(err)
	}
	x.schedSummary, err = compliance.Summarize(f.history, q)
	if err != nil {
		t.Fatal(err)
	}
	x.incidents = []incident.Incident{
		{ID: fixtureID("n1"), Ref: "AJ-2011-001", Date: civil.MustParseDate("2011-10-09"), Campus: f.campuses[0].ID,
			Category: incident.PublicOrderCase, Severity: incident.General, Summary: "校门口纠纷"},
		{ID: fixtureID("n2"), Date: civil.MustParseDate("2011-11-20"), Jurisdiction: hierarchy.MustParseCode("320505002"),
			Category: incident.SafetyAccident, Severity: incident.Major},
	}
	if _, err := incident.NewLog(f.reg, x.incidents); err != nil {
		t.Fatal(err)
	}
	x.policy = incident.DefaultPolicy()
	x.incidentTally, err = incident.NewTally(0, 1, 1, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// interchangeOutput marshals or writes every value of the newer forms, by the schema each must follow.
func interchangeOutput(t testing.TB, f *fixture) []written {
	t.Helper()
	x := newInterchange(t, f)
	var out []written
	add := func(what, schema string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		out = append(out, written{what, schema, b})
	}
	for j := range f.tree.Walk(f.tree.At(0).Code) {
		add("jurisdiction "+j.Code.String(), "jurisdiction", j)
	}
	add("tree", "tree", f.tree)
	for _, ind := range catalog.WellKnownIndicators()[:3] {
		add("indicator "+ind.ID(), "indicator", ind)
	}
	for _, in := range f.inspections {
		add("inspection "+in.Ref, "inspection", in)
	}
	add("query", "query", f.query)
	add("query spec", "query", f.query.Spec())
	add("schedule", "schedule", x.schedule)
	for _, c := range x.schedule.Changes() {
		add("schedule change", "schedule_change", c)
	}
	add("summary under a schedule", "summary", x.schedSummary)
	ledger, err := finding.Derive(f.history, x.schedSummary.Query(), finding.Policy{Days: 30})
	if err != nil {
		t.Fatal(err)
	}
	add("findings under a schedule", "findings", ledger)
	add("rectification under a schedule", "rectification", ledger.Rectification())
	schedBase, err := compliance.Summarize(f.history, compliance.MustQuery(compliance.QuerySpec{Standard: f.std,
		AsOf: f.query.Spec().AsOf.AddDays(-30), Schedule: x.schedule}))
	if err != nil {
		t.Fatal(err)
	}
	cmp, err := change.Compare(schedBase, x.schedSummary)
	if err != nil {
		t.Fatal(err)
	}
	add("comparison under a schedule", "comparison", cmp)
	for _, c := range f.campuses {
		a, _ := x.schedSummary.Assessment(c.ID)
		add("assessment under a schedule of "+c.Name, "assessment", a)
	}
	for _, m := range []compliance.Measure{compliance.ComplianceMeasure, compliance.AssessedMeasure} {
		for _, p := range precisions {
			fig, err := x.schedSummary.Figure(m, compliance.AllCampuses(), p)
			if err != nil {
				t.Fatal(err)
			}
			add("figure under a schedule "+m.String(), "figure", fig)
		}
	}
	base, err := compliance.Summarize(f.history, compliance.MustQuery(compliance.QuerySpec{Standard: f.std,
		AsOf: f.query.Spec().AsOf.AddDays(-200), PreventionLevel: prevention.Normal}))
	if err != nil {
		t.Fatal(err)
	}
	for _, cell := range []compliance.Cell{compliance.AllCampuses(), compliance.AllCampuses().License(campus.Licensed)} {
		for _, p := range precisions {
			from, err1 := base.Figure(compliance.ComplianceMeasure, cell, p)
			to, err2 := f.summary.Figure(compliance.ComplianceMeasure, cell, p)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			c, err := change.Between(from, to)
			if err != nil {
				t.Fatal(err)
			}
			add("change "+cell.String(), "change", c)
		}
	}
	for _, in := range x.incidents {
		add("incident "+in.ID.String(), "incident", in)
	}
	add("incident policy", "incident_policy", x.policy)
	add("incident tally", "incident_tally", x.incidentTally)
	add("empty incident tally", "incident_tally", incident.Tally{})
	log, err := incident.NewLog(f.reg, x.incidents)
	if err != nil {
		t.Fatal(err)
	}
	then, err1 := log.Summarize(incident.MustParsePeriod("2010-09-01/2011-01-31"), x.policy)
	now, err2 := log.Summarize(incident.MustParsePeriod("2011-09-01/2012-01-31"), x.policy)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	for _, code := range []hierarchy.Code{{}, hierarchy.MustParseCode("320505002")} {
		c, err := incident.Compare(then, now, code)
		if err != nil {
			t.Fatal(err)
		}
		add("incident comparison of "+code.String(), "incident_comparison", c)
	}
	for _, r := range [][2]string{{"539/800", "1394/1396"}, {"0/0", "1/3"}} {
		add("rate change "+r[0], "rate_change", rate.Change{From: rate.MustParse(r[0]), To: rate.MustParse(r[1])})
	}
	n := 0
	for row := range tabular.SummaryRows(f.summary) {
		if n++; n%7 == 1 {
			add("summary row", "summary_row", row)
		}
	}

	lines := func(what, schema string, write func(*bytes.Buffer) error) {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for i, line := range bytes.Split(bytes.TrimSuffix(b.Bytes(), []byte("\n")), []byte("\n")) {
			out = append(out, written{fmt.Sprintf("%s line %d", what, i+1), schema, line})
		}
	}
	inds := tabular.Indicators(f.std)
	lines("jurisdictions.jsonl", "jsonl_jurisdiction", func(b *bytes.Buffer) error { return tabular.WriteTree(b, tabular.JSONLines, f.tree) })
	lines("schools.jsonl", "jsonl_school", func(b *bytes.Buffer) error { return tabular.WriteSchools(b, tabular.JSONLines, f.reg) })
	lines("campuses.jsonl", "jsonl_campus", func(b *bytes.Buffer) error { return tabular.WriteCampuses(b, tabular.JSONLines, f.reg) })
	lines("inspections wide", "jsonl_inspection_wide", func(b *bytes.Buffer) error {
		return tabular.WriteInspections(b, tabular.JSONLines, tabular.Wide, inds, f.history)
	})
	lines("inspections long", "jsonl_inspection_long", func(b *bytes.Buffer) error {
		return tabular.WriteInspections(b, tabular.JSONLines, tabular.Long, inds, f.history)
	})
	lines("summary.jsonl", "jsonl_summary", func(b *bytes.Buffer) error { return tabular.WriteSummary(b, tabular.JSONLines, f.summary) })
	lines("findings.jsonl", "jsonl_finding", func(b *bytes.Buffer) error { return tabular.WriteFindings(b, tabular.JSONLines, f.ledger) })
	return out
}

// interchangeDecoders are the library's readers of the newer forms, each with the checks its constructor
// makes (a jurisdiction joins the fixture's tree, an incident the fixture's log, a schedule is loaded against
// the tree, a JSON Lines record is read by tabular's reader of that table and, for the register's records,
// checked by campus.NewRegister).
func interchangeDecoders(f *fixture) map[string]func([]byte) error {
	inds := tabular.Indicators(f.std)
	return map[string]func([]byte) error{
		"jurisdiction": func(b []byte) error {
			var j hierarchy.Jurisdiction
			if err := json.Unmarshal(b, &j); err != nil {
				return err
			}
			all := []hierarchy.Jurisdiction{j}
			for k := range f.tree.Walk(f.tree.At(0).Code) {
				if k.Code != j.Code {
					all = append(all, k)
				}
			}
			_, err := hierarchy.NewTree(all...)
			return err
		},
		"tree":      func(b []byte) error { var t hierarchy.Tree; return json.Unmarshal(b, &t) },
		"indicator": func(b []byte) error { var i compliance.Indicator; return json.Unmarshal(b, &i) },
		"inspection": func(b []byte) error {
			in, err := compliance.DecodeInspection(b, inds...)
			if err != nil {
				return err
			}
			_, err = compliance.NewHistory(f.reg, []compliance.Inspection{in})
			return err
		},
		"query":           func(b []byte) error { var q compliance.Query; return json.Unmarshal(b, &q) },
		"schedule":        func(b []byte) error { _, err := prevention.LoadSchedule(f.tree, b); return err },
		"schedule_change": func(b []byte) error { var c prevention.Change; return json.Unmarshal(b, &c) },
		"change":          func(b []byte) error { var c change.Figure; return json.Unmarshal(b, &c) },
		"incident": func(b []byte) error {
			var in incident.Incident
			if err := json.Unmarshal(b, &in); err != nil {
				return err
			}
			_, err := incident.NewLog(f.reg, []incident.Incident{in})
			return err
		},
		"incident_policy": func(b []byte) error {
			var p incident.Policy
			if err := json.Unmarshal(b, &p); err != nil {
				return err
			}
			return p.Validate()
		},
		"incident_tally":      func(b []byte) error { var v incident.Tally; return json.Unmarshal(b, &v) },
		"incident_comparison": func(b []byte) error { var v incident.Comparison; return json.Unmarshal(b, &v) },
		"rate_change":         func(b []byte) error { var v rate.Change; return json.Unmarshal(b, &v) },
		"summary_row":         func(b []byte) error { var v tabular.SummaryRow; return json.Unmarshal(b, &v) },
		"jsonl_jurisdiction":  func(b []byte) error { return readAll(tabular.ReadJurisdictions(bytes.NewReader(b), tabular.JSONLines)) },
		"jsonl_school": func(b []byte) error {
			r := tabular.ReadSchools(bytes.NewReader(b), tabular.JSONLines)
			for s := range r.All() {
				if err := s.Validate(); err != nil {
					return err
				}
			}
			return r.Err()
		},
		"jsonl_campus": func(b []byte) error {
			r := tabular.ReadCampuses(bytes.NewReader(b), tabular.JSONLines)
			for c := range r.All() {
				if err := campusDecoder(f, c); err != nil {
					return err
				}
			}
			return r.Err()
		},
		"jsonl_inspection_wide": func(b []byte) error {
			return readAll(tabular.ReadInspectionsWide(bytes.NewReader(b), tabular.JSONLines, inds))
		},
		"jsonl_inspection_long": func(b []byte) error {
			return readAll(tabular.ReadInspectionsLong(bytes.NewReader(b), tabular.JSONLines, inds))
		},
		"jsonl_summary": func(b []byte) error { return readAll(tabular.ReadSummary(bytes.NewReader(b), tabular.JSONLines)) },
		"jsonl_finding": func(b []byte) error { return readAll(tabular.ReadFindings(bytes.NewReader(b), tabular.JSONLines)) },
	}
}

// readAll reads every record of r and returns its error; a reader that yields no record for a line of
// input has refused it.
func readAll[T any](r *tabular.Reader[T]) error {
	n := 0
	for range r.All() {
		n++
	}
	if err := r.Err(); err != nil {
		return err
	}
	if n == 0 {
		return fmt.Errorf("no record")
	}
	return nil
}

// reportSchemas are the forms the library writes and never reads back (a report): their output is
// validated, but no decoder is swept.
var reportSchemas = map[string]bool{"summary": true, "comparison": true, "findings": true, "rectification": true, "assessment": true}

// openKeys reports whether a key at path of a document of schema may be any indicator id: the schema
// cannot know which ids the standard declares (the library's reader is given it), so a renamed or unknown
// key there is refused by the library alone.
func openKeys(schema, path string) bool {
	switch schema {
	case "inspection":
		return strings.HasPrefix(path, "measurements.")
	case "jsonl_inspection_wide":
		switch path {
		case "id", "campus", "date", "team", "ref":
			return false
		}
		return true
	}
	return false
}
