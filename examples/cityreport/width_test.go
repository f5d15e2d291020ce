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
