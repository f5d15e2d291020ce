package jsonstrict

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
)

// Type is the JSON type a Schema expects.
type Type uint8

const (
	// String is a JSON string.
	String Type = iota + 1
	// Int is a JSON number written as an integer in canonical form: an optional minus sign and digits, no
	// leading zero, no fraction, no exponent, not "-0", at most 19 digits (larger values fit no field).
	Int
	// Bool is true or false.
	Bool
	// Object is an object whose keys are exactly the names of the schema's Fields.
	Object
	// Map is an object with caller-chosen keys (each at most once), each value checked against Elem, at most
	// MaxLen keys.
	Map
	// Array is an array of at most MaxLen elements, each checked against Elem.
	Array
	// BoolOrInt is true, false or an integer as Int checks it: an observation's value, a fact or a count.
	BoolOrInt
	// Any is any JSON value but null (unless Null allows it), not checked further: the value of a type
	// whose own decoder checks it (a generic value, a library type with a strict UnmarshalJSON).
	Any
)

// what names a type in messages: "want an integer".
func (t Type) what() string {
	switch t {
	case String:
		return "a string"
	case Int:
		return "an integer"
	case Bool:
		return "true or false"
	case Object, Map:
		return "an object"
	case Array:
		return "an array"
	case BoolOrInt:
		return "true, false or an integer"
	case Any:
		return "a value"
	}
	return "nothing"
}

// MaxFields is the most fields an Object schema may have.
const MaxFields = 64

// Field is one key of an Object schema.
type Field struct {
	// Name is the key, matched byte for byte (after unescaping).
	Name string
	// Required makes an absent key an error.
	Required bool
	// Value is the schema of the value.
	Value *Schema
}

// Schema describes the JSON a decoder accepts. Schemas are built once, by the decoding package, and never
// modified.
type Schema struct {
	// Type is the JSON type expected.
	Type Type
	// Null allows null in place of the value.
	Null bool
	// NonEmpty refuses "" for a String: the form of an optional value that is absent when unset, so that
	// "" is not a second spelling of the absent key.
	NonEmpty bool
	// Fields are the keys of an Object, at most MaxFields.
	Fields []Field
	// Elem is the schema of an Array's elements or a Map's values.
	Elem *Schema
	// MaxLen bounds an Array's elements or a Map's keys.
	MaxLen int
	// TooMany, when set, is wrapped by the error for more than MaxLen elements or keys, so that a list
	// over its documented limit reports the limit's own sentinel.
	TooMany error
	// IDKey, when set on an Object that is a list's element, names the string field that identifies the
	// element: once read, an error inside the element names it too, `requirements[3] (id "r").rule`.
	IDKey string
}

// Error is the problem Check found: where, and what.
type Error struct {
	// Path locates the value: "" for the whole document, "requirements[3].rule.min", `kind["x"]`.
	Path string
	// Problem says what is wrong: "missing required key \"min\"".
	Problem string
	// Err is the sentinel of the limit exceeded, or nil.
	Err error
}

// Error returns "path: problem", or the problem alone at the top level.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Problem
	}
	return e.Path + ": " + e.Problem
}

// Unwrap returns the limit's sentinel, or nil.
func (e *Error) Unwrap() error { return e.Err }

// Check checks data against s; see the package doc. A nil error means that data is one JSON value, of the
// schema's shape, with exact keys, no duplicates, every required key, and every list within its limit.
func Check(data []byte, s *Schema) error {
	_, err := check(data, s)
	return err
}

// CheckWork is Check, also returning the work it did: bytes walked (a byte inside n nested lists is walked
// up to n+1 times: once to count each enclosing list, once to check it) plus key comparisons, not counting
// json.Valid's one pass. Tests use it to hold the work to a multiple of the input's size.
func CheckWork(data []byte, s *Schema) (int, error) { return check(data, s) }

// check is CheckWork.
func check(data []byte, s *Schema) (int, error) {
	if p := textProblem(data); p != "" { // encoding/json would silently read it as U+FFFD
		return 0, &Error{Problem: "text that is not valid UTF-8: " + p}
	}
	if !json.Valid(data) {
		var v struct{}
		err := json.Unmarshal(data, &v) // a *json.SyntaxError, found before anything is decoded
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return 0, &Error{Problem: fmt.Sprintf("%s (byte %d)", syn.Error(), syn.Offset)}
		}
		return 0, &Error{Problem: "not one JSON value"}
	}
	w := walker{data: data}
	err := w.value(s)
	return w.work + w.pos, err
}

