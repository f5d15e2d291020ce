package compliance

// The well-known indicators: the observations campus-security inspections
// record, with their stable ids, Chinese labels and value kinds. Each carries
// a pre-resolved slot for fast lookup in Measurements. Package
// compliance/catalog names each (catalog.FullTimeGuards, …) and says where it
// comes from; LookupIndicator finds one by id.

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

// LookupIndicator returns the well-known indicator with the given id
// ("full_time_guards"): the Indicator that package compliance/catalog names
// (catalog.FullTimeGuards), with its slot for fast lookup in Measurements.
// False for any other id, including a caller-defined indicator's.
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
