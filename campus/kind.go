package campus

import "github.com/campussec/campussec/internal/enum"

// Kind is a school type. Every kind but Nursery is a Ministry of Education 办学类型代码 (three digits: the
// first the education level, the first two the 学校类别 — see Category — and the third the type), returned by
// Code. Nursery (托儿所/托育机构) has no MOE code. The zero value is invalid.
//
// A kind determines the campus's report group (Group) and the education stages it covers (Stages).
type Kind uint8

// The kinds, in their stable order (MOE code ascending, Nursery last).
const (
	Kindergarten              Kind = iota + 1 // 111 幼儿园
	KindergartenClass                         // 119 附设幼儿班: a kindergarten class attached to a school
	Primary                                   // 211 小学
	TeachingPoint                             // 218 小学教学点
	JuniorSecondary                           // 311 初级中学
	NineYear                                  // 312 九年一贯制学校: primary + junior secondary
	CompleteSecondary                         // 341 完全中学: junior + senior secondary
	SeniorSecondary                           // 342 高级中学
	TwelveYear                                // 345 十二年一贯制学校: primary + junior + senior secondary
	SecondaryVocational                       // 361 调整后中等职业学校
	SecondaryTechnical                        // 362 中等技术学校
	SecondaryNormal                           // 363 中等师范学校
	AdultSecondarySpecialized                 // 364 成人中等专业学校
	VocationalHigh                            // 365 职业高中学校
	SkilledWorker                             // 366 技工学校
	Reform                                    // 371 工读学校
	SpecialBlind                              // 511 盲人学校
	SpecialDeaf                               // 512 聋人学校
	SpecialIntellectual                       // 513 培智学校 (older lists: 弱智学校)
	SpecialOther                              // 514 其他特殊教育学校
	Nursery                                   // 托儿所/托育机构; no MOE code

	numKinds = int(Nursery)
)

type kindInfo struct {
	id       string
	code     string
	label    string
	group    Group
	stages   stageSet
	category Category
}

var kindTable = [...]kindInfo{
	{},
	Kindergarten:              {"kindergarten", "111", "幼儿园", GroupPreschool, stagesOf(StagePreschool), CategoryKindergarten},
	KindergartenClass:         {"kindergarten_class", "119", "附设幼儿班", GroupPreschool, stagesOf(StagePreschool), CategoryKindergarten},
	Primary:                   {"primary", "211", "小学", GroupSchool, stagesOf(StagePrimary), CategoryPrimary},
	TeachingPoint:             {"teaching_point", "218", "小学教学点", GroupSchool, stagesOf(StagePrimary), CategoryPrimary},
	JuniorSecondary:           {"junior_secondary", "311", "初级中学", GroupSchool, stagesOf(StageJuniorSecondary), CategoryJuniorSecondary},
	NineYear:                  {"nine_year", "312", "九年一贯制学校", GroupSchool, stagesOf(StagePrimary, StageJuniorSecondary), CategoryJuniorSecondary},
	CompleteSecondary:         {"complete_secondary", "341", "完全中学", GroupSchool, stagesOf(StageJuniorSecondary, StageSeniorSecondary), CategorySeniorSecondary},
	SeniorSecondary:           {"senior_secondary", "342", "高级中学", GroupSchool, stagesOf(StageSeniorSecondary), CategorySeniorSecondary},
	TwelveYear:                {"twelve_year", "345", "十二年一贯制学校", GroupSchool, stagesOf(StagePrimary, StageJuniorSecondary, StageSeniorSecondary), CategorySeniorSecondary},
	SecondaryVocational:       {"secondary_vocational", "361", "调整后中等职业学校", GroupSchool, stagesOf(StageVocational), CategoryVocational},
	SecondaryTechnical:        {"secondary_technical", "362", "中等技术学校", GroupSchool, stagesOf(StageVocational), CategoryVocational},
	SecondaryNormal:           {"secondary_normal", "363", "中等师范学校", GroupSchool, stagesOf(StageVocational), CategoryVocational},
	AdultSecondarySpecialized: {"adult_secondary_specialized", "364", "成人中等专业学校", GroupSchool, stagesOf(StageVocational), CategoryVocational},
	VocationalHigh:            {"vocational_high", "365", "职业高中学校", GroupSchool, stagesOf(StageVocational), CategoryVocational},
	SkilledWorker:             {"skilled_worker", "366", "技工学校", GroupSchool, stagesOf(StageVocational), CategoryVocational},
	Reform:                    {"reform", "371", "工读学校", GroupSchool, stagesOf(StageJuniorSecondary), CategoryReform},
	SpecialBlind:              {"special_blind", "511", "盲人学校", GroupSchool, stagesOf(StageSpecial), CategorySpecial},
	SpecialDeaf:               {"special_deaf", "512", "聋人学校", GroupSchool, stagesOf(StageSpecial), CategorySpecial},
	SpecialIntellectual:       {"special_intellectual", "513", "培智学校", GroupSchool, stagesOf(StageSpecial), CategorySpecial},
	SpecialOther:              {"special_other", "514", "其他特殊教育学校", GroupSchool, stagesOf(StageSpecial), CategorySpecial},
	Nursery:                   {"nursery", "", "托儿所", GroupPreschool, stagesOf(StagePreschool), 0},
}

