package hierarchy

import (
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func j(code, name string) Jurisdiction { return Jurisdiction{Code: MustParseCode(code), Name: name} }

func codes(js []Jurisdiction) []string {
	out := make([]string, len(js))
	for i, j := range js {
		out[i] = j.Code.String()
	}
	return out
}

func seqCodes(seq func(func(Jurisdiction) bool)) []string {
	var out []string
	for j := range seq {
		out = append(out, j.Code.String())
	}
	return out
}

// suzhou is a small city system: 苏州 with four districts and some streets, given out of order.
func suzhou() []Jurisdiction {
	return []Jurisdiction{
		j("320508", "姑苏区"),
		j("320505001", "狮山街道"),
		j("320500", "苏州市"),
		j("320505", "虎丘区"),
		j("320506", "吴中区"),
		j("320507", "相城区"),
		j("320505002", "枫桥街道"),
		j("320505001001", "某社区"),
		j("320506100", "甪直镇"),
		j("320000", "江苏省"),
	}
}

func mustTree(t testing.TB, js ...Jurisdiction) *Tree {
	t.Helper()
	tr, err := NewTree(js...)
	require.NoError(t, err)
	return tr
}

func TestTreeSuzhou(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	require.Equal(t, 10, tr.Len())
	want := []string{"320000", "320500", "320505", "320505001", "320505001001", "320505002",
		"320506", "320506100", "320507", "320508"}
	assert.Equal(t, want, seqCodes(tr.All()))
	for i, c := range want {
		idx, ok := tr.Index(MustParseCode(c))
		require.True(t, ok, c)
		assert.Equal(t, i, idx)
		assert.Equal(t, c, tr.At(i).Code.String())
	}
	wantParent := []int{-1, 0, 1, 2, 3, 2, 1, 6, 1, 1}
	for i, p := range wantParent {
		assert.Equal(t, p, tr.ParentIndex(i), "parent of %s", want[i])
	}
	jr, ok := tr.Lookup(MustParseCode("320505"))
	assert.True(t, ok)
	assert.Equal(t, "虎丘区", jr.Name)
	_, ok = tr.Lookup(MustParseCode("320509"))
	assert.False(t, ok)
	_, ok = tr.Index(Code{})
	assert.False(t, ok)
	assert.Panics(t, func() { tr.At(10) })
	assert.Panics(t, func() { tr.ParentIndex(-1) })
}

func TestTreeQueries(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	tests := []struct {
		code                          string
		children, ancestors, descends []string
		walk                          []string
	}{
		{"320000", []string{"320500"}, nil,
			[]string{"320500", "320505", "320505001", "320505001001", "320505002", "320506", "320506100", "320507", "320508"},
			[]string{"320000", "320500", "320505", "320505001", "320505001001", "320505002", "320506", "320506100", "320507", "320508"}},
		{"320500", []string{"320505", "320506", "320507", "320508"}, []string{"320000"},
			[]string{"320505", "320505001", "320505001001", "320505002", "320506", "320506100", "320507", "320508"},
			[]string{"320500", "320505", "320505001", "320505001001", "320505002", "320506", "320506100", "320507", "320508"}},
		{"320505", []string{"320505001", "320505002"}, []string{"320500", "320000"},
			[]string{"320505001", "320505001001", "320505002"},
			[]string{"320505", "320505001", "320505001001", "320505002"}},
		{"320505001001", nil, []string{"320505001", "320505", "320500", "320000"}, nil, []string{"320505001001"}},
		{"320508", nil, []string{"320500", "320000"}, nil, []string{"320508"}},
		{"320509", nil, nil, nil, nil}, // unknown
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			c := MustParseCode(tc.code)
			assert.Equal(t, tc.children, nilIfEmpty(codes(tr.Children(c))), "children")
			assert.Equal(t, tc.ancestors, nilIfEmpty(codes(tr.Ancestors(c))), "ancestors")
			assert.Equal(t, tc.descends, nilIfEmpty(codes(tr.Descendants(c))), "descendants")
			assert.Equal(t, tc.walk, seqCodes(tr.Walk(c)), "walk")
		})
	}
	assert.Equal(t, []string{"320000"}, codes(tr.Roots()))
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestTreeQuirks(t *testing.T) {
	tr := mustTree(t,
		j("441900", "东莞市"), j("441900003", "东城街道"), j("441900101", "石碣镇"), j("441900003501", "某社区"),
		j("420000", "湖北省"), j("429000", "省直辖县级行政区划"), j("429004", "仙桃市"), j("420100", "武汉市"),
		j("110100", "市辖区"), j("110101", "东城区"), j("110102", "西城区"),
	)
	assert.Equal(t, []string{"110100", "420000", "441900"}, codes(tr.Roots()))
	assert.Equal(t, []string{"441900003", "441900101"}, codes(tr.Children(MustParseCode("441900"))))
	assert.Equal(t, []string{"441900003", "441900"}, codes(tr.Ancestors(MustParseCode("441900003501"))))
	assert.Equal(t, []string{"429000", "420000"}, codes(tr.Ancestors(MustParseCode("429004"))))
	assert.Equal(t, []string{"420100", "429000"}, codes(tr.Children(MustParseCode("420000"))))
	assert.Equal(t, []string{"110101", "110102"}, codes(tr.Children(MustParseCode("110100"))))
	i, _ := tr.Index(MustParseCode("441900003"))
	p, _ := tr.Index(MustParseCode("441900"))
	assert.Equal(t, p, tr.ParentIndex(i))
}

