package hierarchy

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func FuzzParseCode(f *testing.F) {
	for _, tc := range validCodes {
		f.Add(tc.in)
	}
	for _, in := range invalidCodes {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCode(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidCode)
			require.True(t, c.IsZero())
			return
		}
		require.False(t, c.IsZero())
		require.True(t, c.Level().IsValid())
		again, err := ParseCode(c.String())
		require.NoError(t, err)
		require.Equal(t, c, again, "parse(String(x)) == x")
		b, err := c.MarshalText()
		require.NoError(t, err)
		var u Code
		require.NoError(t, u.UnmarshalText(b))
		require.Equal(t, c, u, "text round trip")
		if p, ok := c.Parent(); ok {
			require.True(t, p.Contains(c))
			require.Less(t, p.Level(), c.Level())
			require.Equal(t, p, c.Truncate(p.Level()))
		} else {
			require.Equal(t, Province, c.Level())
		}
	})
}

// fuzzJurisdictions reads one jurisdiction per line, "code name"; the code "0" is the zero Code and
// lines whose code does not parse are skipped.
func fuzzJurisdictions(s string) []Jurisdiction {
	var js []Jurisdiction
	for line := range strings.Lines(s) {
		code, name, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		c, err := ParseCode(code)
		if err != nil && code != "0" {
			continue
		}
		js = append(js, Jurisdiction{Code: c, Name: name})
	}
	return js
}

func FuzzNewTree(f *testing.F) {
	var all strings.Builder
	for _, tc := range validCodes {
		all.WriteString(tc.in + " x\n")
	}
	f.Add(all.String())
	f.Add("320000 江苏省\n320500 苏州市\n320505 虎丘区\n320505001 狮山街道\n320506 吴中区\n")
	f.Add("441900 东莞市\n441900003 东城街道\n441900003501 社区\n429000 直辖\n429004 仙桃市\n420000 湖北省\n")
	f.Add("110100 市辖区\n110101 东城区\n110101 东城\n0 无码\n110000 \n320000 江苏\n320505001 x\n")
	f.Fuzz(func(t *testing.T, s string) {
		js := fuzzJurisdictions(s)
		tr, err := NewTree(js...)
		if err != nil {
			require.Nil(t, tr)
			require.True(t, errors.Is(err, ErrInvalidCode) || errors.Is(err, ErrEmptyName) ||
				errors.Is(err, ErrInvalidText) || errors.Is(err, ErrDuplicate) || errors.Is(err, ErrMissingParent), err)
			return
		}
		require.Equal(t, len(js), tr.Len())
		for _, j := range js {
			got, ok := tr.Lookup(j.Code)
			require.True(t, ok, j.Code.String())
			require.Equal(t, j, got)
		}
		checkTreeInvariants(t, tr)
	})
}

// checkTreeInvariants checks the dense index against the codes themselves.
func checkTreeInvariants(t *testing.T, tr *Tree) {
	for i := range tr.Len() {
		j := tr.At(i)
		idx, ok := tr.Index(j.Code)
		require.True(t, ok)
		require.Equal(t, i, idx)
		if i > 0 {
			require.Equal(t, -1, tr.At(i-1).Code.Compare(j.Code), "ascending")
		}
		p := tr.ParentIndex(i)
		if p < 0 {
			assert.Empty(t, tr.Ancestors(j.Code))
			continue
		}
		require.Less(t, p, i)
		want, _ := j.Code.Parent()
		require.Equal(t, want, tr.At(p).Code, "parent is the direct parent")
		for _, d := range tr.Descendants(j.Code) {
			require.True(t, j.Code.Contains(d.Code))
		}
	}
	n := 0
	for _, r := range tr.Roots() {
		n += 1 + len(tr.Descendants(r.Code))
	}
	require.Equal(t, tr.Len(), n, "roots' subtrees partition the tree")
}