// kindEnum is the text form of the kinds, from kindTable: ids, labels and MOE codes.
var kindEnum = func() *enum.Table[Kind] {
	spec := enum.Spec[Kind]{Type: "Kind", EmptyIsZero: true, Text: enum.ErrorForm{Err: ErrInvalidKind, Detail: " "}}
	for _, info := range kindTable[1:] {
		spec.IDs = append(spec.IDs, info.id)
		spec.Labels = append(spec.Labels, info.label)
		spec.Codes = append(spec.Codes, info.code)
	}
	return enum.MustNew(spec)
}()

// Kinds returns every valid kind in its stable order (MOE code ascending, Nursery last).
func Kinds() []Kind { return kindEnum.AppendValues(make([]Kind, 0, numKinds)) }

// IsValid reports whether k is one of Kinds().
func (k Kind) IsValid() bool { return kindEnum.IsValid(k) }

// String returns the stable English id ("nine_year"), or "Kind(N)" for an invalid kind.
func (k Kind) String() string { return kindEnum.String(k) }

// Label returns the Chinese name (九年一贯制学校), or "" for an invalid kind.
func (k Kind) Label() string { return kindEnum.Label(k) }

// Code returns the three-digit MOE 办学类型代码 ("312"), or "" for Nursery and for an invalid kind.
func (k Kind) Code() string { return kindEnum.Code(k) }

// Group returns the report group of the kind: GroupPreschool (幼托) for Kindergarten, KindergartenClass and
// Nursery, GroupSchool (中小学) for every other kind — including the special-education and reform schools.
// It returns 0 for an invalid kind.
func (k Kind) Group() Group {
	if !k.IsValid() {
		return 0
	}
	return kindTable[k].group
}

// Stages returns every stage the kind covers, in stage order, as a new slice; nil for an invalid kind.
// Every valid kind covers at least one stage:
//
//   - Kindergarten, KindergartenClass, Nursery: preschool
//   - Primary, TeachingPoint: primary
//   - JuniorSecondary: junior secondary; NineYear: primary + junior secondary
//   - CompleteSecondary: junior + senior secondary; SeniorSecondary: senior secondary
//   - TwelveYear: primary + junior + senior secondary
//   - the vocational kinds 361–366: vocational
//   - Reform: junior secondary (a decision: the research gives no stage for 工读学校; its code's first
//     digit 3 places it at the secondary level, and it is counted at the first secondary stage)
//   - the special-education kinds 511–514: special
//
// Use HasStage on hot paths: it does not allocate.
func (k Kind) Stages() []Stage {
	if !k.IsValid() {
		return nil
	}
	m := kindTable[k].stages
	var out []Stage
	for s := Stage(1); int(s) <= numStages; s++ {
		if m.has(s) {
			out = append(out, s)
		}
	}
	return out
}

// HasStage reports whether the kind covers stage s (false for an invalid kind or stage). It does not allocate.
func (k Kind) HasStage(s Stage) bool {
	return k.IsValid() && kindTable[k].stages.has(s)
}

// Category returns the 学校类别 (the 学校标识码's AA) that matches the kind: the first two digits of its MOE
// code (312 → 31, 341 and 345 → 34, 111 and 119 → 11). It returns 0 for Nursery, which has no MOE code, and
// for an invalid kind. See Category.Holds for which codes a campus of the kind may carry.
func (k Kind) Category() Category {
	if !k.IsValid() {
		return 0
	}
	return kindTable[k].category
}

// ParseKind parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseKindLabel reads that), not the MOE code (ParseKindCode). The error wraps ErrInvalidKind and quotes the
// text.
func ParseKind(s string) (Kind, error) { return kindEnum.Parse(s) }

// ParseKindLabel parses the Chinese label as Label returns it: the one function that reads
// a label, for text written for people. The error wraps ErrInvalidKind and quotes s.
func ParseKindLabel(s string) (Kind, error) { return kindEnum.ParseLabel(s) }

// ParseKindCode parses the MOE code (办学类型代码, "312") as Code returns it: the one function that
// reads a code. The error wraps ErrInvalidKind and quotes s.
func ParseKindCode(s string) (Kind, error) { return kindEnum.ParseCode(s) }

// MustParseKind is ParseKind that panics on error; for tests and constants.
func MustParseKind(s string) Kind { return kindEnum.MustParse(s) }

// MarshalText returns the English id. The zero value marshals as "" (unset); any other invalid kind is an
// error wrapping ErrInvalidKind.
func (k Kind) MarshalText() ([]byte, error) { return kindEnum.MarshalText(k) }

// UnmarshalText accepts what ParseKind accepts, the stable id only; "" gives the zero value. Other text is an error
// wrapping ErrInvalidKind that quotes it, and leaves the receiver unchanged.
func (k *Kind) UnmarshalText(b []byte) error { return kindEnum.UnmarshalText(k, b) }
