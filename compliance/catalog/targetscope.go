package catalog

import (
	"errors"
	"fmt"
	"github.com/campussec/campussec/source"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
)

// TargetScope gives, for each of the four targets, the population its rate is measured over. The published
// scope of the "4个100%" shifted while the plan ran; Scope2019, Scope2020 and Scope2021 are the three published
// scopes, and a caller may build its own (a province that set itself a wider target, say).
type TargetScope struct {
	// Name identifies the scope, e.g. "2019": at most MaxScopeNameLen bytes of UTF-8 text without control
	// characters. A figure's population names it (TargetRate.PopulationDescription).
	Name string `json:"name"`
	// Guards is the population of the full-time guard rate (专职保安员配备率).
	Guards Population `json:"guards"`
	// ClosedManagement is the population of the closed-management rate (封闭化管理率).
	ClosedManagement Population `json:"closed_management"`
	// AlarmVideo is the population of the alarm-and-video rate (一键式紧急报警和视频监控系统达标率).
	AlarmVideo Population `json:"alarm_video"`
	// SchoolGatePost is the population of the school-gate post rate (护学岗设置率).
	SchoolGatePost Population `json:"school_gate_post"`
	// Source says where the scope was published and how the catalog read it.
	Source source.Citation `json:"source"`
}

// Population returns the population of target t; false for an invalid target.
func (s TargetScope) Population(t Target) (Population, bool) {
	switch t {
	case TargetGuards:
		return s.Guards, true
	case TargetClosedManagement:
		return s.ClosedManagement, true
	case TargetAlarmVideo:
		return s.AlarmVideo, true
	case TargetSchoolGatePost:
		return s.SchoolGatePost, true
	default:
		return Population{}, false
	}
}

// MaxScopeNameLen bounds a TargetScope's Name, in bytes.
const MaxScopeNameLen = 64

// Validate checks the scope's name, its source's texts (valid UTF-8) and every target's population and returns
// errors.Join of all problems, each wrapping ErrInvalidTargetScope and naming the scope (quoted short) and the
// target or field; an invalid population wraps ErrInvalidPopulation too.
func (s TargetScope) Validate() error { return errors.Join(s.problems()...) }

// problems returns Validate's problems.
func (s TargetScope) problems() []error {
	var errs []error
	switch {
	case len(s.Name) > MaxScopeNameLen:
		errs = append(errs, fmt.Errorf("%w: name of %d bytes, at most %d", ErrInvalidTargetScope, len(s.Name), MaxScopeNameLen))
	case !utf8.ValidString(s.Name) || strings.ContainsFunc(s.Name, unicode.IsControl):
		errs = append(errs, fmt.Errorf("%w: name %s: not UTF-8 text without control characters", ErrInvalidTargetScope,
			errbound.Quote(s.Name)))
	}
	for _, f := range [...]struct{ name, v string }{
		{"source document", s.Source.Document}, {"source clause", s.Source.Clause},
		{"source address", s.Source.Address}, {"source note", s.Source.Note},
	} {
		if !utf8.ValidString(f.v) {
			errs = append(errs, fmt.Errorf("%w %s: %s is not valid UTF-8", ErrInvalidTargetScope, errbound.Quote(s.Name), f.name))
		}
	}
	for _, t := range Values[Target]() {
		p, _ := s.Population(t)
		if err := p.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("%w %s: %s: %w", ErrInvalidTargetScope, errbound.Quote(s.Name), t, err))
		}
	}
	return errs
}

// The populations of the published scopes.
func allSchools() Population  { return Population{Schools: ReachAll, Kindergartens: ReachNone} }
func citySchools() Population { return Population{Schools: ReachCity, Kindergartens: ReachNone} }
func schoolsCityKinders() Population {
	return Population{Schools: ReachAll, Kindergartens: ReachCity}
}
func schoolsAndKinders() Population { return Population{Schools: ReachAll, Kindergartens: ReachAll} }

const fourHundredConfNotes = "Populations are per target; 中小学 is campus.GroupSchool (vocational, special-education and " +
	"reform schools included) and 幼儿园 is every kind of MOE 学校类别 11 (campus.Kindergarten, " +
	"campus.MinorityKindergarten, campus.KindergartenClass). "

