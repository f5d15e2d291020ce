package nationgen

// province is one row of the national table the tree is built from: the real GB/T 2260 province number and name,
// the real number of prefecture-level divisions, and approximate real numbers of county-level divisions and of
// townships (乡级: 街道/镇/乡), with the population in millions (2020s, rounded) as the weight that spreads campuses.
type province struct {
	num         int     // two-digit province number, 11..65
	name        string  // official name
	prefectures int     // prefecture-level divisions (地级), not counting the summary groupings below
	counties    int     // county-level divisions (县级), approximate
	townships   int     // townships (乡级), approximate
	population  float64 // millions, approximate; the share of campuses
	// municipality is true for the four 直辖市: their counties sit under 市辖区 groupings (110100 …).
	municipality bool
	// direct is the number of county-level units directly under the province (省直辖县级行政区划, grouped under
	// NN9000), taken out of counties.
	direct int
	// countyless lists prefecture numbers (within 1..prefectures) that have townships directly under them and no
	// counties (东莞 4419 and 中山 4420).
	countyless []int
}

// provinces is the table of the 31 provincial-level divisions of the mainland, in code order. The prefecture counts
// add up to 333; counties to 2,843 and townships to 38,530, within a fraction of a per cent of the national figures.
var provinces = []province{
	{num: 11, name: "北京市", counties: 16, townships: 343, population: 21.9, municipality: true},
	{num: 12, name: "天津市", counties: 16, townships: 252, population: 13.6, municipality: true},
	{num: 13, name: "河北省", prefectures: 11, counties: 167, townships: 2255, population: 74.2},
	{num: 14, name: "山西省", prefectures: 11, counties: 117, townships: 1278, population: 34.8},
	{num: 15, name: "内蒙古自治区", prefectures: 12, counties: 103, townships: 1025, population: 24.0},
	{num: 21, name: "辽宁省", prefectures: 14, counties: 100, townships: 1355, population: 42.3},
	{num: 22, name: "吉林省", prefectures: 9, counties: 60, townships: 946, population: 23.5},
	{num: 23, name: "黑龙江省", prefectures: 13, counties: 121, townships: 1286, population: 31.0},
	{num: 31, name: "上海市", counties: 16, townships: 215, population: 24.8, municipality: true},
	{num: 32, name: "江苏省", prefectures: 13, counties: 95, townships: 1236, population: 85.3},
	{num: 33, name: "浙江省", prefectures: 11, counties: 90, townships: 1364, population: 66.3},
	{num: 34, name: "安徽省", prefectures: 16, counties: 104, townships: 1495, population: 61.2},
	{num: 35, name: "福建省", prefectures: 9, counties: 84, townships: 1109, population: 41.9},
	{num: 36, name: "江西省", prefectures: 11, counties: 100, townships: 1583, population: 45.2},
	{num: 37, name: "山东省", prefectures: 16, counties: 136, townships: 1825, population: 101.6},
	{num: 41, name: "河南省", prefectures: 17, counties: 157, townships: 2461, population: 98.7, direct: 1},
	{num: 42, name: "湖北省", prefectures: 13, counties: 103, townships: 1254, population: 58.4, direct: 4},
	{num: 43, name: "湖南省", prefectures: 14, counties: 122, townships: 1944, population: 66.0},
	{num: 44, name: "广东省", prefectures: 21, counties: 122, townships: 1612, population: 127.1, countyless: []int{19, 20}},
	{num: 45, name: "广西壮族自治区", prefectures: 14, counties: 111, townships: 1251, population: 50.5},
	{num: 46, name: "海南省", prefectures: 4, counties: 25, townships: 218, population: 10.4, direct: 15},
	{num: 50, name: "重庆市", counties: 38, townships: 1031, population: 32.0, municipality: true},
	{num: 51, name: "四川省", prefectures: 21, counties: 183, townships: 3101, population: 83.7},
	{num: 52, name: "贵州省", prefectures: 9, counties: 88, townships: 1509, population: 38.7},
	{num: 53, name: "云南省", prefectures: 16, counties: 129, townships: 1419, population: 46.7},
	{num: 54, name: "西藏自治区", prefectures: 7, counties: 74, townships: 697, population: 3.7},
	{num: 61, name: "陕西省", prefectures: 10, counties: 107, townships: 1312, population: 39.6},
	{num: 62, name: "甘肃省", prefectures: 14, counties: 86, townships: 1356, population: 24.7},
	{num: 63, name: "青海省", prefectures: 8, counties: 44, townships: 403, population: 5.9},
	{num: 64, name: "宁夏回族自治区", prefectures: 5, counties: 22, townships: 244, population: 7.3},
	{num: 65, name: "新疆维吾尔自治区", prefectures: 14, counties: 107, townships: 1151, population: 26.0, direct: 12},
}

// Real national totals the table reproduces (approximately for counties and townships).
const (
	// NationalPrefectures is the number of prefecture-level divisions (地级行政区) in the table.
	NationalPrefectures = 333
	// NationalCounties is the number of county-level divisions (县级行政区) in the table.
	NationalCounties = 2843
	// NationalTownships is the number of townships (乡级行政区) in the table.
	NationalTownships = 38530
	// NationalCampuses is the default number of campuses: about all the schools and kindergartens of China.
	NationalCampuses = 520000
)
