package hierarchy_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJurisdictionAndTreeJSON(t *testing.T) {
	j := hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "高新区"}
	b, err := json.Marshal(j)
	require.NoError(t, err)
	assert.Equal(t, `{"code":"320505","name":"高新区"}`, string(b))

	tree, err := hierarchy.NewTree(j, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "苏州市"})
	require.NoError(t, err)
	b, err = json.Marshal(tree)
	require.NoError(t, err)
	assert.Equal(t, `[{"code":"320500","name":"苏州市"},{"code":"320505","name":"高新区"}]`, string(b))
	var back hierarchy.Tree
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, tree.Len(), back.Len())
	b2, err := json.Marshal(&back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))
	b, err = json.Marshal((*hierarchy.Tree)(nil))
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
	b, err = json.Marshal(&hierarchy.Tree{})
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))
	// [] reads back as the zero Tree itself, so the zero Tree round-trips exactly.
	empty := *tree
	require.NoError(t, json.Unmarshal([]byte(`[]`), &empty))
	assert.Equal(t, hierarchy.Tree{}, empty)

	for _, tc := range []struct {
		text string
		is   []error
	}{
		{`[{"Code":"320505","Name":"x"}]`, nil},
		{`[{"code":"320505"}]`, nil},
		{`[{"code":"320505","name":"x","name":"y"}]`, nil},
		{`[{"code":"32050","name":"x"}]`, []error{hierarchy.ErrInvalidCode}},
		{`[{"code":"320505","name":"x"},{"code":"320505","name":"y"}]`, []error{hierarchy.ErrDuplicate}},
		{`[{"code":"320505","name":" "}]`, []error{hierarchy.ErrEmptyName}},
		{`{"code":"320505","name":"x"}`, nil},
		{`null`, nil},
	} {
		err := json.Unmarshal([]byte(tc.text), &back)
		require.ErrorIs(t, err, hierarchy.ErrInvalidJSON, tc.text)
		for _, is := range tc.is {
			assert.ErrorIs(t, err, is, tc.text)
		}
	}
	var jj hierarchy.Jurisdiction
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"Code":"320505","Name":"x"}`), &jj), hierarchy.ErrInvalidJSON)
}

// FuzzTreeJSON: no input panics; a decoded tree writes a form that decodes to a tree writing the same bytes.
func FuzzTreeJSON(f *testing.F) {
	f.Add([]byte(`[{"code":"320500","name":"苏州市"},{"code":"320505","name":"高新区"}]`))
	f.Add([]byte(`[{"code":"320505","name":"x"},{"code":"320505","name":"y"}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var tree hierarchy.Tree
		if json.Unmarshal(data, &tree) != nil {
			return
		}
		b, err := json.Marshal(&tree)
		if err != nil {
			t.Fatal(err)
		}
		var back hierarchy.Tree
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if b2, _ := json.Marshal(&back); string(b2) != string(b) {
			t.Fatalf("%s != %s", b2, b)
		}
	})
}

// A tree's JSON is its jurisdictions in code order; reading it back builds the tree with NewTree.
func ExampleTree_MarshalJSON() {
	tree, _ := hierarchy.NewTree(
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320505"), Name: "高新区"},
		hierarchy.Jurisdiction{Code: hierarchy.MustParseCode("320500"), Name: "苏州市"},
	)
	b, _ := json.Marshal(tree)
	fmt.Println(string(b))
	var back hierarchy.Tree
	err := json.Unmarshal([]byte(`[{"code":"320505001","name":"街道"}, {"code":"320500","name":"市"}]`), &back)
	fmt.Println(err != nil)
	// Output:
	// [{"code":"320500","name":"苏州市"},{"code":"320505","name":"高新区"}]
	// true
}
