package compliance

// The well-known indicators under the names package compliance/catalog gives them (catalog.FullTimeGuards …),
// for the package's internal tests, which cannot import catalog (it imports compliance).
var (
	FullTimeGuards          = mustLookup("full_time_guards")
	GuardroomStaffed24h     = mustLookup("guardroom_staffed_24h")
	ClosedManagement        = mustLookup("closed_management")
	EmergencyAlarmLinked    = mustLookup("emergency_alarm_linked")
	VideoLinked             = mustLookup("video_linked")
	VideoRetentionDays      = mustLookup("video_retention_days")
	SchoolGatePolicePost    = mustLookup("school_gate_police_post")
	AntiRamBarriers         = mustLookup("anti_ram_barriers")
	PerimeterIntrusionAlarm = mustLookup("perimeter_intrusion_alarm")
	VisitorRegistration     = mustLookup("visitor_registration")
	EmergencyPlan           = mustLookup("emergency_plan")
	EmergencyDrillsPerTerm  = mustLookup("emergency_drills_per_term")
	ProtectiveEquipment     = mustLookup("protective_equipment")
	KeyAreaPatrolsPerDay    = mustLookup("key_area_patrols_per_day")
	NetworkingInterface     = mustLookup("networking_interface")
	PrincipalResponsible    = mustLookup("principal_responsible")
	SecurityOrganisation    = mustLookup("security_organisation")
	FullTimeGatekeeper      = mustLookup("full_time_gatekeeper")
	VideoSurveillance       = mustLookup("video_surveillance")
	PerimeterBarrier        = mustLookup("perimeter_barrier")
)

// wellKnownIndicators is catalog.WellKnownIndicators for the internal tests: every well-known indicator in
// its documented order.
func wellKnownIndicators() []Indicator {
	out := make([]Indicator, len(wellKnown))
	for i := range wellKnown {
		out[i] = wellKnown[i].ind
	}
	return out
}

// mustLookup returns the well-known indicator with the given id, or panics.
func mustLookup(id string) Indicator {
	ind, ok := LookupIndicator(id)
	if !ok {
		panic("no well-known indicator " + id)
	}
	return ind
}
