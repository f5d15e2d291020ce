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
