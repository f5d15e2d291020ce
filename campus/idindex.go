package campus

import (
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"slices"

	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// idIndex maps UUIDs to indexes of a slice that holds them (a register's campuses or schools): an
// open-addressing table with linear probing, at most half full, and a sorted overflow list. Each slot holds a
// 32-bit tag of the ID's hash, a saturation bit and the index plus one (0 marks an empty slot), so a probe reads
// 8 bytes per slot and touches the slice only when a tag matches, to compare the whole ID. It replaces
// map[uuid.UUID]int, which costs about twice the memory and several times the time to build at half a million
// IDs.
//
// No ID sits more than window-1 slots past its home slot (the slot its hash names): an ID whose window is full
// goes to the overflow list instead, which is sorted by ID and searched by bisection, and its home slot is marked
// saturated. A lookup reads its home slot; if that is marked, it bisects the overflow (at most log2(n)+1
// comparisons); then, unless that found the ID, it examines at most window slots (window is log2 of the table
// size + 16, and the table has fewer than 4n slots). So a lookup takes at most 2·log2(n) + 19 steps, whatever
// the IDs, including IDs chosen to collide under the hash, which is fixed and public: such IDs, after the first
// window-full, are found by bisection alone. Random IDs practically never reach the overflow (at half a
// million, no random ID sits even 40 slots past its home), so they cost what a plain table costs. Building
// takes O(n log n) time whatever the IDs.
//
// The index is a function of the IDs alone: the hash is fixed, and buildIDIndex inserts in the slice's order,
// which is canonical (a register's dense order), so two registers of the same schools and campuses are equal
// whatever the input order. The zero idIndex is empty.
type idIndex struct {
	slots    []uint64
	overflow []idEntry // sorted by ID; nil when every ID is in slots
	window   uint32    // the most slots a lookup examines: an ID sits at most window-1 slots past its home
	shift    uint8     // 64 - log2(len(slots)): the home slot is the hash's top bits
}

// idEntry is an ID of the overflow list, as two big-endian halves, and its index.
type idEntry struct {
	hi, lo uint64
	i      int32
}

const (
	// idSeed is the hash's fixed seed.
	idSeed = 0x9e3779b97f4a7c15
	// saturated marks a slot that is the home of an ID in the overflow list.
	saturated = 1 << 31
	// slotIndex extracts the index plus one from a slot.
	slotIndex = saturated - 1
	// slotTag extracts the tag from a slot.
	slotTag = ^uint64(1<<32 - 1)
)

// buildIDIndex indexes the n IDs id(0), …, id(n-1) (n < 2^31-1). It reports false if two of them are equal. It
// allocates the table and, only if some window fills, the overflow list.
func buildIDIndex(n int, id func(i int) uuid.UUID) (idIndex, bool) {
	logSize := uint8(3)
	for 1<<logSize < 2*n {
		logSize++
	}
	x := idIndex{slots: make([]uint64, 1<<logSize), shift: 64 - logSize, window: uint32(logSize) + 16}
	var over []int32 // the IDs for the overflow list, by index
	for i := range n {
		v := id(i)
		home, tag := x.probe(v)
		if x.slots[home]&saturated != 0 {
			// v's window is full (slots never empty): v goes to the overflow. A copy of v in the table is
			// found below.
			over = appendIndex(over, i)
			continue
		}
		slot, placed := home, false
		for range x.window {
			e := x.slots[slot]
			if e == 0 {
				x.slots[slot] = tag | uint64(i+1)
				placed = true
				break
			}
			if e&slotTag == tag && id(int(e&slotIndex)-1) == v {
				return idIndex{}, false
			}
			slot = x.next(slot)
		}
		if !placed {
			over = appendIndex(over, i)
			x.slots[home] |= saturated
		}
	}
	if len(over) == 0 {
		return x, true
	}
	x.overflow = make([]idEntry, len(over))
	for k, i := range over {
		x.overflow[k] = entryOf(id(int(i)), int(i))
	}
	slices.SortFunc(x.overflow, compareEntries)
	for k := 1; k < len(x.overflow); k++ {
		if compareEntries(x.overflow[k-1], x.overflow[k]) == 0 {
			return idIndex{}, false
		}
	}
	// An ID both in the table and in the overflow has a saturated home.
	for _, e := range x.slots {
		if e == 0 {
			continue
		}
		v := id(int(e&slotIndex) - 1)
		if home, _ := x.probe(v); x.slots[home]&saturated != 0 {
			if _, dup, _ := x.search(v); dup {
				return idIndex{}, false
			}
		}
	}
	return x, true
}

// appendIndex appends i to over, doubling its capacity when full, so that an overflow of m IDs costs about
// log2(m) allocations rather than append's several per doubling.
func appendIndex(over []int32, i int) []int32 {
	if len(over) == cap(over) {
		over = slices.Grow(over, max(64, len(over)))
	}
	return append(over, int32(i))
}

func entryOf(v uuid.UUID, i int) idEntry {
	return idEntry{binary.BigEndian.Uint64(v[:8]), binary.BigEndian.Uint64(v[8:]), int32(i)}
}

// compareEntries orders overflow entries by ID bytes.
func compareEntries(a, b idEntry) int {
	if c := cmp.Compare(a.hi, b.hi); c != 0 {
		return c
	}
	return cmp.Compare(a.lo, b.lo)
}

// hash mixes the two halves of id with the seed (a wyhash-style 128-bit multiply). It is fixed and public:
// IDs whose first 8 bytes (little-endian) equal idSeed all hash to 0, which only sends them to the overflow.
func (x *idIndex) hash(id uuid.UUID) uint64 {
	hi, lo := bits.Mul64(binary.LittleEndian.Uint64(id[:8])^idSeed,
		binary.LittleEndian.Uint64(id[8:])^bits.RotateLeft64(idSeed, 29)^0xe7037ed1a0b428db)
	return hi ^ lo
}

// probe returns the home slot of id and id's tag.
func (x *idIndex) probe(id uuid.UUID) (slot uint64, tag uint64) {
	h := x.hash(id)
	return h >> x.shift, h << 32
}

// next returns the slot after slot, wrapping around.
func (x *idIndex) next(slot uint64) uint64 { return (slot + 1) & uint64(len(x.slots)-1) }

// find returns the index i with id(i) == v, and false if there is none. id is the slice the table indexes.
func (x *idIndex) find(v uuid.UUID, id func(i int) uuid.UUID) (int, bool) {
	i, ok, _ := x.lookup(v, id)
	return i, ok
}

// lookup is find, and also reports the steps it took: the slots it read plus the overflow entries it compared
// v with (the figure the tests bound).
func (x *idIndex) lookup(v uuid.UUID, id func(i int) uuid.UUID) (i int, ok bool, steps int) {
	if len(x.slots) == 0 {
		return 0, false, 0
	}
	slot, tag := x.probe(v)
	if x.slots[slot]&saturated != 0 {
		k, found, n := x.search(v)
		steps += n
		if found {
			return int(x.overflow[k].i), true, steps
		}
	}
	for range x.window {
		e := x.slots[slot]
		steps++
		if e == 0 {
			return 0, false, steps // v would have been placed here or before
		}
		if e&slotTag == tag {
			if i := int(e&slotIndex) - 1; id(i) == v {
				return i, true, steps
			}
		}
		slot = x.next(slot)
	}
	// v's window is full; had v gone to the overflow, its home would be saturated and search would have found it.
	return 0, false, steps
}

// search bisects the overflow for v and returns its position there, and the comparisons it made.
func (x *idIndex) search(v uuid.UUID) (k int, found bool, steps int) {
	key := entryOf(v, 0)
	lo, hi := 0, len(x.overflow)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		steps++
		switch c := compareEntries(x.overflow[mid], key); {
		case c == 0:
			return mid, true, steps
		case c < 0:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return 0, false, steps
}

// campusIndex returns the dense index of the campus with the given ID.
func (r *Register) campusIndex(id uuid.UUID) (int, bool) {
	return r.campusIx.find(id, func(i int) uuid.UUID { return r.campuses[i].ID })
}

// schoolIndex returns the index in schools of the school with the given ID; false for a nil register.
func (r *Register) schoolIndex(id uuid.UUID) (int, bool) {
	if r == nil {
		return 0, false
	}
	return r.schoolIx.find(id, func(j int) uuid.UUID { return r.schools[j].ID })
}

// codeIndex finds the tree index of a jurisdiction code during NewRegister: an open-addressing table of the
// tree's codes, at most half full, that answers like hierarchy.Tree.Index in a few nanoseconds from a table
// small enough to stay in cache. It is built only when the campuses outnumber a quarter of the tree's
// jurisdictions (otherwise it falls back on Tree.Index), and it is dropped after construction, so its random
// seed changes nothing a caller can observe. The seed is also why codes cannot be chosen to collide in it, as
// they cannot in Tree.Index's map: nobody outside the process knows it.
type codeIndex struct {
	tree  *hierarchy.Tree
	seed  maphash.Seed
	slots []codeSlot
}

type codeSlot struct {
	code hierarchy.Code
	node int32 // tree index plus one; 0 marks an empty slot
}

func newCodeIndex(tree *hierarchy.Tree, campuses int) codeIndex {
	x := codeIndex{tree: tree}
	if n := tree.Len(); campuses >= n/4 && n > 0 {
		size := 8
		for size < 2*n {
			size *= 2
		}
		x.seed = maphash.MakeSeed()
		x.slots = make([]codeSlot, size)
		for i := range n {
			c := tree.At(i).Code
			s := x.slot(c)
			for x.slots[s].node != 0 {
				s = (s + 1) & uint64(len(x.slots)-1)
			}
			x.slots[s] = codeSlot{c, int32(i + 1)}
		}
	}
	return x
}

func (x *codeIndex) slot(c hierarchy.Code) uint64 {
	return maphash.Comparable(x.seed, c) & uint64(len(x.slots)-1)
}

// index returns the tree index of the jurisdiction with code c, and false if c is not in the tree.
func (x *codeIndex) index(c hierarchy.Code) (int, bool) {
	if x.slots == nil {
		return x.tree.Index(c)
	}
	for s := x.slot(c); x.slots[s].node != 0; s = (s + 1) & uint64(len(x.slots)-1) {
		if x.slots[s].code == c {
			return int(x.slots[s].node) - 1, true
		}
	}
	return 0, false
}
