package catalog

import (
	"embed"
	"fmt"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/compliance"
	"github.com/campussec/campussec/internal/errbound"
)

// The shipped standards, in the compliance package's JSON format (version 1), compiled into the binary: loading
// them reads no file at run time.
//
//go:embed standards/*.json
var standardFiles embed.FS

// entry names one shipped standard version and the file that holds it.
type entry struct {
	key  string // the catalog's key for this version
	file string // the embedded file
}

// Keys of the shipped standard versions, as accepted by Load. A key names one version; the standard's own ID
// (compliance.Standard.ID) is shared by the versions of one standard (GB/T 29315-2012 and -2022 are both
// "gbt-29315").
const (
	// KeyGongZhi2015168 is 公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》.
	KeyGongZhi2015168 = "gongzhi-2015-168"
	// KeyGBT29315v2012 is GB/T 29315-2012《中小学、幼儿园安全技术防范系统要求》(requirement 4.4 only).
	KeyGBT29315v2012 = "gbt-29315-2012"
	// KeyGBT29315v2022 is GB/T 29315-2022《中小学、幼儿园安全防范要求》.
	KeyGBT29315v2022 = "gbt-29315-2022"
	// KeyFujian2010 is the Fujian provincial notice of 2010-03-31 (by inference 闽公综〔2010〕172号).
	KeyFujian2010 = "fujian-2010"
	// KeyGuoBanFa201735 is 国办发〔2017〕35号《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》.
	KeyGuoBanFa201735 = "guobanfa-2017-35"
	// KeyFourHundred is the "4个100%" targets of the 2019–2021 national three-year action plan.
	KeyFourHundred = "mps-moe-4x100"
)

// entries lists the shipped versions in the catalog's stable order: by effective date.
func entries() []entry {
	return []entry{
		{KeyFujian2010, "standards/fujian-2010.json"},
		{KeyGBT29315v2012, "standards/gbt-29315-2012.json"},
		{KeyGongZhi2015168, "standards/gongzhi-2015-168.json"},
		{KeyGuoBanFa201735, "standards/guobanfa-2017-35.json"},
		{KeyFourHundred, "standards/fourhundred-2019.json"},
		{KeyGBT29315v2022, "standards/gbt-29315-2022.json"},
	}
}

// Keys returns the keys of every shipped standard version, ordered by effective date.
func Keys() []string {
	es := entries()
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.key
	}
	return out
}

// Load returns the shipped standard version with the given key (see Keys), loaded and validated by
// compliance.LoadStandard. Each call returns a fresh Standard; nothing is cached. An unknown key is an error
// wrapping ErrUnknownStandard that quotes it.
func Load(key string) (compliance.Standard, error) {
	for _, e := range entries() {
		if e.key != key {
			continue
		}
		data, err := standardFiles.ReadFile(e.file)
		if err != nil {
			return compliance.Standard{}, fmt.Errorf("catalog: %s: %w", key, err)
		}
		s, err := compliance.LoadStandard(data)
		if err != nil {
			return compliance.Standard{}, fmt.Errorf("catalog: %s: %w", key, err)
		}
		return s, nil
	}
	return compliance.Standard{}, fmt.Errorf("%w key %s (see Keys)", ErrUnknownStandard, errbound.Quote(key))
}

// JSON returns the shipped JSON text of the standard version with the given key: a starting point a province
// or city copies and edits (see the package documentation). An unknown key is an error wrapping ErrUnknownStandard that quotes it.
func JSON(key string) ([]byte, error) {
	for _, e := range entries() {
		if e.key == key {
			return standardFiles.ReadFile(e.file)
		}
	}
	return nil, fmt.Errorf("%w key %s (see Keys)", ErrUnknownStandard, errbound.Quote(key))
}

