package campus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/radix"
	"github.com/campussec/campussec/rate"
	"github.com/google/uuid"
)

// Register is a validated, indexed register of schools and their campuses under a jurisdiction tree: the
// report's "底数清、情况明". Build it with NewRegister.
//
// A Register is immutable: no method changes it, and slices it returns are copies, so it is safe for any
// number of concurrent readers. Campuses have dense indexes 0..Len()-1, sorted by jurisdiction code, then
// within a jurisdiction by name, then Ref, then ID bytes (names and refs compared byte-wise, as Go compares
// strings: Unicode code point order, not pinyin); the campuses in a jurisdiction and its descendants are therefore a contiguous run of indexes
// (Range). Each campus's tree node index is precomputed (Node), so hot paths never look up a map. Schools
// are sorted by ID bytes.
//
// The zero Register holds no tree and no campuses, and a nil *Register answers like it; use NewRegister.
type Register struct {
	tree     *hierarchy.Tree
	campuses []Campus            // dense order: (jurisdiction code, name, ref, ID bytes)
	nodes    []int32             // nodes[i] = tree dense index of campuses[i].Jurisdiction
	campusIx idIndex             // campus ID -> dense index
	schools  []School            // sorted by ID bytes
	schoolIx idIndex             // school ID -> index in schools
	owner    []int32             // owner[i] = index in schools of campus i's school
	byschool []int32             // school j's campuses are byschool[bystart[j]:bystart[j+1]], ascending
	bystart  []int32             // len(schools)+1
	main     []int32             // main[j] = dense index of school j's main campus
	end      []int32             // end[n] = one past the last tree index in node n's subtree
	first    []int32             // first[n] = first campus index whose node is >= n; len tree.Len()+1
	campusN  Counts[CampusCount] // whole-register campus counts
	schoolN  Counts[SchoolCount] // whole-register school counts
}

// NewRegister validates schools and campuses against tree and returns the register.
//
// It checks everything and returns errors.Join of every problem, in a deterministic order (the schools in
// input order, then the campuses in input order, then each school's relations in input order); each problem
// wraps one exported sentinel and names the school or campus by ID and name (the name quoted, at most 64
// bytes of it). At most 8 problems are listed about one school or campus and 100 in all; the rest are counted
// in a "… and N more problems" error, so the error stays small whatever the input:
//
//   - ErrNilTree: tree is nil (the jurisdiction checks are then skipped);
//   - ErrNilID, ErrDuplicateID, ErrEmptyName, ErrInvalidText: for schools and for campuses (school and campus
//     IDs are separate namespaces: a campus may share its school's ID; a name must be valid UTF-8);
//   - ErrInvalidKind, ErrInvalidLicense, ErrInvalidLocale, ErrNegativeCount, ErrCountTooLarge: a campus's
//     fields (Campus.Validate);
//   - ErrUnknownSchool: a campus whose School is nil or not among schools;
//   - ErrUnknownJurisdiction: a campus whose Jurisdiction is zero or not in tree;
//   - ErrNoCampus, ErrNoMainCampus, ErrMultipleMainCampuses: a school with no campus, with none marked Main,
//     or with more than one marked Main;
//   - ErrDuplicateSchoolCode: two schools with one non-zero code;
//   - ErrSchoolCodeProvince: a school code whose province (BB) differs from a campus's jurisdiction province;
//   - ErrSchoolCodeKind: a school code whose category (AA) cannot hold a campus's kind (Category.Holds);
//   - ErrInvalidOwnership, ErrInvalidDesignation: a school's or campus's (School.Validate, Campus.Validate);
//   - ErrSchoolAttribute: a campus whose non-zero Ownership or Designation differs from its school's;
//   - ErrInvalidRef: a school's or campus's Ref longer than MaxRefLen bytes, not valid UTF-8 or holding a
//     control character (CheckRef).
//
// Every problem that names a school or campus with a Ref names the ref too: `campus <id> "<name>" (ref "K-1")`.
//
// Ownership and Designation are the school's: the register's campuses carry their school's values (At,
// Campus, In … return them), whatever zero the input campuses held.
//
// The inputs are copied; the caller may reuse them. On error the register is nil. Valid input is checked and
// indexed in about linear time with a few allocations in all, none per school or campus; IDs chosen to collide
// in the register's ID indexes cost at most O(n log n) time and O(log n) more allocations, and lookups by ID
// stay O(log n) (see "Indexes over your IDs" in docs/bad-input.md). The exact checks above run only when something is
// wrong.
func NewRegister(tree *hierarchy.Tree, schools []School, campuses []Campus) (*Register, error) {
	if r := build(tree, schools, campuses); r != nil {
		return r, nil
	}
	if errs := problems(tree, schools, campuses); errs.Len() > 0 {
		return nil, errs.Err()
	}
	// build declines only input that problems reports (or more than 2^31 schools or campuses, which no
	// memory holds); anything else is a bug in this package, reported rather than hidden or panicked on.
	return nil, fmt.Errorf("campus: internal error: NewRegister could not index %d schools and %d campuses "+
		"in which it found no problem", len(schools), len(campuses))
}

