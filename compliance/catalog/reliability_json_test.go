package catalog

import (
	"encoding/json"
	"github.com/campussec/campussec/source"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/internal/badinput"
	"github.com/stretchr/testify/require"
)

// TestReliabilityJSONClassSweep sweeps the catalog's JSON formats (Population, TargetScope) for the class of
// issue 15's findings 4, 6 and 9: duplicate, case-variant, Unicode-folding-variant, unknown and missing keys
// and nulls are rejected with ErrInvalidJSON, and every published scope round-trips.
func TestReliabilityJSONClassSweep(t *testing.T) {
	for _, s := range TargetScopes() {
		b, err := json.Marshal(s)
		require.NoError(t, err)
		var back TargetScope
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, s, back)
	}
	ts, err := json.Marshal(Scope2019())
	require.NoError(t, err)
	p, err := json.Marshal(Scope2019().Guards)
	require.NoError(t, err)
	for _, f := range []badinput.JSONFormat{
		{Name: "target scope", Valid: string(ts), Is: []error{ErrInvalidJSON}, Decode: func(b []byte) error {
			var v TargetScope
			return json.Unmarshal(b, &v)
		}},
		{Name: "population", Valid: string(p), Is: []error{ErrInvalidJSON}, Decode: func(b []byte) error {
			var v Population
			return json.Unmarshal(b, &v)
		}},
	} {
		badinput.SweepJSON(t, f)
	}
}

// FuzzScopeJSON feeds the TargetScope and Population decoders arbitrary bytes: never a panic; errors wrap
// ErrInvalidJSON and leave the value unchanged; what is accepted and marshals round-trips.
func FuzzScopeJSON(f *testing.F) {
	for _, s := range TargetScopes() {
		b, err := json.Marshal(s)
		require.NoError(f, err)
		f.Add(false, b)
		p, err := json.Marshal(s.Guards)
		require.NoError(f, err)
		f.Add(true, p)
	}
	f.Fuzz(func(t *testing.T, population bool, b []byte) {
		if population {
			var v Population
			if err := v.UnmarshalJSON(b); err != nil {
				require.ErrorIs(t, err, ErrInvalidJSON)
				require.Zero(t, v)
				return
			}
			if out, err := json.Marshal(v); err == nil {
				var back Population
				require.NoError(t, json.Unmarshal(out, &back))
				require.Equal(t, v, back)
			}
			return
		}
		var v TargetScope
		if err := v.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidJSON)
			require.Zero(t, v)
			return
		}
		if out, err := json.Marshal(v); err == nil {
			var back TargetScope
			require.NoError(t, json.Unmarshal(out, &back))
			require.Equal(t, v, back)
		}
	})
}

// TestJSONValueSentinels: a value inside the JSON that does not parse is reported with ErrInvalidJSON and the
// value's own sentinel, quoting the value.
func TestJSONValueSentinels(t *testing.T) {
	var p Population
	err := json.Unmarshal([]byte(`{"schools":"all","kindergartens":"none","kindergartens_ownership":"state"}`), &p)
	require.ErrorIs(t, err, ErrInvalidJSON)
	require.ErrorIs(t, err, campus.ErrInvalidOwnership)
	require.Contains(t, err.Error(), `"state"`)
	b, err := json.Marshal(Scope2019())
	require.NoError(t, err)
	bad := strings.Replace(string(b), `"Confidence":"corroborated"`, `"Confidence":"sure"`, 1)
	require.NotEqual(t, string(b), bad)
	var s TargetScope
	err = json.Unmarshal([]byte(bad), &s)
	require.ErrorIs(t, err, ErrInvalidJSON)
	require.ErrorIs(t, err, source.ErrInvalidConfidence)
	require.Contains(t, err.Error(), "target scope")
	require.Zero(t, s, "unchanged on error")
}
