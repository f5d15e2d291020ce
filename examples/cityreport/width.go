package main

import "strings"

// wideRanges are the East Asian Wide (W) and Fullwidth (F) ranges (Unicode UAX #11) that a report can
// contain: Hangul Jamo, CJK punctuation, kana, CJK ideographs, Hangul syllables, compatibility ideographs,
// vertical and small forms, fullwidth forms and the supplementary ideographic planes. A terminal shows
// these two columns wide.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
	{0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
	{0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

// runeWidth is the number of terminal columns r takes: 2 for East Asian wide and fullwidth characters,
// 1 otherwise (ambiguous-width characters such as "—" and "·" are taken as narrow).
func runeWidth(r rune) int {
	for _, w := range wideRanges {
		if r < w[0] {
			return 1
		}
		if r <= w[1] {
			return 2
		}
	}
	return 1
}

// displayWidth is the number of terminal columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// padRight pads s with spaces on the right to width columns (left-aligned).
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-displayWidth(s)))
}

// padLeft pads s with spaces on the left to width columns (right-aligned).
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-displayWidth(s))) + s
}