// problems returns every problem of the input, in NewRegister's documented order: at most
// errbound.MaxPerItem about one school or campus, and errbound.MaxPerCall in all, the rest counted. It is the
// exact path, taken only when build declines the input.
func problems(tree *hierarchy.Tree, schools []School, campuses []Campus) *errbound.List {
	var errs errbound.List
	if tree == nil {
		errs.Add(fmt.Errorf("%w: NewRegister needs a tree", ErrNilTree))
	}

	// Schools on their own, duplicate IDs and duplicate codes.
	schoolAt := make(map[uuid.UUID]int, len(schools)) // first input position of each ID
	codeAt := make(map[SchoolCode]int)
	for k, s := range schools {
		mine := s.problems()
		if s.ID != uuid.Nil {
			if first, dup := schoolAt[s.ID]; dup {
				mine = append(mine, fmt.Errorf("%w: %s (input #%d) repeats the ID of %s (input #%d)",
					ErrDuplicateID, s.describe(), k, schools[first].describe(), first))
			} else {
				schoolAt[s.ID] = k
			}
		}
		if !s.Code.IsZero() {
			if first, dup := codeAt[s.Code]; dup {
				mine = append(mine, fmt.Errorf("%w %s: %s and %s", ErrDuplicateSchoolCode, s.Code,
					schools[first].describe(), s.describe()))
			} else {
				codeAt[s.Code] = k
			}
		}
		errs.Add(mine...) // at most 4
	}

	// Campuses on their own, duplicate IDs, schools and jurisdictions.
	campusAt := make(map[uuid.UUID]int, len(campuses))
	ofSchool := make(map[uuid.UUID][]int, len(schools)) // input positions of each school's campuses
	for k, c := range campuses {
		mine := c.problems()
		if c.ID != uuid.Nil {
			if first, dup := campusAt[c.ID]; dup {
				mine = append(mine, fmt.Errorf("%w: %s (input #%d) repeats the ID of %s (input #%d)",
					ErrDuplicateID, c.describe(), k, campuses[first].describe(), first))
			} else {
				campusAt[c.ID] = k
			}
		}
		if c.School != uuid.Nil {
			if _, ok := schoolAt[c.School]; ok {
				ofSchool[c.School] = append(ofSchool[c.School], k)
			} else {
				mine = append(mine, fmt.Errorf("%w: %s belongs to school %s, which is not in the register",
					ErrUnknownSchool, c.describe(), c.School))
			}
		}
		if tree != nil && !c.Jurisdiction.IsZero() {
			if _, ok := tree.Index(c.Jurisdiction); !ok {
				mine = append(mine, fmt.Errorf("%w %q: %s", ErrUnknownJurisdiction, c.Jurisdiction, c.describe()))
			}
		}
		errs.Add(errbound.Cap(mine, c.describe())...)
	}

	// Each school's relations with its campuses.
	for k, s := range schools {
		if s.ID == uuid.Nil || schoolAt[s.ID] != k {
			continue // reported above; its campuses were attributed to the first school with the ID
		}
		mine := ofSchool[s.ID]
		if len(mine) == 0 {
			errs.Add(fmt.Errorf("%w: %s", ErrNoCampus, s.describe()))
			continue
		}
		var mains []string
		nmain := 0
		for _, ci := range mine {
			if campuses[ci].Main {
				if nmain++; nmain <= maxNamedMains {
					mains = append(mains, campuses[ci].describe())
				}
			}
			if c := campuses[ci]; !c.inherits(&s) {
				errs.Add(fmt.Errorf("%w: %s is %s/%s but %s is %s/%s", ErrSchoolAttribute,
					c.describe(), c.Ownership, c.Designation, s.describe(), s.Ownership, s.Designation))
			}
		}
		if nmain > maxNamedMains {
			mains = append(mains, fmt.Sprintf("… (%d in all)", nmain))
		}
		switch {
		case nmain == 0:
			errs.Add(fmt.Errorf("%w: %s", ErrNoMainCampus, s.describe()))
		case nmain > 1:
			errs.Add(fmt.Errorf("%w: %s has %s", ErrMultipleMainCampuses, s.describe(),
				strings.Join(mains, ", ")))
		}
		if s.Code.IsZero() {
			continue
		}
		var rel []error
		n := 0
		for _, ci := range mine {
			c := campuses[ci]
			if p := c.Jurisdiction.Province(); !c.Jurisdiction.IsZero() && p != s.Code.Province() {
				if n++; n <= errbound.MaxPerItem && !errs.Full() {
					rel = append(rel, fmt.Errorf("%w: %s has code %s (province %02d) but %s is in %s (province %02d)",
						ErrSchoolCodeProvince, s.describe(), s.Code, s.Code.Province(), c.describe(), c.Jurisdiction, p))
				}
			}
			if c.Kind.IsValid() && !s.Code.Category().Holds(c.Kind) {
				if n++; n <= errbound.MaxPerItem && !errs.Full() {
					rel = append(rel, fmt.Errorf("%w: %s has code %s (category %s %s) but %s is a %s (%s)",
						ErrSchoolCodeKind, s.describe(), s.Code, s.Code.Category().Code(), s.Code.Category().Name(rate.Chinese),
						c.describe(), c.Kind, c.Kind.Name(rate.Chinese)))
				}
			}
		}
		if errs.Full() {
			errs.Count(n)
			continue
		}
		errs.Add(errbound.CapCounted(rel, n, s.describe())...)
	}
	return &errs
}

