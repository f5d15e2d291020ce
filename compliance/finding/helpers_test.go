package finding

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/prevention"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The fixtures of the package's tests, built through the exported APIs of
// hierarchy, campus and compliance only: a tree, a register, a history and a
// standard.

var testNS = uuid.MustParse("0e6c3a52-2f7e-4a3b-9c1d-5a6b7c8d9e0f")

// testID is a deterministic ID named by s.
func testID(s string) uuid.UUID { return uuid.NewSHA1(testNS, []byte(s)) }

// indicator returns the well-known indicator with the given id; it panics when
// compliance does not know it (a broken fixture, not a test outcome).
func indicator(id string) compliance.Indicator {
	ind, ok := compliance.LookupIndicator(id)
	if !ok {
		panic("no well-known indicator " + id)
	}
	return ind
}

// The well-known indicators the fixtures observe.
var (
	guardsInd    = indicator("full_time_guards")
	guardroomInd = indicator("guardroom_staffed_24h")
	videoDaysInd = indicator("video_retention_days")
)

// loadStandard loads a standard of format 1 with the given id and version and
// requirements (the body of a JSON array).
func loadStandard(t testing.TB, id, version, reqs string) compliance.Standard {
	t.Helper()
	std, err := compliance.LoadStandard(fmt.Appendf(nil, `{"format":1,"id":%q,"title":"测试标准","issuer":"测试",`+
		`"version":%q,"effective":"2010-05-01","requirements":[%s]}`, id, version, reqs))
	require.NoError(t, err)
	return std
}

// The requirements of the fixtures' standards.
const (
	reqGuards    = `{"id":"guards","title":"专职保安员","rule":{"kind":"count_at_least","indicator":"full_time_guards","min":2}}`
	reqGuardroom = `{"id":"guardroom","title":"门卫室24小时值守","rule":{"kind":"fact","indicator":"guardroom_staffed_24h"}}`
	reqVideoDays = `{"id":"video_days","title":"视频保存","rule":{"kind":"count_at_least","indicator":"video_retention_days","min":30}}`
)

// testStandard is a small valid standard: at least two guards, a staffed
// guardroom and 30 days of video.
func testStandard(t testing.TB) compliance.Standard {
	return loadStandard(t, "test-std", "1", reqGuards+","+reqGuardroom+","+reqVideoDays)
}

// figStandard is a staffed guardroom and 30 days of video, the standard of
// the synthetic histories.
func figStandard(t testing.TB) compliance.Standard {
	return loadStandard(t, "fig-std", "1", reqGuardroom+","+reqVideoDays)
}

// findingQuery is the query the core derivation test derives under: testStandard
// named js-school-security@2010-trial, at Normal, as of asOf, no window.
func findingQuery(t testing.TB, asOf civil.Date) compliance.Query {
	t.Helper()
	std := loadStandard(t, "js-school-security", "2010-trial", reqGuards+","+reqGuardroom+","+reqVideoDays)
	return compliance.MustQuery(compliance.QuerySpec{Standard: std, AsOf: asOf, PreventionLevel: prevention.Normal})
}

// testRegister builds a register of n campuses over two townships of one
// district of one city.
func testRegister(t testing.TB, n int) *campus.Register {
	t.Helper()
	tree, err := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "市"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505001"), Name: "街道"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505100"), Name: "镇"},
	)
	require.NoError(t, err)
	schools := make([]campus.School, n)
	campuses := make([]campus.Campus, n)
	kinds := campus.Values[campus.Kind]()
	for i := range n {
		sid := testID(fmt.Sprint("school", i))
		schools[i] = campus.School{ID: sid, Name: fmt.Sprint("学校", i)}
		code := "320505001"
		if i%2 == 1 {
			code = "320505100"
		}
		campuses[i] = campus.Campus{ID: testID(fmt.Sprint("campus", i)), School: sid, Name: fmt.Sprint("校区", i),
			Kind: kinds[i%len(kinds)], License: campus.License(1 + i%2), Locale: campus.LocaleMainUrban,
			Jurisdiction: hierarchy.MustParseCode(code), Main: true, Students: (i * 37) % 2500, Staff: (i * 7) % 150}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	return reg
}

