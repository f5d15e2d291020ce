package catalog_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"github.com/campussec/campussec/source"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/compliance/finding"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/incident"
	"github.com/campussec/campussec/prevention"
	"github.com/campussec/campussec/rate"
	"github.com/campussec/campussec/tabular"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enumValue is what every enum of the module offers.
type enumValue interface {
	~uint8 | ~uint16
	fmt.Stringer
	encoding.TextMarshaler
	Name(rate.Lang) string
	IsValid() bool
}

// validValues lists the valid values of an enum by scanning its numbers, in ascending order.
func validValues[E enumValue]() []E {
	var out []E
	for v := 1; v < 1<<12 && int(E(v)) == v; v++ {
		if E(v).IsValid() {
			out = append(out, E(v))
		}
	}
	return out
}

// checkEnumText asserts the one enum policy of issue 12 for enum E, given its package's Values[E]():
//
//   - Values lists every valid value in declaration order (ascending), as a new slice;
//   - ParseX, UnmarshalText and JSON accept the stable id and nothing else; ParseLabel accepts the Chinese
//     label and nothing else; for a coded enum, ParseXCode accepts the code and nothing else;
//   - Name gives the label in Chinese, a non-empty English name (not the id's snake case) in English, and ""
//     for an invalid lang or value;
//   - the zero value is invalid, marshals as "" in text and JSON, and "" (text or JSON) unmarshals as it;
//   - every error (a rejected text through ParseX, ParseLabel, ParseXCode, UnmarshalText or JSON, a non-zero
//     invalid value through MarshalText or JSON) wraps the enum's own sentinel, one no other enum uses (seen
//     holds the sentinels of the enums checked before, by enum name), and quotes the rejected text.
func checkEnumText[E enumValue, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, seen map[error]string, name string, sentinel error, values []E, parse, parseLabel func(string) (E, error),
	code func(E) string, parseCode func(string) (E, error)) {
	require.NotNil(t, sentinel, name)
	if other, ok := seen[sentinel]; ok {
		t.Errorf("%s borrows the sentinel of %s: %v", name, other, sentinel)
	}
	seen[sentinel] = name
	// rejects asserts that err is the enum's error about text: its own sentinel, no other enum's, the text quoted.
	rejects := func(t *testing.T, err error, text, call string) {
		t.Helper()
		if !assert.ErrorIs(t, err, sentinel, "%s(%q)", call, text) {
			return
		}
		for other, by := range seen {
			if other != sentinel {
				assert.NotErrorIs(t, err, other, "%s(%q) borrows %s's sentinel", call, text, by)
			}
		}
		assert.Contains(t, err.Error(), fmt.Sprintf("%q", text), "%s quotes the text", call)
	}
	t.Run(name, func(t *testing.T) {
		require.NotEmpty(t, values)
		assert.Equal(t, validValues[E](), values, "Values: every valid value, in declaration order")
		values[0] = 0 // a fresh slice: the caller's edit does not reach the package
		defer func() { values[0] = validValues[E]()[0] }()
		var zero E
		assert.False(t, zero.IsValid())
		b, err := zero.MarshalText()
		require.NoError(t, err, "the zero value marshals")
		assert.Equal(t, "", string(b))
		j, err := json.Marshal(zero)
		require.NoError(t, err)
		assert.Equal(t, `""`, string(j))
		u := validValues[E]()[0]
		require.NoError(t, P(&u).UnmarshalText(nil))
		assert.Equal(t, zero, u, `"" unmarshals as the zero value`)
		u = validValues[E]()[0]
		require.NoError(t, json.Unmarshal([]byte(`""`), &u))
		assert.Equal(t, zero, u)
		_, err = parse("")
		rejects(t, err, "", "ParseX")
		_, err = parseLabel("")
		rejects(t, err, "", "ParseLabel")
		for v := 1; v < 1<<12 && int(E(v)) == v; v++ { // the first invalid non-zero value refuses to marshal
			if !E(v).IsValid() {
				_, err := E(v).MarshalText()
				assert.ErrorIs(t, err, sentinel, "MarshalText(%d)", v)
				_, err = json.Marshal(E(v))
				assert.ErrorIs(t, err, sentinel, "json.Marshal(%d)", v)
				break
			}
		}
		assert.Equal(t, "", zero.Name(rate.English))
		assert.Equal(t, "", zero.Name(rate.Chinese))
		values = validValues[E]()
		names := map[string]bool{}
		for _, v := range values {
			id, label := v.String(), v.Name(rate.Chinese)
			require.NotEmpty(t, label, id)
			en := v.Name(rate.English)
			assert.NotEmpty(t, en, "%s has an English name", id)
			assert.False(t, names[en], "%s: English name %q given twice", id, en)
			names[en] = true
			if strings.Contains(id, "_") {
				assert.NotEqual(t, id, en, "%s: a name, not an id", id)
			}
			assert.Equal(t, "", v.Name(0), id)
			assert.Equal(t, "", v.Name(rate.Lang(9)), id)
			got, err := parse(id)
			require.NoError(t, err, id)
			assert.Equal(t, v, got)
			var u E
			require.NoError(t, P(&u).UnmarshalText([]byte(id)))
			assert.Equal(t, v, u)
			var j E
			require.NoError(t, json.Unmarshal([]byte(fmt.Sprintf("%q", id)), &j))
			assert.Equal(t, v, j)
			got, err = parseLabel(label)
			require.NoError(t, err, label)
			assert.Equal(t, v, got)

			rejected := []string{label}
			if code != nil && code(v) != "" {
				c := code(v)
				rejected = append(rejected, c)
				got, err = parseCode(c)
				require.NoError(t, err, c)
				assert.Equal(t, v, got)
				_, err = parseCode(id)
				rejects(t, err, id, "ParseXCode") // reads codes only
				_, err = parseCode(label)
				rejects(t, err, label, "ParseXCode")
				_, err = parseLabel(c)
				rejects(t, err, c, "ParseLabel") // reads labels only
			}
			_, err = parseLabel(id)
			rejects(t, err, id, "ParseLabel")
			for _, text := range rejected {
				_, err := parse(text)
				rejects(t, err, text, "ParseX") // reads ids only
				keep := values[len(values)-1]
				rejects(t, P(&keep).UnmarshalText([]byte(text)), text, "UnmarshalText")
				assert.Equal(t, values[len(values)-1], keep, "unchanged on error")
				assert.ErrorIs(t, json.Unmarshal([]byte(fmt.Sprintf("%q", text)), &keep), sentinel, "JSON %q", text)
			}
		}
	})
}

