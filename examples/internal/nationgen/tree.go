package nationgen

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/campussec/campussec/hierarchy"
)

// TownshipClass is the GB/T 10114 class of a township, told by the first of its three digits.
type TownshipClass uint8

// The township classes, by their digit ranges.
const (
	// Street is a street office (街道), 001–099.
	Street TownshipClass = iota + 1
	// Town is a town (镇), 100–199.
	Town
	// Xiang is a township (乡), 200–399.
	Xiang
	// Other is another township-level unit (政企合一单位: farms, mines, development zones), 400–599.
	Other
)

// String returns the English id of the class.
func (c TownshipClass) String() string {
	switch c {
	case Street:
		return "street"
	case Town:
		return "town"
	case Xiang:
		return "xiang"
	case Other:
		return "other"
	}
	return "TownshipClass(" + strconv.Itoa(int(c)) + ")"
}

// first is the first three-digit township number of the class, last the last.
func (c TownshipClass) span() (first, last int) {
	switch c {
	case Street:
		return 1, 99
	case Town:
		return 100, 199
	case Xiang:
		return 200, 399
	default:
		return 400, 599
	}
}

func (c TownshipClass) suffix() string {
	switch c {
	case Street:
		return "街道"
	case Town:
		return "镇"
	case Xiang:
		return "乡"
	default:
		return "农场"
	}
}

// countyKind is the kind of a county-level unit, which decides its digits and the classes of its townships.
type countyKind uint8

const (
	district   countyKind = iota + 1 // 市辖区, 01–20
	county                           // 县/旗, 21–80
	countyCity                       // 县级市, 81–99
)

// Township is one township of the generated tree, with what the campus generator needs to know about it.
type Township struct {
	Code  hierarchy.Code
	Class TownshipClass
	// County is the index in Dataset.Counties of the county-level unit the township belongs to (for 东莞-like
	// prefectures without counties, the prefecture itself stands in that list).
	County int
	// Province is the index of the province in the national table.
	province int
}

// County is one county-level unit (or a prefecture with townships directly under it) with the name of the public
// security team that inspects its campuses.
type County struct {
	Code hierarchy.Code
	Name string
	// Team is the name of the inspection team of the county's public security bureau (内保大队).
	Team string
	// Townships is the half-open range of indexes in Dataset.Townships of the county's townships.
	Townships [2]int
}

// placeChars are the characters synthetic place names are made of.
var placeChars = []rune("东西南北中新安平和兴龙山河江湖阳城宁丰华林石桥水泉清云福庆长永明德嘉金玉太白青黄花松柳梅桃" +
	"溪源川岭峰泽盛昌隆广远鹤凤鸣义仁礼信孝文武康泰乐寿宝珠田家沙坪坝口关营堡")

func placeName(r *rand.Rand) string {
	a := placeChars[r.IntN(len(placeChars))]
	b := placeChars[r.IntN(len(placeChars))]
	return string([]rune{a, b})
}

// code12 makes a code from its digit groups; it panics on an invalid code, which would be a bug of the generator.
func code12(p, f, c, t int) hierarchy.Code {
	return hierarchy.MustParseCode(fmt.Sprintf("%02d%02d%02d%03d000", p, f, c, t))
}

// split spreads total over n parts at random, none below least, and returns the parts.
func split(r *rand.Rand, total, n, least int) []int {
	parts := make([]int, n)
	if n == 0 {
		return parts
	}
	rest := total - n*least
	if rest < 0 {
		rest = 0
	}
	for i := range parts {
		parts[i] = least
	}
	// Random weights between 0.5 and 1.5 keep parts within a realistic spread.
	w := make([]float64, n)
	sum := 0.0
	for i := range w {
		w[i] = 0.5 + r.Float64()
		sum += w[i]
	}
	given := 0
	for i := range parts {
		k := int(float64(rest) * w[i] / sum)
		parts[i] += k
		given += k
	}
	for i := 0; given < rest; i = (i + 1) % n {
		parts[i]++
		given++
	}
	return parts
}

type treeBuilder struct {
	r         *rand.Rand
	js        []hierarchy.Jurisdiction
	townships []Township
	counties  []County
}

func (b *treeBuilder) add(c hierarchy.Code, name string) {
	b.js = append(b.js, hierarchy.Jurisdiction{Code: c, Name: name})
}

// addTownships adds n townships under parent (a county, or a county-less prefecture when c is 0), choosing their
// classes from the kind of the unit, and records the unit as a County.
func (b *treeBuilder) addTownships(pi, p, f, c int, unit hierarchy.Code, unitName string, kind countyKind, n int) {
	// Shares of streets, towns, xiang and other units by kind of county, per thousand.
	var shares [4]int
	switch kind {
	case district:
		shares = [4]int{700, 280, 10, 10}
	case countyCity:
		shares = [4]int{300, 600, 90, 10}
	default:
		shares = [4]int{60, 520, 410, 10}
	}
	counts := [4]int{}
	for range n {
		x := b.r.IntN(1000)
		k := 0
		for x >= shares[k] {
			x -= shares[k]
			k++
		}
		counts[k]++
	}
	first := len(b.townships)
	ci := len(b.counties)
	for k, m := range counts {
		class := TownshipClass(k + 1)
		lo, hi := class.span()
		if m > hi-lo+1 {
			m = hi - lo + 1
		}
		for j := range m {
			code := code12(p, f, c, lo+j)
			b.add(code, placeName(b.r)+class.suffix())
			b.townships = append(b.townships, Township{Code: code, Class: class, County: ci, province: pi})
		}
	}
	b.counties = append(b.counties, County{
		Code:      unit,
		Name:      unitName,
		Team:      unitName + "公安局内保大队",
		Townships: [2]int{first, len(b.townships)},
	})
}

