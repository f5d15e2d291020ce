package campus

import (
	"database/sql/driver"
	"github.com/campussec/campussec/internal/enum"
	"github.com/campussec/campussec/rate"
)

// Kind is a school type. Every kind but Nursery is a Ministry of Education 办学类型代码 (three digits: the
// first the education level, the first two the 学校类别 — see Category — and the third the type), returned by
// Code. Nursery (托儿所/托育机构) has no MOE code. The zero value is invalid.
//
// A kind determines the campus's report group (Group) and the education stages it covers (Stages).
//
// # Which code tables
//
// The 办学类型代码 has been published in more than one edition, and the editions differ. The library accepts
// every code of the following tables that names a school, a kindergarten or a class of one (levels 1, 2, 3
// and 5), with the label the first table that has it gives:
//
//   - the MOE three-level table as a 2017 platform dictionary reproduces it (table edu_hb_bxlx, H3C big-data
//     code dictionary created 2017-08-07: "采用三层三位数字码,第一位表示教育层次…,第二层用前二位数字表示学校类别,
//     第三位表示办学类型"): 111 119; 211 218 219 221 222 228 229; 311 312 319 321 329 331 332; 341 342 345 349
//     351 352; 361–366 368 369; 371; 511–514 519. A partial reproduction of GB/T 33782-2017《信息技术 学习、教
//     育和培训 教育管理基础代码》表4 in another public repository (rows 111–366) gives the same labels for the
//     rows it has. This is the edition the labels follow: 513 is 弱智学校, as both tables give it (no code
//     table consulted labels 513 培智学校, so that name is not accepted as an alias).
//   - an older, longer edition reproduced in a 2015 platform enum (net.zdsoft … SchoolType, 2015-04-22), which
//     adds the 独立设置的少数民族 codes 112 212 313 314 322 343 344, 213 一贯制学校小学部, 328 普通中学附设职教班 and
//     518 小学附设特教班. Where it labels a code the first table also has differently (219 其他学校附设小学班,
//     369 中等职业其他机构, 514 with an explanatory suffix, 519 附设特教班(小学、初中)), the first table's label is
//     used.
//
// Deliberately out of scope: higher education (4xx: 普通高校 411–419, 成人高校 421–429) and the 9xx bodies
// (911 培养研究生的科研机构, 921 民办的其他高等教育机构, 931–933 培训机构). Campus-security documents for 中小学
// and 幼儿园 do not cover them; ParseKind rejects their codes with ErrInvalidKind. (Their 学校类别 are still
// Categories, since a 学校标识码 may carry them.)
//
// The stages of each kind follow its name; where the 2015 enum gives stages it agrees, except that the
// library counts every special-education kind at StageSpecial and the vocational kinds 361–369 at
// StageVocational, as before.
type Kind uint8

// The kinds, in their stable order (MOE code ascending, Nursery last). The numeric values are not stable
// across versions (a new code is inserted in code order): store and exchange a kind by its id or code.
const (
	Kindergarten                  Kind = iota + 1 // 111 幼儿园
	MinorityKindergarten                          // 112 独立设置的少数民族幼儿园
	KindergartenClass                             // 119 附设幼儿班: a kindergarten class attached to a school
	Primary                                       // 211 小学
	MinorityPrimary                               // 212 独立设置的少数民族小学
	ThroughSchoolPrimarySection                   // 213 一贯制学校小学部
	TeachingPoint                                 // 218 小学教学点
	AttachedPrimaryClass                          // 219 附设小学班
	WorkerPrimary                                 // 221 职工小学 (成人小学)
	FarmerPrimary                                 // 222 农民小学 (成人小学)
	AdultPrimaryClass                             // 228 小学班 (成人小学)
	LiteracyClass                                 // 229 扫盲班 (成人小学)
	JuniorSecondary                               // 311 初级中学
	NineYear                                      // 312 九年一贯制学校: primary + junior secondary
	MinorityJuniorSecondary                       // 313 独立设置的少数民族初级中学
	MinorityNineYear                              // 314 独立设置的少数民族九年一贯制学校
	AttachedJuniorClass                           // 319 附设普通初中班
	VocationalJunior                              // 321 职业初中
	MinorityVocationalJunior                      // 322 独立设置的少数民族职业初中
	AttachedJuniorVocationalClass                 // 328 普通中学附设职教班
	AttachedVocationalJuniorClass                 // 329 附设职业初中班
	WorkerJunior                                  // 331 成人职工初中
	FarmerJunior                                  // 332 成人农民初中
	CompleteSecondary                             // 341 完全中学: junior + senior secondary
	SeniorSecondary                               // 342 高级中学
	MinorityCompleteSecondary                     // 343 独立设置的少数民族完全中学
	MinoritySeniorSecondary                       // 344 独立设置的少数民族高级中学
	TwelveYear                                    // 345 十二年一贯制学校: primary + junior + senior secondary
	AttachedSeniorClass                           // 349 附设普通高中班
	WorkerSenior                                  // 351 成人职工高中
	FarmerSenior                                  // 352 成人农民高中
	SecondaryVocational                           // 361 调整后中等职业学校
	SecondaryTechnical                            // 362 中等技术学校
	SecondaryNormal                               // 363 中等师范学校
	AdultSecondarySpecialized                     // 364 成人中等专业学校
	VocationalHigh                                // 365 职业高中学校
	SkilledWorker                                 // 366 技工学校
	AttachedVocationalClass                       // 368 附设中职班
	VocationalOther                               // 369 其他机构 (中等职业学校)
	Reform                                        // 371 工读学校
	SpecialBlind                                  // 511 盲人学校
	SpecialDeaf                                   // 512 聋人学校
	SpecialIntellectual                           // 513 弱智学校
	SpecialOther                                  // 514 其他特殊教育学校
	PrimarySpecialClass                           // 518 小学附设特教班
	AttachedSpecialClass                          // 519 附设特教班
	Nursery                                       // 托儿所/托育机构; no MOE code

	numKinds = int(Nursery)
)