// TestEnumTextPolicy sweeps every enum type of the module, each with the sentinel its errors wrap.
func TestEnumTextPolicy(t *testing.T) {
	seen := map[error]string{}
	checkEnumText[hierarchy.Level](t, seen, "hierarchy.Level", hierarchy.ErrInvalidLevel, hierarchy.Values[hierarchy.Level](),
		hierarchy.ParseLevel, hierarchy.ParseLabel[hierarchy.Level], nil, nil)

	checkEnumText[campus.Kind](t, seen, "campus.Kind", campus.ErrInvalidKind, campus.Values[campus.Kind](), campus.ParseKind, campus.ParseLabel[campus.Kind],
		campus.Kind.Code, campus.ParseKindCode)
	checkEnumText[campus.Locale](t, seen, "campus.Locale", campus.ErrInvalidLocale, campus.Values[campus.Locale](), campus.ParseLocale, campus.ParseLabel[campus.Locale],
		campus.Locale.Code, campus.ParseLocaleCode)
	checkEnumText[campus.Category](t, seen, "campus.Category", campus.ErrInvalidCategory, campus.Values[campus.Category](), campus.ParseCategory,
		campus.ParseLabel[campus.Category], campus.Category.Code, campus.ParseCategoryCode)
	checkEnumText[campus.Stage](t, seen, "campus.Stage", campus.ErrInvalidStage, campus.Values[campus.Stage](), campus.ParseStage, campus.ParseLabel[campus.Stage], nil, nil)
	checkEnumText[campus.Group](t, seen, "campus.Group", campus.ErrInvalidGroup, campus.Values[campus.Group](), campus.ParseGroup, campus.ParseLabel[campus.Group], nil, nil)
	checkEnumText[campus.License](t, seen, "campus.License", campus.ErrInvalidLicense, campus.Values[campus.License](), campus.ParseLicense,
		campus.ParseLabel[campus.License], nil, nil)

	checkEnumText[compliance.Status](t, seen, "compliance.Status", compliance.ErrInvalidStatus, compliance.Values[compliance.Status](), compliance.ParseStatus,
		compliance.ParseLabel[compliance.Status], nil, nil)
	checkEnumText[compliance.RuleKind](t, seen, "compliance.RuleKind", compliance.ErrInvalidRuleKind, compliance.Values[compliance.RuleKind](),
		compliance.ParseRuleKind, compliance.ParseLabel[compliance.RuleKind], nil, nil)
	checkEnumText[compliance.Basis](t, seen, "compliance.Basis", compliance.ErrInvalidBasis, compliance.Values[compliance.Basis](), compliance.ParseBasis,
		compliance.ParseLabel[compliance.Basis], nil, nil)
	checkEnumText[compliance.StepRounding](t, seen, "compliance.StepRounding", compliance.ErrInvalidStepRounding, compliance.Values[compliance.StepRounding](),
		compliance.ParseStepRounding, compliance.ParseLabel[compliance.StepRounding], nil, nil)
	checkEnumText[compliance.Measure](t, seen, "compliance.Measure", compliance.ErrInvalidMeasure, compliance.Values[compliance.Measure](), compliance.ParseMeasure,
		compliance.ParseLabel[compliance.Measure], nil, nil)
	checkEnumText[rate.Rounding](t, seen, "compliance.Rounding", rate.ErrInvalidRounding, rate.Values[rate.Rounding](), rate.ParseRounding,
		rate.ParseLabel[rate.Rounding], nil, nil)
	checkEnumText[prevention.Level](t, seen, "prevention.Level", prevention.ErrInvalidLevel, prevention.Values[prevention.Level](),
		prevention.ParseLevel, prevention.ParseLabel[prevention.Level], nil, nil)
	checkEnumText[incident.Category](t, seen, "incident.Category", incident.ErrInvalidCategory, incident.Values[incident.Category](),
		incident.ParseCategory, incident.ParseLabel[incident.Category], nil, nil)
	checkEnumText[incident.Severity](t, seen, "incident.Severity", incident.ErrInvalidSeverity, incident.Values[incident.Severity](),
		incident.ParseSeverity, incident.ParseLabel[incident.Severity], nil, nil)
	checkEnumText[rate.Lang](t, seen, "compliance.Lang", rate.ErrInvalidLang, rate.Values[rate.Lang](), rate.ParseLang,
		rate.ParseLabel[rate.Lang], nil, nil)
	checkEnumText[tabular.Format](t, seen, "tabular.Format", tabular.ErrInvalidFormat, tabular.Values[tabular.Format](),
		tabular.ParseFormat, tabular.ParseLabel[tabular.Format], nil, nil)
	checkEnumText[tabular.Layout](t, seen, "tabular.Layout", tabular.ErrInvalidLayout, tabular.Values[tabular.Layout](),
		tabular.ParseLayout, tabular.ParseLabel[tabular.Layout], nil, nil)
	checkEnumText[finding.State](t, seen, "finding.State", finding.ErrInvalidState, finding.Values[finding.State](),
		finding.ParseState, finding.ParseLabel[finding.State], nil, nil)
	checkEnumText[compliance.ValueKind](t, seen, "compliance.ValueKind", compliance.ErrInvalidValueKind, compliance.Values[compliance.ValueKind](),
		compliance.ParseValueKind, compliance.ParseLabel[compliance.ValueKind], nil, nil)
	checkEnumText[compliance.BoardingScope](t, seen, "compliance.BoardingScope", compliance.ErrInvalidBoardingScope, compliance.Values[compliance.BoardingScope](),
		compliance.ParseBoardingScope, compliance.ParseLabel[compliance.BoardingScope], nil, nil)
	checkEnumText[compliance.Outcome](t, seen, "compliance.Outcome", compliance.ErrInvalidOutcome, compliance.Values[compliance.Outcome](),
		compliance.ParseOutcome, compliance.ParseLabel[compliance.Outcome], nil, nil)
	checkEnumText[source.Confidence](t, seen, "source.Confidence", source.ErrInvalidConfidence, source.Values[source.Confidence](),
		source.ParseConfidence, source.ParseLabel[source.Confidence], nil, nil)

	checkEnumText[compliance.Unit](t, seen, "compliance.Unit", compliance.ErrInvalidUnit, compliance.Values[compliance.Unit](), compliance.ParseUnit,
		compliance.ParseLabel[compliance.Unit], nil, nil)
	checkEnumText[campus.Ownership](t, seen, "campus.Ownership", campus.ErrInvalidOwnership, campus.Values[campus.Ownership](), campus.ParseOwnership,
		campus.ParseLabel[campus.Ownership], nil, nil)
	checkEnumText[campus.Designation](t, seen, "campus.Designation", campus.ErrInvalidDesignation, campus.Values[campus.Designation](), campus.ParseDesignation,
		campus.ParseLabel[campus.Designation], nil, nil)

	checkEnumText[catalog.Target](t, seen, "catalog.Target", catalog.ErrInvalidTarget, catalog.Values[catalog.Target](), catalog.ParseTarget,
		catalog.ParseLabel[catalog.Target], nil, nil)
	checkEnumText[catalog.Reach](t, seen, "catalog.Reach", catalog.ErrInvalidReach, catalog.Values[catalog.Reach](), catalog.ParseReach,
		catalog.ParseLabel[catalog.Reach], nil, nil)
}

