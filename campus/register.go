package campus

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/campussec/campussec/hierarchy"
	"github.com/google/uuid"
)

// Register is a validated, indexed register of schools and their campuses under a jurisdiction tree: the
// report's "底数清、情况明". Build it with NewRegister.
//
// A Register is immutable: no method changes it, and slices it returns are copies, so it is safe for any
// number of concurrent readers. Campuses have dense indexes 0..Len()-1, sorted by (jurisdiction code, ID
// bytes); the campuses in a jurisdiction and its descendants are therefore a contiguous run of indexes
// (Range). Each campus's tree node index is precomputed (Node), so hot paths never look up a map. Schools
// are sorted by ID bytes.
//
// The zero Register holds no tree and no campuses, and a nil *Register answers like it; use NewRegister.
type Register struct {
	tree     *hierarchy.Tree
	campuses []Campus            // dense order: (jurisdiction code, ID bytes)
	nodes    []int               // nodes[i] = tree dense index of campuses[i].Jurisdiction
	campusOf map[uuid.UUID]int   // campus ID -> dense index
	schools  []School            // sorted by ID bytes
	schoolOf map[uuid.UUID]int   // school ID -> index in schools
	owner    []int               // owner[i] = index in schools of campus i's school
	byschool [][]int             // byschool[j] = dense indexes of school j's campuses, ascending
	main     []int               // main[j] = dense index of school j's main campus
	end      []int               // end[n] = one past the last tree index in node n's subtree
	first    []int               // first[n] = first campus index whose node is >= n; len tree.Len()+1
	campusN  Counts[CampusCount] // whole-register campus counts
	schoolN  Counts[SchoolCount] // whole-register school counts
}

