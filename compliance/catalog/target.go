package catalog

import "fmt"

// Target is one of the national "4个100%" targets of the 2019–2021 three-year action plan for campus security
// (全国中小学(幼儿园)安全防范建设三年行动计划). The zero value is invalid.
type Target uint8

const (
	// TargetGuards is 专职保安员配备率: the campus has at least one full-time guard.
	TargetGuards Target = iota + 1
	// TargetClosedManagement is 封闭化管理率: the campus is under closed management.
	TargetClosedManagement
	// TargetAlarmVideo is 一键式紧急报警和视频监控系统达标率 (also published as 与公安机关联网率): the campus's
	// one-button emergency alarm and its video surveillance are both linked to the police.
	TargetAlarmVideo
	// TargetSchoolGatePost is 护学岗设置率: a school-gate police post (护学岗) is set at arrival and dismissal.
	TargetSchoolGatePost

	numTargets = int(TargetSchoolGatePost)
)

var targetIDs = [...]string{"", "guards", "closed_management", "alarm_video", "school_gate_post"}
var targetLabels = [...]string{"", "专职保安员配备率", "封闭化管理率", "一键式紧急报警和视频监控系统达标率", "护学岗设置率"}

// Targets returns the four targets in their published order.
func Targets() []Target {
	return []Target{TargetGuards, TargetClosedManagement, TargetAlarmVideo, TargetSchoolGatePost}
}

// IsValid reports whether t is one of the four targets.
func (t Target) IsValid() bool { return t >= TargetGuards && int(t) <= numTargets }

// String returns the stable English identifier ("guards", "closed_management", "alarm_video",
// "school_gate_post").
func (t Target) String() string {
	if !t.IsValid() {
		return fmt.Sprintf("Target(%d)", uint8(t))
	}
	return targetIDs[t]
}

// Label returns the Chinese name of the rate.
func (t Target) Label() string {
	if !t.IsValid() {
		return ""
	}
	return targetLabels[t]
}

// ParseTarget parses a stable identifier as returned by String.
func ParseTarget(s string) (Target, error) {
	for _, t := range Targets() {
		if targetIDs[t] == s {
			return t, nil
		}
	}
	return 0, fmt.Errorf("%w: target %q", ErrInvalid, s)
}

// MarshalText implements encoding.TextMarshaler; an invalid target is an error.
func (t Target) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, fmt.Errorf("%w: target %d", ErrInvalid, uint8(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Target) UnmarshalText(b []byte) error {
	v, err := ParseTarget(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
