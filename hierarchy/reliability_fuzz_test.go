package hierarchy

import (
	"errors"
	"strings"
	"testing"

	"github.com/campussec/campussec/rate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParseLevel checks ParseLevel and Level's text methods: never a panic, errors wrap ErrInvalidLevel,
// and an accepted level round-trips through String, Name(rate.Chinese) and MarshalText.
func FuzzParseLevel(f *testing.F) {
	for l := Level(0); l <= Community+1; l++ {
		f.Add(l.String())
		f.Add(l.Name(rate.Chinese))
	}
	for _, s := range []string{"", "Province", "省", " county", "town", "\xff", "Level(0)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if byLabel, err := ParseLabel[Level](s); err == nil {
			require.Equal(t, s, byLabel.Name(rate.Chinese), "ParseLabel reads labels only")
		} else {
			require.ErrorIs(t, err, ErrInvalidLevel)
		}
		l, err := ParseLevel(s)
		var u Level
		uerr := u.UnmarshalText([]byte(s))
		if s == "" { // "" is the zero value (unset) for UnmarshalText, never a level for ParseLevel
			require.ErrorIs(t, err, ErrInvalidLevel)
			require.NoError(t, uerr)
			require.Equal(t, Level(0), u)
			return
		}
		require.Equal(t, err == nil, uerr == nil, "ParseLevel and UnmarshalText agree")
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidLevel)
			require.ErrorIs(t, uerr, ErrInvalidLevel)
			require.Equal(t, Level(0), l)
			require.Equal(t, Level(0), u)
			return
		}
		require.True(t, l.IsValid())
		require.Equal(t, l, u)
		require.Equal(t, s, l.String(), "ParseLevel reads the stable id only (issue 15, finding 13)")
		again, err := ParseLevel(l.String())
		require.NoError(t, err)
		require.Equal(t, l, again, "parse(String(x)) == x")
		again, err = ParseLabel[Level](l.Name(rate.Chinese))
		require.NoError(t, err)
		require.Equal(t, l, again, "parse(Label(x)) == x")
		b, err := l.MarshalText()
		require.NoError(t, err)
		var m Level
		require.NoError(t, m.UnmarshalText(b))
		require.Equal(t, l, m, "unmarshal(marshal(x)) == x")
	})
}

// FuzzCheckCoverage builds a tree and assignments from arbitrary text and checks CheckCoverage: never a
// panic; errors wrap a sentinel; on success, gaps are uncovered and lie in the scope, every jurisdiction in
// the scope is covered or under a gap, and overlaps name at least two teams.
//
// The input is lines: "code name" for a jurisdiction, "@team code code…" for an assignment, "!code" for the
// scope (the first tree root by default).
func FuzzCheckCoverage(f *testing.F) {
	f.Add("320000 江苏\n320500 苏州\n320505 虎丘\n320505001 狮山\n320505002 枫桥\n320506 吴中\n" +
		"@一组 320505\n@二组 320505001 320506\n!320500\n")
	f.Add("320000 江苏\n320500 苏州\n@a 320000\n@b 320500\n@a 320500\n")
	f.Add("441900 东莞\n441900003 东城\n441900003501 社区\n@x 441900003501\n@ 441900\n!441900003\n")
	f.Add("320000 江苏\n@a 110000\n!320500\n")
	f.Fuzz(func(t *testing.T, s string) {
		var js []Jurisdiction
		var as []Assignment
		var scope Code
		scopeSet := false
		for line := range strings.Lines(s) {
			line = strings.TrimSuffix(line, "\n")
			switch {
			case strings.HasPrefix(line, "@"):
				fields := strings.Split(line[1:], " ")
				a := Assignment{Team: fields[0]}
				for _, c := range fields[1:] {
					if code, err := ParseCode(c); err == nil {
						a.Areas = append(a.Areas, code)
					}
				}
				as = append(as, a)
			case strings.HasPrefix(line, "!"):
				scope, _ = ParseCode(line[1:])
				scopeSet = true
			default:
				code, name, _ := strings.Cut(line, " ")
				if c, err := ParseCode(code); err == nil {
					js = append(js, Jurisdiction{Code: c, Name: name})
				}
			}
		}
		tr, err := NewTree(js...)
		if err != nil {
			return // FuzzNewTree covers this
		}
		if !scopeSet && tr.Len() > 0 {
			scope = tr.At(0).Code
		}
		cov, err := CheckCoverage(tr, scope, as)
		if err != nil {
			require.True(t, errors.Is(err, ErrUnknownCode) || errors.Is(err, ErrEmptyName) ||
				errors.Is(err, ErrInvalidText) || errors.Is(err, ErrDuplicate) || errors.Is(err, ErrOutsideRoot), err)
			return
		}
		covered := func(c Code) int {
			n := 0
			for _, a := range as {
				for _, area := range a.Areas {
					if area.Contains(c) || area.Contains(scope) {
						n++
						break
					}
				}
			}
			return n
		}
		gap := make(map[Code]bool)
		for _, g := range cov.Gaps {
			require.True(t, scope.Contains(g.Code), "gap %s within scope", g.Code)
			for d := range tr.Walk(g.Code) {
				require.Zero(t, covered(d.Code), "gap %s is uncovered", d.Code)
				gap[d.Code] = true
			}
		}
		for d := range tr.Walk(scope) {
			hasCoveredBelow := false
			for e := range tr.Walk(d.Code) {
				if covered(e.Code) > 0 {
					hasCoveredBelow = true
					break
				}
			}
			if !hasCoveredBelow {
				under := false
				for a := range tr.Walk(scope) {
					if gap[a.Code] && a.Code.Contains(d.Code) {
						under = true
						break
					}
				}
				assert.True(t, under, "uncovered %s is reported under a gap", d.Code)
			}
		}
		for _, o := range cov.Overlaps {
			require.GreaterOrEqual(t, len(o.Teams), 2)
			require.Equal(t, len(o.Teams), covered(o.Jurisdiction.Code), "overlap %s", o.Jurisdiction.Code)
		}
	})
}
