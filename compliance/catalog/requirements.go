package catalog

// Requirement IDs of the shipped standards; unique across the whole catalog.
const (
	// 公治〔2015〕168号 第三条.
	ReqGZ168Principal     = "gz168-art3-principal"
	ReqGZ168Organisation  = "gz168-art3-organisation"
	ReqGZ168SecurityStaff = "gz168-art3-security-staff"
	ReqGZ168Gatekeeper    = "gz168-art3-gatekeeper"
	ReqGZ168Filing        = "gz168-art3-filing"
	// 公治〔2015〕168号 第五条, the guard staffing rule.
	ReqGZ168Guards = "gz168-art5-guards"

	// GB/T 29315-2022.
	ReqGBT2022Guards    = "gbt29315-2022-guards"
	ReqGBT2022Guardroom = "gbt29315-2022-guardroom-24h"
	ReqGBT2022Patrol    = "gbt29315-2022-key-area-patrol"
	ReqGBT2022AntiRam   = "gbt29315-2022-anti-ram"
	ReqGBT2022Perimeter = "gbt29315-2022-perimeter"

	// GB/T 29315-2012 4.4.
	ReqGBT2012Networking = "gbt29315-2012-4.4-networking"

	// The Fujian notice of 2010-03-31.
	ReqFJ2010GuardsSchool       = "fj2010-guards-school"
	ReqFJ2010GuardsKindergarten = "fj2010-guards-kindergarten"
	ReqFJ2010VideoUrban         = "fj2010-video-urban"
	ReqFJ2010AlarmUrban         = "fj2010-intrusion-alarm-urban"
	ReqFJ2010VideoRural         = "fj2010-video-rural"
	ReqFJ2010AlarmRural         = "fj2010-intrusion-alarm-rural"

	// 国办发〔2017〕35号 (九) and (十).
	ReqGBF35ClosedManagement  = "gbf35-9-closed-management"
	ReqGBF35SecurityStaff     = "gbf35-10-security-staff"
	ReqGBF35DormitoryManagers = "gbf35-10-dormitory-managers"

	// The "4个100%" targets (FourHundred).
	ReqTargetGuards = "4x100-guards"
	ReqTargetClosed = "4x100-closed-management"
	ReqTargetAlarm  = "4x100-alarm-linked"
	ReqTargetVideo  = "4x100-video-linked"
	ReqTargetPost   = "4x100-school-gate-post"
)
