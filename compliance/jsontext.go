package compliance

import (
	"fmt"
	"unicode/utf8"
)

// checkJSONText reports why JSON text data would not decode to the text it holds, or returns "": encoding/json
// silently reads bytes that are not valid UTF-8, and \u escapes of lone UTF-16 surrogates ("\ud800"), as
// U+FFFD, so two different IDs could load as one. data need not be valid JSON: a syntax error is left to the
// decoder.
func checkJSONText(data []byte) string {
	inString := false
	for i := 0; i < len(data); {
		c := data[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return fmt.Sprintf("byte %d is not valid UTF-8", i)
			}
			i += n
			continue
		}
		switch {
		case c == '"':
			inString = !inString
		case c == '\\' && inString && i+1 < len(data):
			if data[i+1] == 'u' {
				if r, ok := hex4(data, i+2); ok && r >= 0xd800 && r <= 0xdfff {
					lo, ok := rune(0), false
					if r <= 0xdbff && i+7 < len(data) && data[i+6] == '\\' && data[i+7] == 'u' {
						lo, ok = hex4(data, i+8)
					}
					if !ok || lo < 0xdc00 || lo > 0xdfff {
						return fmt.Sprintf("byte %d escapes a lone UTF-16 surrogate", i)
					}
					i += 12
					continue
				}
			}
			i += 2
			continue
		}
		i++
	}
	return ""
}

// hex4 decodes the four hex digits at data[i:i+4].
func hex4(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
