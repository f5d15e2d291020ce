package finding

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStateValues: Values lists the four states in declaration order, as a new slice every call, and
// ParseLabel reads each one's Chinese label and its name in Chinese.
func TestStateValues(t *testing.T) {
	vs := Values[State]()
	assert.Equal(t, []State{Open, Overdue, RectifiedOnTime, RectifiedLate}, vs)
	vs[0] = Overdue
	assert.Equal(t, Open, Values[State]()[0], "a new slice on every call")
	for _, s := range Values[State]() {
		assert.True(t, s.IsValid())
		assert.Equal(t, s.Name(rate.Chinese), s.Name(rate.Chinese))
		assert.NotEmpty(t, s.Name(rate.English))
		p, err := ParseLabel[State](s.Name(rate.Chinese))
		require.NoError(t, err)
		assert.Equal(t, s, p)
	}
	assert.Equal(t, "rectified on time", RectifiedOnTime.Name(rate.English))
	assert.Equal(t, "", Open.Name(rate.Lang(0)), "an invalid lang names nothing")
	assert.Equal(t, "", State(9).Name(rate.Chinese))
	assert.False(t, State(0).IsValid())
}

// TestZeroStateMarshals: the zero State is unset: it marshals as "" in text and JSON, and "" unmarshals as
// it (moved from compliance's TestZeroEnumsMarshal).
func TestZeroStateMarshals(t *testing.T) {
	b, err := State(0).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	j, err := json.Marshal(State(0))
	require.NoError(t, err)
	assert.Equal(t, `""`, string(j))
	s := Overdue
	require.NoError(t, s.UnmarshalText([]byte{}))
	assert.Equal(t, State(0), s)
	s = Overdue
	require.NoError(t, json.Unmarshal([]byte(`""`), &s))
	assert.Equal(t, State(0), s)
	j, err = json.Marshal(map[string]State{"s": RectifiedLate})
	require.NoError(t, err)
	assert.Equal(t, `{"s":"rectified_late"}`, string(j))
}

// TestStateFailedUnmarshalKeepsValue: bad text leaves the receiver unchanged (moved from compliance's
// TestReliabilityFailedUnmarshalKeepsValue).
func TestStateFailedUnmarshalKeepsValue(t *testing.T) {
	for _, bad := range []string{"bogus", "逾期未整改", "Overdue", " overdue"} {
		s := Overdue
		require.Error(t, s.UnmarshalText([]byte(bad)), bad)
		assert.Equal(t, Overdue, s, "%q", bad)
		require.Error(t, json.Unmarshal([]byte(`"`+bad+`"`), &s), bad)
		assert.Equal(t, Overdue, s, "%q", bad)
	}
}

// TestInvalidStateNoPanic: an invalid State answers String, Name and MarshalText without panicking
// (moved from compliance's TestReliabilityZeroValues).
func TestInvalidStateNoPanic(t *testing.T) {
	for _, s := range []State{0, 5, 99, 255} {
		require.NotPanics(t, func() {
			_ = s.String()
			_ = s.Name(rate.Chinese)
			_ = s.Name(rate.English)
			_, _ = s.MarshalText()
			_ = s.Rectified()
		}, "%d", s)
	}
	_, err := State(99).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidState)
	assert.Equal(t, "State(99)", State(99).String())
}

// FuzzStateText checks ParseState, State.UnmarshalText and ParseLabel together: never a panic; errors wrap
// ErrInvalidState (and name the package) and leave the value zero or the receiver unchanged; accepted ids
// round-trip, and ParseLabel accepts the Chinese label only (moved from compliance's
// FuzzComplianceEnumText).
func FuzzStateText(f *testing.F) {
	for _, s := range Values[State]() {
		f.Add(s.String())
		f.Add(s.Name(rate.Chinese))
		f.Add(s.Name(rate.English))
	}
	for _, s := range []string{"", "closed", "Open", " open", "open ", "rectified", "State(1)", "0", "1", "未知",
		"待整改 ", "\xff", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseState(s)
		u := RectifiedLate
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			require.Equal(t, State(0), v)
			require.ErrorIs(t, err, ErrInvalidState)
			requireSentinels(t, err)
			if s == "" {
				require.NoError(t, uerr, `"" unmarshals as the zero value (unset)`)
				require.Equal(t, State(0), u)
			} else {
				require.ErrorIs(t, uerr, ErrInvalidState, "UnmarshalText accepts %q, which ParseState rejects", s)
				require.Equal(t, RectifiedLate, u, "unchanged on error")
			}
		} else {
			require.NoError(t, uerr)
			require.Equal(t, v, u)
			require.True(t, v.IsValid())
			require.Equal(t, s, v.String(), "ParseState reads the stable id only")
			b, err := v.MarshalText()
			require.NoError(t, err)
			var m State
			require.NoError(t, m.UnmarshalText(b))
			require.Equal(t, v, m, "unmarshal(marshal(x)) == x")
		}
		l, err := ParseLabel[State](s)
		if err != nil {
			require.Equal(t, State(0), l)
			require.ErrorIs(t, err, ErrInvalidState)
			requireSentinels(t, err)
			return
		}
		require.Equal(t, s, l.Name(rate.Chinese), "ParseLabel reads the Chinese label only")
	})
}
