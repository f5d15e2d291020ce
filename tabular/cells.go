package tabular

import (
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/google/uuid"
)

// cell returns cell c's text, and reports a required cell that is empty. It returns "" for a cell already
// reported.
func (rr *rowReader) cell(c int) string {
	if rr.bad[c] {
		return ""
	}
	s := rr.cells[c]
	if s == "" && rr.lay.cols[c].required && (rr.present[c] || !rr.lay.cols[c].optionalHeader) {
		rr.problem(c, ErrRequired)
	}
	return s
}

// text returns a text cell: required cells must not be all white space.
func (rr *rowReader) text(c int) string {
	s := rr.cell(c)
	if s != "" && rr.lay.cols[c].required && blank(s) {
		rr.problem(c, fmt.Errorf("%w: only white space", ErrRequired))
	}
	return s
}

// blank reports whether s is only white space (strings.TrimSpace gives ""), deciding at once when s starts
// with an ASCII byte that is not a space.
func blank(s string) bool {
	if c := s[0]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsSpace(r) {
		return false
	}
	return strings.TrimSpace(s) == ""
}

// id returns a UUID cell (zero when empty or bad).
func (rr *rowReader) id(c int) uuid.UUID {
	s := rr.cell(c)
	if s == "" {
		return uuid.Nil
	}
	// uuid.Parse accepts several spellings (braces, urn:uuid:, no hyphens, upper case); only the canonical
	// one reads back as it was written.
	u, ok := parseCanonicalUUID(s)
	if !ok {
		rr.problem(c, fmt.Errorf("%w: %s is not a UUID in canonical form (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, lower case)", ErrValue, errbound.Quote(s)))
		return uuid.Nil
	}
	if u == uuid.Nil {
		rr.problem(c, fmt.Errorf("%w: the nil UUID", ErrValue))
	}
	return u
}

// ref returns a ref cell (kept), checked with check when it is not empty (campus.CheckRef for the refs
// of schools, campuses and inspections; nil for an incident's, which incident.NewLog checks).
func (rr *rowReader) ref(c int, check func(string) error) string {
	s := rr.cell(c)
	if s == "" {
		return ""
	}
	if check != nil {
		if err := check(s); err != nil {
			rr.problem(c, fmt.Errorf("%w: %w", ErrValue, err))
			return ""
		}
	}
	return kept(s)
}

// recordID returns a record's ID: the id cell when it is not empty; otherwise the ID derive derives from
// the ref cell (campus.SchoolID, …), read by ref before. A row with neither is ErrRequired; a ref-only row
// whose ref looks like a UUID (looksLikeUUID) is ErrValue, since a reference column would read that text
// as an ID, not as the ref.
func (rr *rowReader) recordID(idCol, refCol int, derive func(string) (uuid.UUID, error)) uuid.UUID {
	if rr.cells[idCol] != "" || rr.bad[idCol] {
		return rr.id(idCol)
	}
	ref := rr.cells[refCol]
	switch {
	case rr.bad[refCol]: // reported
	case ref == "":
		rr.problem(idCol, fmt.Errorf("%w: neither an id nor a ref: a record needs one of them (or both)", ErrRequired))
	case looksLikeUUID(ref):
		rr.problem(refCol, valueErrf("%s is a UUID and the id is empty: a UUID in a reference column reads as an ID, never as a ref, so give it as the id (and the ref, if it is the platform's key too)", errbound.Quote(ref)))
	default:
		id, err := derive(ref)
		if err != nil {
			rr.problem(refCol, fmt.Errorf("%w: %w", ErrValue, err))
			return uuid.Nil
		}
		return id
	}
	return uuid.Nil
}

// refID returns a reference cell (a campus's school, an inspection's or incident's campus): a UUID in
// canonical form is the ID; text in another spelling of a UUID (looksLikeUUID) is an error; anything else
// is a ref, whose ID derive derives (an error when the ref is not valid). Empty gives the nil UUID (and
// ErrRequired for a required column).
func (rr *rowReader) refID(c int, derive func(string) (uuid.UUID, error)) uuid.UUID {
	s := rr.cell(c)
	if s == "" {
		return uuid.Nil
	}
	if u, ok := parseCanonicalUUID(s); ok {
		if u == uuid.Nil {
			rr.problem(c, fmt.Errorf("%w: the nil UUID", ErrValue))
		}
		return u
	}
	if looksLikeUUID(s) {
		rr.problem(c, valueErrf("%s is a UUID not in canonical form (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, lower case); text that looks like a UUID is never read as a ref", errbound.Quote(s)))
		return uuid.Nil
	}
	u, err := derive(s)
	if err != nil {
		rr.problem(c, fmt.Errorf("%w: neither a UUID in canonical form nor a valid ref: %w", ErrValue, err))
		return uuid.Nil
	}
	return u
}