type kindInfo struct {
	id       string
	code     string
	label    string
	english  string // a plain English name, translating the label
	group    Group
	stages   stageSet
	category Category
	attached bool // a class attached to a host school (附设…班): see Category.Holds
}

// The stage sets of the kind table.
const (
	preschool = stageSet(1 << StagePreschool)
	primary   = stageSet(1 << StagePrimary)
	junior    = stageSet(1 << StageJuniorSecondary)
	senior    = stageSet(1 << StageSeniorSecondary)
	vocation  = stageSet(1 << StageVocational)
	special   = stageSet(1 << StageSpecial)
)

var kindTable = [...]kindInfo{
	{},
	Kindergarten:                  {"kindergarten", "111", "幼儿园", "kindergarten", GroupPreschool, preschool, CategoryKindergarten, false},
	MinorityKindergarten:          {"minority_kindergarten", "112", "独立设置的少数民族幼儿园", "independent ethnic-minority kindergarten", GroupPreschool, preschool, CategoryKindergarten, false},
	KindergartenClass:             {"kindergarten_class", "119", "附设幼儿班", "attached kindergarten class", GroupPreschool, preschool, CategoryKindergarten, true},
	Primary:                       {"primary", "211", "小学", "primary school", GroupSchool, primary, CategoryPrimary, false},
	MinorityPrimary:               {"minority_primary", "212", "独立设置的少数民族小学", "independent ethnic-minority primary school", GroupSchool, primary, CategoryPrimary, false},
	ThroughSchoolPrimarySection:   {"through_school_primary_section", "213", "一贯制学校小学部", "primary section of an all-through school", GroupSchool, primary, CategoryPrimary, false},
	TeachingPoint:                 {"teaching_point", "218", "小学教学点", "primary teaching point", GroupSchool, primary, CategoryPrimary, false},
	AttachedPrimaryClass:          {"attached_primary_class", "219", "附设小学班", "attached primary class", GroupSchool, primary, CategoryPrimary, true},
	WorkerPrimary:                 {"worker_primary", "221", "职工小学", "workers' primary school", GroupSchool, primary, CategoryAdultPrimary, false},
	FarmerPrimary:                 {"farmer_primary", "222", "农民小学", "farmers' primary school", GroupSchool, primary, CategoryAdultPrimary, false},
	AdultPrimaryClass:             {"adult_primary_class", "228", "小学班", "adult primary class", GroupSchool, primary, CategoryAdultPrimary, false},
	LiteracyClass:                 {"literacy_class", "229", "扫盲班", "literacy class", GroupSchool, primary, CategoryAdultPrimary, false},
	JuniorSecondary:               {"junior_secondary", "311", "初级中学", "junior secondary school", GroupSchool, junior, CategoryJuniorSecondary, false},
	NineYear:                      {"nine_year", "312", "九年一贯制学校", "nine-year school", GroupSchool, primary | junior, CategoryJuniorSecondary, false},
	MinorityJuniorSecondary:       {"minority_junior_secondary", "313", "独立设置的少数民族初级中学", "independent ethnic-minority junior secondary school", GroupSchool, junior, CategoryJuniorSecondary, false},
	MinorityNineYear:              {"minority_nine_year", "314", "独立设置的少数民族九年一贯制学校", "independent ethnic-minority nine-year school", GroupSchool, primary | junior, CategoryJuniorSecondary, false},
	AttachedJuniorClass:           {"attached_junior_class", "319", "附设普通初中班", "attached junior secondary class", GroupSchool, junior, CategoryJuniorSecondary, true},
	VocationalJunior:              {"vocational_junior", "321", "职业初中", "vocational junior secondary school", GroupSchool, junior, CategoryVocationalJunior, false},
	MinorityVocationalJunior:      {"minority_vocational_junior", "322", "独立设置的少数民族职业初中", "independent ethnic-minority vocational junior secondary school", GroupSchool, junior, CategoryVocationalJunior, false},
	AttachedJuniorVocationalClass: {"attached_junior_vocational_class", "328", "普通中学附设职教班", "vocational class attached to a secondary school", GroupSchool, junior, CategoryVocationalJunior, true},
	AttachedVocationalJuniorClass: {"attached_vocational_junior_class", "329", "附设职业初中班", "attached vocational junior secondary class", GroupSchool, junior, CategoryVocationalJunior, true},
	WorkerJunior:                  {"worker_junior", "331", "成人职工初中", "adult workers' junior secondary school", GroupSchool, junior, CategoryAdultJunior, false},
	FarmerJunior:                  {"farmer_junior", "332", "成人农民初中", "adult farmers' junior secondary school", GroupSchool, junior, CategoryAdultJunior, false},
	CompleteSecondary:             {"complete_secondary", "341", "完全中学", "complete secondary school", GroupSchool, junior | senior, CategorySeniorSecondary, false},
	SeniorSecondary:               {"senior_secondary", "342", "高级中学", "senior secondary school", GroupSchool, senior, CategorySeniorSecondary, false},
	MinorityCompleteSecondary:     {"minority_complete_secondary", "343", "独立设置的少数民族完全中学", "independent ethnic-minority complete secondary school", GroupSchool, junior | senior, CategorySeniorSecondary, false},
	MinoritySeniorSecondary:       {"minority_senior_secondary", "344", "独立设置的少数民族高级中学", "independent ethnic-minority senior secondary school", GroupSchool, senior, CategorySeniorSecondary, false},
	TwelveYear:                    {"twelve_year", "345", "十二年一贯制学校", "twelve-year school", GroupSchool, primary | junior | senior, CategorySeniorSecondary, false},
	AttachedSeniorClass:           {"attached_senior_class", "349", "附设普通高中班", "attached senior secondary class", GroupSchool, senior, CategorySeniorSecondary, true},
	WorkerSenior:                  {"worker_senior", "351", "成人职工高中", "adult workers' senior secondary school", GroupSchool, senior, CategoryAdultSenior, false},
	FarmerSenior:                  {"farmer_senior", "352", "成人农民高中", "adult farmers' senior secondary school", GroupSchool, senior, CategoryAdultSenior, false},
	SecondaryVocational:           {"secondary_vocational", "361", "调整后中等职业学校", "secondary vocational school", GroupSchool, vocation, CategoryVocational, false},
	SecondaryTechnical:            {"secondary_technical", "362", "中等技术学校", "secondary technical school", GroupSchool, vocation, CategoryVocational, false},
	SecondaryNormal:               {"secondary_normal", "363", "中等师范学校", "secondary normal school", GroupSchool, vocation, CategoryVocational, false},
	AdultSecondarySpecialized:     {"adult_secondary_specialized", "364", "成人中等专业学校", "adult secondary specialized school", GroupSchool, vocation, CategoryVocational, false},
	VocationalHigh:                {"vocational_high", "365", "职业高中学校", "vocational senior secondary school", GroupSchool, vocation, CategoryVocational, false},
	SkilledWorker:                 {"skilled_worker", "366", "技工学校", "skilled workers' school", GroupSchool, vocation, CategoryVocational, false},
	AttachedVocationalClass:       {"attached_vocational_class", "368", "附设中职班", "attached secondary vocational class", GroupSchool, vocation, CategoryVocational, true},
	VocationalOther:               {"vocational_other", "369", "其他机构", "other secondary vocational institution", GroupSchool, vocation, CategoryVocational, false},
	Reform:                        {"reform", "371", "工读学校", "work-study school", GroupSchool, junior, CategoryReform, false},
	SpecialBlind:                  {"special_blind", "511", "盲人学校", "school for the blind", GroupSchool, special, CategorySpecial, false},
	SpecialDeaf:                   {"special_deaf", "512", "聋人学校", "school for the deaf", GroupSchool, special, CategorySpecial, false},
	SpecialIntellectual:           {"special_intellectual", "513", "弱智学校", "school for children with intellectual disabilities", GroupSchool, special, CategorySpecial, false},
	SpecialOther:                  {"special_other", "514", "其他特殊教育学校", "other special education school", GroupSchool, special, CategorySpecial, false},
	PrimarySpecialClass:           {"primary_special_class", "518", "小学附设特教班", "special education class attached to a primary school", GroupSchool, special, CategorySpecial, true},
	AttachedSpecialClass:          {"attached_special_class", "519", "附设特教班", "attached special education class", GroupSchool, special, CategorySpecial, true},
	Nursery:                       {"nursery", "", "托儿所", "nursery", GroupPreschool, preschool, 0, false},
}

