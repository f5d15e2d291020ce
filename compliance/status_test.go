package compliance

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		s     Status
		id    string
		label string
	}{
		{Compliant, "compliant", "达标"},
		{NonCompliant, "non_compliant", "未达标"},
		{Incomplete, "incomplete", "检查不完整"},
		{Unassessed, "unassessed", "未检查"},
		{OutOfScope, "out_of_scope", "不适用"},
	}
	require.Len(t, Values[Status](), len(tests))
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			assert.Equal(t, tt.s, Values[Status]()[i])
			assert.True(t, tt.s.IsValid())
			assert.Equal(t, tt.id, tt.s.String())
			assert.Equal(t, tt.label, tt.s.Name(rate.Chinese))
			for _, p := range []struct {
				parse func(string) (Status, error)
				text  string
			}{{ParseStatus, tt.id}, {ParseLabel[Status], tt.label}} {
				parse, text := p.parse, p.text
				got, err := parse(text)
				require.NoError(t, err)
				assert.Equal(t, tt.s, got)
			}
			b, err := tt.s.MarshalText()
			require.NoError(t, err)
			var back Status
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.s, back)
		})
	}
}

func TestStatusInvalid(t *testing.T) {
	for _, s := range []Status{0, 6, 255} {
		assert.False(t, s.IsValid())
		assert.Equal(t, "", s.Name(rate.Chinese))
	}
	for _, s := range []Status{6, 255} {
		_, err := s.MarshalText()
		assert.ErrorIs(t, err, ErrInvalidStatus)
	}
	assert.Equal(t, "Status(0)", Status(0).String())
	for _, text := range []string{"", "Compliant", "ok", "Status(1)"} {
		_, err := ParseStatus(text)
		assert.ErrorIs(t, err, ErrInvalidStatus, text)
	}
	var s Status
	assert.Error(t, json.Unmarshal([]byte(`"nope"`), &s))
}

func TestStatusJSON(t *testing.T) {
	b, err := json.Marshal(map[string]Status{"a": NonCompliant})
	require.NoError(t, err)
	assert.JSONEq(t, `{"a":"non_compliant"}`, string(b))
}

func FuzzParseStatus(f *testing.F) {
	for _, s := range Values[Status]() {
		f.Add(s.String())
		f.Add(s.Name(rate.Chinese))
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		s, err := ParseStatus(text)
		if err != nil {
			return
		}
		require.True(t, s.IsValid())
		back, err := ParseStatus(s.String())
		require.NoError(t, err)
		require.Equal(t, s, back)
	})
}