// maxNamedMains is how many of a school's main campuses an ErrMultipleMainCampuses error names.
const maxNamedMains = 3

// build validates and indexes the input in one go, without a map or a comparison sort of the schools or
// campuses, and returns nil as soon as it meets anything problems reports (a nil tree included), leaving the
// exact path to say what is wrong. It never declines valid input.
//
// The schools are radix-sorted by the first 8 bytes of their IDs (ties by the last 8), so duplicate IDs are
// neighbours; so are duplicate codes once the codes are radix-sorted. The campuses are checked in input
// order, looking a jurisdiction or a school up only when it changes from the previous campus's (inputs
// usually come grouped), and counting-sorted by tree index, with a small sort by ID inside each node. The ID
// indexes are idIndex tables (which find repeated campus IDs), and each school's campuses are a run of one
// flat slice.
func build(tree *hierarchy.Tree, schools []School, campuses []Campus) *Register {
	if tree == nil || len(schools) >= math.MaxInt32 || len(campuses) >= math.MaxInt32 || tree.Len() >= math.MaxInt32-2 {
		return nil
	}
	r := &Register{tree: tree}

	// Schools: valid on their own, sorted by ID bytes, no ID or code twice.
	keys := make([]radix.Keyed, len(schools))
	codes := make([]uint64, 0, len(schools))
	for k := range schools {
		s := &schools[k]
		if s.ID == uuid.Nil || strings.TrimSpace(s.Name) == "" || !utf8.ValidString(s.Name) ||
			(s.Ownership != 0 && !s.Ownership.IsValid()) || (s.Designation != 0 && !s.Designation.IsValid()) ||
			(s.Ref != "" && refProblem(s.Ref) != "") {
			return nil
		}
		keys[k] = radix.Keyed{Key: binary.BigEndian.Uint64(s.ID[:8]), Val: uint32(k)}
		if s.Code.n != 0 {
			codes = append(codes, s.Code.n)
		}
	}
	keys = radix.Keyeds(keys, nil)
	var scratch []radix.Keyed
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi].Key == keys[lo].Key {
			hi++
		}
		if run := keys[lo:hi]; len(run) > 1 {
			// IDs sharing their first 8 bytes: radix-sort them by the last 8, which takes linear time
			// however many share a prefix.
			first := run[0].Key
			for k := range run {
				run[k].Key = binary.BigEndian.Uint64(schools[run[k].Val].ID[8:])
			}
			if len(run) > len(scratch) && len(run) >= 256 {
				scratch = make([]radix.Keyed, len(keys)) // once: the largest run is at most all of them
			}
			if out := radix.Keyeds(run, scratch); &out[0] != &run[0] {
				copy(run, out)
			}
			for k := range run {
				if k > 0 && run[k].Key == run[k-1].Key {
					return nil // a repeated school ID
				}
			}
			for k := range run {
				run[k].Key = first
			}
		}
		lo = hi
	}
	codes = radix.Uint64s(codes, nil)
	for k := 1; k < len(codes); k++ {
		if codes[k] == codes[k-1] {
			return nil // a repeated school code
		}
	}
	r.schools = make([]School, len(schools))
	sorted := make([]int32, len(schools)) // sorted[k] = index in r.schools of input school k
	for j, e := range keys {
		r.schools[j] = schools[e.Val]
		sorted[e.Val] = int32(j)
	}
	r.schoolIx, _ = buildIDIndex(len(r.schools), func(j int) uuid.UUID { return r.schools[j].ID })

	// Campuses: valid on their own, known school and jurisdiction, no ID twice, a code that fits.
	nc := len(campuses)
	node := make([]int32, nc)  // by input position
	owner := make([]int32, nc) // by input position
	// nodeAt[n+2] counts node n's campuses; see the counting sort below.
	nodeAt := make([]int32, tree.Len()+2)
	// count[j] is school j's number of campuses; mains[j] its number of main campuses.
	count := make([]int32, len(schools)+2)
	mains := make([]int32, len(schools))
	nodeOf := newCodeIndex(tree, nc)
	lastCode, lastNode := hierarchy.Code{}, int32(-1)
	lastSchool, lastOwner, at := uuid.Nil, int32(-1), -1 // at: the input position of lastSchool
	for k := range campuses {
		c := &campuses[k]
		if !c.valid() {
			return nil
		}
		if c.Jurisdiction != lastCode {
			n, ok := nodeOf.index(c.Jurisdiction)
			if !ok {
				return nil
			}
			lastCode, lastNode = c.Jurisdiction, int32(n)
		}
		if c.School != lastSchool {
			if at+1 < len(schools) && schools[at+1].ID == c.School { // schools and campuses in one order
				at++
			} else if j, ok := r.schoolIndex(c.School); ok {
				at = int(keys[j].Val)
			} else {
				return nil
			}
			lastSchool, lastOwner = c.School, sorted[at]
		}
		if !c.inherits(&schools[at]) {
			return nil
		}
		node[k], owner[k] = lastNode, lastOwner
		nodeAt[lastNode+2]++
		count[lastOwner+2]++
		if c.Main {
			mains[lastOwner]++
			r.schoolN.add(*c) // a school counts as its main campus, and each has one (checked below)
		}
		if code := schools[at].Code; code.n != 0 &&
			(c.Jurisdiction.Province() != code.Province() || !code.Category().Holds(c.Kind)) {
			return nil
		}
	}
	for j := range mains {
		if mains[j] != 1 { // no campus, no main campus or more than one
			return nil
		}
	}

	// Dense order: counting sort by tree index (ascending code), then by name, ref and ID bytes inside each
	// node (campusLess).
	for n := 2; n < len(nodeAt); n++ {
		nodeAt[n] += nodeAt[n-1]
	}
	order := make([]int32, nc)
	for k := range campuses {
		n := node[k] + 1
		order[nodeAt[n]] = int32(k)
		nodeAt[n]++
	}
	r.first = nodeAt[: tree.Len()+1 : tree.Len()+1]
	for n := 0; n+1 < len(r.first); n++ {
		run := order[r.first[n]:r.first[n+1]]
		if len(run) > 24 {
			slices.SortFunc(run, func(a, b int32) int { return campusCompare(&campuses[a], &campuses[b]) })
			continue
		}
		for k := 1; k < len(run); k++ {
			for j := k; j > 0 && campusCompare(&campuses[run[j]], &campuses[run[j-1]]) < 0; j-- {
				run[j], run[j-1] = run[j-1], run[j]
			}
		}
	}
	r.campuses = make([]Campus, nc)
	r.nodes = make([]int32, nc)
	r.owner = make([]int32, nc)
	for i, k := range order {
		r.campuses[i] = campuses[k]
		r.campuses[i].inherit(&r.schools[owner[k]])
		r.nodes[i] = node[k]
		r.owner[i] = owner[k]
	}
	var unique bool
	if r.campusIx, unique = buildIDIndex(nc, func(i int) uuid.UUID { return r.campuses[i].ID }); !unique {
		return nil // a repeated campus ID
	}

	// Each school's campuses, ascending, and its main campus.
	for j := 2; j < len(count); j++ {
		count[j] += count[j-1]
	}
	r.byschool = make([]int32, nc)
	r.main = mains // reused: every count is 1
	for i := range r.campuses {
		j := r.owner[i] + 1
		r.byschool[count[j]] = int32(i)
		count[j]++
		if r.campuses[i].Main {
			r.main[j-1] = int32(i)
		}
	}
	r.bystart = count[: len(schools)+1 : len(schools)+1]

	n := tree.Len()
	r.end = make([]int32, n)
	for i := range r.end {
		r.end[i] = int32(i + 1)
	}
	for i := n - 1; i > 0; i-- { // children have larger indexes than their parents
		if p := tree.ParentIndex(i); p >= 0 && r.end[i] > r.end[p] {
			r.end[p] = r.end[i]
		}
	}

	for i := range r.campuses {
		r.campusN.add(r.campuses[i])
	}
	return r
}

