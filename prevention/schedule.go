package prevention

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/campussec/campussec/civil"
	"github.com/campussec/campussec/hierarchy"
	"github.com/campussec/campussec/internal/errbound"
)

// MaxNoticeBytes bounds a change's Notice, in bytes. It is the library's own limit (no source fixes one):
// room for a notice's title and document number (闽教安〔2010〕N号) or a short reason.
const MaxNoticeBytes = 512

// MaxChanges bounds the changes of one Schedule. It is the library's own limit, far above any city's or
// province's record of level changes, so that a hostile input cannot make a schedule unbounded.
const MaxChanges = 10000

// Sentinel errors of schedules. Every error NewSchedule and LoadSchedule return wraps ErrInvalidSchedule
// and names the change at fault by its position (changes[i], from 0) and jurisdiction; a problem of one
// field wraps that field's sentinel too (ErrInvalidLevel, hierarchy.ErrUnknownCode, ErrDuplicateChange,
// ErrInvalidNotice). A change's problem is a *ChangeError, whose parts (Index, Jurisdiction) a caller can
// read with errors.As.
var (
	// ErrInvalidSchedule reports a schedule of level changes that cannot be built: any problem of a change,
	// no change at all, too many changes, a nil tree, or JSON that is not the documented form; and JSON
	// that has no exact form: json.Unmarshal into a Schedule (read it with LoadSchedule, against a tree)
	// and an InForce either way.
	ErrInvalidSchedule = errors.New("prevention: invalid schedule")
	// ErrDuplicateChange reports two changes of one jurisdiction on one effective date: the level in force
	// that day would depend on their order.
	ErrDuplicateChange = errors.New("prevention: two changes of one jurisdiction on one day")
	// ErrInvalidNotice reports a change's notice that is empty or blank, longer than MaxNoticeBytes, not
	// valid UTF-8 or holding a control character.
	ErrInvalidNotice = errors.New("prevention: invalid notice")
	// ErrNoLevel reports a date on which a schedule sets no level for the whole tree: the date is before
	// its first whole-tree change, so some place has no level in force (see Schedule.On).
	ErrNoLevel = errors.New("prevention: no level in force")
)

// Change is one change of the prevention level (提升/降低防范等级): from its Effective date on, Level is in
// force in Jurisdiction and in every jurisdiction under it, until a later change that covers the place
// (see Schedule for the rule). The zero Change is not a change (no date, no level, no notice): NewSchedule
// refuses it and MarshalJSON will not write it.
type Change struct {
	// Jurisdiction is where the change applies, with everything under it; the zero Code is the whole tree,
	// as elsewhere in the library (a city-wide change in a city's tree).
	Jurisdiction hierarchy.Code
	// Effective is the first day the level is in force; required.
	Effective civil.Date
	// Level is the level in force from Effective on; required (the zero Level is invalid).
	Level Level
	// Notice is the notice or reason that raised or lowered the level (a document's title and number, or
	// "南平 3·23 事件后提升防范等级"); required: non-blank, valid UTF-8 without control characters, at most
	// MaxNoticeBytes bytes.
	Notice string
}

// where names the change's jurisdiction for an error: "jurisdiction 350702" or "whole tree".
func (c Change) where() string {
	if c.Jurisdiction.IsZero() {
		return "whole tree"
	}
	return "jurisdiction " + c.Jurisdiction.String()
}