// Scope2019 is the scope announced at the national campus-security conference of 2019-05-17 (公安部、教育部),
// for the end of 2019: full-time guards at every city (城市) 中小学; closed management and the alarm and video
// linked to the police at every 中小学. The conference named three items; the school-gate post (护学岗), a
// target of the three-year plan launched the same year, is measured over every 中小学.
func Scope2019() TargetScope {
	return TargetScope{
		Name:             "2019",
		Guards:           citySchools(),
		ClosedManagement: allSchools(),
		AlarmVideo:       allSchools(),
		SchoolGatePost:   allSchools(),
		Source: source.Citation{
			Document:   DocFourHundred,
			Clause:     "2019-05-17 全国校园安全工作经验交流会: targets for end-2019",
			Address:    url4x100Conf2019a,
			Confidence: source.Corroborated,
			Note: fourHundredConfNotes + "Also reported at " + url4x100Conf2019b + " and, with the four targets of the plan, " + url4x100Press2021 + ". The conference's three items: 中小学封闭化管理 100%; 一键式紧急报警、视频监控系统与" +
				"属地公安机关联网率 100%; 城市中小学专职保安员配备率 100%. 护学岗 is not among them; the catalog measures it over " +
				"every 中小学, the plan's own wording (学校) giving no narrower population.",
		},
	}
}

// Scope2020 is the end-2020 scope of the Ministry of Education (部长陈宝生, 2020 national video conference):
// "三个100%" — full-time guards, closed management and the alarm and video system — for every 中小学 and every
// city (城市) kindergarten. The school-gate post, not among the three, stays measured over every 中小学.
func Scope2020() TargetScope {
	return TargetScope{
		Name:             "2020",
		Guards:           schoolsCityKinders(),
		ClosedManagement: schoolsCityKinders(),
		AlarmVideo:       schoolsCityKinders(),
		SchoolGatePost:   allSchools(),
		Source: source.Citation{
			Document:   DocFourHundred,
			Clause:     "2020 MOE national video conference: 三个100% for 所有中小学和城市幼儿园 by end-2020",
			Address:    url4x100MOE2020,
			Confidence: source.Corroborated,
			Note: fourHundredConfNotes + "The 2020 framing names three rates (专职保安员配备率、封闭化管理达标率、一键式报警和" +
				"视频监控系统达标率); 护学岗 is not among them and keeps the 2019 population (every 中小学).",
		},
	}
}

// Scope2021 is the end-2021 scope, the end of the three-year plan: every 中小学 and every kindergarten, for all
// four targets. The Ministry of Education's reply states it for the full-time guard rate (所有中小学幼儿园专职保安员
// 配备率 100%); the catalog reads the plan's other three targets over the same population. That is the catalog's
// reading of the target, not of the figures published when the plan ended: those (ScopeReported2021) count
// 中小学 only, and schools, not campuses.
func Scope2021() TargetScope {
	return TargetScope{
		Name:             "2021",
		Guards:           schoolsAndKinders(),
		ClosedManagement: schoolsAndKinders(),
		AlarmVideo:       schoolsAndKinders(),
		SchoolGatePost:   schoolsAndKinders(),
		Source: source.Citation{
			Document:   DocFourHundred,
			Clause:     "MOE reply: 所有中小学幼儿园专职保安员配备率 100% by end-2021",
			Address:    url4x100MOEReply,
			Confidence: source.Corroborated,
			Note: fourHundredConfNotes + "Also " + url4x100Press2021 + " (the four targets). The reply states the end-2021 population for the guard rate only; applying it to the " +
				"other three targets is the catalog's reading of the plan's \"4个100%\" for 学校.",
		},
	}
}

// ScopeReported2021 is the population of the end-of-plan figures as published (中国警察网, 2022-01-05: "全国
// 99.71%的中小学实现封闭化管理、95.74%中小学已配备保安员"): every 中小学, no kindergarten, for the guard and the
// closed-management rates — schools, so reproduce them with TargetRate.SchoolRate and SchoolFigure. The report
// gives no alarm-and-video figure; the catalog measures it over the same population. The school-gate post
// figures were published for 城市中小学 and 城镇中小学 separately (the audit read 94 % and 92 % at cguiw.com, not
// re-opened here); this scope takes 城市中小学, and a caller wanting the 城镇 figure builds a scope with
// ReachUrban. It is not among TargetScopes, which are the targets' scopes.
func ScopeReported2021() TargetScope {
	return TargetScope{
		Name:             "2021 reported",
		Guards:           allSchools(),
		ClosedManagement: allSchools(),
		AlarmVideo:       allSchools(),
		SchoolGatePost:   citySchools(),
		Source: source.Citation{
			Document:   DocFourHundred,
			Clause:     "end-of-plan figures: 99.71%的中小学实现封闭化管理、95.74%中小学已配备保安员 (2022-01-05)",
			Address:    url4x100Result2022,
			Confidence: source.Secondary,
			Note: "A press report (中国警察网) of the figures, per school (中小学), without kindergartens. No alarm-and-video " +
				"figure is given; the catalog measures it over every 中小学. 护学岗: 城市中小学 and 城镇中小学 were published as " +
				"separate categories (" + url4x100Press2021 + ", as the audit read it); this scope takes 城市中小学.",
		},
	}
}

// TargetScopes returns the three published scopes, oldest first.
func TargetScopes() []TargetScope { return []TargetScope{Scope2019(), Scope2020(), Scope2021()} }
