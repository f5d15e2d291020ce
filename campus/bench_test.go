package campus

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// benchInput builds a province-sized register: 100 counties × 20 townships, 25 campuses per township
// (50,000 campuses), one school per campus.
func benchInput(b testing.TB) (*hierarchy.Tree, []School, []Campus) {
	b.Helper()
	js := []hierarchy.Jurisdiction{{Code: hierarchy.MustParseCode("320000"), Name: "省"}}
	var towns []hierarchy.Code
	for p := 1; p <= 10; p++ {
		pc := fmt.Sprintf("32%02d00", p)
		js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(pc), Name: "市"})
		for c := 1; c <= 10; c++ {
			cc := fmt.Sprintf("32%02d%02d", p, c)
			js = append(js, hierarchy.Jurisdiction{Code: hierarchy.MustParseCode(cc), Name: "县"})
			for tw := 1; tw <= 20; tw++ {
				code := hierarchy.MustParseCode(fmt.Sprintf("%s%03d", cc, 100+tw))
				js = append(js, hierarchy.Jurisdiction{Code: code, Name: "镇"})
				towns = append(towns, code)
			}
		}
	}
	tree, err := hierarchy.NewTree(js...)
	if err != nil {
		b.Fatal(err)
	}
	var schools []School
	var campuses []Campus
	kinds := Values[Kind]()
	for i := 0; i < len(towns)*25; i++ {
		s := School{ID: id(fmt.Sprintf("bs%d", i)), Name: "学校"}
		schools = append(schools, s)
		campuses = append(campuses, Campus{ID: id(fmt.Sprintf("bc%d", i)), School: s.ID, Name: "校区",
			Kind: kinds[i%len(kinds)], License: License(1 + i%2), Locale: Values[Locale]()[i%numLocales],
			Jurisdiction: towns[i%len(towns)], Main: true})
	}
	return tree, schools, campuses
}

