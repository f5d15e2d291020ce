package catalog_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/compliance/catalog"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enumValue is what every enum of the module offers.
type enumValue interface {
	comparable
	fmt.Stringer
	Label() string
	IsValid() bool
}

// valuesOf lists the valid values of a uint8 enum.
func valuesOf[E ~uint8](isValid func(E) bool) []E {
	var out []E
	for v := 1; v < 256; v++ {
		if isValid(E(v)) {
			out = append(out, E(v))
		}
	}
	return out
}

// checkEnumText asserts the one text policy of issue 15 (finding 13) for enum E: ParseX, UnmarshalText and
// JSON accept the stable id and nothing else; ParseXLabel accepts the Chinese label and nothing else; for a
// coded enum, ParseXCode accepts the code and nothing else.
func checkEnumText[E enumValue, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, name string, values []E, parse, parseLabel func(string) (E, error), code func(E) string,
	parseCode func(string) (E, error)) {
	t.Run(name, func(t *testing.T) {
		require.NotEmpty(t, values)
		for _, v := range values {
			id, label := v.String(), v.Label()
			require.NotEmpty(t, label, id)
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
				assert.Error(t, err, "ParseXCode(%q) reads codes only", id)
				_, err = parseCode(label)
				assert.Error(t, err, "ParseXCode(%q) reads codes only", label)
				_, err = parseLabel(c)
				assert.Error(t, err, "ParseXLabel(%q) reads labels only", c)
			}
			_, err = parseLabel(id)
			assert.Error(t, err, "ParseXLabel(%q) reads labels only", id)
			for _, text := range rejected {
				_, err := parse(text)
				assert.Error(t, err, "ParseX(%q) reads ids only", text)
				keep := values[len(values)-1]
				assert.Error(t, P(&keep).UnmarshalText([]byte(text)), "UnmarshalText(%q)", text)
				assert.Equal(t, values[len(values)-1], keep, "unchanged on error")
				assert.Error(t, json.Unmarshal([]byte(fmt.Sprintf("%q", text)), &keep), "JSON %q", text)
			}
		}
	})
}