// synthNS names the deterministic IDs of synthetic registers.
var synthNS = uuid.MustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8")

// synthID is a deterministic ID of the i-th thing of a kind.
func synthID(kind string, i int) uuid.UUID {
	return uuid.NewSHA1(synthNS, fmt.Appendf(nil, "%s-%d", kind, i))
}

// synthTree builds `roots` prefecture-level cities (from 320500 up), each
// with `counties` counties of `townships` townships; every township has two
// communities.
func synthTree(t testing.TB, roots, counties, townships int) *hierarchy.Tree {
	t.Helper()
	var js []hierarchy.Jurisdiction
	add := func(code, name string) {
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(code), Name: name})
	}
	for r := range roots {
		city := fmt.Sprintf("32%02d00", 5+r)
		add(city, "市"+city)
		for c := range counties {
			county := fmt.Sprintf("32%02d%02d", 5+r, c+1)
			add(county, "县"+county)
			for w := range townships {
				town := fmt.Sprintf("%s%03d", county, w+1)
				add(town, "镇"+town)
				for v := range 2 {
					add(fmt.Sprintf("%s%03d", town, v+1), "社区")
				}
			}
		}
	}
	tree, err := hierarchy.NewTree(js...)
	require.NoError(t, err)
	return tree
}

// synthRegister places n campuses (one school each) at random jurisdictions
// of tree, with random kinds and licenses.
func synthRegister(t testing.TB, rng *rand.Rand, tree *hierarchy.Tree, n int) *campus.Register {
	t.Helper()
	kinds := campus.Values[campus.Kind]()
	schools := make([]campus.School, n)
	campuses := make([]campus.Campus, n)
	for i := range n {
		schools[i] = campus.School{ID: synthID("school", i), Name: fmt.Sprintf("学校%d", i)}
		campuses[i] = campus.Campus{ID: synthID("campus", i), School: schools[i].ID, Name: fmt.Sprintf("校区%d", i),
			Kind: kinds[rng.IntN(len(kinds))], License: campus.License(rng.IntN(2) + 1), Locale: campus.LocaleMainUrban,
			Jurisdiction: tree.At(rng.IntN(tree.Len())).Code, Main: true, Students: rng.IntN(2000), Staff: rng.IntN(100)}
	}
	reg, err := campus.NewRegister(tree, schools, campuses)
	require.NoError(t, err)
	return reg
}

// synthHistory gives each campus 0–maxVisits inspections in 2011–2012 with
// random observations of figStandard's indicators (some unobserved).
func synthHistory(t testing.TB, rng *rand.Rand, reg *campus.Register, maxVisits int) *compliance.History {
	t.Helper()
	var ins []compliance.Inspection
	start := civil.MustParseDate("2011-01-01")
	for i, c := range reg.Campuses() {
		days := rng.Perm(500)[:rng.IntN(maxVisits+1)]
		for k, d := range days {
			var obs []compliance.Observation
			if rng.IntN(5) > 0 {
				obs = append(obs, compliance.ObserveFact(guardroomInd, rng.IntN(3) > 0))
			}
			if rng.IntN(5) > 0 {
				obs = append(obs, compliance.ObserveCount(videoDaysInd, 20+rng.IntN(20)))
			}
			ins = append(ins, compliance.Inspection{
				ID: synthID(fmt.Sprintf("insp-%d", i), k), Campus: c.ID, Date: start.AddDays(d),
				Team: fmt.Sprintf("第%d组", rng.IntN(5)), Measurements: compliance.MustMeasurements(obs...),
			})
		}
	}
	h, err := compliance.NewHistory(reg, ins)
	require.NoError(t, err)
	return h
}
