package campus

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var schoolCodeCases = []struct {
	in       string
	ok       bool
	category Category
	province int
	seq      int
	reason   string // part of the error message when !ok
}{
	{"1132000001", true, CategoryKindergarten, 32, 1, ""},
	{"2132050123", true, CategoryPrimary, 32, 50123, ""},
	{"3111999999", true, CategoryJuniorSecondary, 11, 999999, ""},
	{"3482000000", true, CategorySeniorSecondary, 82, 0, ""},
	{"3671000007", true, CategoryVocational, 71, 7, ""},
	{"3765123456", true, CategoryReform, 65, 123456, ""},
	{"4111010001", true, CategoryHigher, 11, 10001, ""},
	{"5150000001", true, CategorySpecial, 50, 1, ""},
	{"9354000001", true, CategoryVocationalTraining, 54, 1, ""},
	{"", false, 0, 0, 0, "10 digits"},
	{"213200000", false, 0, 0, 0, "10 digits"},
	{"21320000011", false, 0, 0, 0, "10 digits"},
	{"21320000a1", false, 0, 0, 0, "10 digits"},
	{"+132000001", false, 0, 0, 0, "10 digits"},
	{"２１32000001", false, 0, 0, 0, "10 digits"},
	{"0000000000", false, 0, 0, 0, "category 00"},
	{"1232000001", false, 0, 0, 0, "category 12"},
	{"9932000001", false, 0, 0, 0, "category 99"},
	{"2100000001", false, 0, 0, 0, "province 00"},
	{"2116000001", false, 0, 0, 0, "province 16"},
	{"2124000001", false, 0, 0, 0, "province 24"},
	{"2147000001", false, 0, 0, 0, "province 47"},
	{"2155000001", false, 0, 0, 0, "province 55"},
	{"2166000001", false, 0, 0, 0, "province 66"},
	{"2172000001", false, 0, 0, 0, "province 72"},
	{"2183000001", false, 0, 0, 0, "province 83"},
	{"2199000001", false, 0, 0, 0, "province 99"},
}

func TestParseSchoolCode(t *testing.T) {
	for _, tc := range schoolCodeCases {
		t.Run(tc.in, func(t *testing.T) {
			c, err := ParseSchoolCode(tc.in)
			if !tc.ok {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrInvalidSchoolCode)
				assert.Contains(t, err.Error(), `"`+tc.in+`"`)
				assert.Contains(t, err.Error(), tc.reason)
				assert.True(t, c.IsZero())
				return
			}
			require.NoError(t, err)
			assert.False(t, c.IsZero())
			assert.Equal(t, tc.in, c.String())
			assert.Equal(t, tc.category, c.Category())
			assert.Equal(t, tc.province, c.Province())
			assert.Equal(t, tc.seq, c.Sequence())
			assert.Equal(t, c, MustParseSchoolCode(tc.in))
		})
	}
}

func TestValidProvinces(t *testing.T) {
	var valid []int
	for p := 0; p < 100; p++ {
		if validProvince(p) {
			valid = append(valid, p)
		}
	}
	assert.Equal(t, []int{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
		50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82}, valid)
}

func TestSchoolCodeZero(t *testing.T) {
	var z SchoolCode
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, Category(0), z.Category())
	assert.Equal(t, 0, z.Province())
	assert.Equal(t, 0, z.Sequence())
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	c := MustParseSchoolCode("2132000001")
	require.NoError(t, c.UnmarshalText(nil))
	assert.True(t, c.IsZero())
}

func TestSchoolCodeJSON(t *testing.T) {
	type doc struct {
		Code SchoolCode `json:"code"`
	}
	for _, tc := range schoolCodeCases {
		if !tc.ok {
			err := json.Unmarshal([]byte(`{"code":"`+tc.in+`"}`), &doc{})
			if tc.in != "" { // "" is the zero code
				assert.ErrorIs(t, err, ErrInvalidSchoolCode, tc.in)
			}
			continue
		}
		v := doc{MustParseSchoolCode(tc.in)}
		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.JSONEq(t, `{"code":"`+tc.in+`"}`, string(b))
		var got doc
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, v, got)
	}
}

func FuzzParseSchoolCode(f *testing.F) {
	for _, tc := range schoolCodeCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseSchoolCode(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidSchoolCode) {
				t.Fatalf("ParseSchoolCode(%q): error %v does not wrap ErrInvalidSchoolCode", s, err)
			}
			if !c.IsZero() {
				t.Fatalf("ParseSchoolCode(%q): non-zero code with an error", s)
			}
			return
		}
		if c.String() != s {
			t.Fatalf("ParseSchoolCode(%q).String() = %q", s, c.String())
		}
		if !c.Category().IsValid() || !validProvince(c.Province()) {
			t.Fatalf("ParseSchoolCode(%q) accepted category %d province %d", s, c.Category(), c.Province())
		}
		again, err := ParseSchoolCode(c.String())
		if err != nil || again != c {
			t.Fatalf("ParseSchoolCode(String(%q)) = %v, %v", s, again, err)
		}
	})
}