// TestEnumTextPolicy sweeps every enum type of the module.
func TestEnumTextPolicy(t *testing.T) {
	checkEnumText[hierarchy.Level](t, "hierarchy.Level", valuesOf(hierarchy.Level.IsValid),
		hierarchy.ParseLevel, hierarchy.ParseLevelLabel, nil, nil)

	checkEnumText[campus.Kind](t, "campus.Kind", campus.Kinds(), campus.ParseKind, campus.ParseKindLabel,
		campus.Kind.Code, campus.ParseKindCode)
	checkEnumText[campus.Locale](t, "campus.Locale", campus.Locales(), campus.ParseLocale, campus.ParseLocaleLabel,
		campus.Locale.Code, campus.ParseLocaleCode)
	checkEnumText[campus.Category](t, "campus.Category", campus.Categories(), campus.ParseCategory,
		campus.ParseCategoryLabel, campus.Category.Code, campus.ParseCategoryCode)
	checkEnumText[campus.Stage](t, "campus.Stage", campus.Stages(), campus.ParseStage, campus.ParseStageLabel, nil, nil)
	checkEnumText[campus.Group](t, "campus.Group", campus.Groups(), campus.ParseGroup, campus.ParseGroupLabel, nil, nil)
	checkEnumText[campus.License](t, "campus.License", campus.Licenses(), campus.ParseLicense,
		campus.ParseLicenseLabel, nil, nil)

	checkEnumText[compliance.Status](t, "compliance.Status", compliance.Statuses(), compliance.ParseStatus,
		compliance.ParseStatusLabel, nil, nil)
	checkEnumText[compliance.RuleKind](t, "compliance.RuleKind", valuesOf(compliance.RuleKind.IsValid),
		compliance.ParseRuleKind, compliance.ParseRuleKindLabel, nil, nil)
	checkEnumText[compliance.Basis](t, "compliance.Basis", valuesOf(compliance.Basis.IsValid), compliance.ParseBasis,
		compliance.ParseBasisLabel, nil, nil)
	checkEnumText[compliance.StepRounding](t, "compliance.StepRounding", valuesOf(compliance.StepRounding.IsValid),
		compliance.ParseStepRounding, compliance.ParseStepRoundingLabel, nil, nil)
	checkEnumText[compliance.Measure](t, "compliance.Measure", compliance.Measures(), compliance.ParseMeasure,
		compliance.ParseMeasureLabel, nil, nil)
	checkEnumText[rate.Rounding](t, "compliance.Rounding", rate.Roundings(), rate.ParseRounding,
		rate.ParseRoundingLabel, nil, nil)
	checkEnumText[compliance.PreventionLevel](t, "compliance.PreventionLevel", compliance.PreventionLevels(),
		compliance.ParsePreventionLevel, compliance.ParsePreventionLevelLabel, nil, nil)
	checkEnumText[rate.Lang](t, "compliance.Lang", rate.Langs(), rate.ParseLang,
		rate.ParseLangLabel, nil, nil)
	checkEnumText[compliance.FindingState](t, "compliance.FindingState", compliance.FindingStates(),
		compliance.ParseFindingState, compliance.ParseFindingStateLabel, nil, nil)
	checkEnumText[compliance.ValueKind](t, "compliance.ValueKind", valuesOf(compliance.ValueKind.IsValid),
		compliance.ParseValueKind, compliance.ParseValueKindLabel, nil, nil)
	checkEnumText[compliance.BoardingScope](t, "compliance.BoardingScope", valuesOf(compliance.BoardingScope.IsValid),
		compliance.ParseBoardingScope, compliance.ParseBoardingScopeLabel, nil, nil)
	checkEnumText[compliance.Outcome](t, "compliance.Outcome", valuesOf(compliance.Outcome.IsValid),
		compliance.ParseOutcome, compliance.ParseOutcomeLabel, nil, nil)
	checkEnumText[compliance.Confidence](t, "compliance.Confidence", valuesOf(compliance.Confidence.IsValid),
		compliance.ParseConfidence, compliance.ParseConfidenceLabel, nil, nil)

	checkEnumText[compliance.Unit](t, "compliance.Unit", compliance.Units(), compliance.ParseUnit,
		compliance.ParseUnitLabel, nil, nil)
	checkEnumText[campus.Ownership](t, "campus.Ownership", campus.Ownerships(), campus.ParseOwnership,
		campus.ParseOwnershipLabel, nil, nil)
	checkEnumText[campus.Designation](t, "campus.Designation", campus.Designations(), campus.ParseDesignation,
		campus.ParseDesignationLabel, nil, nil)

	checkEnumText[catalog.Target](t, "catalog.Target", catalog.Targets(), catalog.ParseTarget,
		catalog.ParseTargetLabel, nil, nil)
	checkEnumText[catalog.Reach](t, "catalog.Reach", valuesOf(catalog.Reach.IsValid), catalog.ParseReach,
		catalog.ParseReachLabel, nil, nil)
}

// TestEnumTextPolicyIsComplete keeps TestEnumTextPolicy a sweep: it counts the enum tables the module's
// library code declares (enum.MustNew) and the enums the sweep checks, so a new enum cannot skip the policy.
func TestEnumTextPolicyIsComplete(t *testing.T) {
	tables := 0
	root := filepath.Join("..", "..")
	for _, dir := range []string{"rate", "hierarchy", "campus", "compliance", filepath.Join("compliance", "catalog")} {
		files, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			tables += strings.Count(string(b), "enum.MustNew(")
		}
	}
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
	s, err := compliance.ParseStatusLabel("达标")
	require.NoError(t, err)
	assert.Equal(t, compliance.Compliant, s)
}
