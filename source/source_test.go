package source_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/source"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConfidenceText: each confidence reads and writes its stable id, is named in Chinese and English, and
// reads its Chinese label through ParseLabel only; anything else wraps ErrInvalidConfidence.
func TestConfidenceText(t *testing.T) {
	tests := []struct {
		c               source.Confidence
		id, zh, english string
	}{
		{source.Verified, "verified", "已核实", "verified"},
		{source.Corroborated, "corroborated", "多方印证", "corroborated"},
		{source.Secondary, "secondary", "二手来源", "secondary source"},
		{source.Unverified, "unverified", "未核实", "unverified"},
	}
	require.Len(t, source.Values[source.Confidence](), len(tests))
	for k, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			assert.Equal(t, tt.c, source.Values[source.Confidence]()[k], "declaration order")
			assert.True(t, tt.c.IsValid())
			assert.Equal(t, tt.id, tt.c.String())
			assert.Equal(t, tt.zh, tt.c.Name(rate.Chinese))
			assert.Equal(t, tt.english, tt.c.Name(rate.English))
			got, err := source.ParseConfidence(tt.id)
			require.NoError(t, err)
			assert.Equal(t, tt.c, got)
			got, err = source.ParseLabel[source.Confidence](tt.zh)
			require.NoError(t, err)
			assert.Equal(t, tt.c, got)
			_, err = source.ParseConfidence(tt.zh)
			assert.ErrorIs(t, err, source.ErrInvalidConfidence, "a label is not an id")
		})
	}
	for _, bad := range []string{"", "Verified", " verified", "sure"} {
		_, err := source.ParseConfidence(bad)
		assert.ErrorIs(t, err, source.ErrInvalidConfidence, "%q", bad)
	}
	assert.False(t, source.Confidence(0).IsValid(), "the zero value is not stated")
	b, err := source.Confidence(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	_, err = source.Confidence(9).MarshalText()
	assert.ErrorIs(t, err, source.ErrInvalidConfidence)
}

// TestCitationJSON: a citation round-trips exactly, the zero one too; JSON that is not the form encoding/json
// writes for it is refused (ErrInvalidJSON, with ErrInvalidConfidence for a bad confidence), the receiver
// unchanged.
func TestCitationJSON(t *testing.T) {
	for _, c := range []source.Citation{{}, {Document: "公治〔2015〕168号", Clause: "三、(二)", Address: "https://example.org/x",
		Confidence: source.Corroborated, Note: "CORROBORATED: two reproductions agree"}} {
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var back source.Citation
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, c, back)
	}
	want := source.Citation{Document: "kept"}
	for _, tt := range []struct {
		doc string
		is  []error
	}{
		{`{"Document":"d","Clause":"","Address":"","Confidence":""}`, []error{source.ErrInvalidJSON}},
		{`{"document":"d","Clause":"","Address":"","Confidence":"","Note":""}`, []error{source.ErrInvalidJSON}},
		{`{"Document":"d","Document":"e","Clause":"","Address":"","Confidence":"","Note":""}`, []error{source.ErrInvalidJSON}},
		{`{"Document":"d","Clause":"","Address":"","Confidence":"sure","Note":"","x":1}`, []error{source.ErrInvalidJSON}},
		{`{"Document":"d","Clause":"","Address":"","Confidence":"sure","Note":""}`, []error{source.ErrInvalidJSON, source.ErrInvalidConfidence}},
		{`null`, []error{source.ErrInvalidJSON}},
	} {
		got := want
		err := json.Unmarshal([]byte(tt.doc), &got)
		for _, is := range tt.is {
			assert.ErrorIs(t, err, is, tt.doc)
		}
		assert.Equal(t, want, got, "unchanged: %s", tt.doc)
	}
}

// FuzzCitationJSON: whatever bytes come in, decoding never panics, and what decodes re-marshals to a form
// that decodes to the same citation.
func FuzzCitationJSON(f *testing.F) {
	f.Add(`{"Document":"d","Clause":"c","Address":"a","Confidence":"verified","Note":"n"}`)
	f.Add(`{"Document":"d","Clause":"","Address":"","Confidence":"sure","Note":""}`)
	f.Add(`{"Document":"d","Clause":"","Address":"","Confidence":""}`)
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, doc string) {
		var c source.Citation
		if err := c.UnmarshalJSON([]byte(doc)); err != nil {
			if !errors.Is(err, source.ErrInvalidJSON) {
				t.Fatalf("%q: %v does not wrap ErrInvalidJSON", doc, err)
			}
			return
		}
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var back source.Citation
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, c, back)
	})
}

// FuzzParseConfidence: a parsed confidence is valid and prints as the text it came from.
func FuzzParseConfidence(f *testing.F) {
	for _, s := range []string{"verified", "corroborated", "secondary", "unverified", "", "已核实", "Verified"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := source.ParseConfidence(s)
		if err != nil {
			require.ErrorIs(t, err, source.ErrInvalidConfidence)
			return
		}
		require.True(t, c.IsValid())
		require.Equal(t, s, c.String())
	})
}

// A requirement's citation: which document and clause, where to read it, and how sure that reading is.
func ExampleCitation() {
	c := source.Citation{Document: "公治〔2015〕168号", Clause: "三、(二)", Confidence: source.Corroborated}
	fmt.Println(c.Document, c.Clause, c.Confidence, c.Confidence.Name(rate.Chinese))
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	// Output:
	// 公治〔2015〕168号 三、(二) corroborated 多方印证
	// {"Document":"公治〔2015〕168号","Clause":"三、(二)","Address":"","Confidence":"corroborated","Note":""}
}
