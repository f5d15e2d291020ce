package compliance

// The well-known indicators: the observations campus-security inspections record. Each says where it comes
// from — the shipped documents (package compliance/catalog) that name it, or that it is a common inspection
// item no shipped document names; such an indicator is offered for callers' own checklists and is used by no
// catalog standard. Each carries a pre-resolved slot for fast lookup in Measurements.
var (
	// FullTimeGuards counts full-time security guards on duty (专职保安员). Named by 公治〔2015〕168号 第五条,
	// GB/T 29315-2022 and the "4个100%" 专职保安员配备率 (the Fujian 2010 notice counts its own
	// guards_incl_trained_teachers, which admits trained teachers where hiring is truly difficult).
	FullTimeGuards = wellKnown[0].ind
	// GuardroomStaffed24h: the guardroom (门卫室/传达室) is staffed around the clock (门卫室24小时值守). Named by
	// GB/T 29315-2022.
	GuardroomStaffed24h = wellKnown[1].ind
	// ClosedManagement: the campus is under closed management (封闭化管理). Named by the "4个100%" 封闭化管理率 and
	// 国办发〔2017〕35号 (九) (while pupils are at school).
	ClosedManagement = wellKnown[2].ind
	// EmergencyAlarmLinked: a one-button emergency alarm linked to the police (一键式紧急报警与公安机关联网).
	// Named by the "4个100%" 一键式紧急报警和视频监控系统达标率/联网率.
	EmergencyAlarmLinked = wellKnown[3].ind
	// VideoLinked: video surveillance networked with the police (视频监控与公安机关联网). Named by the "4个100%"
	// 一键式紧急报警和视频监控系统达标率/联网率.
	VideoLinked = wellKnown[4].ind
	// VideoRetentionDays counts the days video recordings are kept (视频图像保存天数). A common inspection item
	// without a shipped source: no shipped document sets a retention period (GB/T 29315-2012's sections after
	// 4 and 公治〔2015〕168号's 技防 chapter were not retrieved). "At least 30 days" appears only in provincial
	// texts: Fujian's 2014 教育系统创新社会治理体制改革工作方案 (音像信息保存时间应不少于30天, reported at
	// http://m.mnw.cn/news/fj/791678.html and https://www.anfang.cn/zixun/99062.html) and a Liaoning text
	// (http://jfj100.com/node/1128).
	VideoRetentionDays = wellKnown[5].ind
	// SchoolGatePolicePost: a police post at the gate at arrival and dismissal (护学岗). Named by the "4个100%"
	// 护学岗设置率.
	SchoolGatePolicePost = wellKnown[6].ind
	// AntiRamBarriers: hard anti-ram barriers at the gate (防冲撞设施: 拒马、隔离墩、升降柱). Named by GB/T
	// 29315-2022 (and by 国办发〔2017〕35号 (九), only 根据条件, so not encoded there).
	AntiRamBarriers = wellKnown[7].ind
	// PerimeterIntrusionAlarm: an intrusion alarm on the perimeter (周界入侵报警). A common inspection item
	// without a shipped source: the Fujian 2010 notice's 入侵报警 is at the gate and important places (its own
	// indicator), and the perimeter alarm of the GB/T 29315-2022 draft appendix (宜) is not shipped.
	PerimeterIntrusionAlarm = wellKnown[8].ind
	// VisitorRegistration: outside visitors are registered (外来人员登记). A common inspection item without a
	// shipped source (a 2010 淮安 emergency meeting required 外来人员准入登记; a local, secondary source).
	VisitorRegistration = wellKnown[9].ind
	// EmergencyPlan: an emergency plan exists (应急预案). A common inspection item without a shipped source.
	EmergencyPlan = wellKnown[10].ind
	// EmergencyDrillsPerTerm counts emergency drills per term (每学期应急演练次数). A common inspection item
	// without a shipped source: no shipped document sets a number of drills.
	EmergencyDrillsPerTerm = wellKnown[11].ind
	// ProtectiveEquipment: protective equipment is provided (防护器械). A common inspection item without a
	// shipped requirement: the 人民日报 report of the Fujian 2010 notice mentions 配备必要的威慑犯罪的器具, which the
	// catalog does not encode.
	ProtectiveEquipment = wellKnown[12].ind
	// KeyAreaPatrolsPerDay counts patrols of key areas per day (重点部位每日巡查次数). Named by GB/T 29315-2022
	// (at least 5).
	KeyAreaPatrolsPerDay = wellKnown[13].ind
	// NetworkingInterface: the security system keeps a networking interface (留有联网接口). Named by GB/T
	// 29315-2012 4.4.
	NetworkingInterface = wellKnown[14].ind
	// PrincipalResponsible: the principal is the first responsible person for security (校长/园长为第一责任人).
	// Named by 公治〔2015〕168号 第三条.
	PrincipalResponsible = wellKnown[15].ind
	// SecurityOrganisation: a security management organisation is set up (安全管理机构). Named by
	// 公治〔2015〕168号 第三条.
	SecurityOrganisation = wellKnown[16].ind
	// FullTimeGatekeeper: a full-time gatekeeper is employed (专职门卫). Named by 公治〔2015〕168号 第三条.
	FullTimeGatekeeper = wellKnown[17].ind
	// VideoSurveillance: a video surveillance system is installed (视频监控系统). A common inspection item without
	// a shipped source in this generic form: the Fujian 2010 notice names video at given places (its own
	// indicator), the "4个100%" video networked with the police (VideoLinked).
	VideoSurveillance = wellKnown[18].ind
	// PerimeterBarrier: a physical perimeter barrier, wall or fence (周界实体屏障). Named by GB/T 29315-2022.
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
