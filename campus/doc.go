// Package campus is the register of schools and kindergartens for campus security (校园安全保卫): what they
// are, where they are, who answers for them, and how many there are — the "底数清、情况明" (an exact count,
// a clear picture) a security report starts from.
//
// # Units: school and campus
//
// A School (学校) is an institution: it has a name and, usually, a 学校标识码 (SchoolCode). A Campus (校区,
// 校园) is a site of a school: it has the kind, the license, the location (Locale) and the jurisdiction that
// answers for it. A school has one or more campuses, exactly one of them its main campus (主校区). The 2012
// report counts campuses ("有证校园, branch campuses counted"): a school with two campuses is two in every
// campus count. The two units never mix: campus counts are CampusCount, school counts SchoolCount, distinct
// types (Register.CampusCounts, Register.SchoolCounts). A school is classified by its main campus.
//
// # Kinds and stages
//
// A Kind is the school type, aligned with the Ministry of Education's three-digit 办学类型代码 (Kind.Code): every
// code of levels 1, 2, 3 and 5 of the MOE tables — the kindergartens (111, 112, 119), the primary kinds (211–229,
// adult primary schools and classes included), the junior and senior secondary kinds (311–352: 初级中学,
// 九年一贯制学校, 职业初中, 完全中学, 高级中学, 十二年一贯制学校, the 独立设置的少数民族 schools, attached classes and adult
// schools), the secondary vocational kinds (中等职业学校, 361–369), reform school (工读学校 371), the
// special-education kinds (特殊教育, 511–519) — and nursery (托儿所/托育机构), which has no MOE code. Kind's
// documentation says which editions of the table the library follows and what is out of scope (4xx, 9xx).
//
// A Stage is an education stage (学段): preschool (学前), primary (小学), junior secondary (初中), senior
// secondary (高中), vocational (中职), special (特殊教育). A kind covers one or more stages (Kind.Stages): a
// nine-year school covers primary and junior secondary, a twelve-year school three stages. A campus counted
// under several stages is counted once in every total.
//
// # Groups and licenses
//
// The report splits the register into two Groups: primary and secondary schools (中小学, GroupSchool — every
// school kind, including vocational, adult, special-education and reform schools and attached classes) and
// kindergartens and nurseries (幼托园所, GroupPreschool — kindergarten, independent minority kindergarten, attached
// kindergarten class, nursery). Every kind is in exactly one group,
// so the groups always add up to the total (2012: 1935 = 800 + 1135).
//
// A License is the campus's licensing status: licensed (有证) or unlicensed (无证) (2012: 1935 = 1396 + 539).
// Unlicensed kindergartens have no school code, so the code is optional (the zero SchoolCode).
//
// # Ownership and designation
//
// Some published targets and provisions name schools by ownership — 公办 or 民办 (Ownership: Public, Private;
// "中小学和公办幼儿园专职保安员配备率") — or by rank — a township's central school, 中心校 (Designation: Central,
// NonCentral; Fujian 2010's "农村中心校以上"). Both are attributes of the School, zero when not recorded; its
// campuses inherit them (NewRegister copies them in, and refuses a campus that states another value with
// ErrSchoolAttribute). A requirement whose scope selects one of them is Undetermined, never passed or dropped,
// for a campus whose school did not record it.
//
// # Codes
//
// A SchoolCode is the 10-digit 学校(机构)标识码 AABBCCCCCC: AA the school Category (学校类别码: 11 幼儿园,
// 21 小学, 31 普通初中, 34 普通高中, 36 中职, 37 工读, 51 特殊教育, …), BB the province, CCCCCC a sequence.
// The first two digits of a kind's 办学类型代码 are its category; Category.Holds says which campus kinds a
// coded school may have. A Locale is the urban–rural classification code of the campus's location (城乡分类代码,
// 111 主城区 … 220 村庄): the National Bureau of Statistics' 统计用城乡划分代码 under 《统计上划分城乡的规定》
// (国函〔2008〕60号), which MOE school statistics record as 所在地城乡类型.
//
// # The register
//
// NewRegister validates schools and campuses against a hierarchy.Tree of jurisdictions (属地管理) and returns
// every problem at once. The Register is immutable and safe for concurrent readers; it finds campuses by ID,
// by school and by jurisdiction (descendants included), and counts campuses and schools by group × license,
// kind, stage, locale and jurisdiction at every level (rolled up with hierarchy.RollUpIndexed).
//
// # Text and JSON
//
// Every enum (the types of Enum) has a stable lower_snake English id (String, MarshalText), a Chinese label
// and a name for a reader of either language (Name(rate.Chinese) is the label, Name(rate.English) a
// plain English name: "nine-year school"); Kind, Locale and Category also have national codes (Code).
// ParseX, UnmarshalText and so JSON read the id only; the generic ParseLabel reads the label
// (ParseLabel[Kind]("九年一贯制学校")) and ParseKindCode, ParseLocaleCode and ParseCategoryCode the codes,
// each nothing else, so stored data means one thing. Values[E]() lists an enum's values in their stable
// order. The zero (unset) value of an enum marshals as "" and "" unmarshals as it; any other invalid value,
// and any unknown text, is an error naming the value and wrapping the enum's own sentinel.
//
// Campus, School, GroupLicense and Counts decode JSON strictly: keys exactly as documented (no case or
// Unicode-folding variants, no unknown key), each at most once, no null, integers only; every key of a
// Campus and a GroupLicense is required but the "ownership" and "designation" of a Campus or School (omitted
// when not recorded), a School's "code" is optional, and a Counts' keys are optional because its breakdowns
// must add up. Text that is not valid UTF-8 is refused, never read as U+FFFD. Errors wrap ErrInvalidJSON (ErrInvalidCounts for Counts) and name the
// key's path.
package campus
