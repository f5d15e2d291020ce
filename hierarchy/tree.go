package hierarchy

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
)

// Jurisdiction is one unit of the 属地管理 chain: a division code and its name.
//
// In JSON a Jurisdiction is {"code": "320505", "name": "高新区"}, both keys required (see
// Jurisdiction.UnmarshalJSON).
type Jurisdiction struct {
	// Code is the jurisdiction's division code.
	Code Code `json:"code"`
	// Name is the jurisdiction's name.
	Name string `json:"name"`
}

// Tree is an immutable forest of jurisdictions, safe for concurrent readers. Every jurisdiction has a
// dense index 0..Len()-1 in ascending code order, so a parent's index is smaller than its children's
// and the descendants of a jurisdiction occupy the indexes right after it. Build one with NewTree;
// the zero Tree is empty, and a nil *Tree answers like the zero Tree.
type Tree struct {
	nodes  []Jurisdiction // ascending code
	parent []int          // parent index, -1 for a root
	end    []int          // end[i]: one past the last index of i's subtree
	index  map[Code]int
}

// NewTree builds a tree from jurisdictions given in any order. A jurisdiction none of whose ancestors
// is present is a root, so a tree may hold several roots (a national tree holds 31 provinces). It
// returns errors.Join of every problem, in a deterministic order: jurisdictions without a code
// (ErrInvalidCode), with an empty or blank name (ErrEmptyName) and with a name that is not valid UTF-8
// (ErrInvalidText) in input order, then codes given more than once (ErrDuplicate) and jurisdictions
// whose direct parent is absent while a higher ancestor is present (ErrMissingParent), by ascending
// code. Names are quoted short (at most 64 bytes, elided) and at most 100 problems are listed, the rest
// counted in a last "… and N more problems": the error stays small whatever the input.
func NewTree(js ...Jurisdiction) (*Tree, error) {
	var errs errbound.List
	sorted := make([]Jurisdiction, 0, len(js))
	for i, j := range js {
		switch {
		case j.Code.IsZero():
			errs.Add(fmt.Errorf("%w: jurisdiction #%d (%s) has no code", ErrInvalidCode, i, errbound.Quote(j.Name)))
			continue
		case strings.TrimSpace(j.Name) == "":
			errs.Add(fmt.Errorf("%w: jurisdiction %s", ErrEmptyName, j.Code))
		case !utf8.ValidString(j.Name):
			errs.Add(fmt.Errorf("%w: jurisdiction %s: name %s is not valid UTF-8", ErrInvalidText, j.Code,
				errbound.Quote(j.Name)))
		}
		sorted = append(sorted, j)
	}
	slices.SortStableFunc(sorted, func(a, b Jurisdiction) int { return a.Code.Compare(b.Code) })
	nodes, dupErrs := dedupe(sorted)
	errs.Add(dupErrs...)
	t := &Tree{nodes: nodes, index: make(map[Code]int, len(nodes))}
	for i, j := range nodes {
		t.index[j.Code] = i
	}
	errs.Add(t.link()...)
	if errs.Len() > 0 {
		return nil, joinErrors(&errs)
	}
	return t, nil
}

// dedupe drops repeated codes from a sorted slice, reporting each repeated code once.
func dedupe(sorted []Jurisdiction) ([]Jurisdiction, []error) {
	var errs []error
	out := sorted[:0]
	for i := 0; i < len(sorted); {
		n := 1
		for i+n < len(sorted) && sorted[i+n].Code == sorted[i].Code {
			n++
		}
		if n > 1 {
			errs = append(errs, fmt.Errorf("%w: code %s given %d times", ErrDuplicate, sorted[i].Code, n))
		}
		out = append(out, sorted[i])
		i += n
	}
	return out, errs
}

// link fills parent and end, and reports holes in the chain.
func (t *Tree) link() []error {
	var errs []error
	n := len(t.nodes)
	t.parent = make([]int, n)
	t.end = make([]int, n)
	for i, j := range t.nodes {
		t.parent[i] = -1
		t.end[i] = i + 1
		p, ok := j.Code.Parent()
		if !ok {
			continue
		}
		if pi, found := t.index[p]; found {
			t.parent[i] = pi
			continue
		}
		if a, found := t.presentAncestor(p); found {
			errs = append(errs, fmt.Errorf("%w: %s %s has no parent %s in the tree, but its ancestor %s is there",
				ErrMissingParent, j.Code, errbound.Quote(j.Name), p, a))
		}
	}
	for i := n - 1; i >= 0; i-- {
		if p := t.parent[i]; p >= 0 {
			t.end[p] = max(t.end[p], t.end[i])
		}
	}
	return errs
}

