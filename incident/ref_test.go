package incident_test

import (
	"strings"
	"testing"

	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/incident"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIDFromRef checks the documented derivation: uuid.NewSHA1 in campus.IDNamespace of "incident:" + ref,
// distinct from the campus kinds' IDs of the same key, and the refs it refuses.
func TestIDFromRef(t *testing.T) {
	got, err := incident.IDFromRef("AJ-320505-2010-0001")
	require.NoError(t, err)
	assert.Equal(t, uuid.NewSHA1(uuid.MustParse("dbabbfd8-8965-535f-b8ea-c3045a1de140"), []byte("incident:AJ-320505-2010-0001")), got)
	assert.Equal(t, 5, int(got.Version()))
	again, _ := incident.IDFromRef("AJ-320505-2010-0001")
	assert.Equal(t, got, again, "deterministic")
	other, _ := campus.InspectionID("AJ-320505-2010-0001")
	assert.NotEqual(t, other, got, "the kind prefix keeps equal keys of different kinds apart")
	long, err := incident.IDFromRef(strings.Repeat("x", incident.MaxRefBytes))
	require.NoError(t, err, "Incident.Ref's own bound, not campus.MaxRefLen")
	assert.NotEqual(t, uuid.Nil, long)

	for name, ref := range map[string]string{
		"empty":     "",
		"too long":  strings.Repeat("x", incident.MaxRefBytes+1),
		"not UTF-8": "AJ-\xff",
	} {
		t.Run(name, func(t *testing.T) {
			id, err := incident.IDFromRef(ref)
			assert.ErrorIs(t, err, incident.ErrInvalidText)
			assert.Equal(t, uuid.Nil, id)
		})
	}
}
