package main

// messages are the report's sentences: Chinese first, English second, as fmt formats. Table headers are
// "|"-separated column names.
var messages = map[string][2]string{
	"title": {"%s(%s)校园安全保卫工作情况", "Campus security in %s (%s)"},
	"note": {"(示例数据:合成的示例城市;检查清单为本示例自拟,不是《江苏省中小学幼儿园治安保卫工作规定(试行)》原文,该规定文本未公开;所有数字均由 campussec 从数据计算。)",
		"(Example data: a synthetic city; the checklist is this example's own, not the text of the Jiangsu regulations, which is not public; every figure is computed by campussec from the data.)"},

	"register.head":    {"\n一、底数(校园数含分校区;学校与校园是两种单位)", "\n1. The register (campuses include branch campuses; schools and campuses are different units)"},
	"register.total":   {"  校园 %d 个,学校 %d 所(%d 个分校区)", "  %d campuses of %d schools (%d branch campuses)"},
	"register.split":   {"  校园 %d = %s;%d = %s", "  campuses %d = %s; %d = %s"},
	"register.columns": {"类别|证照|校园(个)|学校(所)", "group|licence|campuses|schools"},
	"register.kinds":   {"  按办学类型(校园):%s", "  by kind (campuses): %s"},

	"compliance.head": {"\n二、达标情况(截至 %s;对照 %s,版本 %s;防范等级:%s)",
		"\n2. Compliance as of %s (against this example's own checklist %s, version %s; prevention level: %s)"},
	"compliance.licensed": {"  有证校园:达标 %d 个 / 共 %d 个,全达标率 %s(%s);未达标 %d 个,检查不完整 %d 个,未检查 %d 个",
		"  licensed campuses: %d of %d compliant, full-compliance rate %s (%s); %d non-compliant, %d incomplete, %d unassessed"},
	"laggard":       {"    未达标:%s %s(%s),%s 由 %s 检查,未达到:%s", "    non-compliant: %s %s (%s), inspected %s by %s, unmet: %s"},
	"laggard.unmet": {"%s(实有 %d,应有 %d)", "%s (observed %d, required %d)"},
	"compliance.unlicensed": {"  无证校园:达标 %d 个 / 共 %d 个,全达标率 %s(%s);未达标 %d 个,检查不完整 %d 个",
		"  unlicensed campuses: %d of %d compliant, full-compliance rate %s (%s); %d non-compliant, %d incomplete"},
	"compliance.unassessed": {"  未检查 %d 个(单列:既不算达标也不算未达标,全达标率的分母包含它们):无证校园 %d 个,有证校园 %d 个",
		"  unassessed: %d (a line of their own: neither compliant nor non-compliant; the full-compliance rate counts them in its denominator): %d unlicensed, %d licensed"},
	"compliance.outofscope": {"  不适用 %d 个(检查标准的任何要求都不适用于这些校园,不在全达标率的分子或分母中):无证校园 %d 个,有证校园 %d 个",
		"  out of scope: %d (no requirement of the checklist applies to them; in neither part of the full-compliance rate): %d unlicensed, %d licensed"},
	"compliance.all":   {"  全部校园:达标 %d 个 / 共 %d 个,全达标率 %s", "  all campuses: %d of %d compliant, full-compliance rate %s"},
	"rounding.same":    {"修约:%s,四舍五入结果相同", "rounding: %s; half-up gives the same"},
	"rounding.differs": {"修约:%s,四舍五入结果不同", "rounding: %s; half-up differs"},

	"change.head":     {"\n三、有证校园全达标率与 %s(2010年5月,全面开展时)相比", "\n3. Licensed full-compliance rate since %s (May 2010, when the campaign was under way)"},
	"change.summary":  {"  %s", "  %s"},
	"change.rates":    {"  %s 为 %s(%s),%s 为 %s(%s)", "  %s %s (%s); %s %s (%s)"},
	"change.points":   {"  百分点变化:%s(由精确比例计算,只修约一次)", "  change in points: %s (from the exact fractions, rounded once)"},
	"change.relative": {"  另:%s,即相对于2010年5月比率的增幅,单位不是百分点", "  separately: %s, i.e. relative to the May 2010 rate, not in points"},

	"table.head": {"\n四、分区县(市)、乡镇街道达标情况(截至 %s)", "\n4. By district / county-level city and town (as of %s)"},
	"table.columns": {"代码|名称|校园数|有证达标/有证|有证全达标率|无证达标/无证|无证全达标率|未检查|全部全达标率",
		"code|name|campuses|licensed: compliant|rate|unlicensed: compliant|rate|unassessed|all: rate"},
	"table.note": {"  (%[1]s = %[2]s / %[3]s;各级为其全部下级校园之和,不是下级比率的平均;有证、全部保留 %[4]d 位小数,无证保留 %[5]d 位;修约:%[6]s)",
		"  (full-compliance rate = %[2]s / %[3]s; each level sums its campuses, never averages rates; licensed and overall to %[4]d decimal places, unlicensed to %[5]d; rounding: %[7]s)"},

	"coverage.head":    {"\n五、分片包干检查(上学期:%s 至 %s)", "\n5. Team areas (分片包干; last term: %s to %s)"},
	"coverage.columns": {"检查组|上学期检查校园|包干区域", "team|inspected last term|areas"},
	"coverage.noarea":  {"—(无包干区域)", "— (holds no area)"},
	"coverage.nogap":   {"  无空白区域", "  no gaps"},
	"coverage.gap":     {"  空白(无人包干):%s %s,校园 %d 个", "  gap (no team): %s %s, %d campuses"},
	"coverage.overlap": {"  重叠(多组包干):%s %s,校园 %d 个,%s", "  overlap (several teams): %s %s, %d campuses, %s"},
	"term.head": {"  上学期未检查的校园:有证 %d 个,无证 %d 个;有证的如下(其状态沿用此前最近一次检查):",
		"  not inspected last term: %d licensed, %d unlicensed; the licensed ones (their status is that of their latest earlier inspection):"},

	"rect.head":   {"\n六、整改情况(截至 %s;整改期限为检查后 %d 天,本示例自定)", "\n6. Rectification (as of %s; deadline %d days after the inspection, the example's own policy)"},
	"rect.counts": {"  发现问题 %d 项:按期整改 %d 项,逾期整改 %d 项,整改中(未到期)%d 项,逾期未整改 %d 项", "  %d findings: %d rectified on time, %d rectified late, %d open within the deadline, %d overdue"},
	"rect.rate":   {"  %s %s(%s:%s / %s)", "  rectification rate %[2]s (%[3]s: %[4]s / %[5]s)"},
	"rect.ontime": {"  %s %s(%s:%s / %s)", "  on-time rectification rate %[2]s (%[3]s: %[4]s / %[5]s)"},
	"rect.columns": {"代码|名称|问题数|按期整改|逾期整改|整改中|逾期未整改|整改率",
		"code|name|findings|on time|late|open|overdue|rate"},
	"rect.overdue": {"  逾期未整改:有证校园 %d 项,无证校园 %d 项;有证的如下:", "  overdue: %d at licensed campuses, %d at unlicensed ones; the licensed ones:"},
	"rect.item":    {"    %s:%s,%s 发现,期限 %s", "    %s: %s, found %s, due %s"},
}