// Schedule is a validated schedule of prevention-level changes by place and date, built against a
// hierarchy.Tree with NewSchedule or LoadSchedule. It answers which level was in force at a jurisdiction
// on a date (At), and resolves every place's level on one date at once (On), which is what a compliance
// query measures with.
//
// # Which change is in force
//
// The level in force at jurisdiction j on date d is set by the latest change on or before d whose
// jurisdiction is j or an ancestor of j (the zero code, the whole tree, being everyone's ancestor). When
// several such changes share that latest date, the deepest jurisdiction's wins: the more specific notice.
// A change is thus inherited by every descendant jurisdiction unless a lower one sets its own — and a lower
// one's own level holds until a later change above it.
//
// So a city-wide raise that comes after a district's own earlier change supersedes it: from the city's
// date on, the district, like every other, is at the city's level, until the district changes its level
// again. A notice speaks from its date for everything under its jurisdiction, and the latest notice
// covering a place is the one in force. A change sets a level; it does not raise by steps: a district at
// High after a local incident is at Heightened from a later city-wide change to Heightened, unless it
// restates High on or after that date (on the same date its own change wins, being deeper). The other
// reading — a district that ever set its own level ignores every later city-wide change — would leave a
// district untouched by a city-wide raise after an incident, and raised forever after the city lowers the
// level, which no notice says.
//
// # Before every change
//
// Before the first change that covers a place, no level is in force there: At returns false, and the
// library never assumes Normal. A schedule meant for queries starts with a whole-tree change (the level
// everywhere from some date on); On refuses a date before it (ErrNoLevel). A one-entry schedule — the whole
// tree, one level — is the single-level case: the same level everywhere from its date on.
//
// A Schedule is immutable and safe for concurrent use. The zero Schedule is no schedule: IsZero reports it,
// it has no change, At finds nothing and On refuses every date.
//
// Its JSON is {"changes": [Change, …]} (see MarshalJSON), without the tree: read it back with
// LoadSchedule(tree, data); json.Unmarshal into a Schedule is an error (ErrInvalidSchedule).
type Schedule struct {
	s *schedule
}

type schedule struct {
	tree    *hierarchy.Tree
	changes []Change                 // canonical order: effective date, then jurisdiction code
	by      map[hierarchy.Code][]int // jurisdiction → indexes into changes, by ascending date
}

// NewSchedule validates changes against tree and builds the schedule. The changes may come in any order;
// the schedule keeps them in canonical order (effective date, then jurisdiction code), the order Changes
// and MarshalJSON give, so that two schedules of the same changes are Equal.
//
// It returns errors.Join of every problem at once, each wrapping ErrInvalidSchedule and naming the change
// by its position in changes (changes[i], from 0) and its jurisdiction: a jurisdiction not in the tree
// (hierarchy.ErrUnknownCode), a zero effective date, an invalid level (ErrInvalidLevel), a bad notice
// (ErrInvalidNotice), and a second change of one jurisdiction on one date (ErrDuplicateChange, naming the
// first). No change at all and a nil tree (hierarchy.ErrNilTree) are reported with the rest (with a nil
// tree no jurisdiction is checked); more than MaxChanges changes is the one error, checked first. At most 8 problems are listed per change and 100 in all, the rest counted; caller text is quoted
// short, so the error stays small whatever the input.
func NewSchedule(tree *hierarchy.Tree, changes ...Change) (Schedule, error) {
	if len(changes) > MaxChanges {
		return Schedule{}, fmt.Errorf("%w: %d changes, at most %d", ErrInvalidSchedule, len(changes), MaxChanges)
	}
	var errs errbound.List
	if tree == nil {
		errs.Add(fmt.Errorf("%w: %w", ErrInvalidSchedule, hierarchy.ErrNilTree))
	}
	if len(changes) == 0 {
		errs.Add(fmt.Errorf("%w: no change", ErrInvalidSchedule))
	}
	type key struct {
		j hierarchy.Code
		d civil.Date
	}
	first := make(map[key]int, len(changes))
	for i, c := range changes {
		it := errs.Item()
		bad := func(format string, args ...any) {
			if it.Want() {
				it.Keep(&ChangeError{Index: i, Jurisdiction: c.Jurisdiction, Err: fmt.Errorf(format, args...)})
			}
		}
		if !c.Jurisdiction.IsZero() && tree != nil { // with no tree, only the nil tree is reported
			if _, ok := tree.Index(c.Jurisdiction); !ok {
				bad("%w: %s", hierarchy.ErrUnknownCode, c.Jurisdiction)
			}
		}
		if c.Effective.IsZero() {
			bad("no effective date")
		}
		if !c.Level.IsValid() {
			bad("%w: %s", ErrInvalidLevel, c.Level)
		}
		if p := noticeProblem(c.Notice); p != "" {
			bad("%w: %s", ErrInvalidNotice, p)
		}
		if !c.Effective.IsZero() {
			k := key{c.Jurisdiction, c.Effective}
			if j, dup := first[k]; dup {
				bad("%w: %s, as changes[%d]", ErrDuplicateChange, c.Effective, j)
			} else {
				first[k] = i
			}
		}
		errs.AddItem(&it, fmt.Sprintf("changes[%d]", i), false)
	}
	if err := errs.Err(); err != nil {
		return Schedule{}, err
	}
	s := &schedule{tree: tree, changes: slices.Clone(changes), by: make(map[hierarchy.Code][]int)}
	slices.SortFunc(s.changes, func(a, b Change) int {
		return cmp.Or(a.Effective.Compare(b.Effective), a.Jurisdiction.Compare(b.Jurisdiction))
	})
	for i, c := range s.changes {
		s.by[c.Jurisdiction] = append(s.by[c.Jurisdiction], i)
	}
	return Schedule{s}, nil
}

