package campus

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCountsJSONRoundTrip(t *testing.T) {
	r := report2012(t)
	c := r.CampusCounts()
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"total":1935`)
	assert.Contains(t, string(b), `"preschool":{"licensed":596,"unlicensed":539}`)
	var gotC CampusCounts
	require.NoError(t, json.Unmarshal(b, &gotC))
	assert.Equal(t, c, gotC)

	s := r.SchoolCounts()
	b, err = json.Marshal(s)
	require.NoError(t, err)
	var gotS SchoolCounts
	require.NoError(t, json.Unmarshal(b, &gotS))
	assert.Equal(t, s, gotS)

	b, err = json.Marshal(CampusCounts{})
	require.NoError(t, err)
	var zero CampusCounts
	require.NoError(t, json.Unmarshal(b, &zero))
	assert.True(t, zero.IsZero())
	require.NoError(t, json.Unmarshal([]byte(`{}`), &zero))
	assert.True(t, zero.IsZero())
}

func TestCountsJSONErrors(t *testing.T) {
	one := `"group_license":{"school":{"licensed":1}},"kind":{"primary":1},"stage":{"primary":1},"locale":{"village":1}`
	var ok CampusCounts
	require.NoError(t, json.Unmarshal([]byte(`{"total":1,`+one+`}`), &ok))
	assert.Equal(t, CampusCount(1), ok.Kind(Primary))
	cases := []struct{ in, names string }{
		{`[]`, "an array, want an object"},
		{`{"total":-1}`, "-1"},
		{`{"total":2,` + one + `}`, "total is 2"},
		{`{"total":1,"group_license":{"schools":{"licensed":1}}}`, `"schools"`},
		{`{"total":1,"group_license":{"school":{"yes":1}}}`, `"yes"`},
		{`{"total":0,"group_license":{"school":{"licensed":-1}}}`, "school/licensed"},
		{`{"total":1,"kind":{"211":1}}`, `"211"`},
		{`{"total":0,"kind":{"primary":-1}}`, "-1"},
		{`{"total":1,"stage":{"college":1}}`, `"college"`},
		{`{"total":0,"stage":{"primary":-3}}`, "-3"},
		{`{"total":1,"locale":{"220":1}}`, `"220"`},
		{`{"total":0,"locale":{"village":-1}}`, "-1"},
		{`{"total":1,"group_license":{"school":{"licensed":1}},"kind":{"primary":1},"stage":{"primary":1}}`, "locales"},
		{`{"total":1,"group_license":{"preschool":{"licensed":1}},"kind":{"primary":1},"stage":{"primary":1},"locale":{"village":1}}`, "group school"},
		{`{"total":1,"group_license":{"school":{"licensed":1}},"kind":{"nine_year":1},"stage":{"primary":1},"locale":{"village":1}}`, "junior_secondary"},
		{`{"total":1,"group_license":{"school":{"licensed":1}},"stage":{"primary":1},"locale":{"village":1}}`, "kinds"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			n := ok
			err := json.Unmarshal([]byte(tc.in), &n)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidCounts)
			assert.Contains(t, err.Error(), tc.names)
			assert.Equal(t, ok, n, "unchanged on error")
		})
	}
}

func TestGroupLicenseJSON(t *testing.T) {
	v := GroupLicense{GroupPreschool, Unlicensed}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"group":"preschool","license":"unlicensed"}`, string(b))
	var got GroupLicense
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, v, got)
}
