package catalog

import (
	"encoding/json"
	"testing"

	"github.com/campussec/campussec/internal/badinput"
	"github.com/stretchr/testify/require"
)

// TestReliabilityJSONClassSweep sweeps the catalog's JSON formats (Population, TargetScope) for the class of
// issue 15's findings 4, 6 and 9: duplicate, case-variant, Unicode-folding-variant, unknown and missing keys
// and nulls are rejected with ErrInvalid, and every published scope round-trips.
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
		{Name: "target scope", Valid: string(ts), Is: []error{ErrInvalid}, Decode: func(b []byte) error {
			var v TargetScope
			return json.Unmarshal(b, &v)
		}},
		{Name: "population", Valid: string(p), Is: []error{ErrInvalid}, Decode: func(b []byte) error {
			var v Population
			return json.Unmarshal(b, &v)
		}},
	} {
		badinput.SweepJSON(t, f)
	}
}