// Tree returns the jurisdiction tree the register was built on.
func (r *Register) Tree() *hierarchy.Tree {
	if r == nil {
		return nil
	}
	return r.tree
}

// Len returns the number of campuses.
func (r *Register) Len() int {
	if r == nil {
		return 0
	}
	return len(r.campuses)
}

// At returns the campus with dense index i (0 <= i < Len()); like a slice, it panics when i is out of range.
func (r *Register) At(i int) Campus { return r.campuses[i] }

// Node returns the tree dense index (hierarchy.Tree.Index) of the jurisdiction of the campus with dense index
// i, precomputed; like a slice, it panics when i is out of range.
func (r *Register) Node(i int) int { return int(r.nodes[i]) }

// IndexOf returns the dense index of the campus with the given ID, and false if there is none.
func (r *Register) IndexOf(id uuid.UUID) (int, bool) {
	if r == nil {
		return 0, false
	}
	return r.campusIndex(id)
}

// Campus returns the campus with the given ID, and false if there is none.
func (r *Register) Campus(id uuid.UUID) (Campus, bool) {
	i, ok := r.IndexOf(id)
	if !ok {
		return Campus{}, false
	}
	return r.campuses[i], true
}

// Campuses iterates over every campus with its dense index, in dense order.
func (r *Register) Campuses() iter.Seq2[int, Campus] {
	return func(yield func(int, Campus) bool) {
		if r == nil {
			return
		}
		for i, c := range r.campuses {
			if !yield(i, c) {
				return
			}
		}
	}
}