// MustSchedule is NewSchedule that panics on error, for schedules written in code (examples, tests, a
// program's fixed record).
func MustSchedule(tree *hierarchy.Tree, changes ...Change) Schedule {
	s, err := NewSchedule(tree, changes...)
	if err != nil {
		panic(err)
	}
	return s
}

// noticeProblem describes what is wrong with a notice, or returns "" if nothing is.
func noticeProblem(s string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return "empty or blank"
	case len(s) > MaxNoticeBytes:
		return fmt.Sprintf("of %d bytes, at most %d", len(s), MaxNoticeBytes)
	case !utf8.ValidString(s):
		return errbound.Quote(s) + " is not valid UTF-8"
	}
	for i, r := range s {
		if unicode.IsControl(r) {
			return fmt.Sprintf("%s holds control character %U at byte %d", errbound.Quote(s), r, i)
		}
	}
	return ""
}

// IsZero reports whether s is the zero Schedule (no schedule).
func (s Schedule) IsZero() bool { return s.s == nil }

// Tree returns the tree s was built against; nil for the zero Schedule.
func (s Schedule) Tree() *hierarchy.Tree {
	if s.s == nil {
		return nil
	}
	return s.s.tree
}

// Changes returns the changes of s in canonical order (effective date, then jurisdiction code), as a new
// slice; nil for the zero Schedule.
func (s Schedule) Changes() []Change {
	if s.s == nil {
		return nil
	}
	return slices.Clone(s.s.changes)
}

// Equal reports whether s and o hold the same changes against the same tree (by pointer). The zero
// Schedule equals only itself.
func (s Schedule) Equal(o Schedule) bool {
	if s.s == nil || o.s == nil {
		return s.s == o.s
	}
	return s.s.tree == o.s.tree && slices.Equal(s.s.changes, o.s.changes)
}

// At returns the change in force at jurisdiction j on date d, and so its level (Change.Level) and the
// notice behind it: the latest change on or before d at j or an ancestor of j, the deepest on a tie (see
// Schedule). false when none is: d is before every change that covers j, d is zero, or s is zero. The zero
// code asks for the whole tree's own level (its whole-tree changes only). A code not in the tree is answered
// through its ancestors, so a campus of a jurisdiction the tree leaves out gets the level of the nearest
// one it holds.
func (s Schedule) At(j hierarchy.Code, d civil.Date) (Change, bool) {
	if s.s == nil || d.IsZero() {
		return Change{}, false
	}
	best := -1
	for k, more := j, true; more; {
		if i := s.s.latest(k, d); i >= 0 && (best < 0 || s.s.changes[i].Effective.After(s.s.changes[best].Effective)) {
			best = i
		}
		if k.IsZero() {
			break
		}
		if k, more = k.Parent(); !more {
			k, more = hierarchy.Code{}, true
		}
	}
	if best < 0 {
		return Change{}, false
	}
	return s.s.changes[best], true
}

