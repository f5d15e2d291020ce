package campus

import (
	"iter"
	"math"

	"github.com/campussec/campussec/hierarchy"
)

// CampusCount is a number of campuses (校区/校园): a school with two campuses is two. It is a distinct type
// from SchoolCount so that the two units are never added, compared or divided by mistake without an explicit
// conversion.
type CampusCount int

// SchoolCount is a number of schools (学校), each counted once however many campuses it has. See CampusCount.
type SchoolCount int

// Count is the constraint of the two units a Counts can hold: CampusCount or SchoolCount.
type Count interface{ CampusCount | SchoolCount }

// CampusCounts is a breakdown of campuses; Register.CampusCounts returns one.
type CampusCounts = Counts[CampusCount]

// SchoolCounts is a breakdown of schools; Register.SchoolCounts returns one. A school is classified entirely by
// its main campus: its kind, group, license, stages, locale and jurisdiction are those of its main campus.
type SchoolCounts = Counts[SchoolCount]

// Counts is a breakdown of a number of units N (campuses or schools) by group × license, kind, stage and
// locale. It is a comparable value; the zero value counts nothing.
//
// A Counts holds at most math.MaxInt units (CampusCount and SchoolCount are ints). A register cannot reach
// that bound, but Merge of decoded counts can: a Merge whose total would exceed it returns the overflowed
// Counts instead of wrapping around. An overflowed Counts reports Overflowed, counts nothing in every
// accessor (so no figure is ever taken of a wrapped count), stays overflowed under further merges (so Merge
// stays associative and commutative) and fails MarshalJSON with ErrInvalidCounts.
//
// Every unit is counted once in Total, once in the group × license table (so the groups, and the licenses,
// add up to Total), once under its kind and once under its locale. Stage is different: a unit is counted
// under every stage its kind covers (a nine-year school under primary and junior secondary), so Stage(s) is
// the number of units covering s and the stage counts may add up to more than Total.
type Counts[N Count] struct {
	total        N
	groupLicense [numGroups + 1][numLicenses + 1]N
	kind         [numKinds + 1]N
	stage        [numStages + 1]N
	locale       [numLocales]N
	overflow     bool // the sum of what was merged exceeds math.MaxInt; every count is then zero
}

// add counts one unit classified by campus c; c must be valid.
func (n *Counts[N]) add(c Campus) {
	n.total++
	n.groupLicense[c.Kind.Group()][c.License]++
	n.kind[c.Kind]++
	m := kindTable[c.Kind].stages
	for s := Stage(1); int(s) <= numStages; s++ {
		if m.has(s) {
			n.stage[s]++
		}
	}
	n.locale[localeEnum.Index(c.Locale)]++
}

// Merge returns the sum of n and o. Merge is associative and commutative, and the zero Counts is its identity.
// When the total would exceed math.MaxInt, or n or o is overflowed, it returns the overflowed Counts (see
// Counts). Every breakdown count is at most the total, so no breakdown sum overflows when the total does not.
func (n Counts[N]) Merge(o Counts[N]) Counts[N] {
	if n.overflow || o.overflow || n.total > N(math.MaxInt)-o.total {
		return Counts[N]{overflow: true}
	}
	n.total += o.total
	for g := range n.groupLicense {
		for l := range n.groupLicense[g] {
			n.groupLicense[g][l] += o.groupLicense[g][l]
		}
	}
	for k := range n.kind {
		n.kind[k] += o.kind[k]
	}
	for s := range n.stage {
		n.stage[s] += o.stage[s]
	}
	for l := range n.locale {
		n.locale[l] += o.locale[l]
	}
	return n
}

// IsZero reports whether n counts nothing. An overflowed Counts is not zero.
func (n Counts[N]) IsZero() bool { return n == Counts[N]{} }

// Overflowed reports whether n is the result of a Merge whose total exceeded math.MaxInt (see Counts).
func (n Counts[N]) Overflowed() bool { return n.overflow }

// Total returns the number of units, each counted once.
func (n Counts[N]) Total() N { return n.total }

// Group returns the number of units in group g (0 for an invalid group).
func (n Counts[N]) Group(g Group) N {
	if !g.IsValid() {
		return 0
	}
	var sum N
	for _, v := range n.groupLicense[g] {
		sum += v
	}
	return sum
}

