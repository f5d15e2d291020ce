// Package catalog ships the published campus-security (校园安全保卫) standards and national targets as sourced
// data, in the compliance package's own standard format, so that government systems do not each re-type the
// national norms.
//
// Every requirement carries its source — the document, the clause, the addresses where its text was read — and
// how sure the catalog is of it (Verified, Corroborated, Secondary). Nothing is invented: a provision whose text
// could not be found is not shipped, and this documentation lists it below.
//
// # What is shipped
//
// Load returns a shipped standard version by key (Keys lists them, by effective date; All loads every one; JSON
// returns its text), and each has a named accessor. The standards are embedded JSON files in the compliance
// format, loaded and validated by compliance.LoadStandard on every call: nothing is read at run time and nothing
// is cached. GB/T 29315-2012 and -2022 are two versions of one standard ID, "gbt-29315" (GBT29315Versions says
// which was in force on a date).
//
// Confidence is the research notes' scale: Verified — the document's own text was read (in a reproduction, for
// documents whose original page was not opened); Corroborated — only reports of the document were read, and two
// or more agree; Secondary — one secondary or local source. Every provision the catalog ships, with its
// requirement ID, where it was read and how sure that is (each requirement's source.Citation repeats this,
// with the full note):
//
// 公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》, 公安部办公厅、教育部办公厅 (GongZhi2015168). Number and title
// Verified (book118 preview https://max.book118.com/html/2021/1206/7056104146004060.shtm; MOE reply
// https://www.121xx.cn/art/info/17460058); the day of issue was not recorded, so the effective date 2015-12-31
// is a placeholder the standard's Note explains. Articles, all Secondary:
//   - 第三条 (one page reproducing the 规范, http://bubsandbeans.com/paper/304596412.html): the principal
//     (校长/园长) is the first person responsible (gz168-art3-principal); a security management organisation
//     (gz168-art3-organisation); full- or part-time security staff (gz168-art3-security-staff); full-time
//     gatekeepers (gz168-art3-gatekeeper); the arrangements filed with the county education administration and
//     public-security organ (gz168-art3-filing).
//   - 第五条, quoted by a 2020 连云港 district notice
//     (http://rsrhlxs.com/lygslyqjyj/aqfz/content/2b897321-2e3b-446c-ae31-5b26fc464dd4.html): 师生员工 under 100 →
//     at least 1 full-time guard; 100 to 1000 → at least 2; 超过1000人的学校, 每增加500名学生增配1名
//     (gz168-art5-guards). Read as completed 500s: 1000 → 2, 1,001–1,499 → 2, 1500 → 3, 2000 → 4 (see "Readings").
//   - 第四条 (guards hired 择优聘用 under the 保安服务管理条例; dual management, day-to-day by the school) is in the
//     sources but is hiring and management practice, not a fact an inspection observes: not shipped.
//
// GB/T 29315-2012《中小学、幼儿园安全技术防范系统要求》, effective 2013-06-01 (GBT29315v2012): basic requirement 4.4,
// the security system keeps a networking interface (留有联网接口) (gbt29315-2012-4.4-networking) — Verified: the
// standard's sections 1–4 read at http://czspia.com/articleinfo/119.html (also
// http://www.bhygbaby.com/paper/194619028.html, https://jimay.com/technews/211883.html).
//
// GB/T 29315-2022《中小学、幼儿园安全防范要求》, effective 2022-06-01 (GBT29315v2022) — Corroborated: only press
// reports of the SAMR release were read (人民网 http://m.hbtctv.cn/p/53558.html, 新华网
// http://cocokvip.com/content/2022-05/31/content_2551438.htm, http://m.fjydhl.net/details/national/85722061370708.html),
// which agree; the standard's text and clause numbers were not seen: guards by non-boarding students — 100 or
// fewer (100人以下, 以下 including the number) → at least 1, 1000 and above → at least 3 plus one for every
// further 500 (gbt29315-2022-guards); the
// guardroom staffed 24 hours (gbt29315-2022-guardroom-24h); key areas patrolled at least 5 times a day
// (gbt29315-2022-key-area-patrol); hard anti-ram barriers at the gate (gbt29315-2022-anti-ram); a closed
// perimeter (gbt29315-2022-perimeter). The 101–999 band of the guard rule is not in any public summary: the rule
// marks it undetermined (a campus in that band is Undetermined on the requirement, hence Incomplete) rather than
// guess 2.
//
// The Fujian provincial notice of 2010-03-31 (Fujian2010), a comparator from the 2010 campaign the city report
// belongs to — Corroborated: its text was not seen; two reports of it agree (人民日报,
// http://news.sina.com.cn/c/2010-04-01/044519983883.shtml; the 中央政府门户网站 item from the 福建省人民政府网站,
// mirror http://nakedoat.com/gzdt/2010-04/01/content_1571049.htm). Its number and title are an inference: the
// issuers (省教育厅 with 省公安厅、省委编办、省财政厅) and subject match 闽公综〔2010〕172号《关于切实加强中小学幼儿园及
// 周边治安保卫工作的通知》, cited by a 福清市教育局 notice of 2021
// (http://www.fuqing.gov.cn/xjwz/zwgk/ztzl/lwlb/zcwj/202101/t20210128_3995367.htm); neither report gives the number.
// Its measures were to be in place by 2010-09-01, the standard's effective date (the issue date is FujianIssued):
//   - at least 2 full-time guards at 中心校以上 primary and secondary schools (fj2010-guards-school) and at least 1
//     at kindergartens (fj2010-guards-kindergarten). Where hiring is truly difficult (确有困难), trained teachers
//     may do the guard's work (the gov.cn item only, so this part is Secondary): both requirements count the
//     catalog-defined indicator guards_incl_trained_teachers — the full-time guards plus, at a school whose
//     difficulty the responsible authority has accepted, the trained teachers doing guard work — so the
//     exception is expressed in the observation, never assumed by the catalog.
//   - video surveillance and intrusion alarms at the gate and at important places such as teaching buildings and
//     the library (校门口以及教学楼、图书馆等重要场所) of urban schools (fj2010-video-urban,
//     fj2010-intrusion-alarm-urban) and rural 中心校以上 schools (fj2010-video-rural, fj2010-intrusion-alarm-rural).
//     The list is open (等); laboratories and dormitories, named in the 人民日报 report only, are not required.
//
// Registers rarely record a school's rank, so the shipped Fujian guard requirement and rural video and alarm
// requirements do not select by it: they apply to every 中小学 campus except 小学教学点 (teaching points, always
// below a central school), while the urban ones apply to every urban 中小学 campus; in rural areas this
// over-includes village schools (村小) — the stricter side. A caller whose register records 中心校
// (campus.Designation, inherited from the school) drops those requirements by tailoring
// (compliance.Tailoring.Exclude) and writes its own with compliance.Scope.Designations; a replacement cannot
// narrow them (compliance.Replacement refuses any loosening). "Urban" (城市/城区) is urban–rural codes 11x, the one reading of 城市
// the catalog uses (ReachCity); the notice names only 城市 and 农村, so "rural" is every other locale (镇区 12x
// and 乡村 2xx).
//
// 国办发〔2017〕35号《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》, effective 2017-04-25
// (GuoBanFa201735) — Verified: the text of the 意见 itself was read in two reproductions that agree (闽南网's copy
// of the 中国政府网 text, http://www.iosapp77.com/edu/jyzc/1695651-3.html; a full-text copy,
// https://qinglite.cn/doc/252266f4a9c667e39); the gov.cn page itself was not opened, and the day 2017-04-25
// comes from the full-text copy:
//   - (九) 学生在校期间,对校园实行封闭化管理: closed management while pupils are at school
//     (gbf35-9-closed-management).
//   - (九) 并根据条件在校门口设置硬质防冲撞设施: hard anti-ram barriers at the gate "where conditions allow". The
//     意见 does not say which conditions, so this is not a hard requirement and is not encoded (the standard's
//     Note records it); GB/T 29315-2022's barrier requirement is unconditional.
//   - (十) 除学生人数较少的学校外,每所学校应当至少有1名专职安全保卫人员或者受过专门培训的安全管理人员
//     (gbf35-10-security-staff), counted by the catalog-defined indicator security_staff_or_trained_managers. No
//     threshold for 学生人数较少 is published, so the rule's only band is undetermined: every campus is
//     Undetermined on it (never guessed) until a regulator that publishes the threshold settles the band with a
//     documented variant (compliance.Tailoring's Replace, which records the reading and its reason): the
//     source itself exempts the schools below the threshold.
//   - (十) 寄宿制学校要根据需要配备宿舍管理人员: dormitory managers at boarding campuses
//     (gbf35-10-dormitory-managers, catalog-defined fact dormitory_managers_assigned; 根据需要 is read as leaving
//     the number, not the obligation, to need).
//
// The national "4个100%" targets of the 2019–2021 three-year action plan (FourHundred, FourHundredRates):
// 专职保安员配备率 (4x100-guards), 封闭化管理率 (4x100-closed-management), 一键式紧急报警和视频监控系统达标率/联网率
// (4x100-alarm-linked and 4x100-video-linked) and 护学岗设置率 (4x100-school-gate-post), as the 公安部 press
// conference of 2021-03-26 stated them (中国新闻网, http://cguiw.com/rd/2021032616739.html), with the three
// published populations as presets (Scope2019, Scope2020, Scope2021). The plan's own text was not read: the
// targets and scopes are known from press reports that agree (the addresses are on each requirement and
// scope), so they are Corroborated, not Verified, like every provision read only in the press.
//
// # What is not shipped, and why
//
//   - 《江苏省中小学幼儿园治安保卫工作规定(试行)》, the provincial regulation the 2012 city report measures against:
//     its text was not found in any source consulted; its articles, staffing numbers and 达标 criteria are unknown.
//     See "Writing a provincial checklist" below for how a caller who holds the text encodes it.
//   - The Jiangsu 2010 "八个一": no source lists the eight items. (The 公安部 "八条措施" of 2005 are a different,
//     national set of police measures and are not substituted for them.)
//   - GB/T 29315-2012 sections 5 onward (the list of key locations, per-location equipment, video storage days,
//     alarm links, differences by school type): not retrieved. Claims such as "30 days of video storage" appear in
//     other, provincial documents (Fujian 2014, Liaoning) and are not attributed to the standard.
//   - 公治〔2015〕168号 chapters 3–5 (物防, 技防, 制度: fences, video retention, procedures): not retrieved.
//   - 国办发〔2017〕35号's anti-ram barriers (根据条件, above) and the rest of the 意见 (education, emergency and
//     liability provisions outside (九) and (十)).
//   - Formal numerator and denominator definitions of the "4个100%" rates: not found. The catalog's own definition
//     is given under "The 4个100% rates".
//   - The draft appendix of GB/T 29315-2022 (安全防范设施配置表) and the local anti-terror grading by headcount are
//     secondary drafts or local standards and are not shipped as national requirements.
//
// # Readings the sources leave open
//
// 以上、以下 and 超过: in Chinese legal usage 以上、以下、以内 include the number and 超过 excludes it (民法典 第1259条).
// So 168号's "100 to 1000" band includes 1000, and its step starts above 1000 (超过1000人的学校); GB/T
// 29315-2022's "1000 and above" (1000人以上) band of 3 guards includes 1000.
//
// 每增加500名学生增配1名 (168号 第五条) and "one more for every further 500" (GB/T 29315-2022) are read the same way:
// completed 500s (compliance.StepFloor). Under 168号 a school of 1,001–1,499 students gets no guard above the
// band's 2, one of 1,500 gets 3; under GB/T 29315-2022, 1000–1499 → 3, 1500 → 4. A regulator that reads "every
// started 500" tightens the step by tailoring (changing floor to ceil is a tightening, never a loosening).
//
// 公治〔2015〕168号 第五条 counts the base on 师生员工 (students and staff) and the excess above 1000 on students. The
// rule encodes exactly that: its bands count headcount (students + staff) and its step counts students above
// 1000 (a step may have its own basis). A campus of 950 students and 100 staff therefore needs 2 guards, not 3; a
// regulator who reads the excess on 师生员工 writes its own rule with a headcount step (a tailoring may not change
// a step's basis).
//
// GB/T 29315-2022 counts non-boarding students; the register records a campus's students and whether it boards
// pupils, not how many are non-boarding. The rule's basis is compliance.BasisDayStudents: known for a day
// campus (all its students), unknown for a boarding campus, where the requirement is Undetermined. Likewise
// the 101–999 band is Undetermined. An undetermined requirement makes the campus Incomplete, never compliant and
// never non-compliant: the catalog does not guess. A city that settles the band does so by tailoring with a
// positive minimum (an exemption or a minimum of 0 would require nothing and is refused), and the tailored
// standard records what it was derived from; or it writes the requirement in its own checklist (below).
//
// Where a shipped document names 中小学 and 幼儿园, its requirements apply to every campus kind except nurseries
// (托儿所), which those documents do not cover; 幼儿园 are the kinds of MOE 学校类别 11 (campus.Kindergarten,
// campus.MinorityKindergarten and campus.KindergartenClass). 中小学 is campus.GroupSchool: every other kind of the
// 办学类型 table, the vocational (the Fujian report says 中小学(含中等职业学校)), special-education, reform and
// adult kinds and the attached classes included. A caller whose documents read 中小学 more narrowly excludes by
// tailoring.
//
// Catalog-defined indicators (declared in the standards that use them; compliance.Standard.Indicator returns
// them): security_staff_assigned and security_arrangements_filed (公治〔2015〕168号); guards_incl_trained_teachers,
// video_gate_key_buildings and intrusion_alarm_gate_key_buildings (Fujian 2010); security_staff_or_trained_managers
// and dormitory_managers_assigned (国办发〔2017〕35号). Every other indicator is one of the well-known set.
//
// # Well-known indicators
//
// The well-known indicators are the observations campus-security inspections record, which package compliance
// knows by id (compliance.LookupIndicator) and resolves to a fast slot in compliance.Measurements. The catalog
// names each, with where it comes from: FullTimeGuards, GuardroomStaffed24h, ClosedManagement,
// EmergencyAlarmLinked, VideoLinked, VideoRetentionDays, SchoolGatePolicePost, AntiRamBarriers,
// PerimeterIntrusionAlarm, VisitorRegistration, EmergencyPlan, EmergencyDrillsPerTerm, ProtectiveEquipment,
// KeyAreaPatrolsPerDay, NetworkingInterface, PrincipalResponsible, SecurityOrganisation, FullTimeGatekeeper,
// VideoSurveillance and PerimeterBarrier (WellKnownIndicators lists them in that order). A standard refers to
// them by id and needs no declaration.
//
// # The 4个100% rates
//
// FourHundredRates computes the four rates from a register and an inspection history as of a date, over the
// populations of a TargetScope. For each target, the catalog's definition is:
//   - denominator: the campuses of the register in the target's population;
//   - numerator: those whose latest inspection on or before the date (within the validity window, if any)
//     observed the target's indicators and found them satisfied;
//   - campuses whose latest inspection found them unsatisfied are counted as not meeting the target;
//   - campuses with no inspection, or whose latest inspection did not observe the indicator, are counted
//     separately as unobserved — never as passing. They stay in the denominator, so an unobserved campus lowers
//     the rate; the rate over observed campuses only is reported beside it.
//
// Each rate exists at two levels, each labelled with its unit: campuses (校区: TargetRate.Rate, Figure) and
// schools (学校: SchoolRate, SchoolFigure; a school meets a target when every campus of it in the population
// does). The published national figures count schools (ScopeReported2021). Populations may select ownership
// (公办/民办, Population.KindergartensOwnership); a campus whose ownership is not recorded is then counted apart
// (TargetRate.Unplaced). Each target is measured against a one-target standard
// derived from FourHundred (TargetStandard), so its statuses are compliance's own: Compliant counts, NonCompliant
// does not, Incomplete and Unassessed are unobserved. TargetRate.Figure turns a rate into a self-describing
// compliance.Figure titled with the target's name (专职保安员配备率), against the one-target standard at
// FourHundred's version, and whose population names the scope ("城市中小学 (2019 scope)").
//
// # Writing a provincial checklist
//
// The Jiangsu 规定(试行) could not be found, so it is not shipped; a province or city that holds its own text
// encodes it itself, in three steps (Example_cityChecklist runs them; the checklist below is an illustration,
// not a real document).
//
// 1. Write the checklist in the compliance JSON format (compliance.LoadStandard documents it), declaring any
// indicator of its own, and load it:
//
//	{
//	  "format": 1,
//	  "id": "example-city-checklist",
//	  "title": "示例市中小学幼儿园安全防范检查表",
//	  "issuer": "示例市公安局、教育局",
//	  "version": "2024",
//	  "effective": "2024-03-01",
//	  "indicators": [{"id": "canteen_video", "label": "食堂操作间视频监控", "kind": "fact"}],
//	  "requirements": [{
//	    "id": "city-canteen-video", "title": "食堂操作间安装视频监控",
//	    "source": {"document": "示例市检查表 (illustration)", "clause": "第1项"},
//	    "scope": {"groups": ["school", "preschool"]},
//	    "rule": {"kind": "fact", "indicator": "canteen_video"}
//	  }]
//	}
//
//	own, err := compliance.LoadStandard(data)
//
// 2. Tailor a national standard instead of copying it: keep or drop requirements (Include, Exclude) and
// tighten parameters. A tailoring may only tighten — it never lowers a minimum, and settles a band the standard
// leaves undetermined only with a positive minimum, never an exemption or 0 (compliance.ErrLoosening) — and the result records what it
// was derived from:
//
//	tailored, err := compliance.Tailor(catalog.GBT29315v2022(), compliance.Tailoring{
//		ID: "example-city-gbt29315", Version: "2024",
//		Set: []compliance.Parameter{
//			{Requirement: catalog.ReqGBT2022Guards, Bands: []compliance.Band{{From: 0, Min: 2}, {From: 101, Undetermined: true}, {From: 1000, Min: 3}}},
//			{Requirement: catalog.ReqGBT2022Patrol, Min: 6},
//		},
//	})
//
// 3. Evaluate each campus against both, each under its own compliance.Query (compliance.NewQuery): Query.Evaluate
// for the per-requirement outcomes, History.Assess or compliance.Summarize for the status as of a date; the campus
// is fully compliant when it is compliant under each.
// A JSON starting point for step 1 is any shipped standard's text (JSON).
package catalog
