package badinput

import (
	"strconv"
	"strings"
)

// Doc is one generated pathological JSON document.
type Doc struct {
	// Name says what is pathological about it and where: "list of {} at requirements[].rule.bands".
	Name string
	// Make builds the document (on demand, so that a corpus of 8 MiB documents is not all in memory at once).
	Make func() []byte
}

// Pathological generates JSON documents of about size bytes each (at least), derived from the valid document
// valid of a format by one pathology each: leading whitespace; every list (or, in a format without lists,
// its first value) replaced by a list of "{}"; deep arrays and deep objects in place of the first value; each
// string value (at most maxStrings of them) replaced by a long string and by a long run of escapes; a long
// key; many unknown keys and many copies of one key in the top object and in the first nested object; the
// first integer replaced by a long number.
func Pathological(valid string, size, maxStrings int) []Doc {
	members := Members(valid)
	var out []Doc
	add := func(name string, make func() string) {
		out = append(out, Doc{Name: name, Make: func() []byte { return []byte(make()) }})
	}
	rep := strings.Repeat
	fill := func(elem string) string { // a comma-separated list of elem of about size bytes
		return strings.TrimSuffix(rep(elem+",", size/(len(elem)+1)+1), ",")
	}
	replace := func(m Member, val string) string { return valid[:m.ValStart] + val + valid[m.End:] }

	add("whitespace", func() string { return rep(" \n\t\r", size/4+1) + valid })
	lists := 0
	for _, m := range members {
		if valid[m.ValStart] == '[' {
			add("list of {} at "+m.Path, func() string { return replace(m, "["+fill("{}")+"]") })
			lists++
		}
	}
	first := members[0]
	if lists == 0 {
		add("list of {} at "+first.Path, func() string { return replace(first, "["+fill("{}")+"]") })
	}
	add("deep arrays at "+first.Path, func() string { return replace(first, rep("[", size/2+1)+rep("]", size/2+1)) })
	add("deep objects at "+first.Path, func() string { return replace(first, rep(`{"a":`, size/6+1)+"1"+rep("}", size/6+1)) })
	strs := 0
	for _, m := range members {
		if valid[m.ValStart] == '"' && strs < maxStrings {
			add("long string at "+m.Path, func() string { return replace(m, `"`+rep("x", size)+`"`) })
			add("long escapes at "+m.Path, func() string { return replace(m, `"`+rep(`\u0000`, size/6+1)+`"`) })
			strs++
		}
	}
	open := strings.IndexByte(valid, '{') + 1
	add("long key", func() string { return valid[:open] + `"` + rep("k", size) + `":1,` + valid[open:] })
	manyKeys := func() string {
		var keys strings.Builder
		for i := 0; keys.Len() < size; i++ {
			keys.WriteString(`"k` + strconv.Itoa(i) + `":0,`)
		}
		return keys.String()
	}
	add("many unknown keys", func() string { return valid[:open] + manyKeys() + valid[open:] })
	dup := valid[first.Start:first.End]
	add("many copies of "+first.Path, func() string { return valid[:open] + rep(dup+",", size/(len(dup)+1)+1) + valid[open:] })
	for _, m := range members {
		if valid[m.ValStart] == '{' && m.End > m.ValStart+2 {
			in := m.ValStart + 1
			add("many unknown keys in "+m.Path, func() string { return valid[:in] + manyKeys() + valid[in:] })
			inner := Members(valid[m.ValStart:m.End])[0]
			d := valid[m.ValStart+inner.Start : m.ValStart+inner.End]
			add("many copies in "+m.Path, func() string { return valid[:in] + rep(d+",", size/(len(d)+1)+1) + valid[in:] })
			break
		}
	}
	for _, m := range members {
		if c := valid[m.ValStart]; c == '-' || (c >= '0' && c <= '9') {
			add("long number at "+m.Path, func() string { return replace(m, "1"+rep("0", size)) })
			break
		}
	}
	return out
}
