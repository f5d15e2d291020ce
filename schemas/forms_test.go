package schemas

import (
	"encoding/json"
	"testing"
)

// TestChangedFormsExamples validates examples of the forms issue 13 adds or changes (Jurisdiction, Tree,
// Indicator, Inspection with its Measurements, QuerySpec, Cell, Assessment, the Summary, change.Comparison,
// Ledger and Rectification reports, Finding's refs), written as the library's documentation gives them,
// and checks that each schema refuses a broken copy. Once the library writes these forms, its own output
// joins libraryOutput.
func TestChangedFormsExamples(t *testing.T) {
	f := newFixture(t)
	stdJSON, err := json.Marshal(f.std)
	if err != nil {
		t.Fatal(err)
	}
	std := json.RawMessage(stdJSON)
	query := map[string]any{"standard": std, "as_of": "2012-02-14", "level": "normal", "window": 0}
	campusJSON, _ := json.Marshal(f.campuses[0])
	var result json.RawMessage
	for _, c := range f.campuses {
		if a, _ := f.summary.Assessment(c.ID); a.Result.Status != 0 {
			result, _ = json.Marshal(a.Result)
			break
		}
	}
	inspection := map[string]any{"id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "campus": "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
		"date": "2012-02-14", "team": "市局检查组", "measurements": map[string]any{"full_time_guards": 2, "guardroom_staffed_24h": true, "video_linked": false},
		"ref": "JC-2012-0001"}
	tally := map[string]any{"total": 3, "compliant": 1, "non_compliant": 1, "incomplete": 0, "unassessed": 1}
	summary := map[string]any{"format": 1, "query": query, "cells": []any{
		map[string]any{"cell": map[string]any{"group": "school", "license": "licensed"}, "tally": tally},
		map[string]any{"cell": map[string]any{"kind": "primary"}, "tally": tally},
		map[string]any{"cell": map[string]any{"jurisdiction": "320505", "group": "school", "license": "licensed"}, "tally": tally},
	}}
	findingTally := map[string]any{"total": 2, "open": 1, "overdue": 0, "rectified_on_time": 1, "rectified_late": 0}
	fnd := map[string]any{"campus": "6ba7b811-9dad-11d1-80b4-00c04fd430c8", "requirement": "guards", "inspection": "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
		"found": "2012-02-14", "deadline": "2012-03-15", "observed": 0, "required": 1, "campus_ref": "3132000001", "inspection_ref": "JC-2012-0001"}
	cases := []struct {
		schema string
		doc    any
		broken func(map[string]any) // nil: the doc is not an object
	}{
		{"jurisdiction", map[string]any{"code": "320505", "name": "高新区"}, func(m map[string]any) { m["Code"] = m["code"]; delete(m, "code") }},
		{"tree", []any{map[string]any{"code": "320500", "name": "苏州市"}, map[string]any{"code": "320505", "name": "高新区"}}, nil},
		{"tree", []any{}, nil},
		{"indicator", map[string]any{"id": "full_time_guards", "label": "专职保安员", "kind": "count"}, func(m map[string]any) { m["kind"] = "fact" }},
		{"indicator", map[string]any{"id": "canteen_camera", "label": "食堂操作间视频监控", "kind": "fact"}, func(m map[string]any) { m["id"] = "Canteen" }},
		{"inspection", inspection, func(m map[string]any) { m["measurements"] = map[string]any{"full_time_guards": true} }},
		{"inspection", map[string]any{"id": "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "campus": "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
			"date": "2012-02-14", "team": "一组", "measurements": map[string]any{}}, func(m map[string]any) { delete(m, "measurements") }},
		{"query", query, func(m map[string]any) { m["window"] = -1 }},
		{"cell", map[string]any{}, func(m map[string]any) { m["license"] = "有证" }},
		{"assessment", map[string]any{"campus": json.RawMessage(campusJSON), "status": "unassessed"}, func(m map[string]any) { m["status"] = "" }},
		{"assessment", map[string]any{"campus": json.RawMessage(campusJSON), "status": "compliant", "inspection": inspection, "result": result},
			func(m map[string]any) { delete(m, "result") }},
		{"summary", summary, func(m map[string]any) { m["format"] = 2 }},
		{"comparison", map[string]any{"format": 1, "version_changed": false, "base": summary, "report": summary}, func(m map[string]any) { delete(m, "base") }},
		{"finding", fnd, func(m map[string]any) { m["campus_ref"] = "" }},
		{"findings", map[string]any{"format": 1, "query": query, "policy": map[string]any{"days": 30}, "findings": []any{fnd}},
			func(m map[string]any) { m["policy"] = map[string]any{"days": -1} }},
		{"rectification", map[string]any{"format": 1, "query": query, "total": findingTally,
			"jurisdictions": []any{map[string]any{"code": "320505", "tally": findingTally}}}, func(m map[string]any) { m["total"] = tally }},
	}
	for _, c := range cases {
		b, err := json.Marshal(c.doc)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(t, c.schema, b); err != nil {
			t.Errorf("%s: %v\n%s", c.schema, err, b)
		}
		if c.broken == nil {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		c.broken(m)
		bb, _ := json.Marshal(m)
		if err := validate(t, c.schema, bb); err == nil {
			t.Errorf("%s: the schema accepts the broken %s", c.schema, bb)
		}
	}
}