// NumSchools returns the number of schools.
func (r *Register) NumSchools() int {
	if r == nil {
		return 0
	}
	return len(r.schools)
}

// SchoolIndex returns the index, in Schools() order (ID bytes), of the school of the campus with dense index
// i; like a slice, it panics when i is out of range. It lets a caller fold campuses into per-school values
// in one slice of NumSchools() entries, without a map.
func (r *Register) SchoolIndex(i int) int { return int(r.owner[i]) }

// Schools returns every school, sorted by ID bytes, as a new slice.
func (r *Register) Schools() []School {
	if r == nil {
		return nil
	}
	return slices.Clone(r.schools)
}

// School returns the school with the given ID, and false if there is none.
func (r *Register) School(id uuid.UUID) (School, bool) {
	j, ok := r.schoolIndex(id)
	if !ok {
		return School{}, false
	}
	return r.schools[j], true
}

// SchoolOf returns the school of the campus with dense index i; like a slice, it panics when i is out of
// range. It does no map lookup.
func (r *Register) SchoolOf(i int) School { return r.schools[r.owner[i]] }

// CampusesOf returns the campuses of the school with the given ID in dense order, as a new slice; nil if there
// is no such school.
func (r *Register) CampusesOf(school uuid.UUID) []Campus {
	j, ok := r.schoolIndex(school)
	if !ok {
		return nil
	}
	mine := r.byschool[r.bystart[j]:r.bystart[j+1]]
	out := make([]Campus, len(mine))
	for k, i := range mine {
		out[k] = r.campuses[i]
	}
	return out
}

