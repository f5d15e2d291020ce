package campus

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"

	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// idIndex maps UUIDs to indexes of a slice that holds them (a register's campuses or schools): an
// open-addressing table with linear probing, at most half full. Each slot holds a 32-bit tag of the ID's hash
// and the index plus one (0 marks an empty slot), so a probe reads 8 bytes per slot and touches the slice only
// when a tag matches, to compare the whole ID. It replaces map[uuid.UUID]int, which costs about twice the
// memory and several times the time to build at half a million IDs.
//
// The table is a function of the IDs alone: the hash is fixed, and buildIDIndex inserts in the slice's order,
// which is canonical (a register's dense order), so two registers of the same schools and campuses are equal
// whatever the input order. IDs chosen to collide cannot make probes long: buildIDIndex starts again with the
// next of a fixed sequence of seeds while any insertion needs more than maxProbe probes. The zero idIndex is
// empty.
type idIndex struct {
	slots []uint64
	seed  uint64
	shift uint8 // 64 - log2(len(slots)): the slot is the hash's top bits
}

const (
	// maxProbe is the longest probe sequence buildIDIndex accepts before it tries the next seed; at half load
	// with a good hash, sequences this long practically never occur.
	maxProbe = 64
	// maxSeeds bounds the seeds buildIDIndex tries; the last table is kept whatever its probes.
	maxSeeds = 8
)

// buildIDIndex indexes the n IDs id(0), …, id(n-1). It reports false if two of them are equal.
func buildIDIndex(n int, id func(i int) uuid.UUID) (idIndex, bool) {
	logSize := uint8(3)
	for 1<<logSize < 2*n {
		logSize++
	}
	x := idIndex{slots: make([]uint64, 1<<logSize), shift: 64 - logSize}
	for attempt := range maxSeeds {
		x.seed = 0x9e3779b97f4a7c15 * uint64(attempt+1)
		clear(x.slots)
		long := false
		for i := range n {
			v := id(i)
			slot, tag := x.probe(v)
			for probes := 1; ; probes++ {
				e := x.slots[slot]
				if e == 0 {
					x.slots[slot] = tag | uint64(uint32(i+1))
					long = long || probes > maxProbe
					break
				}
				if e&^(1<<32-1) == tag && id(int(uint32(e))-1) == v {
					return idIndex{}, false
				}
				slot = x.next(slot)
			}
			if long && attempt+1 < maxSeeds {
				break
			}
		}
		if !long {
			break
		}
	}
	return x, true
}

// hash mixes the two halves of id with the seed (a wyhash-style 128-bit multiply).
func (x *idIndex) hash(id uuid.UUID) uint64 {
	hi, lo := bits.Mul64(binary.LittleEndian.Uint64(id[:8])^x.seed,
		binary.LittleEndian.Uint64(id[8:])^bits.RotateLeft64(x.seed, 29)^0xe7037ed1a0b428db)
	return hi ^ lo
}

// probe returns the first slot to look at for id and id's tag.
func (x *idIndex) probe(id uuid.UUID) (slot uint64, tag uint64) {
	h := x.hash(id)
	return h >> x.shift, h << 32
}

// next returns the slot after slot, wrapping around.
func (x *idIndex) next(slot uint64) uint64 { return (slot + 1) & uint64(len(x.slots)-1) }

// find returns the index i with id(i) == v, and false if there is none. id is the slice the table indexes.
func (x *idIndex) find(v uuid.UUID, id func(i int) uuid.UUID) (int, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	slot, tag := x.probe(v)
	for e := x.slots[slot]; e != 0; e = x.slots[slot] {
		if e&^(1<<32-1) == tag {
			if i := int(uint32(e)) - 1; id(i) == v {
				return i, true
			}
		}
		slot = x.next(slot)
	}
	return 0, false
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
// seed changes nothing a caller can observe.
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