// TestEnumTextPolicyIsComplete keeps TestEnumTextPolicy a sweep: it counts the enum tables the module's
// library code declares (enum.MustNew) and the enums the sweep checks, so a new enum cannot skip the policy.
func TestEnumTextPolicyIsComplete(t *testing.T) {
	tables := 0
	root := filepath.Join("..", "..")
	// Every library package of the module: all but examples, internal and testdata (and nested modules).
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "examples", "internal", "testdata", "docs":
				return filepath.SkipDir
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		tables += strings.Count(string(b), "enum.MustNew(")
		return nil
	})
	require.NoError(t, err)
	self, err := os.ReadFile("enumtext_test.go")
	require.NoError(t, err)
	body := string(self)
	body = body[strings.Index(body, "func TestEnumTextPolicy("):strings.Index(body, "func TestEnumTextPolicyIsComplete(")]
	assert.Equal(t, tables, strings.Count(body, "checkEnumText["), "every enum table is swept by TestEnumTextPolicy")
}

// TestEnumTextInStandards: the finding's examples, in a standard's JSON — a Chinese rule kind or level, and an
// MOE code in a scope — are rejected, and the ids load.
func TestEnumTextInStandards(t *testing.T) {
	const tmpl = `{"format":1,"id":"s","title":"t","version":"1","effective":"2020-01-01","requirements":[
	{"id":"r","title":"r","scope":{"kinds":[%q],"min_level":%q},"rule":{"kind":%q,"indicator":"closed_management"}}]}`
	_, err := compliance.LoadStandard([]byte(fmt.Sprintf(tmpl, "primary", "heightened", "fact")))
	require.NoError(t, err)
	for _, c := range [][3]string{{"211", "heightened", "fact"}, {"小学", "heightened", "fact"},
		{"primary", "加强", "fact"}, {"primary", "heightened", "具备"}} {
		_, err := compliance.LoadStandard([]byte(fmt.Sprintf(tmpl, c[0], c[1], c[2])))
		assert.Error(t, err, "%v", c)
	}
	_, err = compliance.ParseStatus("达标")
	assert.ErrorIs(t, err, compliance.ErrInvalidStatus)
	s, err := compliance.ParseLabel[compliance.Status]("达标")
	require.NoError(t, err)
	assert.Equal(t, compliance.Compliant, s)
}
