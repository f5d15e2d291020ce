package compliance_test

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/compliance"
)

// FuzzDecodeInspection: no input panics; whatever decodes re-marshals to a form that decodes to the same
// inspection and marshals byte for byte again; and what DecodeInspection refuses, json.Unmarshal refuses.
func FuzzDecodeInspection(f *testing.F) {
	f.Add([]byte(jsonInspectionText))
	f.Add([]byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8","date":"2012-02-14","team":"t","measurements":{"canteen_camera":true,"c":3}}`))
	f.Add([]byte(`{"id":"","campus":"","date":"","team":"","measurements":{}}`))
	f.Add([]byte(`{"full_time_guards":1,"full_time_guards":1}`))
	f.Add([]byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8","date":"2012-02-14","team":"t","measurements":{},"ref":""}`))
	canteen, _ := compliance.NewIndicator("canteen_camera", "食堂", compliance.FactValue)
	count, _ := compliance.NewIndicator("c", "c", compliance.CountValue)
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := compliance.DecodeInspection(data, canteen, count)
		if err != nil {
			var v compliance.Inspection
			if json.Unmarshal(data, &v) == nil {
				t.Fatalf("json.Unmarshal accepts what DecodeInspection refuses: %v", err)
			}
			return
		}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		back, err := compliance.DecodeInspection(b, canteen, count)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, _ := json.Marshal(back)
		if string(b) != string(b2) || in.ID != back.ID || in.Ref != back.Ref || in.Measurements.Len() != back.Measurements.Len() {
			t.Fatalf("round trip changed %s into %s", b, b2)
		}
	})
}

// FuzzIndicatorJSON: no input panics; a decoded indicator round-trips.
func FuzzIndicatorJSON(f *testing.F) {
	f.Add([]byte(`{"id":"full_time_guards","label":"专职保安员","kind":"count"}`))
	f.Add([]byte(`{"id":"canteen_camera","label":"食堂","kind":"fact"}`))
	f.Add([]byte(`{"id":"full_time_guards","label":"x","kind":"count"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ind compliance.Indicator
		if json.Unmarshal(data, &ind) != nil {
			return
		}
		b, err := json.Marshal(ind)
		if err != nil {
			t.Fatal(err)
		}
		var back compliance.Indicator
		if err := json.Unmarshal(b, &back); err != nil || back != ind {
			t.Fatalf("round trip of %s: %v", b, err)
		}
	})
}

// FuzzCellJSON: no input panics; a decoded cell round-trips.
func FuzzCellJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"jurisdiction":"320505","group":"school","license":"licensed","kind":"primary"}`,
		`{"group":""}`, `{"kind":"x"}`, `{"jurisdiction":"3205"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c compliance.Cell
		if json.Unmarshal(data, &c) != nil {
			return
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back compliance.Cell
		if err := json.Unmarshal(b, &back); err != nil || back != c {
			t.Fatalf("round trip of %s: %v", b, err)
		}
	})
}

// FuzzQueryJSON: no input panics; a decoded query writes a form that decodes to a query writing the same
// bytes.
func FuzzQueryJSON(f *testing.F) {
	std := `{"format":1,"id":"s","title":"t","version":"1","effective":"2012-01-01","requirements":[` +
		`{"id":"g","title":"t","rule":{"kind":"fact","indicator":"closed_management"}}]}`
	f.Add([]byte(`{"standard":` + std + `,"as_of":"2012-02-14","level":"normal","window":0}`))
	f.Add([]byte(`{"standard":` + std + `,"as_of":"2012-02-14","level":"high","window":-1}`))
	f.Add([]byte(`{"standard":` + std + `,"as_of":"","level":"","window":0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var q compliance.Query
		if json.Unmarshal(data, &q) != nil {
			return
		}
		b, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		var back compliance.Query
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if b2, _ := json.Marshal(back); string(b2) != string(b) {
			t.Fatalf("%s != %s", b2, b)
		}
	})
}
