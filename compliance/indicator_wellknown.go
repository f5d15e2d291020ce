package compliance

// The well-known indicators. They are the observations the national and
// provincial campus-security documents name (see the package doc); each
// carries a pre-resolved slot for fast lookup in Measurements.
var (
	// FullTimeGuards counts full-time security guards on duty (专职保安员).
	FullTimeGuards = wellKnown[0].ind
	// GuardroomStaffed24h: the guardroom (门卫室/传达室) is staffed around the clock (门卫室24小时值守).
	GuardroomStaffed24h = wellKnown[1].ind
	// ClosedManagement: the campus is under closed management (封闭化管理).
	ClosedManagement = wellKnown[2].ind
	// EmergencyAlarmLinked: a one-button emergency alarm linked to the police (一键式紧急报警与公安机关联网).
	EmergencyAlarmLinked = wellKnown[3].ind
	// VideoLinked: video surveillance networked with the police (视频监控与公安机关联网).
	VideoLinked = wellKnown[4].ind
	// VideoRetentionDays counts the days video recordings are kept (视频图像保存天数).
	VideoRetentionDays = wellKnown[5].ind
	// SchoolGatePolicePost: a police post at the gate at arrival and dismissal (护学岗).
	SchoolGatePolicePost = wellKnown[6].ind
	// AntiRamBarriers: hard anti-ram barriers at the gate (防冲撞设施: 拒马、隔离墩、升降柱).
	AntiRamBarriers = wellKnown[7].ind
	// PerimeterIntrusionAlarm: an intrusion alarm on the perimeter (周界入侵报警).
	PerimeterIntrusionAlarm = wellKnown[8].ind
	// VisitorRegistration: outside visitors are registered (外来人员登记).
	VisitorRegistration = wellKnown[9].ind
	// EmergencyPlan: an emergency plan exists (应急预案).
	EmergencyPlan = wellKnown[10].ind
	// EmergencyDrillsPerTerm counts emergency drills per term (每学期应急演练次数).
	EmergencyDrillsPerTerm = wellKnown[11].ind
	// ProtectiveEquipment: protective equipment is provided (防护器械).
	ProtectiveEquipment = wellKnown[12].ind
	// KeyAreaPatrolsPerDay counts patrols of key areas per day (重点部位每日巡查次数).
	KeyAreaPatrolsPerDay = wellKnown[13].ind
	// NetworkingInterface: the security system keeps a networking interface (留有联网接口).
	NetworkingInterface = wellKnown[14].ind
	// PrincipalResponsible: the principal is the first responsible person for security (校长/园长为第一责任人).
	PrincipalResponsible = wellKnown[15].ind
	// SecurityOrganisation: a security management organisation is set up (安全管理机构).
	SecurityOrganisation = wellKnown[16].ind
	// FullTimeGatekeeper: a full-time gatekeeper is employed (专职门卫).
	FullTimeGatekeeper = wellKnown[17].ind
	// VideoSurveillance: a video surveillance system is installed (视频监控系统).
	VideoSurveillance = wellKnown[18].ind
	// PerimeterBarrier: a physical perimeter barrier, wall or fence (周界实体屏障).
	PerimeterBarrier = wellKnown[19].ind
)

// wellKnownDef is one row of the well-known table: the indicator and, for a
// count, its slot in Measurements.counts (-1 for a fact).
type wellKnownDef struct {
	ind       Indicator
	countSlot int8
}

// wellKnownCounts is the number of well-known count indicators.
const wellKnownCounts = 4

// wellKnown is the table of well-known indicators, in their documented order.
// It is never modified. At most 32 entries (Measurements uses 32-bit sets).
var wellKnown = [...]wellKnownDef{
	{Indicator{"full_time_guards", "专职保安员", CountValue, 1}, 0},
	{Indicator{"guardroom_staffed_24h", "门卫室24小时值守", FactValue, 2}, -1},
	{Indicator{"closed_management", "封闭化管理", FactValue, 3}, -1},
	{Indicator{"emergency_alarm_linked", "一键式紧急报警与公安机关联网", FactValue, 4}, -1},
	{Indicator{"video_linked", "视频监控与公安机关联网", FactValue, 5}, -1},
	{Indicator{"video_retention_days", "视频图像保存天数", CountValue, 6}, 1},
	{Indicator{"school_gate_police_post", "护学岗", FactValue, 7}, -1},
	{Indicator{"anti_ram_barriers", "防冲撞设施", FactValue, 8}, -1},
	{Indicator{"perimeter_intrusion_alarm", "周界入侵报警", FactValue, 9}, -1},
	{Indicator{"visitor_registration", "外来人员登记", FactValue, 10}, -1},
	{Indicator{"emergency_plan", "应急预案", FactValue, 11}, -1},
	{Indicator{"emergency_drills_per_term", "每学期应急演练次数", CountValue, 12}, 2},
	{Indicator{"protective_equipment", "防护器械", FactValue, 13}, -1},
	{Indicator{"key_area_patrols_per_day", "重点部位每日巡查次数", CountValue, 14}, 3},
	{Indicator{"networking_interface", "留有联网接口", FactValue, 15}, -1},
	{Indicator{"principal_responsible", "校长(园长)为安全工作第一责任人", FactValue, 16}, -1},
	{Indicator{"security_organisation", "安全管理机构", FactValue, 17}, -1},
	{Indicator{"full_time_gatekeeper", "专职门卫", FactValue, 18}, -1},
	{Indicator{"video_surveillance", "视频监控系统", FactValue, 19}, -1},
	{Indicator{"perimeter_barrier", "周界实体屏障", FactValue, 20}, -1},
}

// WellKnownIndicators returns the well-known indicators in their documented
// order. The slice is new on every call.
func WellKnownIndicators() []Indicator {
	out := make([]Indicator, len(wellKnown))
	for i := range wellKnown {
		out[i] = wellKnown[i].ind
	}
	return out
}

// LookupIndicator returns the well-known indicator with the given id.
func LookupIndicator(id string) (Indicator, bool) {
	for i := range wellKnown {
		if wellKnown[i].ind.id == id {
			return wellKnown[i].ind, true
		}
	}
	return Indicator{}, false
}

// known reports whether a non-zero indicator is genuine: a well-known one as
// the table defines it, or a caller-defined one with valid fields.
func (i Indicator) known() bool {
	if i.slot != 0 {
		return int(i.slot) <= len(wellKnown) && wellKnown[i.slot-1].ind == i
	}
	return i.id != "" && i.label != "" && i.kind.IsValid() && checkIndicatorID(i.id) == nil
}
