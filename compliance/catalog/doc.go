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
// 公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》, issued by the General Offices of the Ministry of Public
// Security and the Ministry of Education (GongZhi2015168; the day of issue was not recorded, so its effective
// date is 2015-12-31, the last day of the year of issue — the latest day by which it certainly existed — a
// placeholder its compliance.Standard.Note explains). The document number and title are verified; the article
// texts come from one page reproducing the 规范 and are Secondary:
//   - 第三条: the principal (校长/园长) is the first person responsible for security (gz168-art3-principal); a
//     security management organisation is set up (gz168-art3-organisation); full- or part-time security staff
//     are assigned (gz168-art3-security-staff); full-time gatekeepers are assigned (gz168-art3-gatekeeper); the
//     arrangements are filed with the county education administration and public-security organ
//     (gz168-art3-filing).
//   - 第五条, the guard staffing rule (gz168-art5-guards), quoted by a 2020 连云港 district notice (Secondary):
//     师生员工 (students and staff) under 100 → at least 1 full-time guard; 100 to 1000 → at least 2; above 1000,
//     one more for every 500 additional students. The quote leaves the boundary at 1000 and the rounding of the
//     step open; the catalog reads it as a regulator would: 1000 is in the 100–1000 band, and every started 500
//     adds one guard, so 1000 → 2, 1001 → 3, 1500 → 3, 1501 → 4, 2000 → 4, 2001 → 5.
//   - 第四条 (guards hired 择优聘用 under the 保安服务管理条例; dual management by the security company and the
//     school, day-to-day management by the school) is recorded in the sources but is a matter of hiring and
//     management practice, not a fact an inspection observes: it is not shipped as a requirement.
//
// GB/T 29315-2022《中小学、幼儿园安全防范要求》, effective 2022-06-01 (GBT29315v2022), as the State Administration
// for Market Regulation's release reported it (Verified; the clause numbers were not seen): guards by
// non-boarding students — under 100 → at least 1, 1000 and above → at least 3 plus one for every further 500
// (gbt29315-2022-guards); the guardroom staffed 24 hours (gbt29315-2022-guardroom-24h); key areas patrolled at
// least 5 times a day (gbt29315-2022-key-area-patrol); hard anti-ram barriers at the gate (gbt29315-2022-anti-ram);
// a closed perimeter (gbt29315-2022-perimeter). The 100–999 band of the guard rule is not in any public summary:
// the rule marks it undetermined (a campus in that band is Undetermined on the requirement, hence Incomplete)
// rather than guess 2.
//
// GB/T 29315-2012《中小学、幼儿园安全技术防范系统要求》, effective 2013-06-01 (GBT29315v2012): basic requirement 4.4,
// the security system keeps a networking interface (留有联网接口) (gbt29315-2012-4.4-networking).
//
// The Fujian provincial notice of 2010-03-31 (Fujian2010), a verified comparator from the 2010 campaign the city
// report belongs to: at least 2 full-time guards at 中心校以上 primary and secondary schools, at least 1 at
// kindergartens; video surveillance and intrusion alarms at the gate and key buildings of urban schools and rural
// 中心校以上 schools; the measures to be in place by 2010-09-01, which is the standard's effective date (the issue
// date is FujianIssued). The register has no attribute for a school's rank (中心校以上), so the guard
// requirement (fj2010-guards-school) and the rural video and alarm requirements (fj2010-video-rural,
// fj2010-intrusion-alarm-rural) apply to every 中小学 campus except 小学教学点 (teaching points, always below a
// central school), while the urban ones (fj2010-video-urban, fj2010-intrusion-alarm-urban) apply to every urban
// 中小学 campus; kindergartens need 1 guard (fj2010-guards-kindergarten);
// in rural areas this over-includes village schools (村小), and a caller who knows which schools are 中心校以上 drops
// those requirements by tailoring (compliance.Tailoring.Exclude) and encodes its own list (campus.Designation
// now records 中心校, and compliance.Scope.Designations selects it). "Urban" (城市/城区) is urban–rural codes 11x,
// the one reading of 城市 the catalog uses (ReachCity); the notice names only 城市 and 农村, so "rural" is every
// other locale (镇区 12x and 乡村 2xx).
//
// The national "4个100%" targets of the 2019–2021 three-year action plan (FourHundred, FourHundredRates):
// 专职保安员配备率, 封闭化管理率, 一键式紧急报警和视频监控系统达标率/联网率 and 护学岗设置率, with the three published
// populations as presets (Scope2019, Scope2020, Scope2021).
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
//     other, local documents and are not attributed to the standard.
//   - 公治〔2015〕168号 chapters 3–5 (物防, 技防, 制度: fences, video retention, procedures): not retrieved.
//   - Formal numerator and denominator definitions of the "4个100%" rates: not found. The catalog's own definition
//     is given under "The 4个100% rates".
//   - The draft appendix of GB/T 29315-2022 (安全防范设施配置表) and the local anti-terror grading by headcount are
//     secondary drafts or local standards and are not shipped as national requirements.
//
// # Readings the sources leave open
//
// 公治〔2015〕168号 第五条 counts the base on 师生员工 (students and staff) and the excess above 1000 on students. The
// rule encodes exactly that: its bands count headcount (students + staff) and its step counts students above
// 1000 (a step may have its own basis), every started 500 adding one. A campus of 950 students and 100 staff
// therefore needs 2 guards, not 3; a regulator who reads the excess on 师生员工 writes its own rule with a
// headcount step (a tailoring may not change a step's basis).
//
// GB/T 29315-2022 counts non-boarding students; the register records a campus's students and whether it boards
// pupils, not how many are non-boarding. The rule's basis is compliance.BasisDayStudents: known for a day
// campus (all its students), unknown for a boarding campus, where the requirement is Undetermined. Likewise
// the 100–999 band is Undetermined. An undetermined requirement makes the campus Incomplete, never compliant and
// never non-compliant: the catalog does not guess. A city that settles the band tailors it (below).
//
// Where a shipped document names 中小学 and 幼儿园, its requirements apply to every campus kind except nurseries
// (托儿所), which those documents do not cover; 幼儿园 are the kinds of MOE 学校类别 11 (campus.Kindergarten and
// campus.KindergartenClass). 中小学 is campus.GroupSchool, vocational, special-education and reform schools
// included.
//
// Catalog-defined indicators (declared in the standards that use them; compliance.Standard.Indicator returns
// them): security_staff_assigned and security_arrangements_filed (公治〔2015〕168号), video_gate_key_buildings and
// intrusion_alarm_gate_key_buildings (Fujian 2010: present when the gate, teaching buildings, library,
// laboratories and dormitories are all covered). Every other indicator is one of compliance's well-known set.
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
// tighten parameters. A tailoring may only tighten — it may settle an undetermined band but never lower a
// minimum (compliance.ErrLoosening) — and the result records what it was derived from:
//
//	tailored, err := compliance.Tailor(catalog.GBT29315v2022(), compliance.Tailoring{
//		ID: "example-city-gbt29315", Version: "2024",
//		Set: []compliance.Parameter{
//			{Requirement: catalog.ReqGBT2022Guards, Bands: []compliance.Band{{From: 0, Min: 1}, {From: 100, Min: 2}, {From: 1000, Min: 3}}},
//			{Requirement: catalog.ReqGBT2022Patrol, Min: 6},
//		},
//	})
//
// 3. Evaluate each campus against both (compliance.Evaluate for the per-requirement outcomes, compliance.StatusOf
// or History.Status for the status as of a date); the campus is fully compliant when it is compliant under each.
// A JSON starting point for step 1 is any shipped standard's text (JSON).
package catalog
