package compliance

import (
	"encoding"
	"encoding/json"
	"fmt"
	"github.com/campussec/campussec/source"
	"testing"

	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestZeroEnumsMarshal: the zero value of every enum of the package is unset: it marshals as "" in text and
// JSON, and "" unmarshals as it; a Result or RequirementResult with an unset required enum refuses to
// marshal, as its decoder would refuse it.
func TestZeroEnumsMarshal(t *testing.T) {
	zeros := []encoding.TextMarshaler{Status(0), Outcome(0), RuleKind(0), Basis(0), StepRounding(0), Measure(0),
		prevention.Level(0), ValueKind(0), BoardingScope(0), source.Confidence(0), Unit(0)}
	for _, z := range zeros {
		b, err := z.MarshalText()
		require.NoError(t, err, "%T", z)
		assert.Equal(t, "", string(b), "%T", z)
		j, err := json.Marshal(z)
		require.NoError(t, err, "%T", z)
		assert.Equal(t, `""`, string(j), "%T", z)
	}
	for _, p := range []encoding.TextUnmarshaler{new(Status), new(Outcome), new(RuleKind), new(Basis),
		new(StepRounding), new(Measure), new(prevention.Level), new(ValueKind), new(BoardingScope),
		new(source.Confidence), new(Unit)} {
		require.NoError(t, p.UnmarshalText([]byte{}), "%T", p)
	}
	s := Compliant
	require.NoError(t, json.Unmarshal([]byte(`""`), &s))
	assert.Equal(t, Status(0), s)

	// A record whose required enum is unset would not read back: the zero Result and RequirementResult
	// refuse to marshal, naming the key and wrapping the enum's sentinel.
	_, err := json.Marshal(Result{})
	require.ErrorIs(t, err, ErrInvalidJSON, "the zero Result refuses to marshal")
	require.ErrorIs(t, err, ErrInvalidStatus)
	require.ErrorIs(t, err, prevention.ErrInvalidLevel)
	assert.Contains(t, err.Error(), `"status"`)
	_, err = json.Marshal(RequirementResult{})
	require.ErrorIs(t, err, ErrInvalidOutcome)
	assert.Contains(t, err.Error(), `"outcome"`)
}

// TestRecordsRefuseUnsetEnums: a record's decoder refuses an empty or missing enum where the record needs a
// value, with an error that names the key and wraps the enum's sentinel.
func TestRecordsRefuseUnsetEnums(t *testing.T) {
	const result = `{"standard":"s","version":"1","campus":"7f3c2d7e-4c8e-4a57-9b8e-0c2f5a1b9d10","level":%s,` +
		`"status":%s,"requirements":[{"requirement":"r","title":"t","outcome":%s,"observed":1,"required":1}]}`
	fill := func(level, status, outcome string) []byte { return fmt.Appendf(nil, result, level, status, outcome) }
	var ok Result
	require.NoError(t, json.Unmarshal(fill(`"normal"`, `"compliant"`, `"met"`), &ok))
	assert.Equal(t, Compliant, ok.Status)
	for _, c := range []struct {
		name                   string
		level, status, outcome string
		is                     []error
		key                    string
	}{
		{"empty status", `"normal"`, `""`, `"met"`, []error{ErrInvalidStatus}, `"status"`},
		{"empty level", `""`, `"compliant"`, `"met"`, []error{prevention.ErrInvalidLevel}, `"level"`},
		{"both empty", `""`, `""`, `"met"`, []error{prevention.ErrInvalidLevel, ErrInvalidStatus}, `"status"`},
		{"empty outcome", `"normal"`, `"compliant"`, `""`, []error{ErrInvalidOutcome}, `"outcome"`},
		{"bad outcome", `"normal"`, `"compliant"`, `"符合"`, []error{ErrInvalidOutcome}, `"符合"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := ok
			err := json.Unmarshal(fill(c.level, c.status, c.outcome), &r)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidJSON)
			for _, s := range c.is {
				assert.ErrorIs(t, err, s)
			}
			assert.Contains(t, err.Error(), c.key)
			assert.Equal(t, ok.Status, r.Status, "unchanged on error")
		})
	}
	// A missing key is refused by the schema, before any value is read.
	err := json.Unmarshal([]byte(`{"standard":"s","version":"1","campus":"7f3c2d7e-4c8e-4a57-9b8e-0c2f5a1b9d10",`+
		`"level":"normal","requirements":null}`), &ok)
	assert.ErrorIs(t, err, ErrInvalidJSON)
	assert.Contains(t, err.Error(), "status")

	// A figure's measure, level and rounding, and a standard's rule kind, are read by ParseX, which refuses "".
	f := guardsFigure()
	b, err := json.Marshal(f)
	require.NoError(t, err)
	for key, sentinel := range map[string]error{`"measure"`: ErrInvalidMeasure, `"level"`: prevention.ErrInvalidLevel,
		`"rounding"`: rate.ErrInvalidRounding} {
		var v map[string]any
		require.NoError(t, json.Unmarshal(b, &v))
		switch key {
		case `"measure"`:
			v["measure"] = ""
		case `"level"`:
			v["level"] = ""
		case `"rounding"`:
			v["rounding"] = ""
		}
		bad, err := json.Marshal(v)
		require.NoError(t, err)
		var g Figure
		err = json.Unmarshal(bad, &g)
		assert.ErrorIs(t, err, ErrInvalidFigure, key)
		assert.ErrorIs(t, err, sentinel, key)
	}
	_, err = LoadStandard([]byte(stdJSON("", req("r", `{"kind":"","indicator":"closed_management"}`))))
	assert.ErrorIs(t, err, ErrInvalidRuleKind)
	assert.Contains(t, err.Error(), `requirement "r"`)
	_, err = LoadStandard([]byte(stdJSON("", `{"id":"r","title":"t","scope":{"min_level":""},`+
		`"rule":{"kind":"fact","indicator":"closed_management"}}`)))
	assert.NoError(t, err, `an optional enum's "" in a standard is unset, as if absent`)
}