// All returns every shipped standard version, ordered by effective date.
func All() ([]compliance.Standard, error) {
	var out []compliance.Standard
	for _, k := range Keys() {
		s, err := Load(k)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// mustLoad loads a shipped standard. The embedded files are validated by the package's tests, so it panics only
// if the binary was built from corrupted data.
func mustLoad(key string) compliance.Standard {
	s, err := Load(key)
	if err != nil {
		panic(err)
	}
	return s
}

// GongZhi2015168 returns 公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》 (公安部办公厅、教育部办公厅, 2015):
// 第三条 (first responsible person, security organisation, security staff, full-time gatekeepers, filing) and
// the 第五条 guard staffing rule. The day of issue was not recorded; the effective date is 2015-12-31, the last
// day of the year of issue, a placeholder that the standard's Note explains (see the package documentation).
func GongZhi2015168() compliance.Standard { return mustLoad(KeyGongZhi2015168) }

// GBT29315v2022 returns GB/T 29315-2022《中小学、幼儿园安全防范要求》, effective 2022-06-01, as far as its public
// summaries confirm it. It is version "2022" of the standard ID "gbt-29315".
func GBT29315v2022() compliance.Standard { return mustLoad(KeyGBT29315v2022) }

// GBT29315v2012 returns GB/T 29315-2012《中小学、幼儿园安全技术防范系统要求》, effective 2013-06-01: its basic
// requirement 4.4 only (the system keeps a networking interface). It is version "2012" of the standard ID
// "gbt-29315".
func GBT29315v2012() compliance.Standard { return mustLoad(KeyGBT29315v2012) }

// Fujian2010 returns the Fujian provincial notice of 2010-03-31, effective 2010-09-01 (the deadline by which its
// measures were to be in place). Its number, 闽公综〔2010〕172号, is an inference the standard's Note explains.
func Fujian2010() compliance.Standard { return mustLoad(KeyFujian2010) }

// GuoBanFa201735 returns 国办发〔2017〕35号《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》, effective
// 2017-04-25: (九) closed management while pupils are at school; (十) at least one full-time security staff member
// or trained safety manager per school except schools with few pupils (the threshold undetermined), and
// dormitory managers at boarding schools. (九)'s anti-ram barriers, required only 根据条件, are recorded in the
// standard's Note, not encoded as a requirement.
func GuoBanFa201735() compliance.Standard { return mustLoad(KeyGuoBanFa201735) }

// FourHundred returns the "4个100%" targets as a standard: one requirement per indicator the four rates check
// (the alarm-and-video target is two requirements, both of which must be met). Its requirements apply to every
// campus: the population of each target is a TargetScope, applied by FourHundredRates.
func FourHundred() compliance.Standard { return mustLoad(KeyFourHundred) }

// FujianIssued is the date the Fujian notice was issued (its effective date, 2010-09-01, is the deadline).
func FujianIssued() civil.Date { return civil.MustParseDate("2010-03-31") }

// Catalog-defined indicators, declared by the shipped standards that use them (look them up with
// compliance.Standard.Indicator).
const (
	// IndSecurityStaffAssigned (配备专兼职安全保卫人员), a fact, used by 公治〔2015〕168号.
	IndSecurityStaffAssigned = "security_staff_assigned"
	// IndSecurityArrangementsFiled (安全保卫工作安排报县级教育行政部门和公安机关备案), a fact, used by 公治〔2015〕168号.
	IndSecurityArrangementsFiled = "security_arrangements_filed"
	// IndSecurityStaffOrTrainedManagers (专职安全保卫人员或受过专门培训的安全管理人员), a count, used by
	// 国办发〔2017〕35号.
	IndSecurityStaffOrTrainedManagers = "security_staff_or_trained_managers"
	// IndDormitoryManagers (寄宿制学校配备宿舍管理人员), a fact, used by 国办发〔2017〕35号.
	IndDormitoryManagers = "dormitory_managers_assigned"
	// IndGuardsInclTrainedTeachers (专职保安员(确有困难的学校含经培训承担保安员工作的教师)), a count, used by the
	// Fujian 2010 notice: the full-time guards plus, at a school whose 确有困难 (real difficulty hiring guards) the
	// responsible authority has accepted, the trained teachers doing guard work; elsewhere the full-time guards.
	IndGuardsInclTrainedTeachers = "guards_incl_trained_teachers"
	// IndVideoGateKeyBuildings (校门口及教学楼、图书馆等重要场所视频监控), a fact, used by the Fujian 2010 notice:
	// present when the gate and the important places — at least the teaching buildings and library — are covered.
	IndVideoGateKeyBuildings = "video_gate_key_buildings"
	// IndIntrusionAlarmGateKeyBuildings (校门口及教学楼、图书馆等重要场所入侵报警), a fact, used by the Fujian 2010
	// notice: present when the gate and the important places — at least the teaching buildings and library — are
	// covered.
	IndIntrusionAlarmGateKeyBuildings = "intrusion_alarm_gate_key_buildings"
)

// GBT29315Versions returns the two shipped versions of GB/T 29315 (2012, in force from 2013-06-01; 2022, in
// force from 2022-06-01), answering which was in force on a date.
func GBT29315Versions() (compliance.Versions, error) {
	return compliance.NewVersions(GBT29315v2012(), GBT29315v2022())
}
