package hierarchy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// validCodes is the table of real codes; the fuzz targets reuse it as seeds.
var validCodes = []struct {
	in       string
	want     string // canonical String
	level    Level
	parent   string // "" for a province
	province int
}{
	{"320000", "320000", Province, "", 32},                       // 江苏省
	{"320000000000", "320000", Province, "", 32},                 // 江苏省, 12 digits
	{"320500", "320500", Prefecture, "320000", 32},               // 苏州市
	{"320500000000", "320500", Prefecture, "320000", 32},         // 苏州市, 12 digits
	{"320505", "320505", County, "320500", 32},                   // 虎丘区
	{"320506", "320506", County, "320500", 32},                   // 吴中区
	{"320507", "320507", County, "320500", 32},                   // 相城区
	{"320508", "320508", County, "320500", 32},                   // 姑苏区
	{"320508000000", "320508", County, "320500", 32},             // 姑苏区, 12 digits
	{"320505001", "320505001", Township, "320505", 32},           // 虎丘区 street
	{"320505001000", "320505001", Township, "320505", 32},        // same, 12 digits
	{"320505001001", "320505001001", Community, "320505001", 32}, // a community
	{"441900003", "441900003", Township, "441900", 44},           // 东莞 township, no county
	{"441900003000", "441900003", Township, "441900", 44},        // same, 12 digits
	{"441900003501", "441900003501", Community, "441900003", 44}, // a community of it
	{"429004", "429004", County, "429000", 42},                   // 仙桃市, 省直辖
	{"429000", "429000", Prefecture, "420000", 42},               // 省直辖县级行政区划
	{"110101", "110101", County, "110100", 11},                   // 东城区
	{"110100", "110100", Prefecture, "110000", 11},               // 北京 市辖区
	{"110000", "110000", Province, "", 11},                       // 北京市
	{"820000", "820000", Province, "", 82},                       // 澳门
	{"710000", "710000", Province, "", 71},                       // 台湾
	{"650000", "650000", Province, "", 65},                       // 新疆
	{"659001", "659001", County, "659000", 65},                   // 石河子
	{"320505400", "320505400", Township, "320505", 32},           // 400–599: other units
	{"320505999999", "320505999999", Community, "320505999", 32}, // largest groups
	{"500101", "500101", County, "500100", 50},                   // 重庆 万州区
	{"130100", "130100", Prefecture, "130000", 13},               // 石家庄
	{"130102001", "130102001", Township, "130102", 13},           // 长安区 street
	{"130102100", "130102100", Township, "130102", 13},           // a 镇 by its digits
	{"130102200", "130102200", Township, "130102", 13},           // a 乡 by its digits
	{"130102200200", "130102200200", Community, "130102200", 13}, // a 村
	{"441900003000", "441900003", Township, "441900", 44},        // duplicate spelling on purpose
	{"460400100", "460400100", Township, "460400", 46},           // 儋州 那大镇, no county
	{"620200", "620200", Prefecture, "620000", 62},               // 嘉峪关
	{"620200001", "620200001", Township, "620200", 62},           // 嘉峪关 street, no county
	{"420000", "420000", Province, "", 42},                       // 湖北
	{"440000", "440000", Province, "", 44},                       // 广东
	{"441900", "441900", Prefecture, "440000", 44},               // 东莞市
	{"540000", "540000", Province, "", 54},                       // 西藏
	{"810000", "810000", Province, "", 81},                       // 香港
	{"150000", "150000", Province, "", 15},                       // 内蒙古
	{"210000", "210000", Province, "", 21},                       // 辽宁
	{"230000", "230000", Province, "", 23},                       // 黑龙江
	{"310000", "310000", Province, "", 31},                       // 上海
	{"370000", "370000", Province, "", 37},                       // 山东
	{"410000", "410000", Province, "", 41},                       // 河南
	{"460000", "460000", Province, "", 46},                       // 海南
	{"610000", "610000", Province, "", 61},                       // 陕西
}

// invalidCodes is the table of rejected input; the fuzz targets reuse it as seeds.
var invalidCodes = []string{
	"",              // empty
	"32",            // too short
	"3205",          // 4 digits
	"3205x0",        // non-digit
	"3205x",         // wrong length
	"32050",         // 5 digits
	"3205050",       // 7 digits
	"3205050010",    // 10 digits
	"3205050010010", // 13 digits
	"000000",        // all zeros
	"000000000000",  // all zeros
	"100000",        // 10 is no province
	"160000",        // 16
	"240000",        // 24
	"380000",        // 38
	"470000",        // 47
	"550000",        // 55
	"660000",        // 66
	"720000",        // 72
	"830000",        // 83
	"990000",        // 99
	"000001",        // province 00
	"320005",        // prefecture 00 but county 05
	"320005001",     // prefecture 00 with lower digits
	"320000001",     // prefecture 00, township set
	"320505000001",  // township 000 but community set
	"32050500１",     // full-width digit
	" 320505",       // space
	"+32050",        // sign
	"-320505",       // sign
}

