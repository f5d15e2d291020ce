package catalog

// Documents, as the catalog names them in every Source.
const (
	// DocGongzhi2015168 is the 2015 national work norm of the Ministry of Public Security and the Ministry of
	// Education.
	DocGongzhi2015168 = "公治〔2015〕168号《中小学幼儿园安全防范工作规范(试行)》(公安部办公厅、教育部办公厅)"
	// DocGBT29315v2022 is the 2022 national standard on campus security requirements.
	DocGBT29315v2022 = "GB/T 29315-2022《中小学、幼儿园安全防范要求》"
	// DocGBT29315v2012 is the 2012 national standard on campus security technical systems.
	DocGBT29315v2012 = "GB/T 29315-2012《中小学、幼儿园安全技术防范系统要求》"
	// DocFujian2010 is the Fujian provincial notice of 2010-03-31. Its formal title and number were not recorded in
	// the sources consulted, so it is named by province and date.
	DocFujian2010 = "福建省2010年3月31日中小学幼儿园安全防范工作通知 (formal title and number not recorded)"
	// DocFourHundred is the 2019–2021 national three-year action plan and its "4个100%" targets.
	DocFourHundred = "全国中小学(幼儿园)安全防范建设三年行动计划(2019–2021) \"4个100%\" (公安部、教育部)"
)

// Addresses where the texts were read (see the package documentation for what each holds).
const (
	urlGZ168Book118     = "https://max.book118.com/html/2021/1206/7056104146004060.shtm"
	urlGZ168MOEReply    = "https://www.121xx.cn/art/info/17460058"
	urlGZ168Articles    = "http://bubsandbeans.com/paper/304596412.html"
	urlGZ168Lianyungang = "http://rsrhlxs.com/lygslyqjyj/aqfz/content/2b897321-2e3b-446c-ae31-5b26fc464dd4.html"

	urlGBT2022People     = "http://m.hbtctv.cn/p/53558.html"
	urlGBT2022Xinhua     = "http://cocokvip.com/content/2022-05/31/content_2551438.htm"
	urlGBT2022Fjydhl     = "http://m.fjydhl.net/details/national/85722061370708.html"
	urlGBT2022Teller     = "https://www.tellerreport.com/news/2022-05-30-%22safety-requirements-for-primary-and-secondary-schools-and-kindergartens%22-national-standard-released.r1bYS49Z_c.html"
	urlGBT2012Czspia     = "http://czspia.com/articleinfo/119.html"
	urlGBT2012Bhygbaby   = "http://www.bhygbaby.com/paper/194619028.html"
	urlGBT2012Jimay      = "https://jimay.com/technews/211883.html"
	urlFujian2010Sina    = "http://news.sina.com.cn/c/2010-04-01/044519983883.shtml"
	urlFujian2010GovMirr = "http://nakedoat.com/gzdt/2010-04/01/content_1571049.htm"

	url4x100Conf2019a = "https://m.news.shi-fen.com/china/201905/50-328372.html"
	url4x100Conf2019b = "https://www.hzxhbags.com/hyxw/150.html"
	url4x100Press2021 = "http://cguiw.com/rd/2021032616739.html"
	url4x100Mirror    = "http://216.vigrant-improvement.com/html/46d1699937.html"
	url4x100MOE2020   = "https://edu.hczyw.com/2020/1106/47411.html"
	url4x100MOEReply  = "https://www.121xx.cn/art/info/17460058"
)

// Requirement identifiers of the shipped standards. They are unique across the whole catalog.
const (
	ReqGZ168Principal     = "gz168-art3-principal"
	ReqGZ168Organisation  = "gz168-art3-organisation"
	ReqGZ168SecurityStaff = "gz168-art3-security-staff"
	ReqGZ168Gatekeeper    = "gz168-art3-gatekeeper"
	ReqGZ168Filing        = "gz168-art3-filing"
	ReqGZ168Guards        = "gz168-art5-guards"

	ReqGBT2022Guards    = "gbt29315-2022-guards"
	ReqGBT2022Guardroom = "gbt29315-2022-guardroom-24h"
	ReqGBT2022Patrol    = "gbt29315-2022-key-area-patrol"
	ReqGBT2022AntiRam   = "gbt29315-2022-anti-ram"
	ReqGBT2022Perimeter = "gbt29315-2022-perimeter"

	ReqGBT2012Networking = "gbt29315-2012-4.4-networking"

	ReqFJ2010GuardsSchool       = "fj2010-guards-school"
	ReqFJ2010GuardsKindergarten = "fj2010-guards-kindergarten"
	ReqFJ2010VideoUrban         = "fj2010-video-urban"
	ReqFJ2010AlarmUrban         = "fj2010-intrusion-alarm-urban"
	ReqFJ2010VideoRural         = "fj2010-video-rural"
	ReqFJ2010AlarmRural         = "fj2010-intrusion-alarm-rural"

	ReqTargetGuards = "4x100-guards"
	ReqTargetClosed = "4x100-closed-management"
	ReqTargetAlarm  = "4x100-alarm-linked"
	ReqTargetVideo  = "4x100-video-linked"
	ReqTargetPost   = "4x100-school-gate-post"
)

