package incident

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonIncidents are the round-trip table, and the fuzz seeds.
var jsonIncidents = []Incident{
	{ID: tid("a"), Date: civil.MustParseDate("2011-10-10"), Campus: tid("甲小学"), Category: PublicOrderCase, Severity: General},
	{ID: tid("b"), Ref: "JA-2011-0042", Date: civil.MustParseDate("2010-03-23"), Jurisdiction: hierarchy.MustParseCode("320505"),
		Category: CriminalCase, Severity: EspeciallyMajor, Summary: "校门口持刀伤人(合成示例)"},
	{ID: tid("c"), Date: civil.MustParseDate("2012-02-14"), Campus: tid("乙小学"), Jurisdiction: hierarchy.MustParseCode("320505001"),
		Category: SafetyAccident, Severity: Larger, Summary: "\"quoted\" \\ and <html> & \u2028"},
	{}, // the zero incident marshals and reads back as itself (NewLog refuses it)
}

func TestIncidentJSONRoundTrip(t *testing.T) {
	for _, in := range jsonIncidents {
		b, err := json.Marshal(in)
		require.NoError(t, err)
		var back Incident
		require.NoError(t, json.Unmarshal(b, &back), string(b))
		assert.Equal(t, in, back, string(b))
	}
	b, err := json.Marshal(jsonIncidents[1])
	require.NoError(t, err)
	assert.Equal(t, `{"id":"`+tid("b").String()+`","ref":"JA-2011-0042","date":"2010-03-23","jurisdiction":"320505",`+
		`"category":"criminal_case","severity":"especially_major","summary":"校门口持刀伤人(合成示例)"}`, string(b))
	b, err = json.Marshal(jsonIncidents[0])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "jurisdiction", "unset place omitted")
	assert.NotContains(t, string(b), "ref")
}

func TestIncidentJSONStrict(t *testing.T) {
	ok := `{"id":"` + tid("a").String() + `","date":"2011-10-10","category":"other","severity":"general"}`
	var in Incident
	require.NoError(t, json.Unmarshal([]byte(ok), &in))
	want := in
	for _, bad := range []string{
		``, `null`, `[]`, `{}`,
		strings.Replace(ok, `"id"`, `"Id"`, 1),
		strings.Replace(ok, `"date"`, `"date":"2011-10-10","date"`, 1),
		strings.Replace(ok, `"general"`, `"general","extra":1`, 1),
		strings.Replace(ok, `"2011-10-10"`, `"2011/10/10"`, 1),
		strings.Replace(ok, `"other"`, `"其他"`, 1),
		strings.Replace(ok, `"general"`, `7`, 1),
		ok + `{}`,
	} {
		require.Error(t, in.UnmarshalJSON([]byte(bad)), bad)
		require.Equal(t, want, in, "unchanged on error")
	}
}

func TestPolicyAndPeriodJSON(t *testing.T) {
	type doc struct {
		Period Period `json:"period"`
		Policy Policy `json:"policy"`
	}
	d := doc{MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy()}
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.Equal(t, `{"period":"2011-09-01/2012-01-31","policy":{"major_from":"major"}}`, string(b))
	var back doc
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d, back)
	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, doc{}, back, "the zero values round-trip")
}

func FuzzIncidentJSON(f *testing.F) {
	for _, in := range jsonIncidents {
		b, _ := json.Marshal(in)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var in Incident
		if err := in.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidJSON)
			require.Equal(t, Incident{}, in)
			return
		}
		out, err := json.Marshal(in)
		if err != nil { // only a decoded value its MarshalJSON refuses: text that is not UTF-8 cannot decode
			t.Fatalf("decoded %q but cannot marshal it: %v", b, err)
		}
		var back Incident
		require.NoError(t, back.UnmarshalJSON(out))
		require.Equal(t, in, back)
		_ = in.Validate() // never panics
	})
}