// Decode checks data against s and, when it passes, decodes it into v with encoding/json (unknown fields
// disallowed, as a second guard). Errors from the check are *Error; errors from decoding (a number out of
// range for its Go type, a value a field's UnmarshalText rejects) are encoding/json's.
func Decode(data []byte, s *Schema, v any) error {
	if err := Check(data, s); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// step is one element of a path: a field name, an array index or a map key.
type step struct {
	name  string // field name or map key
	index int    // array index, or -1
	key   bool   // name is a caller's map key
	id    []byte // for an array index: the element's ID string literal, once read
}

// walker walks a document that json.Valid accepted, so that it needs no syntax checks of its own.
type walker struct {
	data  []byte
	pos   int
	path  []step
	idKey string // the IDKey of the schemas in use, for paths
	work  int    // key comparisons and bytes counted, on top of pos
}

func (w *walker) ws() {
	for w.pos < len(w.data) {
		switch w.data[w.pos] {
		case ' ', '\t', '\n', '\r':
			w.pos++
		default:
			return
		}
	}
}

// fail returns an *Error at the current path.
func (w *walker) fail(err error, format string, args ...any) error {
	var b strings.Builder
	for _, s := range w.path {
		switch {
		case s.index >= 0:
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			if s.id != nil {
				var id string
				_ = json.Unmarshal(s.id, &id) // a valid string literal
				b.WriteString(" (" + w.idKey + " " + errbound.Quote(id) + ")")
			}
		case s.key:
			b.WriteString("[" + errbound.Quote(s.name) + "]")
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
	}
	return &Error{Path: b.String(), Problem: fmt.Sprintf(format, args...), Err: err}
}

// found names the JSON type of the value at pos.
func (w *walker) found() string {
	switch w.data[w.pos] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func (w *walker) value(s *Schema) error {
	w.ws()
	c := w.data[w.pos]
	if c == 'n' && s.Null {
		w.pos += len("null")
		return nil
	}
	want := s.Type.what()
	switch s.Type {
	case String:
		if c != '"' {
			return w.fail(nil, "%s, want %s", w.found(), want)
		}
		if s.NonEmpty && w.pos+1 < len(w.data) && w.data[w.pos+1] == '"' {
			return w.fail(nil, `"", want a non-empty string (the key is absent when the value is unset)`)
		}
		w.skipString()
		return nil
	case Int:
		if c != '-' && (c < '0' || c > '9') {
			return w.fail(nil, "%s, want %s", w.found(), want)
		}
		return w.integer()
	case Bool, BoolOrInt:
		switch {
		case c == 't':
			w.pos += len("true")
		case c == 'f':
			w.pos += len("false")
		case s.Type == BoolOrInt && (c == '-' || c >= '0' && c <= '9'):
			return w.integer()
		default:
			return w.fail(nil, "%s, want %s", w.found(), want)
		}
		return nil
	case Object:
		if c != '{' {
			return w.fail(nil, "%s, want %s", w.found(), want)
		}
		return w.object(s)
	case Map:
		if c != '{' {
			return w.fail(nil, "%s, want %s", w.found(), want)
		}
		return w.mapObject(s)
	case Array:
		if c != '[' {
			return w.fail(nil, "%s, want %s", w.found(), want)
		}
		return w.array(s)
	case Any:
		if c == 'n' {
			return w.fail(nil, "null, want %s", want)
		}
		w.skipValue()
		return nil
	}
	return w.fail(nil, "no value is allowed here")
}

// integer checks the number at pos is a canonical integer of at most 19 digits.
func (w *walker) integer() error {
	start := w.pos
	if w.data[w.pos] == '-' {
		w.pos++
	}
	digits := w.pos
	for w.pos < len(w.data) && w.data[w.pos] >= '0' && w.data[w.pos] <= '9' {
		w.pos++
	}
	n := w.pos - digits
	if w.pos < len(w.data) {
		switch w.data[w.pos] {
		case '.', 'e', 'E':
			for w.pos < len(w.data) && strings.IndexByte("0123456789.eE+-", w.data[w.pos]) >= 0 {
				w.pos++
			}
			return w.fail(nil, "number %s is not an integer", errbound.Quote(string(w.data[start:w.pos])))
		}
	}
	switch {
	case n > 19:
		return w.fail(nil, "integer of %d digits is out of range", n)
	case string(w.data[start:w.pos]) == "-0":
		return w.fail(nil, `"-0" is not the canonical form of 0`)
	}
	return nil
}

// skipString moves past the string at pos.
func (w *walker) skipString() {
	w.pos++ // opening quote
	for {
		switch w.data[w.pos] {
		case '\\':
			w.pos += 2
		case '"':
			w.pos++
			return
		default:
			w.pos++
		}
	}
}

// skipValue moves past any value at pos (used to count the elements of a list).
func (w *walker) skipValue() {
	w.ws()
	depth := 0
	for {
		switch w.data[w.pos] {
		case '"':
			w.skipString()
		case '{', '[':
			depth++
			w.pos++
		case '}', ']':
			depth--
			w.pos++
		default:
			// a literal or number: up to the next delimiter
			for w.pos < len(w.data) && strings.IndexByte(",]} \t\n\r", w.data[w.pos]) < 0 {
				w.pos++
			}
		}
		w.ws()
		if depth == 0 {
			return
		}
		if w.data[w.pos] == ',' || w.data[w.pos] == ':' {
			w.pos++
			w.ws()
		}
	}
}

// key reads the object key at pos and the colon after it, and returns the key unescaped.
func (w *walker) key() string {
	w.ws()
	start := w.pos
	w.skipString()
	raw := w.data[start:w.pos]
	var k string
	if bytes.IndexByte(raw, '\\') >= 0 || !utf8.Valid(raw) {
		// As encoding/json reads it (escapes resolved, invalid UTF-8 as U+FFFD), so that two spellings of
		// one key are caught as duplicates.
		_ = json.Unmarshal(raw, &k) // a valid string literal: cannot fail
	} else {
		k = string(raw[1 : len(raw)-1])
	}
	w.ws()
	w.pos++ // ':'
	return k
}

// next moves past the ',' or closing delimiter after a member or element and reports whether another
// follows.
func (w *walker) next() bool {
	w.ws()
	c := w.data[w.pos]
	w.pos++
	return c == ','
}

func (w *walker) object(s *Schema) error {
	if len(s.Fields) > MaxFields {
		return w.fail(nil, "schema with %d fields, at most %d", len(s.Fields), MaxFields)
	}
	w.pos++ // '{'
	w.ws()
	var seen uint64
	if w.data[w.pos] == '}' {
		w.pos++
		return w.missing(s, seen)
	}
	for {
		k := w.key()
		idx := -1
		for i := range s.Fields {
			w.work++
			if s.Fields[i].Name == k {
				idx = i
				break
			}
		}
		if idx < 0 {
			for _, f := range s.Fields {
				if strings.EqualFold(f.Name, k) {
					return w.fail(nil, "unknown key %s (keys are matched exactly: the key is %q)", errbound.Quote(k), f.Name)
				}
			}
			return w.fail(nil, "unknown key %s", errbound.Quote(k))
		}
		if seen&(1<<idx) != 0 {
			return w.fail(nil, "key %s given twice", errbound.Quote(k))
		}
		seen |= 1 << idx
		w.path = append(w.path, step{name: s.Fields[idx].Name, index: -1})
		start := w.pos
		if err := w.value(s.Fields[idx].Value); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
		if s.IDKey != "" && s.IDKey == k && len(w.path) > 0 && w.path[len(w.path)-1].index >= 0 {
			w.ws()
			if raw := bytes.TrimSpace(w.data[start:w.pos]); len(raw) > 0 && raw[0] == '"' {
				w.path[len(w.path)-1].id = raw
				w.idKey = k
			}
		}
		if !w.next() {
			return w.missing(s, seen)
		}
	}
}

// missing reports the required fields of s not in seen, all in one error.
func (w *walker) missing(s *Schema, seen uint64) error {
	var names []string
	for i, f := range s.Fields {
		if f.Required && seen&(1<<i) == 0 {
			names = append(names, strconv.Quote(f.Name))
		}
	}
	switch len(names) {
	case 0:
		return nil
	case 1:
		return w.fail(nil, "missing required key %s", names[0])
	}
	return w.fail(nil, "missing required keys %s", strings.Join(names, ", "))
}

func (w *walker) mapObject(s *Schema) error {
	w.pos++ // '{'
	w.ws()
	if w.data[w.pos] == '}' {
		w.pos++
		return nil
	}
	var keys []string
	for {
		k := w.key()
		if len(keys) == s.MaxLen {
			return w.fail(s.TooMany, "more than %d keys", s.MaxLen)
		}
		for _, seen := range keys {
			w.work++
			if seen == k {
				return w.fail(nil, "key %s given twice", errbound.Quote(k))
			}
		}
		keys = append(keys, k)
		w.path = append(w.path, step{name: k, index: -1, key: true})
		if err := w.value(s.Elem); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
		if !w.next() {
			return nil
		}
	}
}

func (w *walker) array(s *Schema) error {
	if n := w.count(); n > s.MaxLen {
		return w.fail(s.TooMany, "%d elements, at most %d", n, s.MaxLen)
	}
	w.pos++ // '['
	w.ws()
	if w.data[w.pos] == ']' {
		w.pos++
		return nil
	}
	for i := 0; ; i++ {
		w.path = append(w.path, step{index: i})
		if err := w.value(s.Elem); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
		if !w.next() {
			return nil
		}
	}
}

// count returns the number of elements of the array at pos, without moving: the list is counted against
// its limit before any element is checked (or, later, decoded). The bytes it reads count as work.
func (w *walker) count() int {
	start := w.pos
	defer func() { w.work += w.pos - start; w.pos = start }()
	w.pos++ // '['
	w.ws()
	if w.data[w.pos] == ']' {
		return 0
	}
	n := 0
	for {
		w.skipValue()
		n++
		if !w.next() {
			return n
		}
	}
}

// textProblem describes the first byte of data that is not valid UTF-8, or the first escape of a lone UTF-16
// surrogate (\ud800 without its pair) in a string, or returns "": encoding/json reads both as U+FFFD, so two
// different inputs would decode as one text.
func textProblem(data []byte) string {
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