// MainCampus returns the main campus of the school with the given ID, and false if there is no such school.
func (r *Register) MainCampus(school uuid.UUID) (Campus, bool) {
	j, ok := r.schoolIndex(school)
	if !ok {
		return Campus{}, false
	}
	return r.campuses[r.main[j]], true
}

// Range returns the dense indexes [lo, hi) of the campuses in the jurisdiction with the given code and its
// descendants; lo == hi when there are none or the code is not in the tree. The zero code is the whole
// register, [0, Len()), as everywhere in the library. It allocates nothing.
func (r *Register) Range(code hierarchy.Code) (lo, hi int) {
	if r == nil || r.tree == nil {
		return 0, 0
	}
	if code.IsZero() {
		return 0, len(r.campuses)
	}
	n, ok := r.tree.Index(code)
	if !ok {
		return 0, 0
	}
	return int(r.first[n]), int(r.first[r.end[n]])
}

// In returns the campuses in the jurisdiction with the given code and its descendants, in dense order, as a
// new slice; nil when there are none or the code is not in the tree. The zero code is the whole register.
func (r *Register) In(code hierarchy.Code) []Campus {
	lo, hi := r.Range(code)
	if lo == hi {
		return nil
	}
	return slices.Clone(r.campuses[lo:hi])
}

// campusCompare orders two campuses of one jurisdiction: by name, then Ref, then ID bytes. Drill-downs and
// listings come in this order within a jurisdiction, so officials find a campus by its name.
func campusCompare(a, b *Campus) int {
	if c := strings.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	if c := strings.Compare(a.Ref, b.Ref); c != 0 {
		return c
	}
	return bytes.Compare(a.ID[:], b.ID[:])
}
