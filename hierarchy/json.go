package hierarchy

import (
	"encoding/json"
	"fmt"

	"github.com/campussec/campussec/internal/jsonstrict"
)

// maxTreeJSON bounds the jurisdictions a Tree's JSON may hold: far above the country's some 700,000
// townships and villages, low enough that a hostile document is refused before it is decoded.
const maxTreeJSON = 1 << 22

var (
	jurisdictionSchema = &jsonstrict.Schema{Type: jsonstrict.Object, IDKey: "code", Fields: []jsonstrict.Field{
		{Name: "code", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
		{Name: "name", Required: true, Value: &jsonstrict.Schema{Type: jsonstrict.String}},
	}}
	treeSchema = &jsonstrict.Schema{Type: jsonstrict.Array, MaxLen: maxTreeJSON, Elem: jurisdictionSchema}
)

// decodeStrict decodes b into v after checking it against s; every error wraps ErrInvalidJSON (and, for a
// value a field rejects, that field's sentinel: ErrInvalidCode for a bad code).
func decodeStrict(b []byte, s *jsonstrict.Schema, v any) error {
	if err := jsonstrict.Decode(b, s, v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	return nil
}

// UnmarshalJSON decodes {"code": "320505", "name": "高新区"}: both keys required, spelt exactly, once; an
// unknown, duplicate, case-variant or missing key, null, or a code that does not parse is an error wrapping
// ErrInvalidJSON (and ErrInvalidCode for the code). j is left unchanged on error. The name is not checked:
// NewTree does that.
func (j *Jurisdiction) UnmarshalJSON(b []byte) error {
	type plain Jurisdiction
	var v plain
	if err := decodeStrict(b, jurisdictionSchema, &v); err != nil {
		return err
	}
	*j = Jurisdiction(v)
	return nil
}

// MarshalJSON encodes the tree as a JSON array of its jurisdictions in ascending code order (parents before
// children): [{"code": "320500", "name": "苏州市"}, {"code": "320505", "name": "高新区"}]. A nil or empty tree
// is [].
func (t *Tree) MarshalJSON() ([]byte, error) {
	if t == nil || len(t.nodes) == 0 {
		return []byte("[]"), nil
	}
	return json.Marshal(t.nodes)
}

// UnmarshalJSON decodes the array MarshalJSON writes (in any order) and builds the tree with NewTree. A
// structural problem (not an array, a bad jurisdiction, more than 4,194,304 elements) is an error wrapping
// ErrInvalidJSON; the tree's own problems are NewTree's errors (ErrDuplicate, ErrMissingParent, ErrEmptyName,
// ...), joined and wrapping ErrInvalidJSON too. t is left unchanged on error. [] decodes as the zero (empty)
// Tree.
func (t *Tree) UnmarshalJSON(b []byte) error {
	var js []Jurisdiction
	if err := decodeStrict(b, treeSchema, &js); err != nil {
		return err
	}
	if len(js) == 0 {
		*t = Tree{} // [] is the empty tree, the zero Tree MarshalJSON writes it for
		return nil
	}
	v, err := NewTree(js...)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidJSON, err)
	}
	*t = *v
	return nil
}

// MarshalJSON refuses: a Rollup is an index of values over a tree, not a record. Write the tree and, for each
// jurisdiction, Get's value in a form of your own. The error wraps ErrInvalidJSON.
func (r Rollup[V]) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Rollup has no JSON form: write the tree and its values", ErrInvalidJSON)
}
