package catalog

import (
	"os"
	"strings"
	"testing"

	"github.com/campussec/campussec/compliance"
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

// TestWellKnownIndicatorsUsedByCatalog pins which well-known indicators the shipped standards use: the others
// (video retention, perimeter alarm, visitor registration, emergency plan and drills, protective equipment,
// generic video) are documented in compliance as common inspection items without a shipped source.
func TestWellKnownIndicatorsUsedByCatalog(t *testing.T) {
	all, err := All()
	require.NoError(t, err)
	used := map[string]bool{}
	for _, s := range all {
		for _, r := range s.Requirements {
			if _, ok := compliance.LookupIndicator(r.Rule.Indicator.String()); ok {
				used[r.Rule.Indicator.String()] = true
			}
		}
	}
	want := []string{
		"full_time_guards", "guardroom_staffed_24h", "closed_management", "emergency_alarm_linked", "video_linked",
		"school_gate_police_post", "anti_ram_barriers", "key_area_patrols_per_day", "networking_interface",
		"principal_responsible", "security_organisation", "full_time_gatekeeper", "perimeter_barrier",
	}
	var got []string
	for _, ind := range WellKnownIndicators() {
		if used[ind.String()] {
			got = append(got, ind.String())
		}
	}
	assert.ElementsMatch(t, want, got)
}
