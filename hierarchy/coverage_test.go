package hierarchy

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// coverTree is 江苏 → 苏州 → four districts with streets and towns, plus 无锡 outside 苏州.
func coverTree(t testing.TB) *Tree {
	return mustTree(t,
		j("320000", "江苏省"), j("320200", "无锡市"), j("320500", "苏州市"),
		j("320505", "虎丘区"), j("320505001", "狮山街道"), j("320505002", "枫桥街道"),
		j("320505001001", "某社区"), j("320505001002", "另一社区"),
		j("320506", "吴中区"), j("320506100", "甪直镇"), j("320506101", "木渎镇"),
		j("320507", "相城区"), j("320507001", "元和街道"),
		j("320508", "姑苏区"),
	)
}

func area(cs ...string) []Code {
	out := make([]Code, len(cs))
	for i, c := range cs {
		out[i] = MustParseCode(c)
	}
	return out
}

type overlapWant struct {
	code  string
	teams []string
}

func overlapCodes(os []Overlap) []overlapWant {
	var out []overlapWant
	for _, o := range os {
		out = append(out, overlapWant{o.Jurisdiction.Code.String(), o.Teams})
	}
	return out
}

func TestCheckCoverage(t *testing.T) {
	tr := coverTree(t)
	tests := []struct {
		name     string
		scope    string
		as       []Assignment
		gaps     []string
		overlaps []overlapWant
	}{
		{"exact partition", "320500", []Assignment{
			{"一组", area("320505", "320506")}, {"二组", area("320507")}, {"三组", area("320508")}, {"四组", area("320500")},
		}, nil, []overlapWant{
			{"320505", []string{"一组", "四组"}}, {"320506", []string{"一组", "四组"}},
			{"320507", []string{"二组", "四组"}}, {"320508", []string{"三组", "四组"}},
		}},
		{"districts only, city itself is covered below", "320500", []Assignment{
			{"一组", area("320505", "320506")}, {"二组", area("320507", "320508")},
		}, nil, nil},
		{"nothing assigned: the scope is one gap", "320500", nil, []string{"320500"}, nil},
		{"team without areas", "320505", []Assignment{{"空组", nil}}, []string{"320505"}, nil},
		{"uncovered district reported once", "320500", []Assignment{
			{"一组", area("320505", "320506")}, {"二组", area("320508")},
		}, []string{"320507"}, nil},
		{"partly covered district: its uncovered children", "320500", []Assignment{
			{"一组", area("320505001", "320506", "320507", "320508")},
		}, []string{"320505002"}, nil},
		{"partly covered street: its uncovered community", "320505", []Assignment{
			{"一组", area("320505001001", "320505002")},
		}, []string{"320505001002"}, nil},
		{"leaf of a partly covered parent", "320500", []Assignment{
			{"一组", area("320505", "320506100", "320507001")},
		}, []string{"320506101", "320508"}, nil},
		{"overlap at the top where it starts", "320500", []Assignment{
			{"一组", area("320505", "320506", "320507", "320508")}, {"二组", area("320506")},
		}, nil, []overlapWant{{"320506", []string{"一组", "二组"}}}},
		{"overlap deepens when a third team joins", "320500", []Assignment{
			{"c", area("320505")}, {"a", area("320505", "320506", "320507", "320508")}, {"b", area("320505001")},
		}, nil, []overlapWant{{"320505", []string{"a", "c"}}, {"320505001", []string{"a", "b", "c"}}}},
		{"overlap on the scope itself", "320505", []Assignment{
			{"一组", area("320505")}, {"二组", area("320505")},
		}, nil, []overlapWant{{"320505", []string{"一组", "二组"}}}},
		{"area containing the scope covers it", "320505", []Assignment{
			{"市组", area("320500")}, {"省组", area("320000")},
		}, nil, []overlapWant{{"320505", []string{"市组", "省组"}}}},
		{"a team repeating itself is no overlap", "320505", []Assignment{
			{"一组", area("320505", "320505001", "320505001001", "320505")},
		}, nil, nil},
		{"leaf scope", "320508", []Assignment{{"一组", area("320508")}}, nil, nil},
		{"leaf scope uncovered", "320508", []Assignment{{"一组", nil}}, []string{"320508"}, nil},
		{"gaps and overlaps together", "320000", []Assignment{
			{"苏州组", area("320500")}, {"虎丘组", area("320505")}, {"木渎组", area("320506101")},
		}, []string{"320200"}, []overlapWant{
			{"320505", []string{"苏州组", "虎丘组"}}, {"320506101", []string{"木渎组", "苏州组"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			scope := MustParseCode(tc.scope)
			cov, err := CheckCoverage(tr, scope, tc.as)
			require.NoError(t, err)
			assert.Equal(t, scope, cov.Root)
			assert.Equal(t, tc.gaps, nilIfEmpty(codes(cov.Gaps)), "gaps")
			assert.Equal(t, tc.overlaps, overlapCodes(cov.Overlaps), "overlaps")
		})
	}
}

func TestCheckCoverageQuirks(t *testing.T) {
	tr := mustTree(t,
		j("441900", "东莞市"), j("441900003", "东城街道"), j("441900101", "石碣镇"), j("441900003501", "某社区"),
		j("420000", "湖北省"), j("429000", "省直辖县级行政区划"), j("429004", "仙桃市"), j("420100", "武汉市"),
	)
	cov, err := CheckCoverage(tr, MustParseCode("441900"), []Assignment{{"东城组", area("441900003")}})
	require.NoError(t, err)
	assert.Equal(t, []string{"441900101"}, codes(cov.Gaps))
	cov, err = CheckCoverage(tr, MustParseCode("420000"), []Assignment{{"仙桃组", area("429004")}})
	require.NoError(t, err)
	assert.Equal(t, []string{"420100"}, codes(cov.Gaps))
}

func TestCheckCoverageErrors(t *testing.T) {
	tr := coverTree(t)
	tests := []struct {
		name  string
		scope Code
		as    []Assignment
		is    []error
		texts []string
	}{
		{"scope not in tree", MustParseCode("320509"), nil, []error{ErrUnknownCode},
			[]string{`hierarchy: unknown code: root "320509" is not in the tree`}},
		{"empty team", MustParseCode("320500"), []Assignment{{" ", area("320505")}}, []error{ErrEmptyName},
			[]string{"hierarchy: empty name: team #0 has no name"}},
		{"duplicate team", MustParseCode("320500"), []Assignment{{"一组", area("320505")}, {"二组", nil}, {"一组", area("320506")}},
			[]error{ErrDuplicate}, []string{`hierarchy: duplicate: team "一组" is assigned twice (#0 and #2)`}},
		{"unknown area", MustParseCode("320500"), []Assignment{{"一组", area("320505", "320509")}},
			[]error{ErrUnknownCode}, []string{`hierarchy: unknown code: team "一组" has area "320509", not in the tree`}},
		{"out of scope", MustParseCode("320505"), []Assignment{{"一组", area("320505", "320506")}},
			[]error{ErrOutsideRoot}, []string{"hierarchy: area outside the checked jurisdiction: team \"一组\" has area 320506 \"吴中区\", outside root 320505"}},
		{"all at once", MustParseCode("320500"), []Assignment{
			{"", nil}, {"一组", area("320200", "320505")}, {"二组", []Code{{}}}, {"一组", area("330000")},
		}, []error{ErrEmptyName, ErrOutsideRoot, ErrUnknownCode, ErrDuplicate}, []string{
			"hierarchy: empty name: team #0 has no name",
			"hierarchy: area outside the checked jurisdiction: team \"一组\" has area 320200 \"无锡市\", outside root 320500",
			`hierarchy: unknown code: team "二组" has area "", not in the tree`,
			`hierarchy: duplicate: team "一组" is assigned twice (#1 and #3)`,
			`hierarchy: unknown code: team "一组" has area "330000", not in the tree`,
		}},
		{"unknown scope still checks areas", MustParseCode("330000"), []Assignment{{"一组", area("320509")}},
			[]error{ErrUnknownCode}, []string{
				`hierarchy: unknown code: root "330000" is not in the tree`,
				`hierarchy: unknown code: team "一组" has area "320509", not in the tree`,
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cov, err := CheckCoverage(tr, tc.scope, tc.as)
			require.Error(t, err)
			for _, e := range tc.is {
				assert.ErrorIs(t, err, e)
			}
			assert.Equal(t, tc.texts, errorLines(err))
			assert.Equal(t, Coverage{}, cov)
		})
	}
	_, err := CheckCoverage(nil, MustParseCode("320500"), nil)
	assert.Error(t, err)
}

// The zero code is the whole tree: checking it is checking every root, and an area anywhere is inside it.
func TestCheckCoverageWholeTree(t *testing.T) {
	tree, err := NewTree(
		Jurisdiction{Code: MustParseCode("320000"), Name: "江苏"},
		Jurisdiction{Code: MustParseCode("320500"), Name: "苏州"},
		Jurisdiction{Code: MustParseCode("320600"), Name: "南通"},
		Jurisdiction{Code: MustParseCode("330000"), Name: "浙江"},
		Jurisdiction{Code: MustParseCode("340000"), Name: "安徽"},
	)
	if err != nil {
		t.Fatal(err)
	}
	as := []Assignment{
		{Team: "一组", Areas: []Code{MustParseCode("320500"), MustParseCode("330000")}},
		{Team: "二组", Areas: []Code{MustParseCode("330000")}},
	}
	whole, err := CheckCoverage(tree, Code{}, as)
	if err != nil {
		t.Fatal(err)
	}
	var gaps, overlaps []string
	for _, g := range whole.Gaps {
		gaps = append(gaps, g.Code.String())
	}
	for _, o := range whole.Overlaps {
		overlaps = append(overlaps, o.Jurisdiction.Code.String()+" "+strings.Join(o.Teams, ","))
	}
	// 江苏 is partly covered (its gap is 南通), 浙江 twice, 安徽 not at all.
	if want := []string{"320600", "340000"}; !slices.Equal(gaps, want) {
		t.Errorf("gaps %v, want %v", gaps, want)
	}
	if want := []string{"330000 一组,二组"}; !slices.Equal(overlaps, want) {
		t.Errorf("overlaps %v, want %v", overlaps, want)
	}
	// Each root checked alone gives the same gaps and overlaps, in code order.
	var perRoot Coverage
	for _, r := range tree.Roots() {
		var mine []Assignment
		for _, a := range as {
			var in []Code
			for _, c := range a.Areas {
				if r.Code.Contains(c) {
					in = append(in, c)
				}
			}
			mine = append(mine, Assignment{Team: a.Team, Areas: in})
		}
		c, err := CheckCoverage(tree, r.Code, mine)
		if err != nil {
			t.Fatal(err)
		}
		perRoot.Gaps = append(perRoot.Gaps, c.Gaps...)
		perRoot.Overlaps = append(perRoot.Overlaps, c.Overlaps...)
	}
	if !slices.EqualFunc(whole.Gaps, perRoot.Gaps, func(a, b Jurisdiction) bool { return a == b }) ||
		len(whole.Overlaps) != len(perRoot.Overlaps) {
		t.Errorf("whole tree %+v, per root %+v", whole, perRoot)
	}
}
