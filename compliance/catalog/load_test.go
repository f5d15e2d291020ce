package catalog

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestLoadAll(t *testing.T) {
	for _, k := range Keys() {
		_, err := Load(k)
		require.NoError(t, err, k)
	}
}
