package hierarchy

import (
	"fmt"
	"iter"

	"github.com/campussec/campussec/internal/errbound"
)

// RollUpIndexed returns a new slice where out[i] is the merge of own[i] and the own values of every
// descendant of the jurisdiction with dense index i. own must have exactly t.Len() elements, indexed
// by dense index; it is not modified. The cost is O(nodes): indexes are visited in descending order,
// each merged into its parent, so merge is called as merge(parentSoFar, child) with children in
// descending code order. merge should therefore be associative and commutative (like a tally).
// A nil tree is an error wrapping ErrNilTree; a nil merge or a length mismatch wraps ErrInvalidArgument.
func RollUpIndexed[V any](t *Tree, own []V, merge func(a, b V) V) ([]V, error) {
	if err := rollUpArgs(t, merge == nil); err != nil {
		return nil, err
	}
	if len(own) != t.Len() {
		return nil, &argError{fmt.Sprintf("hierarchy: roll-up got %d values for %d jurisdictions", len(own), t.Len()),
			ErrInvalidArgument}
	}
	out := make([]V, len(own))
	copy(out, own)
	for i := len(out) - 1; i > 0; i-- {
		if p := t.parent[i]; p >= 0 {
			out[p] = merge(out[p], out[i])
		}
	}
	return out, nil
}

// Entry is a value attached to a jurisdiction, the input of RollUp.
type Entry[V any] struct {
	Code  Code
	Value V
}

// Rollup holds, for every jurisdiction of a tree, the merge of the values attached to it and to its
// descendants. The zero value holds nothing.
type Rollup[V any] struct {
	tree  *Tree
	vals  []V
	total V // the merge of the roots' values: what Get(zero code) answers
}

// RollUp merges entries up the tree: the result holds, for every jurisdiction, the merge of the
// entries attached to it and to its descendants. Several entries for one code are merged (in input
// order). merge is only ever called on entry values, never on a zero V, so it need not have an
// identity; a jurisdiction with no entry in its subtree gets the zero V. Entries whose code is not in
// the tree are an error wrapping ErrUnknownCode that lists them in input order (the first 100, and a
// count of the rest: see NewTree). The
// cost is O(nodes + entries). A nil tree is an error wrapping ErrNilTree, a nil merge one wrapping
// ErrInvalidArgument.
func RollUp[V any](t *Tree, values []Entry[V], merge func(a, b V) V) (Rollup[V], error) {
	if err := rollUpArgs(t, merge == nil); err != nil {
		return Rollup[V]{}, err
	}
	vals := make([]V, t.Len())
	has := make([]bool, t.Len())
	var errs errbound.List
	for k, e := range values {
		i, ok := t.index[e.Code]
		if !ok {
			if errs.Full() {
				errs.Count(1)
			} else {
				errs.Add(fmt.Errorf("%w: entry #%d has code %q, not in the tree", ErrUnknownCode, k, e.Code))
			}
			continue
		}
		vals[i], has[i] = mergeInto(vals[i], has[i], e.Value, merge), true
	}
	if errs.Len() > 0 {
		return Rollup[V]{}, joinErrors(&errs)
	}
	for i := len(vals) - 1; i > 0; i-- {
		if p := t.parent[i]; p >= 0 && has[i] {
			vals[p], has[p] = mergeInto(vals[p], has[p], vals[i], merge), true
		}
	}
	var total V
	hasTotal := false
	for j := 0; j < len(vals); j = t.end[j] { // the roots
		if has[j] {
			total, hasTotal = mergeInto(total, hasTotal, vals[j], merge), true
		}
	}
	return Rollup[V]{tree: t, vals: vals, total: total}, nil
}

func mergeInto[V any](acc V, has bool, v V, merge func(a, b V) V) V {
	if !has {
		return v
	}
	return merge(acc, v)
}

// Get returns the rolled-up value of c, and false if c is not in the tree. The zero code is the whole
// tree: Get returns the merge of every entry (the zero V when there is none), and true.
func (r Rollup[V]) Get(c Code) (V, bool) {
	if r.tree == nil {
		var zero V
		return zero, false
	}
	if c.IsZero() {
		return r.total, true
	}
	i, ok := r.tree.index[c]
	if !ok {
		var zero V
		return zero, false
	}
	return r.vals[i], true
}

// All yields every jurisdiction with its rolled-up value, in ascending code order.
func (r Rollup[V]) All() iter.Seq2[Jurisdiction, V] {
	return func(yield func(Jurisdiction, V) bool) {
		if r.tree == nil {
			return
		}
		for i, v := range r.vals {
			if !yield(r.tree.nodes[i], v) {
				return
			}
		}
	}
}
