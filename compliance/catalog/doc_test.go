package catalog

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPackageDocListsEveryProvision: the package documentation names every shipped requirement with the
// address it was read at, so nothing is shipped that the documentation does not account for.
func TestPackageDocListsEveryProvision(t *testing.T) {
	b, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	doc := strings.ReplaceAll(string(b), "\n// ", "")
	all, err := All()
	require.NoError(t, err)
	for _, s := range all {
		for _, r := range s.Requirements {
			assert.Contains(t, doc, r.ID, "%s: requirement not listed", s.ID)
			assert.Contains(t, doc, r.Source.Address, "%s %s: address not listed", s.ID, r.ID)
		}
	}
}
