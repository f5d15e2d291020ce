package badinput

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// JSONFormat is one JSON format the library decodes, for SweepJSON.
type JSONFormat struct {
	// Name names the format in sub-tests.
	Name string
	// Valid is a document of the format that decodes, holding every key the format defines (so that each
	// is mutated).
	Valid string
	// Decode decodes a document into a fresh value.
	Decode func([]byte) error
	// Is are the sentinels a rejection may wrap: each must wrap one of them at least. (A standard reports a
	// structural fault with ErrInvalidJSON but an absent ID or minimum with the field's own sentinel.)
	Is []error
	// Optional lists the paths of keys that may be absent ("requirements[].scope", "kind.*" for every key
	// of the "kind" object, "*" for every key of the format).
	Optional []string
	// Nullable lists the paths of values that may be null.
	Nullable []string
}

// Member is one key of an object of a document: its path ("requirements[].rule.min", indices elided), and
// the byte ranges of the member, its key (quotes included) and its value.
type Member struct {
	Path                         string
	Start, KeyEnd, ValStart, End int
}

// Members lists every member of every object of the valid JSON document doc, in document order.
func Members(doc string) []Member {
	var out []Member
	p := &scanner{s: doc}
	p.value("", &out)
	return out
}

type scanner struct {
	s   string
	pos int
}

func (p *scanner) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *scanner) str() {
	p.pos++
	for p.s[p.pos] != '"' {
		if p.s[p.pos] == '\\' {
			p.pos++
		}
		p.pos++
	}
	p.pos++
}

func (p *scanner) value(path string, out *[]Member) {
	p.ws()
	switch p.s[p.pos] {
	case '"':
		p.str()
	case '{':
		p.pos++
		p.ws()
		for p.s[p.pos] != '}' {
			p.ws()
			start := p.pos
			p.str()
			keyEnd := p.pos
			key, _ := strconv.Unquote(p.s[start:keyEnd])
			p.ws()
			p.pos++ // ':'
			p.ws()
			valStart := p.pos
			sub := key
			if path != "" {
				sub = path + "." + key
			}
			i := len(*out)
			*out = append(*out, Member{Path: sub, Start: start, KeyEnd: keyEnd, ValStart: valStart})
			p.value(sub, out)
			(*out)[i].End = p.pos
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
				p.ws()
			}
		}
		p.pos++
	case '[':
		p.pos++
		p.ws()
		for p.s[p.pos] != ']' {
			p.value(path+"[]", out)
			p.ws()
			if p.s[p.pos] == ',' {
				p.pos++
				p.ws()
			}
		}
		p.pos++
	default:
		for p.pos < len(p.s) && strings.IndexByte(",]} \t\r\n", p.s[p.pos]) < 0 {
			p.pos++
		}
	}
}

// matches reports whether path is one of patterns: equal, "*", or "prefix.*" for a direct child of prefix.
func matches(path string, patterns []string) bool {
	for _, pat := range patterns {
		if pat == "*" || pat == path {
			return true
		}
		if prefix, ok := strings.CutSuffix(pat, ".*"); ok && strings.HasPrefix(path, prefix+".") &&
			!strings.Contains(path[len(prefix)+1:], ".") {
			return true
		}
	}
	return false
}

// Variants returns the spellings of key that encoding/json would match to it but that are not it: every
// ASCII case change of one letter, the whole key in the other case, and each 's'/'S' replaced by U+017F
// (ſ) and each 'k'/'K' by U+212A (K, Kelvin sign), one at a time.
func Variants(key string) []string {
	var out []string
	seen := map[string]bool{key: true}
	add := func(v string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	add(strings.ToUpper(key))
	add(strings.ToLower(key))
	for i, r := range key {
		n := utf8.RuneLen(r)
		switch {
		case unicode.IsLower(r):
			add(key[:i] + string(unicode.ToUpper(r)) + key[i+n:])
		case unicode.IsUpper(r):
			add(key[:i] + string(unicode.ToLower(r)) + key[i+n:])
		}
		switch r {
		case 's', 'S':
			add(key[:i] + "\u017f" + key[i+n:])
		case 'k', 'K':
			add(key[:i] + "\u212a" + key[i+n:])
		}
	}
	return out
}

// SweepJSON checks the class of JSON-decoding faults on one format: the valid document decodes; and every
// key of every object is rejected (an error wrapping one of f.Is, no panic) when it is given twice (with the same
// value), spelt in another case or with a Unicode case-folding variant (U+017F, U+212A), renamed to an
// unknown key, removed (unless optional), or its value replaced by null (unless nullable); and an unknown key
// added to any object is rejected.
func SweepJSON(t *testing.T, f JSONFormat) {
	t.Helper()
	t.Run(f.Name, func(t *testing.T) {
		require.NotEmpty(t, f.Is, "a sentinel")
		require.NoError(t, f.Decode([]byte(f.Valid)), "the valid document decodes")
		doc := f.Valid
		reject := func(what, in string) {
			t.Helper()
			var err error
			require.NotPanics(t, func() { err = f.Decode([]byte(in)) }, what)
			if assert.Error(t, err, "%s: %s", what, in) {
				found := false
				for _, s := range f.Is {
					found = found || errors.Is(err, s)
				}
				assert.True(t, found, "%s: %v wraps one of %v", what, err, f.Is)
			}
		}
		members := Members(doc)
		require.NotEmpty(t, members)
		for _, m := range members {
			key, _ := strconv.Unquote(doc[m.Start:m.KeyEnd])
			val := doc[m.ValStart:m.End]
			reject("duplicate "+m.Path, doc[:m.Start]+doc[m.Start:m.End]+","+doc[m.Start:])
			for _, v := range Variants(key) {
				reject(fmt.Sprintf("variant %q of %s", v, m.Path), doc[:m.Start]+strconv.Quote(v)+doc[m.KeyEnd:])
				reject(fmt.Sprintf("variant %q of %s beside it", v, m.Path),
					doc[:m.Start]+strconv.Quote(v)+":"+val+","+doc[m.Start:])
			}
			reject("unknown key beside "+m.Path, doc[:m.Start]+`"`+key+`_x":`+val+","+doc[m.Start:])
			reject("renamed "+m.Path, doc[:m.Start]+`"`+key+`_x"`+doc[m.KeyEnd:])
			if !matches(m.Path, f.Optional) {
				reject("missing "+m.Path, removeMember(doc, m))
			}
			if !matches(m.Path, f.Nullable) && val != "null" {
				reject("null "+m.Path, doc[:m.ValStart]+"null"+doc[m.End:])
			}
		}
		reject("unknown top-level key", "{"+`"zz_unknown":1,`+strings.TrimPrefix(strings.TrimSpace(doc), "{"))
	})
}

// removeMember returns doc without member m and one comma next to it.
func removeMember(doc string, m Member) string {
	end := m.End
	rest := strings.TrimLeft(doc[end:], " \t\r\n")
	if strings.HasPrefix(rest, ",") {
		return doc[:m.Start] + strings.TrimLeft(rest[1:], " \t\r\n")
	}
	// The last member: drop the comma before it.
	before := strings.TrimRight(doc[:m.Start], " \t\r\n")
	before = strings.TrimSuffix(before, ",")
	return before + doc[end:]
}
