package samplecity

import "fmt"

// The sample city's place in the division-code tree. 3214 is not a Jiangsu prefecture in GB/T 2260 (they
// run 3201–3213), so the example cannot be mistaken for a real city while its codes still look real.
const (
	ProvinceCode = "320000"
	ProvinceName = "江苏省"
	CityCode     = "321400"
	CityName     = "示例市"
)

// townClass is the GB/T 10114 class of a township-level unit, told by its three township digits.
type townClass uint8

const (
	street   townClass = iota + 1 // 001–099 街道 (street office)
	town                          // 100–199 镇
	township                      // 200–399 乡
)

// suffix is the name ending of the class.
func (c townClass) suffix() string {
	return [...]string{"", "街道", "镇", "乡"}[c]
}

// base is the first township number of the class.
func (c townClass) base() int {
	return [...]int{0, 1, 101, 201}[c]
}

// districtPlan lays out one county-level unit: its code, name, and how many units of each class it has.
type districtPlan struct {
	Code, Name               string
	CountyCity               bool // a county-level city (县级市), not a district (市辖区)
	Streets, Towns, Villages int
}

// districts are the sample city's ten county-level units: six districts (02–07) and four county-level
// cities (81–84), as GB/T 2260 numbers them.
var districts = []districtPlan{
	{"321402", "东城区", false, 8, 0, 0},
	{"321403", "西城区", false, 7, 0, 0},
	{"321404", "南湖区", false, 6, 3, 0},
	{"321405", "北塘区", false, 5, 4, 0},
	{"321406", "滨江区", false, 4, 5, 0},
	{"321407", "湖西区", false, 3, 6, 0},
	{"321481", "江阳市", true, 3, 10, 1},
	{"321482", "云台市", true, 2, 9, 2},
	{"321483", "青溪市", true, 2, 8, 2},
	{"321484", "临湖市", true, 2, 8, 1},
}

// townPlan is one township-level unit (乡镇街道) of the sample city.
type townPlan struct {
	Code, Name, Stem string
	Class            townClass
	District         int // index into districts
	Seq              int // position among all towns, 0-based
}

// planTowns lays out every township-level unit in ascending code order, taking names from stems.
func planTowns() []townPlan {
	var out []townPlan
	for di, d := range districts {
		for _, part := range []struct {
			class townClass
			n     int
		}{{street, d.Streets}, {town, d.Towns}, {township, d.Villages}} {
			for k := range part.n {
				stem := stems[len(out)]
				out = append(out, townPlan{
					Code:     fmt.Sprintf("%s%03d", d.Code, part.class.base()+k),
					Name:     stem + part.class.suffix(),
					Stem:     stem,
					Class:    part.class,
					District: di,
					Seq:      len(out),
				})
			}
		}
	}
	return out
}