func FuzzTallyJSON(f *testing.F) {
	f.Add([]byte(`{"total":3,"criminal_case":1,"public_order_case":1,"safety_accident":1,"other":0,"major":1}`))
	f.Add([]byte(`{"total":0,"criminal_case":0,"public_order_case":0,"safety_accident":0,"other":0,"major":0}`))
	f.Add([]byte(`{"total":9223372036854775807,"criminal_case":9223372036854775807,"public_order_case":0,"safety_accident":0,"other":0,"major":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var tl Tally
		if err := tl.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidTally)
			require.Equal(t, Tally{}, tl)
			return
		}
		require.LessOrEqual(t, tl.Major(), tl.Total())
		out, err := tl.MarshalJSON()
		require.NoError(t, err)
		var back Tally
		require.NoError(t, back.UnmarshalJSON(out))
		require.Equal(t, tl, back)
	})
}

func FuzzPolicyJSON(f *testing.F) {
	f.Add([]byte(`{"major_from":"major"}`))
	f.Add([]byte(`{"major_from":""}`))
	f.Add([]byte(`{"major_from":"重大"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Policy
		if err := p.UnmarshalJSON(b); err != nil {
			require.ErrorIs(t, err, ErrInvalidJSON)
			return
		}
		out, err := json.Marshal(p)
		require.NoError(t, err)
		var back Policy
		require.NoError(t, json.Unmarshal(out, &back))
		require.Equal(t, p, back)
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, tc := range periodCases {
		f.Add(tc.in)
	}
	f.Add("0" + strings.Repeat("\x1e", 63) + "\"0/") // once gave a message quoting the input twice
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPeriod)
			require.Less(t, len(err.Error()), 400, "one quote of at most 64 bytes of the input")
			return
		}
		require.False(t, p.To().Before(p.From()))
		back, err := ParsePeriod(p.String())
		require.NoError(t, err)
		require.Equal(t, p, back)
		if e, ok := p.YearEarlier(); ok {
			require.False(t, e.To().Before(e.From()))
		}
	})
}

func FuzzParseEnums(f *testing.F) {
	for _, c := range Values[Category]() {
		f.Add(c.String())
		f.Add(c.Name(1))
	}
	for _, s := range Values[Severity]() {
		f.Add(s.String())
		f.Add(s.Name(1))
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := ParseCategory(s); err == nil {
			require.Equal(t, s, c.String())
		} else {
			require.ErrorIs(t, err, ErrInvalidCategory)
		}
		if v, err := ParseSeverity(s); err == nil {
			require.Equal(t, s, v.String())
		} else {
			require.ErrorIs(t, err, ErrInvalidSeverity)
		}
		if c, err := ParseLabel[Category](s); err == nil {
			require.Equal(t, s, c.Name(1))
		}
		if v, err := ParseLabel[Severity](s); err == nil {
			require.Equal(t, s, v.Name(1))
		}
	})
}

var _ = uuid.Nil

// A Log and a Summary hold a register and indexes that JSON cannot carry: encoding/json would write "{}"
// and read it back as an empty value, losing every incident. Both refuse instead, either way.
func TestLogAndSummaryRefuseJSON(t *testing.T) {
	_, log := fixtureLog(t)
	s, err := log.Summarize(MustParsePeriod("2011-09-01/2012-01-31"), DefaultPolicy())
	require.NoError(t, err)
	for _, v := range []any{log, s, Log{}, Summary{}} {
		_, err := json.Marshal(v)
		assert.ErrorIs(t, err, ErrInvalidJSON, "%T", v)
	}
	assert.ErrorIs(t, json.Unmarshal([]byte(`{}`), &Log{}), ErrInvalidJSON)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{}`), &Summary{}), ErrInvalidJSON)
}

// Every field's problem is reported at once, naming its key and wrapping the field's sentinel.
func TestIncidentJSONReportsEveryField(t *testing.T) {
	var in Incident
	err := in.UnmarshalJSON([]byte(`{"id":"x","date":"2010-13-01","campus":"","jurisdiction":"abc","category":"Other","severity":"重大"}`))
	require.ErrorIs(t, err, ErrInvalidJSON)
	assert.ErrorIs(t, err, civil.ErrInvalidDate)
	assert.ErrorIs(t, err, hierarchy.ErrInvalidCode)
	assert.ErrorIs(t, err, ErrInvalidCategory)
	assert.ErrorIs(t, err, ErrInvalidSeverity)
	for _, key := range []string{"incident id", "incident date", "incident campus", "incident jurisdiction", "incident category", "incident severity"} {
		assert.Contains(t, err.Error(), key)
	}
	assert.Equal(t, Incident{}, in, "unchanged on error")
}
