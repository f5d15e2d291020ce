package campus

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Stage is an education stage (学段) that a school kind covers. A kind may cover several stages: a nine-year
// school (九年一贯制学校) is primary and junior secondary. The zero value is invalid.
type Stage uint8

// The education stages, in their stable order.
const (
	StagePreschool       Stage = iota + 1 // 学前: kindergartens, attached kindergarten classes, nurseries
	StagePrimary                          // 小学
	StageJuniorSecondary                  // 初中
	StageSeniorSecondary                  // 高中
	StageVocational                       // 中职: secondary vocational education
	StageSpecial                          // 特殊教育: special education

	numStages = int(StageSpecial)
)

var stageEnum = enum.MustNew(enum.Spec[Stage]{
	Type:   "Stage",
	IDs:    []string{"preschool", "primary", "junior_secondary", "senior_secondary", "vocational", "special"},
	Labels: []string{"学前", "小学", "初中", "高中", "中职", "特殊教育"},
	English: []string{
		"preschool", "primary", "junior secondary", "senior secondary", "secondary vocational", "special education",
	},
	Text: enum.ErrorForm{Err: ErrInvalidStage, Detail: " "},
})

// IsValid reports whether s is one of Values[Stage]().
func (s Stage) IsValid() bool { return stageEnum.IsValid(s) }

// String returns the stable English id ("junior_secondary"), or "Stage(N)" for an invalid stage.
func (s Stage) String() string { return stageEnum.String(s) }

// Name returns the name of s for a reader of lang: the Chinese label, or the English name; "" for an
// invalid value or lang.
func (s Stage) Name(lang rate.Lang) string { return stageEnum.Name(s, enum.Lang(lang)) }

// ParseStage parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that). The error wraps ErrInvalidStage and quotes the text.
func ParseStage(s string) (Stage, error) { return stageEnum.Parse(s) }

// MustParseStage is ParseStage that panics on error; for tests and constants.
func MustParseStage(s string) Stage { return stageEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid stage is an
// error wrapping ErrInvalidStage.
func (s Stage) MarshalText() ([]byte, error) { return stageEnum.MarshalText(s) }

// UnmarshalText accepts what ParseStage accepts, the stable id only; "" gives the zero value. Other text is an
// error wrapping ErrInvalidStage that quotes it, and leaves the receiver unchanged.
func (s *Stage) UnmarshalText(b []byte) error { return stageEnum.UnmarshalText(s, b) }

// stageSet is a bitset of stages, bit s set for Stage s.
type stageSet uint8

func (m stageSet) has(s Stage) bool { return s.IsValid() && m&(1<<s) != 0 }

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (s Stage) Value() (driver.Value, error) { return stageEnum.Value(s) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (s *Stage) Scan(src any) error { return stageEnum.Scan(s, src) }