// License returns the number of units with license status l (0 for an invalid status).
func (n Counts[N]) License(l License) N {
	if !l.IsValid() {
		return 0
	}
	var sum N
	for g := range n.groupLicense {
		sum += n.groupLicense[g][l]
	}
	return sum
}

// GroupLicense returns the number of units in group g with license status l (0 if either is invalid).
func (n Counts[N]) GroupLicense(g Group, l License) N {
	if !g.IsValid() || !l.IsValid() {
		return 0
	}
	return n.groupLicense[g][l]
}

// Kind returns the number of units of kind k (0 for an invalid kind).
func (n Counts[N]) Kind(k Kind) N {
	if !k.IsValid() {
		return 0
	}
	return n.kind[k]
}

// Stage returns the number of units whose kind covers stage s (0 for an invalid stage). A unit covering
// several stages is counted under each of them, and once in every total.
func (n Counts[N]) Stage(s Stage) N {
	if !s.IsValid() {
		return 0
	}
	return n.stage[s]
}

// Locale returns the number of units with locale l (0 for an invalid locale).
func (n Counts[N]) Locale(l Locale) N {
	i := localeEnum.Index(l)
	if i < 0 {
		return 0
	}
	return n.locale[i]
}

// Urban returns the number of units with an urban locale (城镇, 1xx: Locale.Urban).
func (n Counts[N]) Urban() N {
	var sum N
	for i, l := range localeValues {
		if l.Urban() {
			sum += n.locale[i]
		}
	}
	return sum
}

// GroupLicense is a cell of the group × license table. In JSON it is {"group": …, "license": …}.
type GroupLicense struct {
	Group   Group   `json:"group"`
	License License `json:"license"`
}

// ByGroupLicense iterates over every group × license cell, zeros included, groups then licenses in their
// stable order.
func (n Counts[N]) ByGroupLicense() iter.Seq2[GroupLicense, N] {
	return func(yield func(GroupLicense, N) bool) {
		for g := Group(1); int(g) <= numGroups; g++ {
			for l := License(1); int(l) <= numLicenses; l++ {
				if !yield(GroupLicense{g, l}, n.groupLicense[g][l]) {
					return
				}
			}
		}
	}
}

// ByGroup iterates over every group with its count, zeros included, in Values[Group]() order.
func (n Counts[N]) ByGroup() iter.Seq2[Group, N] {
	return func(yield func(Group, N) bool) {
		for g := Group(1); int(g) <= numGroups; g++ {
			if !yield(g, n.Group(g)) {
				return
			}
		}
	}
}

// ByLicense iterates over every license status with its count, zeros included, in Values[License]() order.
func (n Counts[N]) ByLicense() iter.Seq2[License, N] {
	return func(yield func(License, N) bool) {
		for l := License(1); int(l) <= numLicenses; l++ {
			if !yield(l, n.License(l)) {
				return
			}
		}
	}
}

// ByKind iterates over every kind with its count, zeros included, in Values[Kind]() order.
func (n Counts[N]) ByKind() iter.Seq2[Kind, N] {
	return func(yield func(Kind, N) bool) {
		for k := Kind(1); int(k) <= numKinds; k++ {
			if !yield(k, n.kind[k]) {
				return
			}
		}
	}
}

// ByStage iterates over every stage with its count, zeros included, in Values[Stage]() order. The counts may add
// up to more than Total (see Counts).
func (n Counts[N]) ByStage() iter.Seq2[Stage, N] {
	return func(yield func(Stage, N) bool) {
		for s := Stage(1); int(s) <= numStages; s++ {
			if !yield(s, n.stage[s]) {
				return
			}
		}
	}
}

// ByLocale iterates over every locale with its count, zeros included, in Values[Locale]() order.
func (n Counts[N]) ByLocale() iter.Seq2[Locale, N] {
	return func(yield func(Locale, N) bool) {
		for i, l := range localeValues {
			if !yield(l, n.locale[i]) {
				return
			}
		}
	}
}

