package catalog

import "github.com/campussec/campussec/compliance"

// The well-known indicators: the observations campus-security inspections record, as package compliance
// knows them (compliance.LookupIndicator). Each says where it comes from — the shipped documents that name
// it, or that it is a common inspection item no shipped document names; such an indicator is offered for
// callers' own checklists and is used by no catalog standard. Each carries a pre-resolved slot, so looking
// it up in compliance.Measurements is a bit test, not a string compare.
var (
	// FullTimeGuards counts full-time security guards on duty (专职保安员). Named by 公治〔2015〕168号 第五条,
	// GB/T 29315-2022 and the "4个100%" 专职保安员配备率 (the Fujian 2010 notice counts its own
	// guards_incl_trained_teachers, which admits trained teachers where hiring is truly difficult).
	FullTimeGuards = wellKnown("full_time_guards")
	// GuardroomStaffed24h: the guardroom (门卫室/传达室) is staffed around the clock (门卫室24小时值守). Named by
	// GB/T 29315-2022.
	GuardroomStaffed24h = wellKnown("guardroom_staffed_24h")
	// ClosedManagement: the campus is under closed management (封闭化管理). Named by the "4个100%" 封闭化管理率 and
	// 国办发〔2017〕35号 (九) (while pupils are at school).
	ClosedManagement = wellKnown("closed_management")
	// EmergencyAlarmLinked: a one-button emergency alarm linked to the police (一键式紧急报警与公安机关联网).
	// Named by the "4个100%" 一键式紧急报警和视频监控系统达标率/联网率.
	EmergencyAlarmLinked = wellKnown("emergency_alarm_linked")
	// VideoLinked: video surveillance networked with the police (视频监控与公安机关联网). Named by the "4个100%"
	// 一键式紧急报警和视频监控系统达标率/联网率.
	VideoLinked = wellKnown("video_linked")
	// VideoRetentionDays counts the days video recordings are kept (视频图像保存天数). A common inspection item
	// without a shipped source: no shipped document sets a retention period (GB/T 29315-2012's sections after
	// 4 and 公治〔2015〕168号's 技防 chapter were not retrieved). "At least 30 days" appears only in provincial
	// texts: Fujian's 2014 教育系统创新社会治理体制改革工作方案 (音像信息保存时间应不少于30天, reported at
	// http://m.mnw.cn/news/fj/791678.html and https://www.anfang.cn/zixun/99062.html) and a Liaoning text
	// (http://jfj100.com/node/1128).
	VideoRetentionDays = wellKnown("video_retention_days")
	// SchoolGatePolicePost: a police post at the gate at arrival and dismissal (护学岗). Named by the "4个100%"
	// 护学岗设置率.
	SchoolGatePolicePost = wellKnown("school_gate_police_post")
	// AntiRamBarriers: hard anti-ram barriers at the gate (防冲撞设施: 拒马、隔离墩、升降柱). Named by GB/T
	// 29315-2022 (and by 国办发〔2017〕35号 (九), only 根据条件, so not encoded there).
	AntiRamBarriers = wellKnown("anti_ram_barriers")
	// PerimeterIntrusionAlarm: an intrusion alarm on the perimeter (周界入侵报警). A common inspection item
	// without a shipped source: the Fujian 2010 notice's 入侵报警 is at the gate and important places (its own
	// indicator), and the perimeter alarm of the GB/T 29315-2022 draft appendix (宜) is not shipped.
	PerimeterIntrusionAlarm = wellKnown("perimeter_intrusion_alarm")
	// VisitorRegistration: outside visitors are registered (外来人员登记). A common inspection item without a
	// shipped source (a 2010 淮安 emergency meeting required 外来人员准入登记; a local, secondary source).
	VisitorRegistration = wellKnown("visitor_registration")
	// EmergencyPlan: an emergency plan exists (应急预案). A common inspection item without a shipped source.
	EmergencyPlan = wellKnown("emergency_plan")
	// EmergencyDrillsPerTerm counts emergency drills per term (每学期应急演练次数). A common inspection item
	// without a shipped source: no shipped document sets a number of drills.
	EmergencyDrillsPerTerm = wellKnown("emergency_drills_per_term")
	// ProtectiveEquipment: protective equipment is provided (防护器械). A common inspection item without a
	// shipped requirement: the 人民日报 report of the Fujian 2010 notice mentions 配备必要的威慑犯罪的器具, which the
	// catalog does not encode.
	ProtectiveEquipment = wellKnown("protective_equipment")
	// KeyAreaPatrolsPerDay counts patrols of key areas per day (重点部位每日巡查次数). Named by GB/T 29315-2022
	// (at least 5).
	KeyAreaPatrolsPerDay = wellKnown("key_area_patrols_per_day")
	// NetworkingInterface: the security system keeps a networking interface (留有联网接口). Named by GB/T
	// 29315-2012 4.4.
	NetworkingInterface = wellKnown("networking_interface")
	// PrincipalResponsible: the principal is the first responsible person for security (校长/园长为第一责任人).
	// Named by 公治〔2015〕168号 第三条.
	PrincipalResponsible = wellKnown("principal_responsible")
	// SecurityOrganisation: a security management organisation is set up (安全管理机构). Named by
	// 公治〔2015〕168号 第三条.
	SecurityOrganisation = wellKnown("security_organisation")
	// FullTimeGatekeeper: a full-time gatekeeper is employed (专职门卫). Named by 公治〔2015〕168号 第三条.
	FullTimeGatekeeper = wellKnown("full_time_gatekeeper")
	// VideoSurveillance: a video surveillance system is installed (视频监控系统). A common inspection item without
	// a shipped source in this generic form: the Fujian 2010 notice names video at given places (its own
	// indicator), the "4个100%" video networked with the police (VideoLinked).
	VideoSurveillance = wellKnown("video_surveillance")
	// PerimeterBarrier: a physical perimeter barrier, wall or fence (周界实体屏障). Named by GB/T 29315-2022.
	PerimeterBarrier = wellKnown("perimeter_barrier")
)

// WellKnownIndicators returns the well-known indicators in their documented order (FullTimeGuards first).
// The slice is new on every call.
func WellKnownIndicators() []compliance.Indicator {
	return []compliance.Indicator{
		FullTimeGuards, GuardroomStaffed24h, ClosedManagement, EmergencyAlarmLinked, VideoLinked,
		VideoRetentionDays, SchoolGatePolicePost, AntiRamBarriers, PerimeterIntrusionAlarm, VisitorRegistration,
		EmergencyPlan, EmergencyDrillsPerTerm, ProtectiveEquipment, KeyAreaPatrolsPerDay, NetworkingInterface,
		PrincipalResponsible, SecurityOrganisation, FullTimeGatekeeper, VideoSurveillance, PerimeterBarrier,
	}
}

// wellKnown returns the well-known indicator with the given id; it panics when package compliance does
// not know it, which TestWellKnownIndicators rules out.
func wellKnown(id string) compliance.Indicator {
	ind, ok := compliance.LookupIndicator(id)
	if !ok {
		panic("catalog: no well-known indicator " + id)
	}
	return ind
}
