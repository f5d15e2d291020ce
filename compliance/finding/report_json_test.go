package finding

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLedgerReportJSON: findings carry the refs of their campus and inspection; the ledger's and the
// rectification's reports list them; neither decodes back.
func TestLedgerReportJSON(t *testing.T) {
	tree, err := hierarchy.NewTree(hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "街道"})
	require.NoError(t, err)
	sid, cid := testID("s"), testID("c")
	reg, err := campus.NewRegister(tree, []campus.School{{ID: sid, Name: "学校", Ref: "S-1"}},
		[]campus.Campus{{ID: cid, School: sid, Name: "校区", Kind: campus.Primary, License: campus.Licensed,
			Locale: campus.LocaleMainUrban, Jurisdiction: hierarchy.MustParseCode("320505001"), Main: true, Ref: "C-1"}})
	require.NoError(t, err)
	h, err := compliance.NewHistory(reg, []compliance.Inspection{
		{ID: testID("i1"), Campus: cid, Date: civil.MustParseDate("2012-01-10"), Team: "一组", Ref: "JC-1",
			Measurements: compliance.MustMeasurements(compliance.ObserveFact(guardroomInd, false))},
	})
	require.NoError(t, err)
	l, err := Derive(h, findingQuery(t, civil.MustParseDate("2012-02-14")), Policy{Days: 60})
	require.NoError(t, err)
	require.Equal(t, 1, l.Len())
	for f := range l.All() {
		assert.Equal(t, "C-1", f.CampusRef)
		assert.Equal(t, "JC-1", f.InspectionRef)
	}
	b, err := json.Marshal(l)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"format":1,"query":{"standard":{"format":1,`), string(b))
	assert.Contains(t, string(b), `"policy":{"days":60},"findings":[{"campus":"`)
	assert.Contains(t, string(b), `"campus_ref":"C-1","inspection_ref":"JC-1"}]}`)
	var rep struct {
		Findings []Finding `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(b, &rep))
	assert.Equal(t, slices.Collect(l.All()), rep.Findings)
	var back Ledger
	assert.ErrorIs(t, json.Unmarshal(b, &back), ErrInvalidJSON)

	r := l.Rectification()
	b, err = json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"total":{"total":1,"open":1,"overdue":0,"rectified_on_time":0,"rectified_late":0},`+
		`"jurisdictions":[{"code":"320505","tally":{"total":1,"open":1,`)
	assert.Contains(t, string(b), `{"code":"320505001","tally":{"total":1,"open":1,`)
	var rback Rectification
	assert.ErrorIs(t, json.Unmarshal(b, &rback), ErrInvalidJSON)
	_, err = json.Marshal(&Ledger{})
	assert.ErrorIs(t, err, compliance.ErrNil)
	_, err = json.Marshal(&Rectification{})
	assert.ErrorIs(t, err, compliance.ErrNil)

	var f Finding
	bad := strings.Replace(marshalled(t, refFinding), `"C-1"`, `"C\n1"`, 1)
	assert.ErrorIs(t, json.Unmarshal([]byte(bad), &f), campus.ErrInvalidRef)
}