// addCounties adds the county-level units of one prefecture (or grouping) with their townships.
func (b *treeBuilder) addCounties(pi, p, f int, kinds []countyKind, townships int) {
	parts := split(b.r, townships, len(kinds), 1)
	next := map[countyKind]int{district: 1, county: 21, countyCity: 81}
	for i, kind := range kinds {
		c := next[kind]
		next[kind]++
		code := code12(p, f, c, 0)
		var name string
		switch kind {
		case district:
			name = placeName(b.r) + "区"
		case countyCity:
			name = placeName(b.r) + "市"
		default:
			name = placeName(b.r) + "县"
		}
		b.add(code, name)
		b.addTownships(pi, p, f, c, code, name, kind, parts[i])
	}
}

// countyKinds returns the kinds of n county-level units of an ordinary prefecture: about a third districts,
// a tenth county-level cities, the rest counties, within the digit ranges.
func countyKinds(r *rand.Rand, n int) []countyKind {
	kinds := make([]countyKind, 0, n)
	d := min(20, (n*35+50)/100)
	cc := min(19, (n*10+50)/100)
	if r.IntN(2) == 0 && d > 0 && n > 2 {
		d-- // some prefectures are more rural
	}
	for range d {
		kinds = append(kinds, district)
	}
	for range n - d - cc {
		kinds = append(kinds, county)
	}
	for range cc {
		kinds = append(kinds, countyCity)
	}
	return kinds
}

func repeatKind(k countyKind, n int) []countyKind {
	ks := make([]countyKind, n)
	for i := range ks {
		ks[i] = k
	}
	return ks
}

// buildTree builds the whole national tree from the table, in ascending code order.
func buildTree(r *rand.Rand) *treeBuilder {
	b := &treeBuilder{r: r}
	for pi, pr := range provinces {
		p := pr.num
		b.add(code12(p, 0, 0, 0), pr.name)
		switch {
		case pr.municipality:
			// 市辖区 (NN0100) holds the districts; 重庆 also has 县 (500200).
			districts, counties := pr.counties, 0
			if p == 50 {
				districts, counties = 26, pr.counties-26
			}
			tparts := split(r, pr.townships, 2, 0)
			if counties == 0 {
				tparts = []int{pr.townships}
			}
			b.add(code12(p, 1, 0, 0), "市辖区")
			b.addCounties(pi, p, 1, repeatKind(district, districts), tparts[0])
			if counties > 0 {
				b.add(code12(p, 2, 0, 0), "县")
				b.addCounties(pi, p, 2, repeatKind(county, counties), tparts[1])
			}
		default:
			units := pr.prefectures
			ordinaryCounties := pr.counties - pr.direct
			// Townships are shared by the prefectures and the direct grouping by their number of counties.
			groups := pr.prefectures
			if pr.direct > 0 {
				groups++
			}
			ctyParts := split(r, ordinaryCounties, pr.prefectures-len(pr.countyless), 1)
			weights := make([]int, 0, groups)
			ci := 0
			for f := 1; f <= units; f++ {
				if contains(pr.countyless, f) {
					weights = append(weights, 2)
					continue
				}
				weights = append(weights, ctyParts[ci])
				ci++
			}
			if pr.direct > 0 {
				weights = append(weights, pr.direct)
			}
			tparts := apportion(pr.townships, weights)
			ci = 0
			for f := 1; f <= units; f++ {
				name := placeName(r) + "市"
				code := code12(p, f, 0, 0)
				b.add(code, name)
				if contains(pr.countyless, f) {
					b.addTownships(pi, p, f, 0, code, name, countyCity, tparts[f-1])
					continue
				}
				b.addCounties(pi, p, f, countyKinds(r, ctyParts[ci]), tparts[f-1])
				ci++
			}
			if pr.direct > 0 {
				b.add(code12(p, 90, 0, 0), "省直辖县级行政区划")
				kinds := repeatKind(countyCity, pr.direct)
				if pr.direct > 4 {
					for i := pr.direct / 2; i < pr.direct; i++ {
						kinds[i] = county
					}
				}
				b.addCounties(pi, p, 90, kinds, tparts[len(tparts)-1])
			}
		}
	}
	return b
}

// apportion splits total in proportion to weights by the largest-remainder method.
func apportion(total int, weights []int) []int {
	sum := 0
	for _, w := range weights {
		sum += w
	}
	out := make([]int, len(weights))
	if sum == 0 {
		return out
	}
	given := 0
	rem := make([]int, len(weights))
	for i, w := range weights {
		out[i] = total * w / sum
		rem[i] = total * w % sum
		given += out[i]
	}
	for given < total {
		best := 0
		for i := range rem {
			if rem[i] > rem[best] {
				best = i
			}
		}
		out[best]++
		rem[best] = -1
		given++
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// prefix cuts the tree to its first n townships in code order and their ancestors (n ≥ len keeps all).
func (b *treeBuilder) prefix(n int) {
	if n <= 0 || n >= len(b.townships) {
		return
	}
	last := b.townships[n-1].Code
	keep := 0
	for _, j := range b.js {
		if j.Code.Compare(last) > 0 {
			break
		}
		keep++
	}
	b.js = b.js[:keep]
	b.townships = b.townships[:n]
	lastCounty := b.townships[n-1].County
	b.counties = b.counties[:lastCounty+1]
	b.counties[lastCounty].Townships[1] = n
}