func TestTreeEmpty(t *testing.T) {
	tr, err := NewTree()
	require.NoError(t, err)
	assert.Equal(t, 0, tr.Len())
	assert.Nil(t, tr.Roots())
	assert.Nil(t, seqCodes(tr.All()))
	assert.Nil(t, seqCodes(tr.Walk(MustParseCode("320000"))))
}

func TestTreeSeveralRoots(t *testing.T) {
	tr := mustTree(t, j("320505", "虎丘区"), j("330000", "浙江省"), j("320506001", "某街道"), j("320505001", "狮山街道"))
	assert.Equal(t, []string{"320505", "320506001", "330000"}, codes(tr.Roots()))
	assert.Equal(t, []int{-1, 0, -1, -1}, []int{tr.ParentIndex(0), tr.ParentIndex(1), tr.ParentIndex(2), tr.ParentIndex(3)})
}

func TestTreeIterStops(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	n := 0
	for range tr.All() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
	n = 0
	for range tr.Walk(MustParseCode("320500")) {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestTreeDoesNotAlias(t *testing.T) {
	in := suzhou()
	tr := mustTree(t, in...)
	in[0].Name = "changed"
	d := tr.Descendants(MustParseCode("320500"))
	d[0].Name = "changed"
	jr, _ := tr.Lookup(MustParseCode("320508"))
	assert.Equal(t, "姑苏区", jr.Name)
	jr, _ = tr.Lookup(MustParseCode("320505"))
	assert.Equal(t, "虎丘区", jr.Name)
}

func TestNewTreeErrors(t *testing.T) {
	tests := []struct {
		name  string
		in    []Jurisdiction
		is    []error
		texts []string
	}{
		{"zero code", []Jurisdiction{{Name: "无码"}}, []error{ErrInvalidCode},
			[]string{`hierarchy: invalid code: jurisdiction #0 ("无码") has no code`}},
		{"empty name", []Jurisdiction{j("320000", "")}, []error{ErrEmptyName},
			[]string{"hierarchy: empty name: jurisdiction 320000"}},
		{"blank name", []Jurisdiction{j("320000", " \t　")}, []error{ErrEmptyName},
			[]string{"hierarchy: empty name: jurisdiction 320000"}},
		{"duplicate", []Jurisdiction{j("320500", "苏州市"), j("320500000000", "苏州"), j("320500", "x")},
			[]error{ErrDuplicate}, []string{"hierarchy: duplicate: code 320500 given 3 times"}},
		{"missing parent", []Jurisdiction{j("320000", "江苏省"), j("320505", "虎丘区")}, []error{ErrMissingParent},
			[]string{"hierarchy: missing parent: 320505 \"虎丘区\" has no parent 320500 in the tree, but its ancestor 320000 is there"}},
		{"missing township parent", []Jurisdiction{j("320500", "苏州市"), j("320505001001", "某社区")},
			[]error{ErrMissingParent},
			[]string{"hierarchy: missing parent: 320505001001 \"某社区\" has no parent 320505001 in the tree, but its ancestor 320500 is there"}},
		{"all at once", []Jurisdiction{
			j("320000", "江苏省"), {Name: "a"}, j("320508", ""), j("320505", "虎丘区"), j("320500", "苏州市"),
			j("320505", "虎丘"), j("320506001", "x"), j("320000", "y"), j("320505001001", "z")},
			[]error{ErrInvalidCode, ErrEmptyName, ErrDuplicate, ErrMissingParent},
			[]string{
				`hierarchy: invalid code: jurisdiction #1 ("a") has no code`,
				"hierarchy: empty name: jurisdiction 320508",
				"hierarchy: duplicate: code 320000 given 2 times",
				"hierarchy: duplicate: code 320505 given 2 times",
				"hierarchy: missing parent: 320505001001 \"z\" has no parent 320505001 in the tree, but its ancestor 320505 is there",
				"hierarchy: missing parent: 320506001 \"x\" has no parent 320506 in the tree, but its ancestor 320500 is there",
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr, err := NewTree(tc.in...)
			require.Error(t, err)
			assert.Nil(t, tr)
			for _, e := range tc.is {
				assert.ErrorIs(t, err, e)
			}
			assert.Equal(t, tc.texts, errorLines(err))
			_, again := NewTree(tc.in...)
			assert.Equal(t, err.Error(), again.Error(), "deterministic")
		})
	}
}

// errorLines splits a joined error into its messages.
func errorLines(err error) []string {
	var j interface{ Unwrap() []error }
	if errors.As(err, &j) {
		var out []string
		for _, e := range j.Unwrap() {
			out = append(out, e.Error())
		}
		return out
	}
	return []string{err.Error()}
}

func TestTreeConcurrentReads(t *testing.T) {
	tr := mustTree(t, suzhou()...)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				_ = slices.Collect(tr.All())
				_ = tr.Children(MustParseCode("320500"))
				_ = tr.Ancestors(MustParseCode("320505001001"))
				_, _ = tr.Lookup(MustParseCode("320506"))
			}
		})
	}
	wg.Wait()
}