// looksLikeUUID reports whether s is a UUID in one of the hyphenated spellings uuid.Parse accepts: the
// 36-character form in either case, in braces ({…}, 38) or as a URN (urn:uuid:…, 45). 32 bare hex digits
// (an MD5 in hex, a long record number) are not taken for a UUID.
func looksLikeUUID(s string) bool {
	switch len(s) {
	case 36, 38, 45:
		_, err := uuid.Parse(s)
		return err == nil
	}
	return false
}

// parseCanonicalUUID parses a UUID in the 36-character lower-case form uuid.UUID.String writes, and
// nothing else.
func parseCanonicalUUID(s string) (uuid.UUID, bool) {
	var u uuid.UUID
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return u, false
	}
	// Without a branch per digit (the digits of random ids defeat branch prediction): a byte that is not
	// a lower-case hex digit has the high bits set in hexDigits, which bad collects.
	var bad byte
	j := 0
	for _, seg := range [5][2]int{{0, 8}, {9, 13}, {14, 18}, {19, 23}, {24, 36}} {
		for i := seg[0]; i < seg[1]; i += 2 {
			hi, lo := hexDigits[s[i]], hexDigits[s[i+1]]
			bad |= hi | lo
			u[j] = hi<<4 | lo&0x0f
			j++
		}
	}
	return u, bad&0xf0 == 0
}

// hexDigits is the value of each byte as a lower-case hex digit, 0xff for a byte that is not one.
const hexDigits = "" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\x0a\x0b\x0c\x0d\x0e\x0f\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff" +
	"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"

// kept returns a copy of s that does not share the memory of the row it was read from, so that a record
// kept by the caller does not keep its whole line alive.
func kept(s string) string { return strings.Clone(s) }

// interned returns s from the reader's table of repeated texts (team names), adding it while the table is
// small: a national file names a few thousand teams over millions of inspections.
func (rr *rowReader) interned(s string) string {
	if s == rr.last {
		return rr.last
	}
	if v, ok := rr.intern[s]; ok {
		rr.last = v
		return v
	}
	v := strings.Clone(s)
	if rr.intern == nil {
		rr.intern = map[string]string{}
	}
	if len(rr.intern) < maxInterned {
		rr.intern[v] = v
	}
	rr.last = v
	return v
}

// maxInterned bounds a reader's table of repeated texts.
const maxInterned = 1 << 14

// code returns a division code cell.
func (rr *rowReader) code(c int) hierarchy.Code {
	s := rr.cell(c)
	if s == "" {
		return hierarchy.Code{}
	}
	v, err := hierarchy.ParseCode(s)
	if err != nil {
		rr.problem(c, fmt.Errorf("%w: %w", ErrValue, err))
	}
	return v
}

// date returns a date cell.
func (rr *rowReader) date(c int) civil.Date {
	s := rr.cell(c)
	if s == "" {
		return civil.Date{}
	}
	v, err := civil.ParseDate(s)
	if err != nil {
		rr.problem(c, fmt.Errorf("%w: %w", ErrValue, err))
	}
	return v
}

// integer returns an integer cell in lo..hi, written in canonical decimal (no sign on 0, no leading zeros,
// no "+"), and whether the cell had one.
func (rr *rowReader) integer(c int, lo, hi int64) (int64, bool) {
	s := rr.cell(c)
	if s == "" {
		return 0, false
	}
	n, ok := canonicalDigits(s)
	if !ok {
		var err error
		n, err = strconv.ParseInt(s, 10, 64)
		if err != nil || strconv.FormatInt(n, 10) != s {
			rr.problem(c, fmt.Errorf("%w: %s is not an integer", ErrValue, errbound.Quote(s)))
			return 0, false
		}
	}
	if n < lo || n > hi {
		rr.problem(c, fmt.Errorf("%w: %d outside %d..%d", ErrValue, n, lo, hi))
		return 0, false
	}
	return n, true
}

// canonicalDigits parses the common case of a canonical integer: 1 to 18 digits without a leading zero. It
// reports false for anything else (a sign, a leading zero, a longer number, not a number), which the caller
// parses in full.
func canonicalDigits(s string) (int64, bool) {
	if len(s) == 0 || len(s) > 18 || (s[0] == '0' && len(s) > 1) {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int64(d)
	}
	return n, true
}

// boolean returns a boolean cell: "true" or "false".
func (rr *rowReader) boolean(c int) bool {
	switch s := rr.cell(c); s {
	case "", "false":
		return false
	case "true":
		return true
	default:
		rr.problem(c, fmt.Errorf("%w: %s: want true or false", ErrValue, errbound.Quote(s)))
		return false
	}
}

// parsed decodes cell c with parse (an enum's ParseX, which reads its stable id); "" gives the zero value.
func parsed[V any](rr *rowReader, c int, parse func(string) (V, error)) V {
	var v V
	s := rr.cell(c)
	if s == "" {
		return v
	}
	v, err := parse(s)
	if err != nil {
		rr.problem(c, fmt.Errorf("%w: %w", ErrValue, err))
	}
	return v
}

