package main

// messages are the report's sentences: Chinese first, English second, as fmt formats.
var messages = map[string][2]string{
	"title": {"%s(%s)校园安全保卫工作情况", "Campus security in %s (%s)"},
	"note": {"(示例数据:合成的示例城市,检查清单为本示例自拟,不是《江苏省中小学幼儿园治安保卫工作规定(试行)》原文;所有数字均由 campussec 从数据计算。)",
		"(Example data: a synthetic city; the checklist is this example's own, not the text of the Jiangsu regulations; every figure is computed by campussec from the data.)"},

	"register.head":  {"\n一、底数(校园数含分校区;学校与校园是两种单位)", "\n1. The register (campuses include branch campuses; schools and campuses are different units)"},
	"register.total": {"  校园 %d 个,学校 %d 所(%d 个分校区)", "  %d campuses of %d schools (%d branch campuses)"},
	"register.split": {"  校园 %d = %s;%d = %s", "  campuses %d = %s; %d = %s"},
	"register.cell":  {"    %s·%s:校园 %d 个,学校 %d 所", "    %s, %s: %d campuses, %d schools"},
	"register.kinds": {"  按办学类型(校园):%s", "  by kind (campuses): %s"},

	"coverage.head":    {"\n五、分片包干检查", "\n5. Team areas (分片包干)"},
	"coverage.team":    {"  %s:%s", "  %s: %s"},
	"coverage.nogap":   {"  无空白区域", "  no gaps"},
	"coverage.gap":     {"  空白(无人包干):%s %s,校园 %d 个", "  gap (no team): %s %s, %d campuses"},
	"coverage.overlap": {"  重叠(多组包干):%s %s,校园 %d 个,%s", "  overlap (several teams): %s %s, %d campuses, %s"},
}