// NewRegister validates schools and campuses against tree and returns the register.
//
// It checks everything and returns errors.Join of every problem, in a deterministic order (the schools in
// input order, then the campuses in input order, then each school's relations in input order); each problem
// wraps one exported sentinel and names the school or campus by ID and name:
//
//   - ErrNilTree: tree is nil (the jurisdiction checks are then skipped);
//   - ErrNilID, ErrDuplicateID, ErrEmptyName: for schools and for campuses (school and campus IDs are
//     separate namespaces: a campus may share its school's ID);
//   - ErrInvalidKind, ErrInvalidLicence, ErrInvalidLocale, ErrNegativeCount: a campus's fields (Campus.Validate);
//   - ErrUnknownSchool: a campus whose School is nil or not among schools;
//   - ErrUnknownJurisdiction: a campus whose Jurisdiction is zero or not in tree;
//   - ErrNoCampus, ErrNoMainCampus, ErrMultipleMainCampuses: a school with no campus, with none marked Main,
//     or with more than one marked Main;
//   - ErrDuplicateSchoolCode: two schools with one non-zero code;
//   - ErrSchoolCodeProvince: a school code whose province (BB) differs from a campus's jurisdiction province;
//   - ErrSchoolCodeKind: a school code whose category (AA) cannot hold a campus's kind (Category.Holds).
//
// The inputs are copied; the caller may reuse them. On error the register is nil.
func NewRegister(tree *hierarchy.Tree, schools []School, campuses []Campus) (*Register, error) {
	var errs []error
	if tree == nil {
		errs = append(errs, fmt.Errorf("%w: NewRegister needs a tree", ErrNilTree))
	}

	// Schools on their own, duplicate IDs and duplicate codes.
	schoolAt := make(map[uuid.UUID]int, len(schools)) // first input position of each ID
	codeAt := make(map[SchoolCode]int)
	for k, s := range schools {
		if err := s.Validate(); err != nil {
			errs = append(errs, err)
		}
		if s.ID != uuid.Nil {
			if first, dup := schoolAt[s.ID]; dup {
				errs = append(errs, fmt.Errorf("%w: %s (input #%d) repeats the ID of %s (input #%d)",
					ErrDuplicateID, s.describe(), k, schools[first].describe(), first))
			} else {
				schoolAt[s.ID] = k
			}
		}
		if !s.Code.IsZero() {
			if first, dup := codeAt[s.Code]; dup {
				errs = append(errs, fmt.Errorf("%w %s: %s and %s", ErrDuplicateSchoolCode, s.Code,
					schools[first].describe(), s.describe()))
			} else {
				codeAt[s.Code] = k
			}
		}
	}

	// Campuses on their own, duplicate IDs, schools and jurisdictions.
	campusAt := make(map[uuid.UUID]int, len(campuses))
	ofSchool := make(map[uuid.UUID][]int, len(schools)) // input positions of each school's campuses
	for k, c := range campuses {
		if err := c.Validate(); err != nil {
			errs = append(errs, err)
		}
		if c.ID != uuid.Nil {
			if first, dup := campusAt[c.ID]; dup {
				errs = append(errs, fmt.Errorf("%w: %s (input #%d) repeats the ID of %s (input #%d)",
					ErrDuplicateID, c.describe(), k, campuses[first].describe(), first))
			} else {
				campusAt[c.ID] = k
			}
		}
		if c.School != uuid.Nil {
			if _, ok := schoolAt[c.School]; ok {
				ofSchool[c.School] = append(ofSchool[c.School], k)
			} else {
				errs = append(errs, fmt.Errorf("%w: %s belongs to school %s, which is not in the register",
					ErrUnknownSchool, c.describe(), c.School))
			}
		}
		if tree != nil && !c.Jurisdiction.IsZero() {
			if _, ok := tree.Index(c.Jurisdiction); !ok {
				errs = append(errs, fmt.Errorf("%w %q: %s", ErrUnknownJurisdiction, c.Jurisdiction, c.describe()))
			}
		}
	}

	// Each school's relations with its campuses.
	for k, s := range schools {
		if s.ID == uuid.Nil || schoolAt[s.ID] != k {
			continue // reported above; its campuses were attributed to the first school with the ID
		}
		mine := ofSchool[s.ID]
		if len(mine) == 0 {
			errs = append(errs, fmt.Errorf("%w: %s", ErrNoCampus, s.describe()))
			continue
		}
		var mains []string
		for _, ci := range mine {
			if campuses[ci].Main {
				mains = append(mains, campuses[ci].describe())
			}
		}
		switch {
		case len(mains) == 0:
			errs = append(errs, fmt.Errorf("%w: %s", ErrNoMainCampus, s.describe()))
		case len(mains) > 1:
			errs = append(errs, fmt.Errorf("%w: %s has %s", ErrMultipleMainCampuses, s.describe(),
				strings.Join(mains, ", ")))
		}
		if s.Code.IsZero() {
			continue
		}
		for _, ci := range mine {
			c := campuses[ci]
			if p := c.Jurisdiction.Province(); !c.Jurisdiction.IsZero() && p != s.Code.Province() {
				errs = append(errs, fmt.Errorf("%w: %s has code %s (province %02d) but %s is in %s (province %02d)",
					ErrSchoolCodeProvince, s.describe(), s.Code, s.Code.Province(), c.describe(), c.Jurisdiction, p))
			}
			if c.Kind.IsValid() && !s.Code.Category().Holds(c.Kind) {
				errs = append(errs, fmt.Errorf("%w: %s has code %s (category %s %s) but %s is a %s (%s)",
					ErrSchoolCodeKind, s.describe(), s.Code, s.Code.Category().Code(), s.Code.Category().Label(),
					c.describe(), c.Kind, c.Kind.Label()))
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return build(tree, schools, campuses), nil
}

// build indexes validated input.
func build(tree *hierarchy.Tree, schools []School, campuses []Campus) *Register {
	r := &Register{tree: tree}

	r.schools = slices.Clone(schools)
	slices.SortFunc(r.schools, func(a, b School) int { return bytes.Compare(a.ID[:], b.ID[:]) })
	r.schoolOf = make(map[uuid.UUID]int, len(r.schools))
	for j, s := range r.schools {
		r.schoolOf[s.ID] = j
	}

	type placed struct {
		c    Campus
		node int
	}
	ps := make([]placed, len(campuses))
	for k, c := range campuses {
		n, _ := tree.Index(c.Jurisdiction)
		ps[k] = placed{c, n}
	}
	// Dense tree indexes are in ascending code order, so sorting by node sorts by jurisdiction code.
	slices.SortFunc(ps, func(a, b placed) int {
		if a.node != b.node {
			return a.node - b.node
		}
		return bytes.Compare(a.c.ID[:], b.c.ID[:])
	})
	r.campuses = make([]Campus, len(ps))
	r.nodes = make([]int, len(ps))
	r.campusOf = make(map[uuid.UUID]int, len(ps))
	r.owner = make([]int, len(ps))
	r.byschool = make([][]int, len(r.schools))
	r.main = make([]int, len(r.schools))
	for i, p := range ps {
		r.campuses[i] = p.c
		r.nodes[i] = p.node
		r.campusOf[p.c.ID] = i
		j := r.schoolOf[p.c.School]
		r.owner[i] = j
		r.byschool[j] = append(r.byschool[j], i)
		if p.c.Main {
			r.main[j] = i
		}
	}

	n := tree.Len()
	r.end = make([]int, n)
	for i := range r.end {
		r.end[i] = i + 1
	}
	for i := n - 1; i > 0; i-- { // children have larger indexes than their parents
		if p := tree.ParentIndex(i); p >= 0 && r.end[i] > r.end[p] {
			r.end[p] = r.end[i]
		}
	}
	r.first = make([]int, n+1)
	for node := 0; node <= n; node++ {
		r.first[node] = sort.SearchInts(r.nodes, node)
	}

	for i := range r.campuses {
		r.campusN.add(r.campuses[i])
	}
	for j := range r.schools {
		r.schoolN.add(r.campuses[r.main[j]])
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
func (r *Register) Node(i int) int { return r.nodes[i] }

// IndexOf returns the dense index of the campus with the given ID, and false if there is none.
func (r *Register) IndexOf(id uuid.UUID) (int, bool) {
	if r == nil {
		return 0, false
	}
	i, ok := r.campusOf[id]
	return i, ok
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
	out := make([]Campus, len(r.byschool[j]))
	for k, i := range r.byschool[j] {
		out[k] = r.campuses[i]
	}
	return out
}

// schoolIndex returns the index in schools of the school with the given ID; false for a nil register.
func (r *Register) schoolIndex(id uuid.UUID) (int, bool) {
	if r == nil {
		return 0, false
	}
	j, ok := r.schoolOf[id]
	return j, ok
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
// descendants; lo == hi when there are none or the code is not in the tree. It allocates nothing.
func (r *Register) Range(code hierarchy.Code) (lo, hi int) {
	if r == nil || r.tree == nil {
		return 0, 0
	}
	n, ok := r.tree.Index(code)
	if !ok {
		return 0, 0
	}
	return r.first[n], r.first[r.end[n]]
}

// In returns the campuses in the jurisdiction with the given code and its descendants, in dense order, as a
// new slice; nil when there are none or the code is not in the tree.
func (r *Register) In(code hierarchy.Code) []Campus {
	lo, hi := r.Range(code)
	if lo == hi {
		return nil
	}
	return slices.Clone(r.campuses[lo:hi])
}