// kindEnum is the text form of the kinds, from kindTable: ids, labels, English names and MOE codes.
var kindEnum = func() *enum.Table[Kind] {
	spec := enum.Spec[Kind]{Type: "Kind", Text: enum.ErrorForm{Err: ErrInvalidKind, Detail: " "}}
	for _, info := range kindTable[1:] {
		spec.IDs = append(spec.IDs, info.id)
		spec.Labels = append(spec.Labels, info.label)
		spec.English = append(spec.English, info.english)
		spec.Codes = append(spec.Codes, info.code)
	}
	return enum.MustNew(spec)
}()

// IsValid reports whether k is one of Values[Kind]().
func (k Kind) IsValid() bool { return kindEnum.IsValid(k) }

// String returns the stable English id ("nine_year"), or "Kind(N)" for an invalid kind.
func (k Kind) String() string { return kindEnum.String(k) }

// Name returns the kind's name for a reader of lang: the Chinese label (九年一贯制学校), or a plain English
// translation of it ("nine-year school"); "" for an invalid kind or lang.
func (k Kind) Name(lang rate.Lang) string { return kindEnum.Name(k, enum.Lang(lang)) }

// Code returns the three-digit MOE 办学类型代码 ("312"), or "" for Nursery and for an invalid kind.
func (k Kind) Code() string { return kindEnum.Code(k) }