// presentAncestor returns the nearest ancestor of c (c excluded) that is in the tree.
func (t *Tree) presentAncestor(c Code) (Code, bool) {
	for a, ok := c.Parent(); ok; a, ok = a.Parent() {
		if _, found := t.index[a]; found {
			return a, true
		}
	}
	return Code{}, false
}

// Len returns the number of jurisdictions in the tree.
func (t *Tree) Len() int {
	if t == nil {
		return 0
	}
	return len(t.nodes)
}

// Index returns the dense index of c, and false if c is not in the tree.
func (t *Tree) Index(c Code) (int, bool) {
	if t == nil {
		return 0, false
	}
	i, ok := t.index[c]
	return i, ok
}

// At returns the jurisdiction with dense index i. Like a slice, it panics when i is out of range.
func (t *Tree) At(i int) Jurisdiction { return t.nodes[i] }

// ParentIndex returns the dense index of the parent of the jurisdiction with index i, or -1 for a
// root. Like a slice, it panics when i is out of range.
func (t *Tree) ParentIndex(i int) int { return t.parent[i] }

// Lookup returns the jurisdiction with code c, and false if c is not in the tree.
func (t *Tree) Lookup(c Code) (Jurisdiction, bool) {
	i, ok := t.Index(c)
	if !ok {
		return Jurisdiction{}, false
	}
	return t.nodes[i], true
}

// Children returns the direct children of c in ascending code order; nil if c is unknown or a leaf. The zero
// code is the whole tree: its children are the roots.
func (t *Tree) Children(c Code) []Jurisdiction {
	if c.IsZero() {
		return t.Roots()
	}
	i, ok := t.Index(c)
	if !ok {
		return nil
	}
	var out []Jurisdiction
	for j := i + 1; j < t.end[i]; j = t.end[j] {
		out = append(out, t.nodes[j])
	}
	return out
}

// Ancestors returns the ancestors of c in the tree, parent first, up to its root; nil if c is unknown
// or a root.
func (t *Tree) Ancestors(c Code) []Jurisdiction {
	i, ok := t.Index(c)
	if !ok {
		return nil
	}
	var out []Jurisdiction
	for p := t.parent[i]; p >= 0; p = t.parent[p] {
		out = append(out, t.nodes[p])
	}
	return out
}

// Descendants returns every descendant of c, c excluded, in depth-first preorder, which is ascending
// code order; nil if c is unknown or a leaf. The zero code is the whole tree: every jurisdiction.
func (t *Tree) Descendants(c Code) []Jurisdiction {
	if c.IsZero() {
		if t.Len() == 0 {
			return nil
		}
		return slices.Clone(t.nodes)
	}
	i, ok := t.Index(c)
	if !ok || t.end[i] == i+1 {
		return nil
	}
	return slices.Clone(t.nodes[i+1 : t.end[i]])
}

// Roots returns the jurisdictions without a parent in the tree, in ascending code order.
func (t *Tree) Roots() []Jurisdiction {
	var out []Jurisdiction
	for j := 0; j < t.Len(); j = t.end[j] {
		out = append(out, t.nodes[j])
	}
	return out
}

// All yields every jurisdiction in ascending code order, parents before children.
func (t *Tree) All() iter.Seq[Jurisdiction] {
	return func(yield func(Jurisdiction) bool) {
		if t == nil {
			return
		}
		for _, j := range t.nodes {
			if !yield(j) {
				return
			}
		}
	}
}

// Walk yields c and then its descendants in depth-first preorder (ascending code order); nothing if c
// is not in the tree. The zero code is the whole tree: Walk yields every jurisdiction, as All does.
func (t *Tree) Walk(c Code) iter.Seq[Jurisdiction] {
	return func(yield func(Jurisdiction) bool) {
		lo, hi := 0, t.Len()
		if !c.IsZero() {
			i, ok := t.Index(c)
			if !ok {
				return
			}
			lo, hi = i, int(t.end[i])
		}
		for _, j := range t.nodes[lo:hi] {
			if !yield(j) {
				return
			}
		}
	}
}
