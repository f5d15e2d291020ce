package hierarchy

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/campussec/campussec/internal/errbound"
)

// Assignment gives a named team its areas under 分片包干 (each team takes its own areas). An area is
// a code at any level and stands for that jurisdiction and everything under it.
type Assignment struct {
	Team  string
	Areas []Code
}

// Coverage is the result of CheckCoverage: the gaps and overlaps under Root, each in ascending code
// order. A root that every team covers exactly once has no gaps and no overlaps (不留死角).
type Coverage struct {
	Root     Code
	Gaps     []Jurisdiction
	Overlaps []Overlap
}

// Overlap is a jurisdiction that two or more teams cover, with those teams' names sorted.
type Overlap struct {
	Jurisdiction Jurisdiction
	Teams        []string
}

// CheckCoverage checks how the areas assigned to teams cover the jurisdictions under root (root
// included). The zero code is the whole tree, as everywhere in the library: every root is checked, and
// no area lies outside it.
//
// Gaps are the smallest set of jurisdictions that names every uncovered one: a jurisdiction is
// reported when neither it nor anything under it is covered while its parent (within the root) is
// partly covered, so an uncovered district is reported once, not with each of its streets. A partly
// covered jurisdiction is never a gap itself; its uncovered children are.
//
// Overlaps are reported where they start: a jurisdiction covered by two or more teams is reported
// when it is the root or its parent is covered by fewer teams, so an overlap on a district is
// reported on the district only, unless a further team joins deeper down, where the deeper
// jurisdiction is reported again with the larger set of teams.
//
// An area that contains the root covers the whole root. Errors, joined in a deterministic order: a
// root not in the tree (ErrUnknownCode), a blank team name (ErrEmptyName), a team name that is not
// valid UTF-8 (ErrInvalidText), a team named twice (ErrDuplicate), an area not in the tree
// (ErrUnknownCode) or outside the root (ErrOutsideRoot), each naming the team and the code. At most 8
// problems are listed per team and 100 in all, the rest counted (see NewTree). A nil tree is an error
// wrapping ErrNilTree.
func CheckCoverage(t *Tree, root Code, as []Assignment) (Coverage, error) {
	if t == nil {
		return Coverage{}, &argError{"hierarchy: coverage check needs a tree", ErrNilTree}
	}
	if errs := t.checkAssignments(root, as); errs.Len() > 0 {
		return Coverage{}, joinErrors(&errs)
	}
	cov := newCoverCount(t, root, as)
	return Coverage{Root: root, Gaps: cov.gaps(), Overlaps: cov.overlaps(as)}, nil
}

// checkAssignments reports every problem with the scope and the assignments, at most
// errbound.MaxPerItem per team.
func (t *Tree) checkAssignments(scope Code, as []Assignment) errbound.List {
	var errs errbound.List
	s, scopeOK := t.index[scope]
	if scope.IsZero() { // the whole tree
		s, scopeOK = -1, true
	}
	if !scopeOK {
		errs.Add(fmt.Errorf("%w: root %q is not in the tree", ErrUnknownCode, scope))
	}
	seen := make(map[string]int, len(as))
	for k, a := range as {
		var mine []error
		switch {
		case strings.TrimSpace(a.Team) == "":
			mine = append(mine, fmt.Errorf("%w: team #%d has no name", ErrEmptyName, k))
		case !utf8.ValidString(a.Team):
			mine = append(mine, fmt.Errorf("%w: team #%d: name %s is not valid UTF-8", ErrInvalidText, k,
				errbound.Quote(a.Team)))
		default:
			if first, dup := seen[a.Team]; dup {
				mine = append(mine, fmt.Errorf("%w: team %s is assigned twice (#%d and #%d)", ErrDuplicate,
					errbound.Quote(a.Team), first, k))
			} else {
				seen[a.Team] = k
			}
		}
		if errs.Full() { // only counted: build no message
			errs.Count(len(mine) + t.countBadAreas(a.Areas, scope, s, scopeOK))
			continue
		}
		areaErrs, n := t.checkAreas(a, scope, s, scopeOK, errbound.MaxPerItem-len(mine))
		mine = append(mine, areaErrs...)
		errs.Add(errbound.CapCounted(mine, len(mine)-len(areaErrs)+n, fmt.Sprintf("team #%d %s", k, errbound.Quote(a.Team)))...)
	}
	return errs
}

// badArea reports whether area c of a team is not in the tree (unknown) or, when the scope is known
// (its index is s), lies outside it.
func (t *Tree) badArea(c, scope Code, s int, scopeOK bool) (unknown, outside bool) {
	i, ok := t.index[c]
	if !ok {
		return true, false
	}
	if s < 0 { // the whole tree: no area lies outside it
		return false, false
	}
	return false, scopeOK && !c.Contains(scope) && !(i > s && i < t.end[s])
}

