// Package hierarchy models the jurisdictions of China's territorial-responsibility chain (属地管理)
// and their administrative-division codes, and rolls figures up that chain.
//
// # The chain
//
// Under 属地管理责任制 every campus belongs to a township-level unit, which answers to a county-level
// unit, which answers to a city, and so on up:
//
//	省 (province, autonomous region, municipality: 省/自治区/直辖市)            Province
//	→ 地级市 (prefecture-level city, prefecture, autonomous prefecture, league) Prefecture
//	→ 区/县/县级市 (district, county, county-level city)                         County
//	→ 乡/镇/街道 (township, town, street office)                                 Township
//	→ 社区/村 (residents' committee, villagers' committee)                       Community
//
// A Jurisdiction is a Code and a name; NewTree validates a set of them into an immutable Tree.
//
// # The codes
//
// A Code is a 12-digit statistical division code (统计用区划代码) of the National Bureau of
// Statistics:
//
//	32 05 05 001 001
//	|  |  |  |   └── community: 居委会/村委会 sequence (社区/村)
//	|  |  |  └────── township: GB/T 10114 (乡/镇/街道)
//	|  |  └───────── county (区/县/县级市)
//	|  └──────────── prefecture (地级市/地区/自治州/盟)
//	└─────────────── province (省/自治区/直辖市); 32 = 江苏
//
// The first six digits are the national standard GB/T 2260 code (苏州市 320500, its district 虎丘区
// 320505). GB/T 10114 adds three township digits whose first digit gives the kind of unit: 001–099 a
// street office (街道), 100–199 a town (镇), 200–399 a township (乡), 400–599 other units such as
// state farms and development zones (政企合一单位 and the like). ParseCode accepts 6 digits (province,
// prefecture or county), 9 digits (township) or 12 digits (any level); trailing zero groups mark the
// level, and String prints the shortest canonical form: 6 digits down to county level, 9 for a
// township, 12 for a community.
//
// The level of a code is the position of its last non-zero group, and its parent is the code with
// that group zeroed. The real codes contain quirks that this rule handles as they are:
//
//   - 东莞 and 中山 have no counties: 东莞 441900003 is a township whose parent is the
//     prefecture-level city 441900.
//   - County-level cities administered directly by a province (省直辖县级行政区划) sit under a
//     grouping code: 仙桃 429004 has the parent 429000, whose parent is 湖北 420000.
//   - The districts of a municipality sit under its 市辖区 grouping: 东城区 110101 has the parent 110100.
//
// A code may therefore skip the county group, but never the prefecture group (320005 is rejected:
// no real code has county digits under a zero prefecture) nor the township group (a community
// always has a township). The province digits must name a province (11–15, 21–23, 31–37, 41–46,
// 50–54, 61–65, 71, 81, 82). Codes change between revisions and NBS gives codes to special zones
// that are not legal divisions; the package checks structure only, and the tree a caller builds
// says which codes exist.
//
// # The tree, roll-ups and coverage
//
// A Tree gives every jurisdiction a dense index in ascending code order, so a parent comes before its
// children and a subtree is a contiguous run of indexes. RollUpIndexed and RollUp use it to merge
// values (campus counts, tallies) from every jurisdiction into all its ancestors in O(nodes + values),
// with no map lookups on the hot path. CheckCoverage checks the 分片包干、不留死角 rule: the areas
// assigned to inspection teams should cover every jurisdiction under a scope, none twice by accident.
package hierarchy