// latest returns the index of j's own latest change on or before d, or -1.
func (s *schedule) latest(j hierarchy.Code, d civil.Date) int {
	idx := s.by[j]
	n, _ := slices.BinarySearchFunc(idx, d, func(i int, d civil.Date) int {
		if s.changes[i].Effective.After(d) {
			return 1
		}
		return -1
	})
	if n == 0 {
		return -1
	}
	return idx[n-1]
}

// On resolves the level in force at every place on date d, once, into an InForce that answers per
// jurisdiction in one map lookup: what a query measuring many campuses on one date needs. The cost is
// O(changes × depth + jurisdictions); the result holds one entry per jurisdiction with its own changes whose
// level differs from its parent's and, when there is one, one byte per jurisdiction of the tree.
//
// Every place must have a level on d: a date before the schedule's first whole-tree change is an error
// wrapping ErrNoLevel (and ErrInvalidSchedule for the zero Schedule), naming the first whole-tree change's
// date when there is one.
func (s Schedule) On(d civil.Date) (InForce, error) {
	switch {
	case s.s == nil:
		return InForce{}, fmt.Errorf("%w: %w: the zero Schedule", ErrNoLevel, ErrInvalidSchedule)
	case d.IsZero():
		return InForce{}, fmt.Errorf("%w: no date", ErrNoLevel)
	}
	base, ok := s.At(hierarchy.Code{}, d)
	if !ok {
		if idx := s.s.by[hierarchy.Code{}]; len(idx) > 0 {
			return InForce{}, fmt.Errorf("%w on %s: the schedule's first whole-tree change is on %s", ErrNoLevel, d, s.s.changes[idx[0]].Effective)
		}
		return InForce{}, fmt.Errorf("%w on %s: the schedule has no whole-tree change", ErrNoLevel, d)
	}
	f := &inForce{base: base.Level}
	// Codes in ascending order put a parent before its children, so each code's parent level is settled
	// when it is reached.
	codes := make([]hierarchy.Code, 0, len(s.s.by))
	for j := range s.s.by {
		if !j.IsZero() {
			codes = append(codes, j)
		}
	}
	slices.SortFunc(codes, hierarchy.Code.Compare)
	for _, j := range codes {
		c, _ := s.At(j, d) // the whole-tree change covers j
		if c.Level == f.level(j) {
			continue // inherits the same level: no entry, so that equal effects have one form
		}
		if f.over == nil {
			f.over = make(map[hierarchy.Code]Level)
		}
		f.over[j] = c.Level
		f.deepest = max(f.deepest, j.Level())
	}
	if len(f.over) > 0 {
		f.denseLevels(s.s.tree, codes)
	}
	return InForce{f}, nil
}

// denseLevels fills f.dense: the level of every jurisdiction of tree by dense index, 0 meaning the whole
// tree's. Each jurisdiction with a level of its own sets its subtree (a contiguous run of indexes), parents
// before children, so the deeper one's level stays. The cost is O(jurisdictions × depth) at most, one byte
// per jurisdiction.
func (f *inForce) denseLevels(tree *hierarchy.Tree, codes []hierarchy.Code) {
	f.tree, f.dense = tree, make([]Level, tree.Len())
	for _, j := range codes {
		l, own := f.over[j]
		if !own {
			continue
		}
		i, _ := tree.Index(j)
		for k := i; k < len(f.dense) && (k == i || j.Contains(tree.At(k).Code)); k++ {
			f.dense[k] = l
		}
	}
}