func BenchmarkNewRegister(b *testing.B) {
	tree, schools, campuses := benchInput(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := NewRegister(tree, schools, campuses); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCampusCountsByJurisdiction(b *testing.B) {
	tree, schools, campuses := benchInput(b)
	r, err := NewRegister(tree, schools, campuses)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		_ = r.CampusCountsByJurisdiction()
	}
}

// The ID sets of the ID-index benchmarks and tests. oldIDSeeds are the 8 fixed seeds the ID index once tried in
// turn, the first of which is still its hash's seed (idSeed).
var oldIDSeeds = func() (s [8]uint64) {
	for a := range s {
		s[a] = 0x9e3779b97f4a7c15 * uint64(a+1)
	}
	return s
}()

// collidingID returns the k-th ID whose first 8 bytes (little-endian) are seed: under a seed-keyed hash
// h = hi^lo of (first ^ seed) × (…), every such ID hashes to 0, tag included.
func collidingID(seed, k uint64) uuid.UUID {
	var u uuid.UUID
	binary.LittleEndian.PutUint64(u[:8], seed)
	binary.LittleEndian.PutUint64(u[8:], k*0xbf58476d1ce4e5b9+1)
	return u
}

// issueIDs is the ID set of issue 15's finding 2, which made the old index quadratic: 70 IDs colliding under
// each of the first 7 seeds (forcing each of those tables to be abandoned), the rest colliding under the 8th
// (whose table was kept whatever its probes). salt keeps two sets (schools and campuses) apart.
func issueIDs(n int, salt uint64) []uuid.UUID {
	ids := make([]uuid.UUID, 0, n)
	for a := 0; a < 7 && len(ids) < n; a++ {
		for k := 0; k < 70 && len(ids) < n; k++ {
			ids = append(ids, collidingID(oldIDSeeds[a], salt<<40|uint64(k)))
		}
	}
	for k := 0; len(ids) < n; k++ {
		ids = append(ids, collidingID(oldIDSeeds[7], salt<<40|uint64(k)))
	}
	return ids
}

// allCollidingIDs is n IDs that all hash to 0 under the current index's hash: the worst set for it.
func allCollidingIDs(n int, salt uint64) []uuid.UUID {
	ids := make([]uuid.UUID, n)
	for k := range ids {
		ids[k] = collidingID(oldIDSeeds[0], salt<<40|uint64(k))
	}
	return ids
}

// clusteredIDs is n IDs whose hashes the generator chooses outright (with first 8 bytes idSeed^1, the hash is
// the last 8 bytes XOR a constant): their home slots are spread over the first eighth of the table, so linear
// probing piles them into one long run and fills many windows, and their tags are all equal, so every slot a
// lookup reads costs a full ID comparison.
func clusteredIDs(n int, salt uint64) []uuid.UUID {
	c := bits.RotateLeft64(oldIDSeeds[0], 29) ^ 0xe7037ed1a0b428db
	ids := make([]uuid.UUID, n)
	for k := range ids {
		h := (uint64(k)*0x2545f491+salt<<27)&(1<<29-1)<<32 | salt // distinct for k < 2^29
		binary.LittleEndian.PutUint64(ids[k][:8], oldIDSeeds[0]^1)
		binary.LittleEndian.PutUint64(ids[k][8:], h^c)
	}
	return ids
}

// randomIDs is n seeded random IDs.
func randomIDs(n int, salt uint64) []uuid.UUID {
	rng := rand.New(rand.NewPCG(15, salt))
	ids := make([]uuid.UUID, n)
	for k := range ids {
		binary.LittleEndian.PutUint64(ids[k][:8], rng.Uint64())
		binary.LittleEndian.PutUint64(ids[k][8:], rng.Uint64())
	}
	return ids
}

// idSetInput is the input of benchInput's tree with n campuses, one school each, whose school and campus IDs
// come from ids.
func idSetInput(b testing.TB, n int, ids func(n int, salt uint64) []uuid.UUID) (*hierarchy.Tree, []School, []Campus) {
	b.Helper()
	tree, _, _ := benchInput(b)
	var towns []hierarchy.Code
	for j := range tree.All() {
		if j.Code.Level() == hierarchy.Township {
			towns = append(towns, j.Code)
		}
	}
	sid, cid := ids(n, 1), ids(n, 2)
	schools := make([]School, n)
	campuses := make([]Campus, n)
	kinds := Values[Kind]()
	for i := range n {
		schools[i] = School{ID: sid[i], Name: "学校"}
		campuses[i] = Campus{ID: cid[i], School: sid[i], Name: "校区", Kind: kinds[i%len(kinds)],
			License: License(1 + i%2), Locale: Values[Locale]()[i%numLocales], Jurisdiction: towns[i%len(towns)], Main: true}
	}
	return tree, schools, campuses
}

// benchmarkIDSet builds a register of 100,000 campuses (and as many schools) with the given IDs and looks
// every campus and every school up by ID: adversarial IDs should cost about what random ones do.
func benchmarkIDSet(b *testing.B, ids func(n int, salt uint64) []uuid.UUID) {
	const n = 100_000
	tree, schools, campuses := idSetInput(b, n, ids)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, err := NewRegister(tree, schools, campuses)
		if err != nil {
			b.Fatal(err)
		}
		for k := range n {
			if _, ok := r.IndexOf(campuses[k].ID); !ok {
				b.Fatal("campus not found")
			}
			if _, ok := r.School(schools[k].ID); !ok {
				b.Fatal("school not found")
			}
		}
	}
}

// BenchmarkRegisterRandomIDs is the baseline of the ID-set benchmarks: seeded random IDs.
func BenchmarkRegisterRandomIDs(b *testing.B) { benchmarkIDSet(b, randomIDs) }

// BenchmarkRegisterAdversarialIDs runs the ID set of issue 15's finding 2 (issueIDs), which made the old index
// quadratic; it should take about what random IDs take (within 2×).
func BenchmarkRegisterAdversarialIDs(b *testing.B) { benchmarkIDSet(b, issueIDs) }

// BenchmarkRegisterCollidingIDs runs IDs that all hash to 0 under the current hash, tag included.
func BenchmarkRegisterCollidingIDs(b *testing.B) { benchmarkIDSet(b, allCollidingIDs) }

// BenchmarkRegisterClusteredIDs runs IDs whose hashes crowd the first eighth of the table with one tag.
func BenchmarkRegisterClusteredIDs(b *testing.B) { benchmarkIDSet(b, clusteredIDs) }
