package enum

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/campussec/campussec/internal/errbound"
)

// ErrorForm says how an error about an enum reads: it wraps Err, and its message is Err's, then Detail, then
// the offending item.
type ErrorForm struct {
	// Err is the sentinel the error wraps (errors.Is).
	Err error
	// Detail is the text between Err's message and the item: " " gives `campus: invalid group "x"`, ": "
	// gives `compliance: invalid status: "x"`.
	Detail string
	// Typed shows an invalid value in a MarshalText error as String does ("Level(7)") rather than as a bare
	// number ("7"). Parse errors always quote the text, so Typed means nothing in Spec.Text.
	Typed bool
}

// maxValue bounds the values of an enum, so that a Table's value index stays small.
const maxValue = 1 << 12

// Spec describes an enum type E for MustNew. Values, IDs, Labels, Codes and English are parallel: entry i of
// each describes one value.
type Spec[E ~uint8 | ~uint16] struct {
	// Type is the Go name of E, for the String of an invalid value: "Group(7)".
	Type string
	// Values are the valid values in their stable order; nil means 1, 2, … len(IDs). The zero value is never
	// valid.
	Values []E
	// IDs are the stable English ids (lower_snake), one per value, all distinct and non-empty.
	IDs []string
	// Labels are the Chinese labels, one per value, all non-empty.
	Labels []string
	// Codes are national codes, one per value ("" for a value without one), such as MOE codes; Code returns
	// them and ParseCode accepts them. Parse never does. nil means none.
	Codes []string
	// English are plain English names for prose ("round half up", "nine-year school"), one per value, all
	// non-empty; English and Name return them. Parse never accepts them.
	English []string
	// Text is the form of the errors of Parse and UnmarshalText.
	Text ErrorForm
	// Value is the form of the errors of MarshalText; the zero ErrorForm means the same as Text.
	Value ErrorForm
}

// Table is an enum type E described by a Spec: the one implementation of E's String, Label, Name, IsValid,
// Parse, MarshalText and UnmarshalText. It is immutable and safe for concurrent use. String, Label, Name,
// Code, English, IsValid and Index do not allocate.
//
// The zero value of every enum is "unset": never valid, it marshals as "" and "" unmarshals as it, so that
// every record holding an enum marshals; the constructors and validators of those records refuse it where a
// value is required.
type Table[E ~uint8 | ~uint16] struct {
	s   Spec[E]
	pos []uint8 // pos[v] is 1 + the index of v in s.Values; 0 for an invalid v
}

// MustNew checks spec and returns its Table. It panics on a malformed spec (slices of different lengths, no
// values, a zero, repeated or too large value, an empty or repeated id, an empty label or English name, no
// type name or no sentinel): a programming error, caught when the enum's package is initialised.
func MustNew[E ~uint8 | ~uint16](spec Spec[E]) *Table[E] {
	n := len(spec.IDs)
	fail := func(format string, args ...any) {
		panic(fmt.Sprintf("enum: %s: "+format, append([]any{spec.Type}, args...)...))
	}
	switch {
	case spec.Type == "":
		fail("no type name")
	case n == 0 || n > 255:
		fail("%d values, want 1 to 255", n)
	case spec.Values != nil && len(spec.Values) != n, len(spec.Labels) != n,
		spec.Codes != nil && len(spec.Codes) != n, len(spec.English) != n:
		fail("%d ids, %d values, %d labels, %d codes, %d English names",
			n, len(spec.Values), len(spec.Labels), len(spec.Codes), len(spec.English))
	case spec.Text.Err == nil:
		fail("no sentinel error")
	}
	t := &Table[E]{s: spec}
	t.s.IDs, t.s.Labels, t.s.Codes = slices.Clone(spec.IDs), slices.Clone(spec.Labels), slices.Clone(spec.Codes)
	t.s.English = slices.Clone(spec.English)
	if spec.Values == nil {
		t.s.Values = make([]E, n)
		for i := range t.s.Values {
			t.s.Values[i] = E(i + 1)
		}
	} else {
		t.s.Values = slices.Clone(spec.Values)
	}
	if spec.Value.Err == nil {
		t.s.Value = spec.Text
	}
	m := slices.Max(t.s.Values)
	if int(m) >= maxValue {
		fail("value %d, at most %d", m, maxValue-1)
	}
	t.pos = make([]uint8, int(m)+1)
	for i, v := range t.s.Values {
		switch {
		case v == 0:
			fail("value 0 (the zero value is never valid)")
		case t.pos[v] != 0:
			fail("value %d repeated", v)
		case t.s.IDs[i] == "" || slices.Index(t.s.IDs, t.s.IDs[i]) != i:
			fail("id %q empty or repeated", t.s.IDs[i])
		case t.s.Labels[i] == "":
			fail("empty label for %q", t.s.IDs[i])
		case t.s.English[i] == "":
			fail("empty English name for %q", t.s.IDs[i])
		}
		t.pos[v] = uint8(i + 1)
	}
	return t
}

// Index returns the position of v in Values (0 … len-1), or -1 for an invalid v.
func (t *Table[E]) Index(v E) int {
	if int(v) >= len(t.pos) {
		return -1
	}
	return int(t.pos[v]) - 1
}

