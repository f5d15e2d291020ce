package compliance

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"slices"

	"github.com/campussec/campussec/internal/errbound"
)

// maxCount is the largest count an observation may record.
const maxCount = math.MaxInt32

// Observation is one observed value: for a fact indicator, 1 (present) or 0
// (absent); for a count indicator, the count. Build it with Fact or Count.
//
// In JSON an Observation is {"indicator": Indicator, "value": n}.
type Observation struct {
	// Indicator is what was observed.
	Indicator Indicator `json:"indicator"`
	// Value is 1 or 0 for a fact (present or absent), the count for a count.
	Value int `json:"value"`
}

// ObserveFact returns the observation that a fact indicator is present or absent.
func ObserveFact(ind Indicator, present bool) Observation {
	if present {
		return Observation{Indicator: ind, Value: 1}
	}
	return Observation{Indicator: ind}
}

// ObserveCount returns the observation of a count indicator.
func ObserveCount(ind Indicator, n int) Observation { return Observation{Indicator: ind, Value: n} }

// check validates one observation.
func (o Observation) check() error {
	if o.Indicator.IsZero() || !o.Indicator.known() {
		return fmt.Errorf("%w: zero or malformed indicator", ErrInvalidObservation)
	}
	switch o.Indicator.kind {
	case FactValue:
		if o.Value != 0 && o.Value != 1 {
			return fmt.Errorf("%w: %s is a fact: value %d, want 0 or 1", ErrInvalidObservation, o.Indicator.id, o.Value)
		}
	case CountValue:
		if o.Value < 0 || o.Value > maxCount {
			return fmt.Errorf("%w: %s: count %d outside 0..%d", ErrInvalidObservation, o.Indicator.id, o.Value, maxCount)
		}
	}
	return nil
}

// Measurements are the observations of one inspection. An indicator that is
// absent from them was not observed, which is different from a fact observed
// absent or a count of zero: evaluation never infers a pass from it.
//
// Measurements are compact and map-free: well-known indicators live in two
// bit sets and a small array of counts; caller-defined indicators in a short
// slice sorted by id. The zero value holds no observations. Measurements are
// immutable; copies share their caller-defined observations read-only.
type Measurements struct {
	seen   uint32                 // bit s-1: well-known slot s observed
	facts  uint32                 // bit s-1: well-known fact s present
	counts [wellKnownCounts]int32 // by wellKnown[].countSlot
	custom []Observation          // caller-defined, sorted by id, unique
}

// NewMeasurements builds measurements from observations in any order. It
// returns every problem at once, joined, each wrapping ErrInvalidObservation:
// invalid observations (by position) and indicators observed twice (by id):
// the first 100, and a count of the rest.
func NewMeasurements(obs ...Observation) (Measurements, error) {
	var m Measurements
	var errs errbound.List
	for i, o := range obs {
		if err := o.check(); err != nil {
			errs.Add(fmt.Errorf("observation %d: %w", i, err))
			continue
		}
		if m.observed(o.Indicator) || m.hasCustomID(o.Indicator.id) {
			errs.Add(fmt.Errorf("%w: %s observed twice", ErrInvalidObservation, o.Indicator.id))
			continue
		}
		m.set(o)
	}
	if errs.Len() > 0 {
		return Measurements{}, errs.Err()
	}
	slices.SortFunc(m.custom, func(a, b Observation) int { return cmp.Compare(a.Indicator.id, b.Indicator.id) })
	return m, nil
}

// MustMeasurements is NewMeasurements that panics on error.
func MustMeasurements(obs ...Observation) Measurements {
	m, err := NewMeasurements(obs...)
	if err != nil {
		panic(err)
	}
	return m
}

// set records a valid, new observation (custom ones unsorted).
func (m *Measurements) set(o Observation) {
	if o.Indicator.slot == 0 {
		m.custom = append(m.custom, o)
		return
	}
	s := o.Indicator.slot - 1
	m.seen |= 1 << s
	if cs := wellKnown[s].countSlot; cs >= 0 {
		m.counts[cs] = int32(o.Value)
	} else if o.Value == 1 {
		m.facts |= 1 << s
	}
}

// hasCustomID reports whether a caller-defined indicator with this id was
// observed (linear; used only while building).
func (m *Measurements) hasCustomID(id string) bool {
	for _, o := range m.custom {
		if o.Indicator.id == id {
			return true
		}
	}
	return false
}

// value returns the raw value of ind and whether it was observed.
func (m Measurements) value(ind Indicator) (int, bool) {
	if ind.slot != 0 {
		if !ind.known() {
			return 0, false
		}
		s := ind.slot - 1
		if m.seen&(1<<s) == 0 {
			return 0, false
		}
		if cs := wellKnown[s].countSlot; cs >= 0 {
			return int(m.counts[cs]), true
		}
		return int(m.facts>>s) & 1, true
	}
	return m.customValue(ind)
}

// customValue finds a caller-defined indicator by binary search on its id; the
// observation counts only if label and kind match too.
func (m Measurements) customValue(ind Indicator) (int, bool) {
	lo, hi := 0, len(m.custom)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if m.custom[mid].Indicator.id < ind.id {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(m.custom) && m.custom[lo].Indicator == ind {
		return m.custom[lo].Value, true
	}
	return 0, false
}

// observed reports whether ind was observed.
func (m Measurements) observed(ind Indicator) bool {
	_, ok := m.value(ind)
	return ok
}

// ObservedFact returns whether the fact indicator ind was present, and whether it was
// observed at all. For a count indicator it reports (false, false).
func (m Measurements) ObservedFact(ind Indicator) (present, observed bool) {
	if ind.kind != FactValue {
		return false, false
	}
	v, ok := m.value(ind)
	return v == 1, ok
}

// ObservedCount returns the count observed for the count indicator ind, and whether it
// was observed at all. For a fact indicator it reports (0, false).
func (m Measurements) ObservedCount(ind Indicator) (n int, observed bool) {
	if ind.kind != CountValue {
		return 0, false
	}
	return m.value(ind)
}

// Len returns the number of observed indicators.
func (m Measurements) Len() int {
	n := len(m.custom)
	for s := m.seen; s != 0; s &= s - 1 {
		n++
	}
	return n
}

// All yields the observations: well-known indicators in their documented
// order, then caller-defined ones by id.
func (m Measurements) All() iter.Seq[Observation] {
	return func(yield func(Observation) bool) {
		for i := range wellKnown {
			ind := wellKnown[i].ind
			if v, ok := m.value(ind); ok && !yield(Observation{Indicator: ind, Value: v}) {
				return
			}
		}
		for _, o := range m.custom {
			if !yield(o) {
				return
			}
		}
	}
}

// equal reports whether m and o hold the same observations.
func (m Measurements) equal(o Measurements) bool {
	return m.seen == o.seen && m.facts == o.facts && m.counts == o.counts && slices.Equal(m.custom, o.custom)
}