// keyOf is the key a record's problems name: its ref when it has one, else its id cell.
func (rr *rowReader) keyOf(idCol, refCol int) string {
	if refCol >= 0 && rr.cells[refCol] != "" {
		return rr.cells[refCol]
	}
	if idCol >= 0 {
		return rr.cells[idCol]
	}
	return ""
}

// keyColumn is the column a duplicate key is reported on: the id column, or the ref column when the id
// was derived from it (the id cell is empty).
func (rr *rowReader) keyColumn(idCol, refCol int) int {
	if refCol >= 0 && rr.cells[idCol] == "" && rr.lay.cols[idCol].orRef {
		return refCol
	}
	return idCol
}

// keyAdder finds duplicate keys: add records k on line and returns the line of an earlier record with
// the same key, or 0.
type keyAdder[K comparable] interface {
	add(k K, line int) int
}

// newKeySet returns the duplicate finder of keys of type K: an idSet for UUIDs, else a keySet.
func newKeySet[K comparable]() keyAdder[K] {
	if s, ok := any(&idSet{}).(keyAdder[K]); ok {
		return s
	}
	return &keySet[K]{}
}

// keySet finds duplicate keys, remembering the line of each key's first record.
type keySet[K comparable] struct {
	lines map[K]int
}

// add records k on line and returns the line of an earlier record with the same key, or 0.
func (s *keySet[K]) add(k K, line int) int {
	if s.lines == nil {
		s.lines = make(map[K]int)
	}
	if first, dup := s.lines[k]; dup {
		return first
	}
	s.lines[k] = line
	return 0
}

// idSet finds duplicate UUIDs: the UUIDs read so far with the line of each one's first record, in the
// order read, and an open-addressing hash table of 8-byte slots over them (half full at most, probed
// linearly), each slot holding the top 32 bits of a seeded hash of its UUID and the UUID's position. A
// national file holds millions of ids: the small table keeps the probes in the cache, a UUID is compared
// only when its 32 hash bits match, and a UUID's slot is found from the top bits of its hash, so that
// doubling the table moves the slots in order (slot i to about 2i) without hashing again. The nil UUID is
// never added (a record without an id has no key).
type idSet struct {
	slots []uint64 // 0: empty; else hash>>32<<32 | position in ids + 1
	bits  int      // len(slots) is 1<<bits
	ids   []idLine
	seed  maphash.Seed
	more  keySet[uuid.UUID] // the ids past maxDenseIDs (beyond any real file; never dropped)
}

// idLine is a UUID and the line of its first record.
type idLine struct {
	id   uuid.UUID
	line int
}

// maxDenseIDs is the most ids the table holds: a position fits in 32 bits on every platform, and the table
// (at most 1<<32 slots) in the 32 hash bits a slot keeps.
const maxDenseIDs = 1<<31 - 1

func (s *idSet) add(id uuid.UUID, line int) int {
	if 2*(len(s.ids)+1) > len(s.slots) && len(s.ids) < maxDenseIDs {
		s.grow()
	}
	h := maphash.Comparable(s.seed, id)
	top := h >> 32
	mask := uint64(len(s.slots) - 1)
	for i := top >> (32 - s.bits); ; i = (i + 1) & mask {
		sl := s.slots[i]
		if sl == 0 {
			if len(s.ids) >= maxDenseIDs {
				return s.more.add(id, line)
			}
			s.ids = append(s.ids, idLine{id, line})
			s.slots[i] = top<<32 | uint64(len(s.ids))
			return 0
		}
		if sl>>32 == top {
			if k := &s.ids[uint32(sl)-1]; k.id == id {
				return k.line
			}
		}
	}
}

// grow doubles the table (1024 slots at first) and moves the slots over in order.
func (s *idSet) grow() {
	if len(s.slots) == 0 {
		s.seed = maphash.MakeSeed()
		s.bits = 9
	}
	old := s.slots
	s.bits++
	s.slots = make([]uint64, 1<<s.bits)
	mask := uint64(len(s.slots) - 1)
	for _, sl := range old {
		if sl == 0 {
			continue
		}
		i := sl >> 32 >> (32 - s.bits)
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = sl
	}
}

// simple returns the next function of a reader of records that are one row each: decode reads the current
// row into a record and returns its key for duplicates (ok false: no key could be read).
func simple[T any, K comparable](rr *rowReader, keyCol, refCol int, decode func(rr *rowReader) (T, K, bool)) func() (T, bool) {
	seen := newKeySet[K]()
	return func() (T, bool) {
		var zero T
		for rr.read() {
			if rr.rowBad {
				rr.finish("")
				continue
			}
			v, k, ok := decode(rr)
			if ok && len(rr.probs) == 0 {
				if first := seen.add(k, rr.line); first != 0 {
					rr.problem(rr.keyColumn(keyCol, refCol), fmt.Errorf("%w: the same as line %d", ErrDuplicateKey, first))
				}
			}
			if rr.finish(rr.keyOf(keyCol, refCol)) {
				rr.recLine = rr.line
				return v, true
			}
		}
		return zero, false
	}
}
