package compliance

import (
	"github.com/campussec/campussec/campus"
	"github.com/campussec/campussec/prevention"
)

// classifier is plan.status for many campuses, as Summarize asks it: it
// answers exactly what plan.status answers, faster, by deciding once per
// campus class what plan.status decides again for every campus.
//
// Whether a requirement's scope includes a campus, and whether the campus
// settles it (Scope's ownership and designation), depend only on the campus's
// kind, license, locale, boarding, ownership and designation and on the
// prevention level: its class. A register of half a million campuses has a
// few dozen classes. For each class the classifier keeps the requirements
// that apply, folded as plan.status folds the unscoped facts: the fact
// requirements on well-known indicators into one mask, the count-at-least
// requirements on well-known counts into a short list of (bit, slot, minimum),
// and the rest (caller-defined indicators, scaled rules) evaluated in full. A
// campus then costs one class lookup (an open-addressing table keyed by the
// packed attributes, with the previous campus's class remembered) and a few
// bit operations per requirement that applies to it.
//
// A classifier is mutable (it learns classes as it meets them) and used by
// one goroutine; Summarize gives each worker its own. Its allocations are
// O(classes), none per campus.
type classifier struct {
	p       *plan
	reads   uint64   // the key bits some scope of p reads (classKey's layout)
	keys    []uint64 // open addressing; 0 = empty slot (every key has its top bit set)
	slot    []int32  // class index of keys[i]
	classes []class
	counts  []countReq // the classes' count requirements, each class's contiguous
	others  []*planReq // the classes' other requirements, each class's contiguous
	lastKey uint64
	last    int32
}

// class is what the requirements of a plan make of one class of campuses.
type class struct {
	facts      uint32     // well-known fact bits that must be observed present
	counts     []countReq // well-known counts that must reach a minimum
	others     []*planReq // requirements evaluated in full (they apply to the class)
	incomplete bool       // some requirement applies but the class does not settle it (Undetermined)
	inScope    bool       // some requirement's scope includes the class
}

// countReq is a count-at-least requirement on a well-known count.
type countReq struct {
	bit  uint32
	slot int8
	min  int
}

// classCap is the number of classes a classifier holds room for before it
// grows: more than a real standard makes of a register.
const classCap = 64

// newClassifier returns a classifier of p, which is not nil.
func newClassifier(p *plan) *classifier {
	cl := &classifier{p: p, keys: make([]uint64, 2*classCap), slot: make([]int32, 2*classCap),
		classes: make([]class, 0, classCap), last: -1}
	cl.counts = make([]countReq, 0, classCap*len(p.rest))
	cl.others = make([]*planReq, 0, classCap*len(p.rest))
	// Only the attributes some scope reads split campuses into classes.
	const level = 0xff << 48
	cl.reads = level
	for i := range p.rest {
		cs := &p.rest[i].scope
		if p.rest[i].everyone {
			continue
		}
		if cs.kinds != allSet256 {
			cl.reads |= 0xff
		}
		if cs.licenses != allSet256 {
			cl.reads |= 0xff << 8
		}
		if cs.locales != allSet256 {
			cl.reads |= 0xffff << 16
		}
		if cs.ownerships != allSet256 || cs.unsettling {
			cl.reads |= 0xff << 32
		}
		if cs.designations != allSet256 || cs.unsettling {
			cl.reads |= 0xff << 40
		}
		if cs.boarding != 0 {
			cl.reads |= 1 << 56
		}
	}
	return cl
}

// classKey packs the attributes a scope reads, and the level, into one key
// with its top bit set, leaving out the bits no scope reads.
func (cl *classifier) classKey(c *campus.Campus, level prevention.Level) uint64 {
	k := uint64(c.Kind) | uint64(c.License)<<8 | uint64(c.Locale)<<16 | uint64(c.Ownership)<<32 |
		uint64(c.Designation)<<40 | uint64(level)<<48
	if c.Boarding {
		k |= 1 << 56
	}
	return k&cl.reads | 1<<63
}

