// Package incident records incidents involving campuses (涉校案事件) and counts them by jurisdiction,
// category and period, next to the compliance figures of package compliance: the 2012 report closes its
// record with "没有发生涉及校园安全与稳定的重大案事件" (no major incident involving campus safety and
// stability), a figure this package computes from data instead of asserting it.
//
// # Records
//
// An Incident has the caller's ID (a UUID, as everywhere in the module) and key (Ref), a civil date, a
// place — a campus of a campus.Register, or a jurisdiction of its tree when no campus is involved — a
// Category, a Severity and an optional short summary. NewLog validates a set of incidents against a
// register, reporting every problem at once, and indexes them.
//
// # Categories and severities, and where they come from
//
// Category is the library's own list — criminal case, public-order case, safety accident, other — not an
// official classification of 涉校案事件 (no source the library knows gives one); each name is read in the
// sense of the text cited for it:
//
//   - CriminalCase (刑事案件): an act that is a crime under 《中华人民共和国刑法》, handled as a criminal case
//     (《治安管理处罚法》 第二条 draws the line: 构成犯罪的,依法追究刑事责任);
//   - PublicOrderCase (治安案件): an act that disturbs public order, endangers public safety or infringes
//     persons or property but is "尚不够刑事处罚", punished by the public-security organs under
//     《中华人民共和国治安管理处罚法》 (第二条);
//   - SafetyAccident (安全事故): an accident causing harm without a crime or an offence, such as a 学生伤害事故
//     under 《学生伤害事故处理办法》 (教育部令第12号, 第二条) or a 生产安全事故;
//   - Other (其他): anything the caller counts as 涉校 that is none of these.
//
// Which category an incident belongs to is the caller's decision (the police's or the school's); the
// package does not classify. The sources name the categories; they do not define "涉校" (involving a campus):
// which incidents a caller records is also its own decision.
//
// Severity uses the four grades of 《生产安全事故报告和调查处理条例》 (国务院令第493号, 第三条): 一般 (General),
// 较大 (Larger), 重大 (Major), 特别重大 (EspeciallyMajor). The 条例 defines the grades for production-safety
// accidents only, by deaths, serious injuries and direct economic loss (重大: 10 to 30 deaths, 50 to 100
// serious injuries, or 50 to 100 million yuan of loss); no source the library knows grades criminal or
// public-order cases in campus reports the same way, so for those the grade is the caller's judgement, and
// the package never derives a grade from casualty counts.
//
// # "Major" (重大案事件)
//
// The 2012 report does not define a 重大案事件. Whether an incident is major is therefore the caller's
// Policy: an incident is major when its severity is at or above Policy.MajorFrom. DefaultPolicy (major from
// the 重大 grade, so 重大 and 特别重大) is the library's own default, chosen to match the word 重大 of the
// grading above; it is not an official definition.
//
// # Tallies, roll-ups, rates and comparisons
//
// A Tally counts incidents by category, and the major ones among them; like compliance.Tally it is a
// commutative monoid (zero, Add, Merge) whose counts cannot overflow silently. Log.Summarize counts the
// incidents of a Period (from and to inclusive) at their jurisdictions and rolls the tallies up the tree:
// every jurisdiction's tally is the sum of its own incidents and its children's tallies, never an average.
// An incident at a campus counts at the campus's jurisdiction; an incident recorded at a jurisdiction counts
// there.
//
// Rates are rate.Ratio values, exact: incidents per campus (Summary.PerCampus) and per pupil
// (Summary.PerPupils, presented per PupilScale = 10,000 pupils, 每万名学生). A ratio may exceed 1, so it is not
// a rate.Rate and is never shown as a percent. Compare sets two summaries side by side (this term against
// the same term a year earlier: Period.YearEarlier): the change in counts, and the change in each ratio as a
// difference in its own unit and as a relative change in percent, each labelled.
//
// # Sources
//
// The category and grade names and the 条例's grading criteria were read from public copies of the texts:
//
//   - 《生产安全事故报告和调查处理条例》 (国务院令第493号, in force 2007-06-01), 第三条: the four grades and their
//     criteria, "以上" including and "以下" excluding the number —
//     http://k67r.cn/member/edu24ol/140725.html, http://www.ccbuild.com/article-525870-1.html;
//   - 《学生伤害事故处理办法》 (教育部令第12号, amended by 教育部令第30号 2010-12-13), 第二条: the scope of a
//     学生伤害事故 — https://66laws.com/fagui/14490.html;
//   - 《治安管理处罚法》 第二条: an act that disturbs public order, endangers public safety, infringes persons or
//     property or obstructs social administration is prosecuted when it is a crime under 《刑法》, and punished
//     by the public-security organs under this law when it is "尚不够刑事处罚" — the line between CriminalCase
//     and PublicOrderCase — http://www.dongxinbaoan.com/en/news_show.asp?id=273; 第二十三条 lists disturbing
//     the 教学 of a unit among such acts — https://gjy.lut.edu.cn/info/1197/3220.htm. The article numbers
//     are those of the law of 2005 (amended 2012), in force over the 2012 report's period; the law was
//     revised on 2025-06-27, in force from 2026-01-01, and the library has not checked the revised text's
//     numbering;
//   - the 2012 report's "没有发生涉及校园安全与稳定的重大案事件" and the city's emergency notices of 2010-04-29,
//     -30 and 05-03 (/work/shared/seed in the project's research).
//
// Left open by these sources, and so left to the caller: what counts as 涉校 (involving a campus); how a
// criminal or public-order case is graded; what a 重大案事件 is; and whether an incident at a campus's gate
// or on a school route belongs to the campus or to the jurisdiction (record it at the jurisdiction when no
// campus is involved).
//
// The package is pure (no I/O, no clock, no global state) and imports only campus, hierarchy, rate, civil
// and the module's internal packages.
package incident