// JurisdictionCounts holds, for every jurisdiction of a tree, the Counts of the units in it and in all its
// descendants. Register.CampusCountsByJurisdiction and Register.SchoolCountsByJurisdiction return one. It is
// immutable; the zero value holds nothing.
type JurisdictionCounts[N Count] struct {
	tree   *hierarchy.Tree
	counts []Counts[N] // by tree dense index
}

// Len returns the number of jurisdictions (the tree's Len).
func (j JurisdictionCounts[N]) Len() int { return len(j.counts) }

// At returns the counts of the jurisdiction with tree dense index i, descendants included; like a slice, it
// panics when i is out of range.
func (j JurisdictionCounts[N]) At(i int) Counts[N] { return j.counts[i] }

// Get returns the counts of the jurisdiction with the given code, descendants included, and false if the
// code is not in the tree. The zero code is the whole tree: the counts of every unit.
func (j JurisdictionCounts[N]) Get(code hierarchy.Code) (Counts[N], bool) {
	if j.tree == nil {
		return Counts[N]{}, false
	}
	if code.IsZero() { // the whole tree: its roots' counts together
		var total Counts[N]
		for _, r := range j.tree.Roots() {
			i, _ := j.tree.Index(r.Code)
			total = total.Merge(j.counts[i])
		}
		return total, true
	}
	i, ok := j.tree.Index(code)
	if !ok {
		return Counts[N]{}, false
	}
	return j.counts[i], true
}

// All iterates over every jurisdiction of the tree, in ascending code order (parents before children), with
// its counts, descendants included; jurisdictions with no units are included with zero counts.
func (j JurisdictionCounts[N]) All() iter.Seq2[hierarchy.Jurisdiction, Counts[N]] {
	return func(yield func(hierarchy.Jurisdiction, Counts[N]) bool) {
		for i := range j.counts {
			if !yield(j.tree.At(i), j.counts[i]) {
				return
			}
		}
	}
}

// CampusCounts returns the counts of every campus in the register (precomputed).
func (r *Register) CampusCounts() CampusCounts {
	if r == nil {
		return CampusCounts{}
	}
	return r.campusN
}

// SchoolCounts returns the counts of every school in the register, each classified by its main campus
// (precomputed).
func (r *Register) SchoolCounts() SchoolCounts {
	if r == nil {
		return SchoolCounts{}
	}
	return r.schoolN
}

// CampusCountsByJurisdiction returns the campus counts of every jurisdiction of the tree, each including its
// descendants, rolled up with hierarchy.RollUpIndexed. Each campus counts at its own jurisdiction and every
// ancestor. The cost is O(jurisdictions + campuses) per call; the caller may keep the result.
func (r *Register) CampusCountsByJurisdiction() JurisdictionCounts[CampusCount] {
	if r == nil || r.tree == nil {
		return JurisdictionCounts[CampusCount]{}
	}
	own := make([]Counts[CampusCount], r.tree.Len())
	for i := range r.campuses {
		own[r.nodes[i]].add(r.campuses[i])
	}
	return rollUp(r.tree, own)
}

// SchoolCountsByJurisdiction returns the school counts of every jurisdiction of the tree, each including its
// descendants, rolled up with hierarchy.RollUpIndexed. Each school counts at its main campus's jurisdiction
// and every ancestor, classified by its main campus. The cost is O(jurisdictions + schools) per call.
func (r *Register) SchoolCountsByJurisdiction() JurisdictionCounts[SchoolCount] {
	if r == nil || r.tree == nil {
		return JurisdictionCounts[SchoolCount]{}
	}
	own := make([]Counts[SchoolCount], r.tree.Len())
	for j := range r.schools {
		i := r.main[j]
		own[r.nodes[i]].add(r.campuses[i])
	}
	return rollUp(r.tree, own)
}

func rollUp[N Count](tree *hierarchy.Tree, own []Counts[N]) JurisdictionCounts[N] {
	out, err := hierarchy.RollUpIndexed(tree, own, Counts[N].Merge)
	if err != nil {
		// Unreachable: tree is non-nil, the merge function is non-nil and len(own) == tree.Len().
		panic("campus: " + err.Error())
	}
	return JurisdictionCounts[N]{tree: tree, counts: out}
}
