package tabular_test

import (
	"bytes"
	"encoding/json"
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

// testStandardJSON is a small checklist of the test city: well-known indicators, one declared one, scopes.
const testStandardJSON = `{
  "format": 1, "id": "test-checklist", "title": "测试检查表", "version": "1", "effective": "2020-01-01",
  "indicators": [{"id": "canteen_camera", "label": "食堂操作间视频监控", "kind": "fact"}],
  "requirements": [
    {"id": "guards", "title": "专职保安员", "rule": {"kind": "count_scaled", "indicator": "full_time_guards",
     "basis": "headcount", "bands": [{"from": 0, "min": 1}, {"from": 100, "min": 2}]}},
    {"id": "guardroom", "title": "门卫室24小时值守", "rule": {"kind": "fact", "indicator": "guardroom_staffed_24h"}},
    {"id": "canteen", "title": "食堂操作间视频监控", "scope": {"boarding": "boarding"},
     "rule": {"kind": "fact", "indicator": "canteen_camera"}},
    {"id": "barriers", "title": "防冲撞设施", "scope": {"groups": ["school"], "licenses": ["licensed"]},
     "rule": {"kind": "fact", "indicator": "anti_ram_barriers"}},
    {"id": "video_days", "title": "视频图像保存天数", "rule": {"kind": "count_at_least", "indicator": "video_retention_days", "min": 30}}
  ]
}`

func testStandard(t testing.TB) compliance.Standard {
	t.Helper()
	std, err := compliance.LoadStandard([]byte(testStandardJSON))
	require.NoError(t, err)
	return std
}

// city is a generated city: the inputs of a register and a history.
type city struct {
	js          []hierarchy.Jurisdiction
	schools     []campus.School
	campuses    []campus.Campus
	inspections []compliance.Inspection
	std         compliance.Standard
}

var testNS = uuid.MustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8")

func tid(parts ...any) uuid.UUID { return uuid.NewSHA1(testNS, []byte(fmt.Sprint(parts...))) }

// genCity generates a city of about n campuses from a seed: tricky names (commas, quotes, line feeds),
// refs on some records, every kind, license and locale, inspections with some indicators unobserved.
func genCity(t testing.TB, seed uint64, n int) *city {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 13))
	c := &city{std: testStandard(t)}
	add := func(code, name string) {
		c.js = append(c.js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(code), Name: name})
	}
	add("320000", "江苏省")
	add("321400", "示例市")
	var towns []hierarchy.Code
	for k := 1; k <= 3; k++ {
		county := fmt.Sprintf("32140%d", k)
		add(county, fmt.Sprintf("第%d区", k))
		for m := 1; m <= 4; m++ {
			code := fmt.Sprintf("%s%03d", county, m*k)
			add(code, fmt.Sprintf("第%d区第%d镇", k, m))
			towns = append(towns, hierarchy.MustParseCode(code))
		}
	}
	kinds := campus.Values[campus.Kind]()
	locales := campus.Values[campus.Locale]()
	names := []string{"实验小学", "中学, 东校区", `"育英"幼儿园`, "第一中学\n分部", " 前后空格 ", "明德学校"}
	inds := []compliance.Indicator{}
	for _, rq := range c.std.Requirements {
		inds = append(inds, rq.Rule.Indicator)
	}
	for i := 0; len(c.campuses) < n; i++ {
		s := campus.School{ID: tid("school", seed, i), Name: fmt.Sprintf("%s%d", names[r.IntN(len(names))], i)}
		if r.IntN(3) == 0 {
			s.Ref = fmt.Sprintf("S-%05d", i)
		}
		if r.IntN(2) == 0 {
			s.Ownership = campus.Ownership(1 + r.IntN(2))
			s.Designation = campus.Designation(1 + r.IntN(2))
		}
		k := kinds[r.IntN(len(kinds))]
		if r.IntN(2) == 0 && len(k.Category().Code()) == 2 {
			s.Code = campus.MustParseSchoolCode(fmt.Sprintf("%s32%06d", k.Category().Code(), i+1))
		}
		c.schools = append(c.schools, s)
		for j := range 1 + r.IntN(2) {
			cp := campus.Campus{
				ID: tid("campus", seed, i, j), School: s.ID, Name: fmt.Sprintf("%s第%d校区", s.Name, j),
				Kind: k, License: campus.License(1 + r.IntN(2)), Locale: locales[r.IntN(len(locales))],
				Jurisdiction: towns[r.IntN(len(towns))], Main: j == 0, Boarding: r.IntN(4) == 0,
				Students: r.IntN(3000), Staff: r.IntN(200),
			}
			if r.IntN(3) == 0 {
				cp.Ref = fmt.Sprintf("C-%05d-%d", i, j)
			}
			c.campuses = append(c.campuses, cp)
			for v := range r.IntN(4) {
				in := compliance.Inspection{
					ID: tid("inspection", seed, i, j, v), Campus: cp.ID, Team: fmt.Sprintf("第%d组", 1+r.IntN(5)),
					Date: civil.MustParseDate("2023-01-01").AddDays(v*150 + r.IntN(120)),
				}
				if r.IntN(3) == 0 {
					in.Ref = fmt.Sprintf("I-%d-%d-%d", i, j, v)
				}
				var obs []compliance.Observation
				for _, ind := range inds {
					if r.IntN(10) == 0 {
						continue // not observed
					}
					if ind.ValueKind() == compliance.FactValue {
						obs = append(obs, compliance.ObserveFact(ind, r.IntN(8) != 0))
					} else {
						obs = append(obs, compliance.ObserveCount(ind, r.IntN(40)))
					}
				}
				in.Measurements = compliance.MustMeasurements(obs...)
				c.inspections = append(c.inspections, in)
			}
		}
	}
	return c
}

// built is a city built with the library's constructors.
type built struct {
	tree *hierarchy.Tree
	reg  *campus.Register
	hist *compliance.History
	std  compliance.Standard
}

func build(t testing.TB, c *city) *built {
	t.Helper()
	tree, err := hierarchy.NewTree(c.js...)
	require.NoError(t, err)
	reg, err := campus.NewRegister(tree, c.schools, c.campuses)
	require.NoError(t, err)
	hist, err := compliance.NewHistory(reg, c.inspections)
	require.NoError(t, err)
	return &built{tree, reg, hist, c.std}
}

func (b *built) query(t testing.TB) compliance.Query {
	t.Helper()
	q, err := compliance.NewQuery(compliance.QuerySpec{Standard: b.std, AsOf: civil.MustParseDate("2024-06-30"), PreventionLevel: prevention.Heightened})
	require.NoError(t, err)
	return q
}

// standardBytes writes the standard in its JSON form (compliance.LoadStandard reads it).
func standardBytes(t testing.TB, std compliance.Standard) []byte {
	t.Helper()
	b, err := json.Marshal(std)
	require.NoError(t, err)
	return b
}

// drain reads every record of r and fails the test on any error.
func drain[T any](t testing.TB, r interface {
	Next() bool
	Value() T
	Err() error
}) []T {
	t.Helper()
	var out []T
	for r.Next() {
		out = append(out, r.Value())
	}
	require.NoError(t, r.Err())
	return out
}

var _ = bytes.NewReader