// classOfCampus returns the class of campus c at level: its status(c, m,
// level) is p.status(c, m, level), and its inScope p's inScope for c.
func (cl *classifier) classOfCampus(c *campus.Campus, level prevention.Level) *class {
	k := cl.classKey(c, level)
	if k != cl.lastKey {
		cl.last = cl.lookup(k, c, level)
		cl.lastKey = k
	}
	return &cl.classes[cl.last]
}

// lookup returns the class index of key k, learning the class of c at level
// when it is new.
func (cl *classifier) lookup(k uint64, c *campus.Campus, level prevention.Level) int32 {
	mask := uint64(len(cl.keys) - 1)
	for i := (k * 0x9e3779b97f4a7c15) >> 32 & mask; ; i = (i + 1) & mask {
		switch cl.keys[i] {
		case k:
			return cl.slot[i]
		case 0:
			ci := int32(len(cl.classes))
			cl.classes = append(cl.classes, cl.classOf(c, level))
			cl.keys[i], cl.slot[i] = k, ci
			if 2*len(cl.classes) > len(cl.keys) {
				cl.grow()
			}
			return ci
		}
	}
}

// grow doubles the table.
func (cl *classifier) grow() {
	keys, slot := cl.keys, cl.slot
	cl.keys, cl.slot = make([]uint64, 2*len(keys)), make([]int32, 2*len(keys))
	mask := uint64(len(cl.keys) - 1)
	for j, k := range keys {
		if k == 0 {
			continue
		}
		i := (k * 0x9e3779b97f4a7c15) >> 32 & mask
		for cl.keys[i] != 0 {
			i = (i + 1) & mask
		}
		cl.keys[i], cl.slot[i] = k, slot[j]
	}
}

// classOf folds the plan's requirements for the class of campus c at level.
func (cl *classifier) classOf(c *campus.Campus, level prevention.Level) class {
	p := cl.p
	k := class{facts: p.factMask, inScope: p.factMask != 0}
	c0, o0 := len(cl.counts), len(cl.others)
	for i := range p.rest {
		pr := &p.rest[i]
		if !pr.everyone && !pr.scope.applies(c, level) {
			continue
		}
		k.inScope = true
		switch {
		case !pr.scope.settled(c):
			k.incomplete = true // Undetermined for every campus of the class
		case pr.bit != 0 && pr.countSlot < 0 && pr.rule.RuleKind == RuleFact:
			k.facts |= pr.bit
		case pr.bit != 0 && pr.countSlot >= 0 && pr.rule.RuleKind == RuleCountAtLeast:
			cl.counts = append(cl.counts, countReq{bit: pr.bit, slot: pr.countSlot, min: pr.rule.Min})
		default:
			cl.others = append(cl.others, pr)
		}
	}
	k.counts, k.others = cl.counts[c0:len(cl.counts):len(cl.counts)], cl.others[o0:len(cl.others):len(cl.others)]
	return k
}

// status is plan.status for a campus c of the class.
func (cl *class) status(c *campus.Campus, m *Measurements, level prevention.Level) Status {
	seen := m.seen & cl.facts
	if m.facts&cl.facts != seen {
		return NonCompliant // a fact observed absent
	}
	f := statusFold{incomplete: cl.incomplete || seen != cl.facts, inScope: cl.inScope}
	for i := range cl.counts {
		r := &cl.counts[i]
		if m.seen&r.bit == 0 {
			f.incomplete = true
		} else if int(m.counts[r.slot]) < r.min {
			return NonCompliant
		}
	}
	for _, pr := range cl.others {
		o, _, _ := pr.outcome(c, m, level)
		if o == Unmet {
			return NonCompliant
		}
		f.add(o)
	}
	return f.status()
}

// classStatus is h.status(i, q) evaluated through cl, which must be a
// classifier of q's plan; c is campus i.
func (h *History) classStatus(i int, c *campus.Campus, q Query, cl *classifier) Status {
	in := h.latestOf(i, q.q.spec.AsOf, q.q.spec.Window)
	level := q.levelFor(c)
	if in == nil {
		if !cl.classOfCampus(c, level).inScope {
			return OutOfScope
		}
		return Unassessed
	}
	return cl.classOfCampus(c, level).status(c, &in.Measurements, level)
}