// InForce is the prevention level in force at every place on one date: a schedule resolved by Schedule.On,
// or one level everywhere (Everywhere). Level answers per jurisdiction without allocating. It is immutable
// and safe for concurrent use. The zero InForce has no level anywhere (Level returns the zero Level). It
// has no JSON form: json.Marshal refuses it (ErrInvalidSchedule); write the Schedule and the date.
type InForce struct {
	f *inForce
}

type inForce struct {
	base    Level                    // the whole tree's level
	over    map[hierarchy.Code]Level // jurisdictions whose level differs from their parent's
	deepest hierarchy.Level          // the deepest level of a key of over
	tree    *hierarchy.Tree          // the schedule's tree, when over is not empty
	dense   []Level                  // by tree dense index: the level, 0 for the whole tree's
}

// Everywhere returns the InForce of one level at every place: the single-level case. An invalid l gives
// the zero InForce.
func Everywhere(l Level) InForce {
	if !l.IsValid() {
		return InForce{}
	}
	return InForce{&inForce{base: l}}
}

// IsZero reports whether f is the zero InForce (no level anywhere).
func (f InForce) IsZero() bool { return f.f == nil }

// Level returns the level in force at jurisdiction j: that of j's nearest ancestor-or-self with a level of
// its own, else the whole tree's. The zero code gives the whole tree's level; the zero InForce gives the
// zero Level. It allocates nothing and costs one map lookup (a code the schedule's tree lacks: one per level
// of the code).
func (f InForce) Level(j hierarchy.Code) Level {
	if f.f == nil {
		return 0
	}
	return f.f.level(j)
}

func (f *inForce) level(j hierarchy.Code) Level {
	if len(f.over) == 0 || j.IsZero() {
		return f.base
	}
	if i, ok := f.tree.Index(j); ok && f.dense != nil {
		if l := f.dense[i]; l != 0 {
			return l
		}
		return f.base
	}
	if j.Level() > f.deepest {
		if j = j.Truncate(f.deepest); j.IsZero() {
			return f.base
		}
	}
	for {
		if l, ok := f.over[j]; ok {
			return l
		}
		p, ok := j.Parent()
		if !ok {
			return f.base
		}
		j = p
	}
}

// Uniform returns the one level in force everywhere, and false when levels differ by place (or f is zero).
func (f InForce) Uniform() (Level, bool) {
	if f.f == nil || len(f.f.over) > 0 {
		return 0, false
	}
	return f.f.base, true
}

// In returns the set of levels in force at jurisdiction j and anywhere under it: the levels a figure of j's
// campuses was measured at. The zero code is the whole tree. It costs O(jurisdictions with a level of their
// own); the zero InForce gives the empty set.
func (f InForce) In(j hierarchy.Code) LevelSet {
	if f.f == nil {
		return 0
	}
	s := LevelSet(0).With(f.f.level(j))
	for k, l := range f.f.over {
		if j.IsZero() || (k != j && j.Contains(k)) {
			s = s.With(l)
		}
	}
	return s
}

// Equal reports whether f and g put the same level at every place. Two resolutions of different schedules
// are Equal when their effect is (a district change that restates its city's level has no effect).
func (f InForce) Equal(g InForce) bool {
	if f.f == nil || g.f == nil {
		return f.f == g.f
	}
	if f.f.base != g.f.base || len(f.f.over) != len(g.f.over) {
		return false
	}
	for k, l := range f.f.over {
		if m, ok := g.f.over[k]; !ok || m != l {
			return false
		}
	}
	return true
}

// String describes f: the one level ("heightened"), or the whole tree's level and the places that differ
// in ascending code order ("normal; 350702 heightened"); "" for the zero InForce.
func (f InForce) String() string {
	if f.f == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(f.f.base.String())
	codes := make([]hierarchy.Code, 0, len(f.f.over))
	for k := range f.f.over {
		codes = append(codes, k)
	}
	slices.SortFunc(codes, hierarchy.Code.Compare)
	for _, k := range codes {
		fmt.Fprintf(&b, "; %s %s", k, f.f.over[k])
	}
	return b.String()
}
