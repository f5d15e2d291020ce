package tabular

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// errNested is the syntax error of a nested value.
var errNested = errors.New("nested values are not allowed: one flat object per line")

// jsonValue is one scanned value of a flat object.
type jsonValue struct {
	kind colKind // jsString, jsInt (a number), jsBool
	null bool
	text string
}

// lineScanner scans one JSON Lines object: a flat object of string, number, boolean and null values. It
// accepts exactly RFC 8259's syntax for these (and rejects nested arrays and objects); the line is valid
// UTF-8 already.
type lineScanner struct {
	s   string
	i   int
	buf []byte
}

func (sc *lineScanner) ws() {
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case ' ', '\t', '\n', '\r':
			sc.i++
		default:
			return
		}
	}
}

func (sc *lineScanner) errorf(format string, args ...any) error {
	return fmt.Errorf("byte %d: "+format, append([]any{sc.i + 1}, args...)...)
}

// object scans the object, calling field for each key and value in order.
func (sc *lineScanner) object(field func(key string, v jsonValue)) error {
	sc.ws()
	if sc.i >= len(sc.s) || sc.s[sc.i] != '{' {
		return sc.errorf("want one JSON object per line")
	}
	sc.i++
	sc.ws()
	if sc.i < len(sc.s) && sc.s[sc.i] == '}' {
		sc.i++
		return sc.end()
	}
	for {
		sc.ws()
		if sc.i >= len(sc.s) || sc.s[sc.i] != '"' {
			return sc.errorf("want a key")
		}
		key, err := sc.str()
		if err != nil {
			return err
		}
		sc.ws()
		if sc.i >= len(sc.s) || sc.s[sc.i] != ':' {
			return sc.errorf("want a colon after the key")
		}
		sc.i++
		sc.ws()
		v, err := sc.value()
		if err != nil {
			return err
		}
		field(key, v)
		sc.ws()
		if sc.i >= len(sc.s) {
			return sc.errorf("unterminated object")
		}
		switch sc.s[sc.i] {
		case ',':
			sc.i++
		case '}':
			sc.i++
			return sc.end()
		default:
			return sc.errorf("want a comma or a closing brace")
		}
	}
}

// end checks that nothing but white space follows the object.
func (sc *lineScanner) end() error {
	sc.ws()
	if sc.i < len(sc.s) {
		return sc.errorf("data after the object")
	}
	return nil
}

func (sc *lineScanner) value() (jsonValue, error) {
	if sc.i >= len(sc.s) {
		return jsonValue{}, sc.errorf("want a value")
	}
	switch c := sc.s[sc.i]; {
	case c == '"':
		s, err := sc.str()
		return jsonValue{kind: jsString, text: s}, err
	case c == '-' || (c >= '0' && c <= '9'):
		return sc.number()
	case strings.HasPrefix(sc.s[sc.i:], "true"):
		sc.i += 4
		return jsonValue{kind: jsBool, text: "true"}, nil
	case strings.HasPrefix(sc.s[sc.i:], "false"):
		sc.i += 5
		return jsonValue{kind: jsBool, text: "false"}, nil
	case strings.HasPrefix(sc.s[sc.i:], "null"):
		sc.i += 4
		return jsonValue{null: true}, nil
	case c == '{' || c == '[':
		return jsonValue{}, errNested
	}
	return jsonValue{}, sc.errorf("want a value")
}

// number scans a JSON number (its text, for the column's own check).
func (sc *lineScanner) number() (jsonValue, error) {
	start := sc.i
	digits := func() int {
		n := 0
		for sc.i < len(sc.s) && sc.s[sc.i] >= '0' && sc.s[sc.i] <= '9' {
			sc.i++
			n++
		}
		return n
	}
	if sc.s[sc.i] == '-' {
		sc.i++
	}
	if sc.i < len(sc.s) && sc.s[sc.i] == '0' {
		sc.i++
	} else if digits() == 0 {
		return jsonValue{}, sc.errorf("bad number")
	}
	if sc.i < len(sc.s) && sc.s[sc.i] == '.' {
		sc.i++
		if digits() == 0 {
			return jsonValue{}, sc.errorf("bad number")
		}
	}
	if sc.i < len(sc.s) && (sc.s[sc.i] == 'e' || sc.s[sc.i] == 'E') {
		sc.i++
		if sc.i < len(sc.s) && (sc.s[sc.i] == '+' || sc.s[sc.i] == '-') {
			sc.i++
		}
		if digits() == 0 {
			return jsonValue{}, sc.errorf("bad number")
		}
	}
	return jsonValue{kind: jsInt, text: sc.s[start:sc.i]}, nil
}

// str scans a JSON string starting at its quote; without escapes it is a substring of the line.
func (sc *lineScanner) str() (string, error) {
	sc.i++ // the quote
	start := sc.i
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		switch {
		case c == '"':
			s := sc.s[start:sc.i]
			sc.i++
			return s, nil
		case c == '\\':
			return sc.escaped(start)
		case c < 0x20:
			return "", sc.errorf("control character in a string")
		}
		sc.i++
	}
	return "", sc.errorf("unterminated string")
}

// escaped scans the rest of a string that has escapes.
func (sc *lineScanner) escaped(start int) (string, error) {
	b := append(sc.buf[:0], sc.s[start:sc.i]...)
	defer func() { sc.buf = b[:0] }()
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		switch {
		case c == '"':
			sc.i++
			return string(b), nil
		case c < 0x20:
			return "", sc.errorf("control character in a string")
		case c != '\\':
			b = append(b, c)
			sc.i++
			continue
		}
		if sc.i+1 >= len(sc.s) {
			return "", sc.errorf("unterminated string")
		}
		e := sc.s[sc.i+1]
		sc.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := sc.hex4()
			if !ok {
				return "", sc.errorf("bad \\u escape")
			}
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if strings.HasPrefix(sc.s[sc.i:], `\u`) {
					sc.i += 2
					if lo, ok := sc.hex4(); ok {
						r2 = utf16.DecodeRune(r, lo)
					}
				}
				if r2 == utf8.RuneError {
					return "", sc.errorf("a \\u escape of a lone surrogate")
				}
				r = r2
			}
			b = utf8.AppendRune(b, r)
		default:
			return "", sc.errorf("bad escape")
		}
	}
	return "", sc.errorf("unterminated string")
}

func (sc *lineScanner) hex4() (rune, bool) {
	if sc.i+4 > len(sc.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(sc.s[sc.i:sc.i+4], 16, 16)
	if err != nil {
		return 0, false
	}
	sc.i += 4
	return rune(n), true
}