// Group returns the report group of the kind: GroupPreschool (幼托) for the kindergarten kinds (111, 112,
// 119) and Nursery, GroupSchool (中小学) for every other kind — including the adult (22x, 33x, 35x),
// vocational, special-education and reform kinds and the attached classes (a decision: the report groups
// split 幼托 from everything else). It returns 0 for an invalid kind.
func (k Kind) Group() Group {
	if !k.IsValid() {
		return 0
	}
	return kindTable[k].group
}

// Stages returns every stage the kind covers, in stage order, as a new slice; nil for an invalid kind.
// Every valid kind covers at least one stage:
//
//   - the kindergarten kinds (111, 112, 119) and Nursery: preschool
//   - the primary kinds 211–229 (schools, sections, teaching points, attached classes, adult primary schools
//     and classes): primary
//   - 311, 313, 319, the junior vocational kinds 321–329 and the adult junior schools 331–332: junior
//     secondary; 312 and 314 (九年一贯制): primary + junior secondary
//   - 341 and 343 (完全中学): junior + senior secondary; 342, 344, 349 and the adult senior schools 351–352:
//     senior secondary; 345 (十二年一贯制): primary + junior + senior secondary
//   - the secondary vocational kinds 361–369: vocational
//   - Reform: junior secondary (a decision: the research gives no stage for 工读学校; its code's first
//     digit 3 places it at the secondary level, and it is counted at the first secondary stage)
//   - the special-education kinds 511–519: special
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
// code (312 → 31, 341 and 345 → 34, 111, 112 and 119 → 11, 221 → 22). It returns 0 for Nursery, which has no
// MOE code, and for an invalid kind. See Category.Holds for which codes a campus of the kind may carry.
func (k Kind) Category() Category {
	if !k.IsValid() {
		return 0
	}
	return kindTable[k].category
}

// ParseKind parses the stable English id as String returns it, and nothing else: not the Chinese label
// (ParseLabel reads that), not the MOE code (ParseKindCode). The error wraps ErrInvalidKind and quotes the
// text.
func ParseKind(s string) (Kind, error) { return kindEnum.Parse(s) }

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

// Value implements driver.Valuer: the stable id as a string, or nil (SQL NULL) for the zero value (unset); any
// other invalid value is an error.
func (k Kind) Value() (driver.Value, error) { return kindEnum.Value(k) }

// Scan implements sql.Scanner: NULL and "" give the zero value (unset); a string or []byte holding the stable
// id gives that value; anything else (an unknown id, a Chinese label, a number) is an error wrapping the
// type's sentinel, and leaves the receiver unchanged.
func (k *Kind) Scan(src any) error { return kindEnum.Scan(k, src) }
