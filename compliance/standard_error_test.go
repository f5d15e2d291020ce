package compliance

import (
	"errors"
	"fmt"
	"github.com/campussec/campussec/source"
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/prevention"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// standardProblems returns every *StandardError that err is or joins, in order (the counts of problems left
// out are skipped).
func standardProblems(err error) []*StandardError {
	var out []*StandardError
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var se *StandardError
		if errors.As(err, &se) {
			out = append(out, se)
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

// problemAt is an expected problem in a table of errors: a *StandardError about requirement req ("" for the
// standard's own) and field. It stands for the sentinels this issue removed (ErrInvalidRule, ErrBandOrder …):
// where a test checked errors.Is with one, it now checks which requirement and field the problem names.
type problemAt struct{ req, field string }

func (p problemAt) Error() string {
	return fmt.Sprintf("a problem with requirement %q, field %q", p.req, p.field)
}

// hasProblem reports whether err joins a *StandardError about requirement req and field.
func hasProblem(err error, req, field string) bool {
	for _, se := range standardProblems(err) {
		if se.Requirement == req && se.Field == field {
			return true
		}
	}
	return false
}

// assertWants checks err against a table's wants: errors.Is for a sentinel, hasProblem for a problemAt.
func assertWants(t *testing.T, err error, wants ...error) {
	t.Helper()
	for _, w := range wants {
		if p, ok := w.(problemAt); ok {
			assert.True(t, hasProblem(err, p.req, p.field), "%v in\n%v", p, err)
			continue
		}
		assert.ErrorIs(t, err, w)
	}
}

func TestStandardError(t *testing.T) {
	cause := fmt.Errorf("%w: min 1 below 2", ErrLoosening)
	e := &StandardError{Standard: "js-2010", Requirement: "guards", Field: "rule.min", Err: cause}
	assert.Equal(t, `compliance: standard "js-2010": requirement "guards": rule.min: tailoring loosens a requirement: min 1 below 2`,
		e.Error(), "names all three, the cause's package prefix said once")
	assert.ErrorIs(t, e, ErrInvalidStandard, "every StandardError is ErrInvalidStandard")
	assert.ErrorIs(t, e, ErrLoosening, "and its cause")
	assert.NotErrorIs(t, e, ErrUnknownIndicator)
	assert.Equal(t, cause, errors.Unwrap(e))

	var se *StandardError
	require.ErrorAs(t, fmt.Errorf("context: %w", errors.Join(errors.New("other"), e)), &se)
	assert.Equal(t, "guards", se.Requirement)

	for _, tt := range []struct {
		e    StandardError
		want string
	}{
		{StandardError{Standard: "s", Field: "title", Err: errors.New("empty")}, `compliance: standard "s": title: empty`},
		{StandardError{Field: "requirements[0].id", Err: errors.New("empty")}, `compliance: standard: requirements[0].id: empty`},
		{StandardError{Standard: "s", Requirement: "r"}, `compliance: standard "s": requirement "r": invalid`},
		{StandardError{Standard: strings.Repeat("s", 1000), Requirement: "r\xff", Err: errors.New("x")},
			`compliance: standard "` + strings.Repeat("s", errbound.MaxQuoteBytes) + `"… (1000 bytes): requirement "r\xff": x`},
	} {
		assert.Equal(t, tt.want, tt.e.Error())
	}
}

// TestStandardErrorFields checks that Validate names the requirement and the field of each problem as the JSON
// format does, and that a requirement without an ID is named by its position.
func TestStandardErrorFields(t *testing.T) {
	s := Standard{ID: "s", Title: "t", Version: "1", Effective: civil.MustParseDate("2012-02-14"),
		Requirements: []Requirement{
			{ID: "a", Title: "t", Rule: Rule{RuleKind: RuleCountScaled, Indicator: FullTimeGuards, Basis: BasisStudents,
				Bands: []Band{{From: 0, Min: 1}, {From: 0, Min: -1}}, Step: Step{Per: 5, Add: 1}}},
			{Title: "t", Scope: Scope{Kinds: []campus.Kind{campus.Primary, campus.Primary}, MinPreventionLevel: 9},
				Rule: Rule{RuleKind: RuleFact, Indicator: FullTimeGuards}},
			{ID: "a", Title: "t", Source: source.Citation{Confidence: 9}, Rule: Rule{RuleKind: RuleFact, Indicator: ClosedManagement}},
		}}
	err := s.Validate()
	require.Error(t, err)
	type at struct{ req, field string }
	var got []at
	for _, se := range standardProblems(err) {
		assert.Equal(t, "s", se.Standard)
		require.Error(t, se.Err)
		got = append(got, at{se.Requirement, se.Field})
	}
	assert.Equal(t, []at{
		{"a", "rule.bands[1].min"}, {"a", "rule.bands[1].from"}, {"a", "rule.step.round"},
		{"", "requirements[1].id"}, {"", "requirements[1].scope.kinds"}, {"", "requirements[1].scope.min_level"},
		{"", "requirements[1].rule.indicator"},
		{"a", "id"}, {"a", "source.confidence"},
	}, got)
	assert.ErrorIs(t, err, prevention.ErrInvalidLevel, "an invalid enum value wraps the enum's sentinel")
	assert.ErrorIs(t, err, source.ErrInvalidConfidence)
	assert.ErrorIs(t, err, ErrInvalidStepRounding)
}
