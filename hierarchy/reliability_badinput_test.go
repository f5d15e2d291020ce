package hierarchy

import (
	"errors"
	"github.com/campussec/campussec/internal/badinput"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badInput is one row of the bad-input catalogue: a call that must fail with an error wrapping sentinel
// whose message names the offending item (every string in names).
type badInput struct {
	name     string
	call     func() error
	sentinel error
	names    []string
}

func runBadInputs(t *testing.T, cases []badInput) {
	t.Helper()
	rows := make([]badinput.Case, len(cases))
	for k, c := range cases {
		rows[k] = badinput.Case{Name: c.name, Call: c.call, Is: []error{c.sentinel}, Names: c.names}
	}
	badinput.Run(t, "hierarchy: ", rows)
}

func parseCodeErr(s string) func() error {
	return func() error {
		c, err := ParseCode(s)
		if !c.IsZero() {
			return errors.New("non-zero code with an error")
		}
		return err
	}
}

// TestReliabilityBadInputParseCode catalogues every class of text ParseCode and Code.UnmarshalText reject.
func TestReliabilityBadInputParseCode(t *testing.T) {
	cases := []badInput{
		{"empty", parseCodeErr(""), ErrInvalidCode, []string{`""`, "length 0"}},
		{"too short", parseCodeErr("32050"), ErrInvalidCode, []string{`"32050"`, "length 5"}},
		{"7 digits", parseCodeErr("3205050"), ErrInvalidCode, []string{`"3205050"`, "length 7"}},
		{"10 digits", parseCodeErr("3205050010"), ErrInvalidCode, []string{`"3205050010"`}},
		{"too long", parseCodeErr("3205050010011"), ErrInvalidCode, []string{`"3205050010011"`}},
		{"letter", parseCodeErr("32050a"), ErrInvalidCode, []string{`"32050a"`, "position 6"}},
		{"sign", parseCodeErr("+32050"), ErrInvalidCode, []string{`"+32050"`}},
		{"space", parseCodeErr(" 32050"), ErrInvalidCode, []string{`" 32050"`}},
		{"full-width digits", parseCodeErr("３２０５"), ErrInvalidCode, []string{"３２０５"}},
		{"NUL", parseCodeErr("32050\x00"), ErrInvalidCode, []string{`\x00`}},
		{"all zeros", parseCodeErr("000000"), ErrInvalidCode, []string{`"000000"`, "all zeros"}},
		{"all zeros 12", parseCodeErr("000000000000"), ErrInvalidCode, []string{"all zeros"}},
		{"no province 10", parseCodeErr("100000"), ErrInvalidCode, []string{`"100000"`, "not a province"}},
		{"no province 99", parseCodeErr("990000"), ErrInvalidCode, []string{"99 is not a province"}},
		{"no province 01", parseCodeErr("010101"), ErrInvalidCode, []string{"01 is not a province"}},
		{"prefecture gap", parseCodeErr("320005"), ErrInvalidCode, []string{`"320005"`, "prefecture"}},
		{"prefecture gap township", parseCodeErr("320000001"), ErrInvalidCode, []string{"prefecture"}},
		{"township gap", parseCodeErr("320505000001"), ErrInvalidCode, []string{`"320505000001"`, "township"}},
		{"unmarshal", func() error { var c Code; return c.UnmarshalText([]byte("12")) }, ErrInvalidCode,
			[]string{`"12"`}},
	}
	runBadInputs(t, cases)

	// A failed UnmarshalText leaves the code unchanged.
	c := MustParseCode("320505")
	require.Error(t, c.UnmarshalText([]byte("x")))
	assert.Equal(t, MustParseCode("320505"), c)
}

// TestReliabilityBadInputLevel catalogues what ParseLevel and Level.UnmarshalText reject.
func TestReliabilityBadInputLevel(t *testing.T) {
	parse := func(s string) func() error {
		return func() error {
			l, err := ParseLevel(s)
			if l != 0 {
				return errors.New("non-zero level with an error")
			}
			return err
		}
	}
	runBadInputs(t, []badInput{
		{"empty", parse(""), ErrInvalidLevel, []string{`""`}},
		{"upper case", parse("Province"), ErrInvalidLevel, []string{`"Province"`}},
		{"String of invalid", parse("Level(0)"), ErrInvalidLevel, []string{`"Level(0)"`}},
		{"number", parse("1"), ErrInvalidLevel, []string{`"1"`}},
		{"padded", parse(" county"), ErrInvalidLevel, []string{`" county"`}},
		{"label without 级", parse("省"), ErrInvalidLevel, []string{`"省"`}},
		{"unmarshal", func() error { var l Level; return l.UnmarshalText([]byte("town")) }, ErrInvalidLevel,
			[]string{`"town"`}},
		{"marshal invalid", func() error { _, err := Level(9).MarshalText(); return err }, ErrInvalidLevel,
			[]string{"Level(9)"}},
		{"label: an id", func() error { _, err := ParseLabel[Level]("county"); return err }, ErrInvalidLevel,
			[]string{`"county"`}},
		{"label: empty", func() error { _, err := ParseLabel[Level](""); return err }, ErrInvalidLevel,
			[]string{`""`}},
	})
	l := County
	require.Error(t, l.UnmarshalText([]byte("x")))
	assert.Equal(t, County, l, "a failed UnmarshalText leaves the level unchanged")
}

// TestReliabilityBadInputNewTree catalogues every class of jurisdiction list NewTree rejects, and checks
// that all problems are reported at once.
func TestReliabilityBadInputNewTree(t *testing.T) {
	tree := func(js ...Jurisdiction) func() error {
		return func() error {
			tr, err := NewTree(js...)
			if tr != nil {
				return errors.New("non-nil tree with an error")
			}
			return err
		}
	}
	runBadInputs(t, []badInput{
		{"zero code", tree(Jurisdiction{Name: "无码"}), ErrInvalidCode, []string{"#0", "无码"}},
		{"zero code later", tree(j("320000", "江苏"), Jurisdiction{Name: "x"}), ErrInvalidCode, []string{"#1"}},
		{"empty name", tree(j("320000", "")), ErrEmptyName, []string{"320000"}},
		{"blank name", tree(j("320000", " \t\u3000")), ErrEmptyName, []string{"320000"}},
		{"duplicate", tree(j("320000", "a"), j("320000", "b")), ErrDuplicate, []string{"320000", "2 times"}},
		{"duplicate 12-digit form", tree(j("320000", "a"), j("320000000000", "b")), ErrDuplicate,
			[]string{"320000"}},
		{"missing parent", tree(j("320000", "江苏"), j("320505", "虎丘区")), ErrMissingParent,
			[]string{"320505", "320500", "320000"}},
		{"missing township", tree(j("320505", "虎丘区"), j("320505001001", "社区")), ErrMissingParent,
			[]string{"320505001001", "320505001"}},
	})

	// Every problem at once, in the documented order.
	_, err := NewTree(j("320000", "江苏"), Jurisdiction{Name: "a"}, j("320500", ""), j("320505001", "x"),
		j("320500", "苏州"), j("110000", "北京"), j("110000", "北京"))
	require.Error(t, err)
	for _, s := range []error{ErrInvalidCode, ErrEmptyName, ErrDuplicate, ErrMissingParent} {
		assert.ErrorIs(t, err, s)
	}
	lines := errorLines(err)
	require.Len(t, lines, 5, err.Error())
	assert.Contains(t, lines[0], "#1")
	assert.Contains(t, lines[1], "320500")
	assert.Contains(t, lines[2], "110000")
	assert.Contains(t, lines[3], "320500")
	assert.Contains(t, lines[4], "320505001")
}

// TestReliabilityBadInputRollUp catalogues the roll-ups' argument errors.
func TestReliabilityBadInputRollUp(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	runBadInputs(t, []badInput{
		{"indexed nil tree", func() error { _, err := RollUpIndexed(nil, []int{1}, add); return err }, ErrNilTree,
			[]string{"tree"}},
		{"indexed nil merge", func() error { _, err := RollUpIndexed[int](tr, make([]int, 10), nil); return err },
			ErrInvalidArgument, []string{"merge"}},
		{"indexed short", func() error { _, err := RollUpIndexed(tr, make([]int, 9), add); return err },
			ErrInvalidArgument, []string{"9 values", "10 jurisdictions"}},
		{"indexed long", func() error { _, err := RollUpIndexed(tr, make([]int, 11), add); return err },
			ErrInvalidArgument, []string{"11 values"}},
		{"nil tree", func() error { _, err := RollUp(nil, []Entry[int]{}, add); return err }, ErrNilTree,
			[]string{"tree"}},
		{"nil merge", func() error { _, err := RollUp[int](tr, nil, nil); return err }, ErrInvalidArgument,
			[]string{"merge"}},
		{"unknown code", func() error {
			_, err := RollUp(tr, []Entry[int]{{MustParseCode("320505"), 1}, {MustParseCode("320509"), 1}}, add)
			return err
		}, ErrUnknownCode, []string{"#1", "320509"}},
		{"zero code", func() error { _, err := RollUp(tr, []Entry[int]{{Value: 1}}, add); return err },
			ErrUnknownCode, []string{"#0", `""`}},
	})
	// Every unknown entry is reported, not just the first.
	_, err := RollUp(tr, []Entry[int]{{MustParseCode("110000"), 1}, {MustParseCode("320505"), 1},
		{MustParseCode("320509"), 1}}, add)
	require.Error(t, err)
	assert.Len(t, errorLines(err), 2)
}

// TestReliabilityBadInputCoverage catalogues what CheckCoverage rejects.
func TestReliabilityBadInputCoverage(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	scope := MustParseCode("320505")
	cov := func(s Code, as ...Assignment) func() error {
		return func() error {
			c, err := CheckCoverage(tr, s, as)
			if c.Root != (Code{}) || c.Gaps != nil || c.Overlaps != nil {
				return errors.New("non-zero coverage with an error")
			}
			return err
		}
	}
	runBadInputs(t, []badInput{
		{"nil tree", func() error { _, err := CheckCoverage(nil, scope, nil); return err }, ErrNilTree,
			[]string{"tree"}},
		{"unknown scope", cov(MustParseCode("320509")), ErrUnknownCode, []string{"320509"}},
		{"blank team", cov(scope, Assignment{Team: " ", Areas: []Code{scope}}), ErrEmptyName, []string{"#0"}},
		{"team twice", cov(scope, Assignment{Team: "一组", Areas: []Code{scope}},
			Assignment{Team: "一组"}), ErrDuplicate, []string{"一组", "#0", "#1"}},
		{"unknown area", cov(scope, Assignment{Team: "一组", Areas: []Code{MustParseCode("320505003")}}),
			ErrUnknownCode, []string{"一组", "320505003"}},
		{"zero area", cov(scope, Assignment{Team: "一组", Areas: []Code{{}}}), ErrUnknownCode, []string{"一组"}},
		{"area outside scope", cov(scope, Assignment{Team: "一组", Areas: []Code{MustParseCode("320506")}}),
			ErrOutsideRoot, []string{"一组", "320506", "320505"}},
	})
}
