package compliance

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSummaryJSONReport: the report lists every non-empty cell, each equal to Summary.Tally of it, in the
// documented order, deterministically; decoding it into a Summary is refused.
func TestSummaryJSONReport(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 1))
	tree := synthTree(t, 1, 2, 3)
	reg := synthRegister(t, rng, tree, 200)
	s := summaryOf(t, reg, randomStatuses(rng, reg.Len()))
	b, err := json.Marshal(s)
	require.NoError(t, err)
	b2, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))

	var rep struct {
		Format int   `json:"format"`
		Query  Query `json:"query"`
		Cells  []struct {
			Cell  Cell  `json:"cell"`
			Tally Tally `json:"tally"`
		} `json:"cells"`
	}
	require.NoError(t, json.Unmarshal(b, &rep))
	assert.Equal(t, 1, rep.Format)
	assert.Equal(t, s.Query().Spec().Standard.Ref(), rep.Query.Spec().Standard.Ref())
	seen := map[Cell]bool{}
	for _, row := range rep.Cells {
		want, ok := s.Tally(row.Cell)
		require.True(t, ok, row.Cell.String())
		assert.Equal(t, want, row.Tally, row.Cell.String())
		assert.Positive(t, row.Tally.Total())
		assert.False(t, seen[row.Cell], "each cell once")
		seen[row.Cell] = true
	}
	// Every non-empty cell is listed.
	n := 0
	for _, g := range []campus.Group{campus.GroupSchool, campus.GroupPreschool} {
		for _, l := range []campus.License{campus.Licensed, campus.Unlicensed} {
			for j := range tree.All() {
				if tl, _ := s.Tally(AllCampuses().In(j.Code).Group(g).License(l)); tl.Total() > 0 {
					n++
					assert.True(t, seen[AllCampuses().In(j.Code).Group(g).License(l)])
				}
			}
			if tl, _ := s.Tally(AllCampuses().Group(g).License(l)); tl.Total() > 0 {
				n++
			}
		}
	}
	for k := campus.Kind(1); k <= campus.Nursery; k++ {
		if tl, _ := s.Tally(AllCampuses().Kind(k)); tl.Total() > 0 {
			n++
		}
	}
	assert.Equal(t, n, len(rep.Cells))

	var back Summary
	assert.ErrorIs(t, json.Unmarshal(b, &back), ErrInvalidJSON)
	_, err = json.Marshal(&Summary{})
	assert.ErrorIs(t, err, ErrNil)

	_, err = json.Marshal(s.History())
	assert.ErrorIs(t, err, ErrInvalidJSON)
}

func TestQueryJSON(t *testing.T) {
	q := MustQuery(QuerySpec{Standard: testMetaStandard(t), AsOf: civil.MustParseDate("2012-02-14"),
		PreventionLevel: prevention.Heightened, Window: 365})
	b, err := json.Marshal(q)
	require.NoError(t, err)
	var back Query
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, q.Spec(), back.Spec())
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))

	_, err = json.Marshal(Query{})
	assert.ErrorIs(t, err, ErrInvalidQuery)
	for _, bad := range []string{
		`{"standard":` + string(mustJSON(t, testMetaStandard(t))) + `,"as_of":"2012-02-14","level":"normal","window":-1}`,
		`{"standard":` + string(mustJSON(t, testMetaStandard(t))) + `,"as_of":"","level":"normal","window":0}`,
		`{"standard":` + string(mustJSON(t, testMetaStandard(t))) + `,"as_of":"2012-02-14","level":"","window":0}`,
		`{"standard":` + string(mustJSON(t, testMetaStandard(t))) + `,"as_of":"2012-02-14","level":"normal"}`,
		`{"standard":{"format":1},"as_of":"2012-02-14","level":"normal","window":0}`,
	} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &back), ErrInvalidJSON, bad)
	}
}

// mustJSON marshals v.
func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func TestCellJSON(t *testing.T) {
	code := hierarchy.MustParseCode("320505")
	for _, tc := range []struct {
		cell Cell
		text string
	}{
		{AllCampuses(), `{}`},
		{AllCampuses().In(code), `{"jurisdiction":"320505"}`},
		{AllCampuses().In(code).Group(campus.GroupSchool).License(campus.Licensed).Kind(campus.Primary),
			`{"jurisdiction":"320505","group":"school","license":"licensed","kind":"primary"}`},
		{AllCampuses().Kind(campus.Nursery), `{"kind":"nursery"}`},
	} {
		b, err := json.Marshal(tc.cell)
		require.NoError(t, err)
		assert.Equal(t, tc.text, string(b))
		var back Cell
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, tc.cell, back)
	}
	_, err := json.Marshal(AllCampuses().Group(0))
	assert.ErrorIs(t, err, ErrInvalidCell)
	var back Cell
	for _, bad := range []string{`{"group":""}`, `{"kind":"x"}`, `{"jurisdiction":""}`, `{"jurisdiction":"3205"}`,
		`{"Group":"school"}`, `{"group":"school","group":"school"}`, `null`, `{"license":null}`} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &back), ErrInvalidJSON, bad)
	}
}

// TestNoJSONFormRefusals: a Series (built, zero or nil) refuses to marshal with ErrInvalidJSON, saying to
// write each date's Summary.
func TestNoJSONFormRefusals(t *testing.T) {
	h := propHistory(t)
	vs := propVersions(t, rand.New(rand.NewPCG(3, 3)))
	q := MustQuery(QuerySpec{Versions: vs, AsOf: propAsOf, PreventionLevel: prevention.Normal})
	s, err := SummarizeSeries(h, q, []civil.Date{propAsOf})
	require.NoError(t, err)
	for _, v := range []any{s, *s, &Series{}, Series{}, []Series{{}}} {
		_, err := json.Marshal(v)
		require.ErrorIs(t, err, ErrInvalidJSON, "%T", v)
		assert.Contains(t, err.Error(), "Series.At")
	}
	var nilSeries *Series
	b, err := json.Marshal(nilSeries)
	require.NoError(t, err, "a nil pointer is JSON null, as for every type")
	assert.Equal(t, "null", string(b))
}