// IsValid reports whether v is one of Values.
func (t *Table[E]) IsValid(v E) bool { return t.Index(v) >= 0 }

// AppendValues appends every valid value, in its stable order, to dst and returns the extended slice.
func (t *Table[E]) AppendValues(dst []E) []E { return append(dst, t.s.Values...) }

// Values returns every valid value in its stable order, as a new slice: each package's generic Values.
func (t *Table[E]) Values() []E { return t.AppendValues(make([]E, 0, len(t.s.Values))) }

// String returns the id of v, or "Type(N)" for an invalid v.
func (t *Table[E]) String(v E) string {
	i := t.Index(v)
	if i < 0 {
		return t.s.Type + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.s.IDs[i]
}

// Label returns the Chinese label of v, or "" for an invalid v.
func (t *Table[E]) Label(v E) string {
	i := t.Index(v)
	if i < 0 {
		return ""
	}
	return t.s.Labels[i]
}

// Code returns the code of v, or "" for an invalid v or one without a code.
func (t *Table[E]) Code(v E) string {
	i := t.Index(v)
	if i < 0 || t.s.Codes == nil {
		return ""
	}
	return t.s.Codes[i]
}

// English returns the English name of v, or "" for an invalid v.
func (t *Table[E]) English(v E) string {
	i := t.Index(v)
	if i < 0 {
		return ""
	}
	return t.s.English[i]
}

// Lang is the numbering of rate.Lang, which rate declares from these constants: Chinese 1, English 2.
// (internal/enum imports nothing from the module, so the language type itself lives in rate.)
type Lang uint8

// The languages of Name.
const (
	Chinese Lang = 1
	English Lang = 2
)

// Name returns the name of v for a reader of lang: its Chinese label for Chinese, its English name for
// English; "" for an invalid v or an invalid lang. Every enum's Name(lang rate.Lang) is this.
func (t *Table[E]) Name(v E, lang Lang) string {
	switch lang {
	case Chinese:
		return t.Label(v)
	case English:
		return t.English(v)
	}
	return ""
}

// Parse returns the value whose stable id is s, exactly: never a label, a code or an English name, so that
// stored text (ParseX, UnmarshalText and so JSON) means one thing. "" is never a value. The error has the
// form of Spec.Text and quotes s (at most errbound.MaxQuoteBytes of it, elided: the error stays short whatever
// the length of s).
func (t *Table[E]) Parse(s string) (E, error) { return t.find(s, t.s.IDs) }

// ParseLabel returns the value whose Chinese label is s, exactly: the one way a label is read (each
// package's generic ParseLabel), for text typed or printed for people. The error has the form of Spec.Text and quotes s.
func (t *Table[E]) ParseLabel(s string) (E, error) { return t.find(s, t.s.Labels) }

// ParseCode returns the value whose code is s, exactly: the one way a code is read (each coded enum's
// ParseXCode). An enum without codes accepts none. The error has the form of Spec.Text and quotes s.
func (t *Table[E]) ParseCode(s string) (E, error) { return t.find(s, t.s.Codes) }

// find returns the value whose entry in texts (parallel to Values) is s; "" is never a value.
func (t *Table[E]) find(s string, texts []string) (E, error) {
	if s != "" {
		for i, x := range texts {
			if s == x {
				return t.s.Values[i], nil
			}
		}
	}
	return 0, &parseError{form: &t.s.Text, text: s}
}

// parseError is the error of Parse. It is one small allocation, and its message is built only when asked
// for: a decoder that meets thousands of bad values and reports only the first few builds few messages.
type parseError struct {
	form *ErrorForm
	text string
}

// Error returns Err's message, then Detail, then the text quoted by errbound.Quote.
func (e *parseError) Error() string {
	return e.form.Err.Error() + e.form.Detail + errbound.Quote(e.text)
}

// Unwrap returns the sentinel.
func (e *parseError) Unwrap() error { return e.form.Err }

// MustParse is Parse that panics on error; for tests and constants.
func (t *Table[E]) MustParse(s string) E {
	v, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText returns the id of v, or "" (an empty, non-nil slice) for the zero value (unset). Any other
// invalid value is an error of the form of Spec.Value.
func (t *Table[E]) MarshalText(v E) ([]byte, error) {
	i := t.Index(v)
	switch {
	case i >= 0:
		return []byte(t.s.IDs[i]), nil
	case v == 0:
		return []byte{}, nil
	case t.s.Value.Typed:
		return nil, fmt.Errorf("%w%s%s", t.s.Value.Err, t.s.Value.Detail, t.String(v))
	}
	return nil, fmt.Errorf("%w%s%d", t.s.Value.Err, t.s.Value.Detail, uint16(v))
}

// UnmarshalText sets *p to what Parse returns for b; "" sets the zero value (unset). On error *p is
// unchanged.
func (t *Table[E]) UnmarshalText(p *E, b []byte) error {
	if len(b) == 0 {
		*p = 0
		return nil
	}
	v, err := t.Parse(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
