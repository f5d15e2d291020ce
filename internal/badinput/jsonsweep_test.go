package badinput

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMembers(t *testing.T) {
	doc := `{"a":1, "b":{"c":[{"d":"x\"y"},{"e":null}]},"f":[]}`
	var paths []string
	for _, m := range Members(doc) {
		paths = append(paths, m.Path+"="+doc[m.ValStart:m.End])
	}
	assert.Equal(t, []string{`a=1`, `b={"c":[{"d":"x\"y"},{"e":null}]}`, `b.c=[{"d":"x\"y"},{"e":null}]`,
		`b.c[].d="x\"y"`, `b.c[].e=null`, `f=[]`}, paths)
	m := Members(doc)
	assert.Equal(t, `{"b":{"c":[{"d":"x\"y"},{"e":null}]},"f":[]}`, removeMember(doc, m[0]))
	assert.Equal(t, `{"a":1, "b":{"c":[{"d":"x\"y"},{"e":null}]}}`, removeMember(doc, m[5]))
}

func TestVariants(t *testing.T) {
	assert.ElementsMatch(t, []string{"KS", "Ks", "kS", "\u212as", "k\u017f"}, Variants("ks"))
	assert.Contains(t, Variants("Document"), "document")
	assert.True(t, matches("a.b", []string{"a.*"}))
	assert.False(t, matches("a.b.c", []string{"a.*"}))
	assert.True(t, matches("x", []string{"*"}))
}
