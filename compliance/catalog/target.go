package catalog

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

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
)

var targetEnum = enum.MustNew(enum.Spec[Target]{
	Type:   "Target",
	IDs:    []string{"guards", "closed_management", "alarm_video", "school_gate_post"},
	Labels: []string{"专职保安员配备率", "封闭化管理率", "一键式紧急报警和视频监控系统达标率", "护学岗设置率"},
	English: []string{
		"full-time guard staffing rate", "closed management rate", "one-button emergency alarm and video surveillance compliance rate",
		"school-gate post rate",
	},
	Text: enum.ErrorForm{Err: ErrInvalidTarget, Detail: " "},
})

// IsValid reports whether t is one of the four targets.
func (t Target) IsValid() bool { return targetEnum.IsValid(t) }

// String returns the stable English identifier ("guards", "closed_management", "alarm_video",
// "school_gate_post").
func (t Target) String() string { return targetEnum.String(t) }

// Name returns the name of t for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (t Target) Name(lang rate.Lang) string { return targetEnum.Name(t, enum.Lang(lang)) }

// ParseTarget parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidTarget and quotes the text.
func ParseTarget(s string) (Target, error) { return targetEnum.Parse(s) }

// MarshalText implements encoding.TextMarshaler, or "" for the zero value (unset); any other invalid value is
// an error wrapping ErrInvalidTarget.
func (t Target) MarshalText() ([]byte, error) { return targetEnum.MarshalText(t) }

// UnmarshalText accepts what ParseTarget accepts, the stable id only; "" gives the zero value. Other text is
// an error wrapping ErrInvalidTarget that quotes it, and leaves the receiver unchanged.
func (t *Target) UnmarshalText(b []byte) error { return targetEnum.UnmarshalText(t, b) }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (t Target) Value() (driver.Value, error) { return targetEnum.Value(t) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (t *Target) Scan(src any) error { return targetEnum.Scan(t, src) }