// provenanceEntry ties a requirement to its source.
type provenanceEntry struct {
	requirement string
	source      Source
}

// provenance returns the source of every shipped requirement, built fresh on each call so that no package-level
// mutable state exists.
func provenance() []provenanceEntry {
	gz168Art3 := func(note string) Source {
		return Source{
			Document:   DocGongzhi2015168,
			Clause:     "第三条",
			URLs:       []string{urlGZ168Articles, urlGZ168Book118},
			Confidence: Secondary,
			Note: "The document number and title are verified (book118 preview); the article text is read from one page " +
				"reproducing the 规范 with matching article numbering, so the wording is secondary. " + note,
		}
	}
	gbt2022 := func(clause, note string) Source {
		return Source{
			Document:   DocGBT29315v2022,
			Clause:     clause,
			URLs:       []string{urlGBT2022People, urlGBT2022Xinhua, urlGBT2022Fjydhl, urlGBT2022Teller},
			Confidence: Verified,
			Note: "Verified in the SAMR release as reported by 人民网 and 新华网; the standard's own text and clause " +
				"numbers were not seen. " + note,
		}
	}
	fj := func(clause, note string) Source {
		return Source{
			Document:   DocFujian2010,
			Clause:     clause,
			URLs:       []string{urlFujian2010Sina, urlFujian2010GovMirr},
			Confidence: Verified,
			Note: "Notice issued 2010-03-31 (人民日报 report of 2010-04-01; gov.cn mirror); the measures were to be in place " +
				"by 2010-09-01, which the catalog uses as the standard's effective date. " + note,
		}
	}
	const fjCentral = "The notice applies to 中心校以上 (central schools and above); the register has no attribute " +
		"for a school's rank, so the catalog scopes this to every 中小学 campus except 小学教学点 (teaching points, which " +
		"are always below a central school). In rural areas this over-includes 村小 (village schools below the central " +
		"school): a caller who records the rank should tailor the requirement to its own list."
	target := func(note string) Source {
		return Source{
			Document:   DocFourHundred,
			Clause:     "\"4个100%\" target",
			URLs:       []string{url4x100Press2021, url4x100Mirror, url4x100Conf2019a, url4x100Conf2019b, url4x100MOE2020, url4x100MOEReply},
			Confidence: Verified,
			Note: "The four targets are verified (公安部 press conference 2021-03-26, 中国新闻网); formal numerator and " +
				"denominator definitions were not found: the catalog's definition is in the package documentation. " + note,
		}
	}
	return []provenanceEntry{
		{ReqGZ168Principal, gz168Art3("The principal (校长/园长) is the first person responsible (第一责任人) for the campus's " +
			"security; checked as an observed fact that this responsibility is assigned in writing.")},
		{ReqGZ168Organisation, gz168Art3("A security management organisation (安全管理机构) is set up.")},
		{ReqGZ168SecurityStaff, gz168Art3("Full- or part-time security staff (专兼职安全保卫人员) are assigned.")},
		{ReqGZ168Gatekeeper, gz168Art3("Full-time gatekeepers (专职门卫) are assigned; the full-time guards (保安员) of the " +
			"same article are checked by " + ReqGZ168Guards + ".")},
		{ReqGZ168Filing, gz168Art3("The arrangements are reported for the record (备案) to the county-level education " +
			"administration and public-security organ.")},
		{ReqGZ168Guards, Source{
			Document:   DocGongzhi2015168,
			Clause:     "第五条",
			URLs:       []string{urlGZ168Lianyungang, urlGZ168Articles},
			Confidence: Secondary,
			Note: "The article text is truncated in the reproduction (\"学校保安员应当按照不低于以下标准配备:师生员工总人数…\"); the " +
				"staffing numbers are quoted as the 2015 规范 standard by a 2020 连云港 district notice: 师生员工 under 100 → at " +
				"least 1 full-time guard; 100 to 1000 → at least 2; above 1000, one more for every 500 additional students. " +
				"The quote leaves two points open and the catalog takes the reading a regulator would: exactly 1000 is in the " +
				"100–1000 band (→ 2), and every started 500 above 1000 adds one guard (ceil): 1001 → 3, 1500 → 3, 1501 → 4, " +
				"2000 → 4, 2001 → 5. The quote counts the base on 师生员工 (students + staff) but the excess on students; the " +
				"catalog measures both on students + staff (see the package documentation). The notice's own conditions " +
				"(age ≤ 60, 保安员证) may be local and are not shipped.",
		}},

		{ReqGBT2022Guards, gbt2022("人力防范要求 (clause number not seen)",
			"Guards by non-boarding students: under 100 → at least 1; 1000 and above → at least 3, plus one for every further "+
				"500. The 100–999 band is NOT given in the public summaries (presumably 2, unconfirmed), so the rule does not "+
				"decide it: a campus in that band is not applicable to this requirement. \"Every further 500\" is read as "+
				"every complete 500 (floor): 1499 → 3, 1500 → 4, 1999 → 4, 2000 → 5, since a started-500 reading would make "+
				"the \"1000 and above → 3\" band a single point. The register records total students and a boarding flag, "+
				"not the number of non-boarding students, so the rule is scoped to non-boarding campuses, where every "+
				"student is non-boarding; for boarding campuses it is undetermined and not applied.")},
		{ReqGBT2022Guardroom, gbt2022("人力防范要求 (clause number not seen)", "The guardroom (门卫室/传达室) is staffed 24 hours.")},
		{ReqGBT2022Patrol, gbt2022("人力防范要求 (clause number not seen)", "Key areas are patrolled at least 5 times a day.")},
		{ReqGBT2022AntiRam, gbt2022("实体防范要求 (clause number not seen)",
			"Hard anti-ram barriers (拒马、隔离墩、升降柱) outside the gate.")},
		{ReqGBT2022Perimeter, gbt2022("实体防范要求 (clause number not seen)",
			"A closed perimeter: walls or metal fences with anti-climb measures.")},

		{ReqGBT2012Networking, Source{
			Document:   DocGBT29315v2012,
			Clause:     "4.4",
			URLs:       []string{urlGBT2012Czspia, urlGBT2012Bhygbaby, urlGBT2012Jimay},
			Confidence: Verified,
			Note: "Basic requirement 4.4: the security system shall keep a networking interface (留有联网接口). Sections 1–4 " +
				"were read; the sections after 4 were not retrieved and are not shipped.",
		}},

		{ReqFJ2010GuardsSchool, fj("专职保安员 (primary and secondary schools)", "At least 2 full-time guards at 中心校以上 "+
			"primary and secondary schools. "+fjCentral)},
		{ReqFJ2010GuardsKindergarten, fj("专职保安员 (kindergartens)", "At least 1 full-time guard at every kindergarten "+
			"(campus kind 幼儿园; nurseries and attached kindergarten classes are not kindergartens and are not in scope).")},
		{ReqFJ2010VideoUrban, fj("视频监控 (urban schools)", "All urban schools have video surveillance at the gate, teaching "+
			"buildings, library, laboratories and dormitories. \"Urban\" is the register's locale (城镇, MOE 城乡分类 1xx).")},
		{ReqFJ2010AlarmUrban, fj("入侵报警 (urban schools)", "All urban schools have intrusion alarms at the gate, teaching "+
			"buildings, library, laboratories and dormitories. \"Urban\" is the register's locale (城镇, MOE 城乡分类 1xx).")},
		{ReqFJ2010VideoRural, fj("视频监控 (rural 中心校以上)", "Rural 中心校以上 schools have video surveillance at the gate and "+
			"key buildings. "+fjCentral)},
		{ReqFJ2010AlarmRural, fj("入侵报警 (rural 中心校以上)", "Rural 中心校以上 schools have intrusion alarms at the gate and "+
			"key buildings. "+fjCentral)},

		{ReqTargetGuards, target("专职保安员配备率: the campus has at least one full-time guard.")},
		{ReqTargetClosed, target("封闭化管理率: the campus is under closed management.")},
		{ReqTargetAlarm, target("一键式紧急报警和视频监控系统达标率/联网率: the one-button emergency alarm is linked to the " +
			"police; a campus counts for this target only when both the alarm and the video are linked.")},
		{ReqTargetVideo, target("一键式紧急报警和视频监控系统达标率/联网率: video surveillance is linked to the police; a " +
			"campus counts for this target only when both the alarm and the video are linked.")},
		{ReqTargetPost, target("护学岗设置率: a school-gate police post (护学岗) is set at arrival and dismissal.")},
	}
}
