package samplecity

// sizeRange is the plausible enrolment of a kind of campus and its pupils per staff member.
type sizeRange struct{ min, max, perStaff int }

var sizes = map[string]sizeRange{
	"primary":              {300, 1500, 17},
	"teaching_point":       {25, 90, 12},
	"junior_secondary":     {500, 1500, 13},
	"nine_year":            {800, 2000, 14},
	"complete_secondary":   {1500, 3000, 12},
	"senior_secondary":     {1200, 2500, 12},
	"vocational_high":      {1000, 3000, 15},
	"special_intellectual": {60, 180, 4},
	"kindergarten":         {90, 450, 7},
	"nursery":              {20, 80, 6},
}

// unlicensedSizes are smaller: home day-care points and small private schools.
var unlicensedSizes = map[string]sizeRange{
	"kindergarten": {15, 90, 8},
	"nursery":      {10, 40, 8},
	"primary":      {150, 600, 25},
}

// fillAttributes sets a campus's locale, enrolment, staff and boarding from its kind, town and name.
func fillAttributes(c *campusPlan, t townPlan, j int) {
	h := hash32(t.Code, c.Name)
	c.Locale = localeFor(c, t, j, h)
	r := sizes[c.Kind]
	if !c.Sector.licensed() {
		r = unlicensedSizes[c.Kind]
	}
	c.Students = r.min + int(h%uint32(r.max-r.min+1))
	c.Staff = max(2, c.Students/r.perStaff)
	switch c.Kind {
	case "complete_secondary", "senior_secondary", "special_intellectual":
		c.Boarding = true
	case "vocational_high", "nine_year":
		c.Boarding = h%3 == 0
	}
}

// localeFor picks the 城乡分类代码 (NBS): streets are urban (主城区, some 城乡结合区), towns 镇区, townships 乡;
// teaching points stand in villages.
func localeFor(c *campusPlan, t townPlan, j int, h uint32) int {
	switch {
	case c.Kind == "teaching_point":
		return 220
	case t.Class == street && c.Sector.licensed() && h%4 != 0:
		return 111
	case t.Class == street:
		return 112
	case t.Class == town && c.Sector.licensed() && (j == 0 || h%3 != 0):
		return 121
	case t.Class == town:
		return 122
	case c.Sector.licensed() && j == 0:
		return 210
	default:
		return 220
	}
}
