package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDisplayWidth(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"321400", 6},
		{"99.9%", 5},
		{"示例市", 6},
		{"湖西小学（西校区）", 18},
		{"  东门街道", 10},
		{"中小学·有证", 11},
		{"—", 1},
		{"licensed 有证", 13},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, displayWidth(tc.s), tc.s)
	}
	assert.Equal(t, "示例市  |", padRight("示例市", 8)+"|")
	assert.Equal(t, "  99.9%", padLeft("99.9%", 7))
	assert.Equal(t, "东城区", padLeft("东城区", 2), "never truncates")
}

func TestGridAlignsByDisplayWidth(t *testing.T) {
	g := grid{right: []bool{false, false, true}}
	g.add("代码", "名称", "校园数")
	g.add("321400", "示例市", "1935")
	g.add("321402001", "  东门街道", "19")
	g.add("x", "湖西小学（西校区）", "5")
	assert.Equal(t, []string{
		"  代码       名称                校园数",
		"  321400     示例市                1935",
		"  321402001    东门街道              19",
		"  x          湖西小学（西校区）       5",
	}, g.lines("  "))
	for _, l := range g.lines("") {
		assert.Equal(t, displayWidth(g.lines("")[0]), displayWidth(l), "every line ends at the same column: %q", l)
	}
}
