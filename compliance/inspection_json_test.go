package compliance_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonInspection is an inspection observing well-known facts and counts.
func jsonInspection() compliance.Inspection {
	return compliance.Inspection{
		ID: uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), Campus: uuid.MustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
		Date: civil.MustParseDate("2012-02-14"), Team: "市局检查组", Ref: "JC-2012-0001",
		Measurements: compliance.MustMeasurements(compliance.ObserveCount(catalog.FullTimeGuards, 2),
			compliance.ObserveFact(catalog.ClosedManagement, true), compliance.ObserveFact(catalog.VideoLinked, false)),
	}
}

const jsonInspectionText = `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
	`"date":"2012-02-14","team":"市局检查组","measurements":{"full_time_guards":2,"closed_management":true,"video_linked":false},` +
	`"ref":"JC-2012-0001"}`

func TestInspectionJSONRoundTrip(t *testing.T) {
	in := jsonInspection()
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, jsonInspectionText, string(b))
	var back compliance.Inspection
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))

	// Nothing observed is {} and back.
	in.Measurements, in.Ref = compliance.Measurements{}, ""
	b, err = json.Marshal(in)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"measurements":{}`)
	assert.NotContains(t, string(b), `"ref"`)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)
}

func TestDecodeInspectionDeclared(t *testing.T) {
	canteen, err := compliance.NewIndicator("canteen_camera", "食堂操作间视频监控", compliance.FactValue)
	require.NoError(t, err)
	patrols, err := compliance.NewIndicator("night_patrols", "夜间巡查次数", compliance.CountValue)
	require.NoError(t, err)
	in := jsonInspection()
	in.Measurements = compliance.MustMeasurements(compliance.ObserveFact(canteen, true), compliance.ObserveCount(patrols, 3),
		compliance.ObserveCount(catalog.FullTimeGuards, 1))
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"measurements":{"full_time_guards":1,"canteen_camera":true,"night_patrols":3}`)

	// Without the declarations the caller-defined ids are errors, never dropped.
	var back compliance.Inspection
	err = json.Unmarshal(b, &back)
	require.ErrorIs(t, err, compliance.ErrInvalidJSON)
	require.ErrorIs(t, err, compliance.ErrInvalidIndicator)
	assert.Contains(t, err.Error(), `unknown indicator "canteen_camera"`)
	assert.Contains(t, err.Error(), `unknown indicator "night_patrols"`)
	assert.Contains(t, err.Error(), `(ref "JC-2012-0001")`)

	got, err := compliance.DecodeInspection(b, canteen, patrols)
	require.NoError(t, err)
	assert.Equal(t, in, got)
}

func TestDecodeInspectionErrors(t *testing.T) {
	count, _ := compliance.NewIndicator("c", "c", compliance.CountValue)
	for _, tc := range []struct {
		name, text string
		is         []error
		want       string
	}{
		{"fact as number", `{"closed_management":1}`, []error{compliance.ErrInvalidObservation}, "closed_management is a fact"},
		{"count as bool", `{"full_time_guards":true}`, []error{compliance.ErrInvalidObservation}, "full_time_guards is a count"},
		{"negative count", `{"full_time_guards":-1}`, []error{compliance.ErrInvalidObservation}, "count -1 outside"},
		{"huge count", `{"full_time_guards":2147483648}`, []error{compliance.ErrInvalidObservation}, "outside 0..2147483647"},
		{"unknown", `{"guards":1}`, []error{compliance.ErrInvalidIndicator}, `unknown indicator "guards"`},
		{"repeated", `{"full_time_guards":1,"full_time_guards":1}`, nil, "given twice"},
		{"fraction", `{"full_time_guards":1.0}`, nil, "not an integer"},
		{"string", `{"full_time_guards":"1"}`, nil, "want true, false or an integer"},
		{"null", `{"full_time_guards":null}`, nil, "want true, false or an integer"},
		{"not an object", `[]`, nil, "want an object"},
		{"declared count as bool", `{"c":false}`, []error{compliance.ErrInvalidObservation}, "c is a count"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := `{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
				`"date":"2012-02-14","team":"t","measurements":` + tc.text + `}`
			_, err := compliance.DecodeInspection([]byte(text), count)
			require.ErrorIs(t, err, compliance.ErrInvalidJSON)
			for _, is := range tc.is {
				require.ErrorIs(t, err, is)
			}
			assert.Contains(t, err.Error(), tc.want)
			var m compliance.Measurements
			if tc.name != "declared count as bool" {
				assert.ErrorIs(t, json.Unmarshal([]byte(tc.text), &m), compliance.ErrInvalidJSON)
			}
		})
	}
	_, err := compliance.DecodeInspection([]byte(jsonInspectionText), compliance.Indicator{})
	assert.ErrorIs(t, err, compliance.ErrInvalidIndicator)

	// "ref" is absent when the inspection has none: "" is not a second spelling of it.
	empty := strings.Replace(jsonInspectionText, `"ref":"JC-2012-0001"`, `"ref":""`, 1)
	_, err = compliance.DecodeInspection([]byte(empty))
	require.ErrorIs(t, err, compliance.ErrInvalidJSON)
	assert.ErrorContains(t, err, `ref: "", want a non-empty string`)
	var in compliance.Inspection
	assert.ErrorIs(t, json.Unmarshal([]byte(empty), &in), compliance.ErrInvalidJSON)
}

func TestIndicatorJSON(t *testing.T) {
	b, err := json.Marshal(catalog.FullTimeGuards)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"full_time_guards","label":"专职保安员","kind":"count"}`, string(b))
	var back compliance.Indicator
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, catalog.FullTimeGuards, back)
	own, err := compliance.NewIndicator("canteen_camera", "食堂", compliance.FactValue)
	require.NoError(t, err)
	b, err = json.Marshal(own)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, own, back)

	_, err = json.Marshal(compliance.Indicator{})
	assert.ErrorIs(t, err, compliance.ErrInvalidIndicator)
	for _, bad := range []string{
		`{"id":"full_time_guards","label":"保安","kind":"count"}`,
		`{"id":"full_time_guards","label":"专职保安员","kind":"fact"}`,
		`{"id":"Bad","label":"x","kind":"fact"}`,
		`{"id":"x","label":"","kind":"fact"}`,
		`{"id":"x","label":"x","kind":"maybe"}`,
		`{"id":"x","label":"x"}`,
	} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &back), compliance.ErrInvalidJSON, bad)
	}
}

// ExampleDecodeInspection decodes an inspection of a standard's own indicator: the standard's Indicators
// tell DecodeInspection what "canteen_camera" is.
func ExampleDecodeInspection() {
	canteen, _ := compliance.NewIndicator("canteen_camera", "食堂操作间视频监控", compliance.FactValue)
	data := []byte(`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","campus":"6ba7b811-9dad-11d1-80b4-00c04fd430c8",` +
		`"date":"2012-02-14","team":"市局检查组","measurements":{"full_time_guards":2,"canteen_camera":true},"ref":"JC-2012-0001"}`)
	in, err := compliance.DecodeInspection(data, canteen)
	if err != nil {
		fmt.Println(err)
		return
	}
	guards, _ := in.Measurements.ObservedCount(catalog.FullTimeGuards)
	camera, _ := in.Measurements.ObservedFact(canteen)
	fmt.Println(in.Ref, in.Date, guards, camera)

	_, err = compliance.DecodeInspection(data) // canteen_camera not declared: an error, never dropped
	fmt.Println(err != nil)
	// Output:
	// JC-2012-0001 2012-02-14 2 true
	// true
}
