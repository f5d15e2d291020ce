package samplecity

import "strings"

// stems are the place-name stems of the sample city's towns and streets, one per township-level unit, in
// the order the units are laid out. They are invented, plain Chinese place words; none names a real township.
var stems = []string{
	// 东城区 (8 streets)
	"东门", "中山", "人民", "解放", "新华", "和平", "建设", "胜利",
	// 西城区 (7 streets)
	"西门", "文化", "光明", "友谊", "运河", "鼓楼", "朝阳",
	// 南湖区 (6 streets, 3 towns)
	"南门", "湖滨", "清水", "白塔", "青石", "望湖", "黄庄", "柳营", "杨桥",
	// 北塘区 (5 streets, 4 towns)
	"北门", "北塘", "桃园", "梅村", "竹林", "松岗", "金山", "银湖", "石桥",
	// 滨江区 (4 streets, 5 towns)
	"江滨", "港口", "新港", "沿江", "双河", "三里", "五星", "七里", "九龙",
	// 湖西区 (3 streets, 6 towns)
	"湖西", "西湖", "大港", "小湖", "新桥", "龙泉", "凤凰", "马场", "牛山",
	// 江阳市 (3 streets, 10 towns, 1 township)
	"江阳", "城南", "城北", "鹤林", "雁荡", "长岗", "高桥", "东庄", "西庄", "南庄", "北庄", "芦荡", "荷花", "柏树",
	// 云台市 (2 streets, 9 towns, 2 townships)
	"云台", "云东", "云西", "上河", "下河", "河口", "葛村", "丁堰", "唐桥", "宋庄", "元墩", "明珠", "清溪口",
	// 青溪市 (2 streets, 8 towns, 2 townships)
	"青溪", "溪东", "溪南", "溪北", "枫林", "桂花", "茶亭", "瓦屋", "土桥", "金塘", "银杏", "玉泉",
	// 临湖市 (2 streets, 8 towns, 1 township)
	"临湖", "湖东", "湖畔", "湖口", "渔港", "菱塘", "莲花", "苇荡", "蒲塘", "芦墟", "沙洲",
}

var digitsZH = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// numeralZH writes 1 ≤ n ≤ 99 in Chinese numerals (1 一, 10 十, 12 十二, 20 二十, 35 三十五).
func numeralZH(n int) string {
	if n < 10 {
		return digitsZH[n]
	}
	var b strings.Builder
	if n/10 > 1 {
		b.WriteString(digitsZH[n/10])
	}
	b.WriteString("十")
	if n%10 != 0 {
		b.WriteString(digitsZH[n%10])
	}
	return b.String()
}