func TestParseCode(t *testing.T) {
	for _, tc := range validCodes {
		t.Run(tc.in, func(t *testing.T) {
			c, err := ParseCode(tc.in)
			require.NoError(t, err)
			assert.False(t, c.IsZero())
			assert.Equal(t, tc.want, c.String())
			assert.Equal(t, tc.level, c.Level())
			assert.Equal(t, tc.province, c.Province())
			p, ok := c.Parent()
			assert.Equal(t, tc.parent != "", ok)
			assert.Equal(t, tc.parent, p.String())
			if ok {
				assert.True(t, p.Contains(c))
				assert.Less(t, p.Level(), c.Level())
				assert.Equal(t, -1, p.Compare(c))
			}
			assert.Equal(t, c, MustParseCode(c.String()), "parse(String(x)) == x")
		})
	}
}

func TestParseCodeInvalid(t *testing.T) {
	for _, in := range invalidCodes {
		t.Run(in, func(t *testing.T) {
			c, err := ParseCode(in)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidCode)
			assert.Contains(t, err.Error(), `hierarchy: invalid code "`+in+`"`)
			assert.True(t, c.IsZero())
			assert.Panics(t, func() { MustParseCode(in) })
		})
	}
}

func TestParseCodeMessage(t *testing.T) {
	_, err := ParseCode("3205x")
	require.Error(t, err)
	assert.Equal(t, `hierarchy: invalid code "3205x": length 5, want 6, 9 or 12 digits`, err.Error())
	_, err = ParseCode("320005")
	assert.EqualError(t, err, `hierarchy: invalid code "320005": prefecture digits are 00 below a non-zero group`)
	_, err = ParseCode("100000")
	assert.EqualError(t, err, `hierarchy: invalid code "100000": 10 is not a province`)
}

func TestCodeZero(t *testing.T) {
	var z Code
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, Level(0), z.Level())
	assert.Equal(t, 0, z.Province())
	_, ok := z.Parent()
	assert.False(t, ok)
	assert.False(t, z.Contains(z))
	assert.True(t, z.Contains(MustParseCode("320000")), "the zero code is the whole tree")
	assert.False(t, MustParseCode("320000").Contains(z))
	assert.True(t, z.Truncate(Province).IsZero())
	assert.Equal(t, -1, z.Compare(MustParseCode("110000")))
}

func TestCodeContains(t *testing.T) {
	tests := []struct {
		c, d string
		want bool
	}{
		{"320000", "320000", true},
		{"320000", "320500", true},
		{"320000", "320505001001", true},
		{"320500", "320505", true},
		{"320500", "320508", true},
		{"320505", "320505001", true},
		{"320505", "320506", false},
		{"320505", "320500", false},
		{"320500", "320000", false},
		{"320000", "330000", false},
		{"441900", "441900003", true},
		{"441900003", "441900003501", true},
		{"441900003", "441900004", false},
		{"429000", "429004", true},
		{"420000", "429004", true},
		{"110100", "110101", true},
		{"110100", "110200", false},
		{"320505001", "320505001", true},
		{"320505001", "320505", false},
	}
	for _, tc := range tests {
		t.Run(tc.c+"/"+tc.d, func(t *testing.T) {
			assert.Equal(t, tc.want, MustParseCode(tc.c).Contains(MustParseCode(tc.d)))
		})
	}
}

func TestCodeTruncate(t *testing.T) {
	tests := []struct {
		c    string
		l    Level
		want string
	}{
		{"320505001001", Province, "320000"},
		{"320505001001", Prefecture, "320500"},
		{"320505001001", County, "320505"},
		{"320505001001", Township, "320505001"},
		{"320505001001", Community, "320505001001"},
		{"320505", County, "320505"},
		{"320505", Township, ""},
		{"320505", 0, ""},
		{"320505", 9, ""},
		{"441900003", County, "441900"},
		{"441900003", Township, "441900003"},
		{"429004", Prefecture, "429000"},
	}
	for _, tc := range tests {
		t.Run(tc.c+"/"+tc.l.String(), func(t *testing.T) {
			assert.Equal(t, tc.want, MustParseCode(tc.c).Truncate(tc.l).String())
		})
	}
}

func TestCodeCompare(t *testing.T) {
	a, b := MustParseCode("320505"), MustParseCode("320506")
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(MustParseCode("320505000000")))
	assert.Equal(t, -1, MustParseCode("320505999999").Compare(b))
}

func TestCodeText(t *testing.T) {
	c := MustParseCode("441900003000")
	b, err := c.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "441900003", string(b))
	var d Code
	require.NoError(t, d.UnmarshalText(b))
	assert.Equal(t, c, d)
	require.NoError(t, d.UnmarshalText(nil))
	assert.True(t, d.IsZero())
	d = c
	err = d.UnmarshalText([]byte("3205x"))
	assert.ErrorIs(t, err, ErrInvalidCode)
	assert.Equal(t, c, d, "a failed unmarshal leaves the value alone")

	type doc struct {
		Code Code            `json:"code"`
		Zero Code            `json:"zero"`
		Map  map[Code]string `json:"map"`
	}
	in := doc{Code: MustParseCode("320505"), Map: map[Code]string{MustParseCode("429004"): "仙桃市"}}
	js, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"320505","zero":"","map":{"429004":"仙桃市"}}`, string(js))
	var out doc
	require.NoError(t, json.Unmarshal(js, &out))
	assert.Equal(t, in, out)
	err = json.Unmarshal([]byte(`{"code":"999999"}`), &out)
	assert.True(t, errors.Is(err, ErrInvalidCode))
}