// countBadAreas counts the areas that checkAreas reports.
func (t *Tree) countBadAreas(areas []Code, scope Code, s int, scopeOK bool) int {
	n := 0
	for _, c := range areas {
		if u, o := t.badArea(c, scope, s, scopeOK); u || o {
			n++
		}
	}
	return n
}

// checkAreas reports the first keep areas of a that are not in the tree or, when the scope is known
// (its index is s), lie outside it, and counts all of them.
func (t *Tree) checkAreas(a Assignment, scope Code, s int, scopeOK bool, keep int) ([]error, int) {
	var errs []error
	n := 0
	for _, c := range a.Areas {
		unknown, outside := t.badArea(c, scope, s, scopeOK)
		if !unknown && !outside {
			continue
		}
		n++
		switch {
		case len(errs) >= keep:
		case unknown:
			errs = append(errs, fmt.Errorf("%w: team %s has area %q, not in the tree", ErrUnknownCode,
				errbound.Quote(a.Team), c))
		default:
			errs = append(errs, fmt.Errorf("%w: team %s has area %s %s, outside root %s",
				ErrOutsideRoot, errbound.Quote(a.Team), c, errbound.Quote(t.nodes[t.index[c]].Name), scope))
		}
	}
	return errs, n
}

// coverCount counts, for each index of the scope's subtree, how many teams cover it.
type coverCount struct {
	t     *Tree
	scope Code   // the zero code for the whole tree
	s, e  int    // the scope's subtree [s, e); the whole tree [0, Len()) for the zero code
	count []int  // count[i-s]: teams covering index i
	bare  []int  // bare[k]: how many of the first k indexes after s are uncovered
	spans []span // every team's merged covered ranges, by ascending start
}

// span is a range [start, end) of indexes that one team covers.
type span struct{ start, end, team int }

func newCoverCount(t *Tree, scope Code, as []Assignment) *coverCount {
	c := &coverCount{t: t, scope: scope, s: 0, e: t.Len()}
	if !scope.IsZero() {
		c.s = t.index[scope]
		c.e = t.end[c.s]
	}
	s := c.s
	n := c.e - c.s
	diff := make([]int, n+1)
	for k, a := range as {
		for _, sp := range c.teamSpans(a.Areas) {
			diff[sp[0]-s]++
			diff[sp[1]-s]--
			c.spans = append(c.spans, span{sp[0], sp[1], k})
		}
	}
	slices.SortStableFunc(c.spans, func(x, y span) int { return cmp.Compare(x.start, y.start) })
	c.count = make([]int, n)
	c.bare = make([]int, n+1)
	run := 0
	for i := range n {
		run += diff[i]
		c.count[i] = run
		c.bare[i+1] = c.bare[i]
		if run == 0 {
			c.bare[i+1]++
		}
	}
	return c
}

// teamSpans returns the disjoint index ranges one team's areas cover within the scope, ascending.
// Subtrees are nested or disjoint, so a range starting inside the previous one lies within it.
func (c *coverCount) teamSpans(areas []Code) [][2]int {
	spans := make([][2]int, 0, len(areas))
	for _, a := range areas {
		i := c.t.index[a]
		if !c.scope.IsZero() && a.Contains(c.scope) {
			i = c.s
		}
		spans = append(spans, [2]int{i, c.t.end[i]})
	}
	slices.SortFunc(spans, func(x, y [2]int) int { return cmp.Compare(x[0], y[0]) })
	out := spans[:0]
	for _, sp := range spans {
		if len(out) > 0 && sp[0] < out[len(out)-1][1] {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// uncovered reports whether index i and its whole subtree are covered by no team.
func (c *coverCount) uncovered(i int) bool {
	end := c.t.end[i]
	return c.bare[end-c.s]-c.bare[i-c.s] == end-i
}

func (c *coverCount) gaps() []Jurisdiction {
	var out []Jurisdiction
	for i := c.s; i < c.e; {
		if c.uncovered(i) {
			out = append(out, c.t.nodes[i])
			i = c.t.end[i]
			continue
		}
		i++
	}
	return out
}

// overlaps sweeps the indexes keeping the stack of spans that contain the current index: subtrees
// are nested or disjoint, so the spans containing an index form a chain. Cost O(nodes + spans +
// reported teams).
func (c *coverCount) overlaps(as []Assignment) []Overlap {
	var out []Overlap
	var stack []span
	next := 0
	for i := c.s; i < c.e; i++ {
		for len(stack) > 0 && stack[len(stack)-1].end <= i {
			stack = stack[:len(stack)-1]
		}
		for ; next < len(c.spans) && c.spans[next].start == i; next++ {
			stack = append(stack, c.spans[next])
		}
		n := c.count[i-c.s]
		if p := c.t.parent[i]; n < 2 || (i != c.s && p >= c.s && c.count[p-c.s] == n) {
			continue
		}
		teams := make([]string, len(stack))
		for k, sp := range stack {
			teams[k] = as[sp.team].Team
		}
		slices.Sort(teams)
		out = append(out, Overlap{Jurisdiction: c.t.nodes[i], Teams: teams})
	}
	return out
}