func TestTreeZeroValue(t *testing.T) {
	var tr Tree
	assert.Equal(t, 0, tr.Len())
	_, ok := tr.Lookup(MustParseCode("320000"))
	assert.False(t, ok)
	assert.Nil(t, tr.Roots())
	assert.Nil(t, tr.Children(MustParseCode("320000")))
	out, err := RollUpIndexed(&tr, []int{}, add)
	require.NoError(t, err)
	assert.Empty(t, out)
}

// The zero code is the whole tree wherever a code selects what lies under a jurisdiction; no jurisdiction has it.
func TestZeroCodeIsTheWholeTree(t *testing.T) {
	tree, err := NewTree(
		Jurisdiction{Code: MustParseCode("320000"), Name: "省"},
		Jurisdiction{Code: MustParseCode("320500"), Name: "市"},
		Jurisdiction{Code: MustParseCode("330000"), Name: "另一省"},
	)
	if err != nil {
		t.Fatal(err)
	}
	var zero Code
	if got := tree.Children(zero); len(got) != 2 || got[0].Code != MustParseCode("320000") {
		t.Errorf("Children(zero) = %v, want the roots", got)
	}
	if got := tree.Descendants(zero); len(got) != tree.Len() {
		t.Errorf("Descendants(zero) has %d, want %d", len(got), tree.Len())
	}
	n := 0
	for range tree.Walk(zero) {
		n++
	}
	if n != tree.Len() {
		t.Errorf("Walk(zero) yields %d, want %d", n, tree.Len())
	}
	if _, ok := tree.Lookup(zero); ok {
		t.Error("no jurisdiction has the zero code")
	}
	if !zero.Contains(MustParseCode("330000")) || MustParseCode("320000").Contains(zero) {
		t.Error("the zero code contains every code and is contained by none")
	}
	roll, err := RollUp(tree, []Entry[int]{{MustParseCode("320500"), 2}, {MustParseCode("320000"), 3}, {MustParseCode("330000"), 5}},
		func(a, b int) int { return a + b })
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := roll.Get(zero); !ok || got != 10 {
		t.Errorf("RollUp Get(zero) = %d, %v; want every entry merged: 10, true", got, ok)
	}
	var empty *Tree
	if empty.Children(zero) != nil || empty.Descendants(zero) != nil {
		t.Error("a nil tree has nothing")
	}
}
