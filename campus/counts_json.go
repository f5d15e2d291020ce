package campus

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/campussec/campussec/internal/errbound"
	"github.com/campussec/campussec/internal/jsonstrict"
)

// countsJSON is the JSON form of a Counts. Maps marshal with sorted keys, so the output is deterministic.
type countsJSON[N Count] struct {
	Total        N                       `json:"total"`
	GroupLicense map[string]map[string]N `json:"group_license"`
	Kind         map[string]N            `json:"kind"`
	Stage        map[string]N            `json:"stage"`
	Locale       map[string]N            `json:"locale"`
}

// countsSchema is the schema of the JSON form of a Counts, checked before anything is decoded: the five keys
// exactly as MarshalJSON writes them, each at most once; each breakdown an object keyed at most once per id,
// with no more keys than the enum has values; every count an integer. The keys are optional (an absent
// breakdown is all zeros), which cannot hide a campus: every breakdown must add up to the total.
var countsSchema = func() *jsonstrict.Schema {
	count := &jsonstrict.Schema{Type: jsonstrict.Int}
	byID := func(n int, elem *jsonstrict.Schema) *jsonstrict.Schema {
		return &jsonstrict.Schema{Type: jsonstrict.Map, MaxLen: n, TooMany: ErrInvalidCounts, Elem: elem}
	}
	return &jsonstrict.Schema{Type: jsonstrict.Object, Fields: []jsonstrict.Field{
		{Name: "total", Value: count},
		{Name: "group_license", Value: byID(numGroups, byID(numLicenses, count))},
		{Name: "kind", Value: byID(numKinds, count)},
		{Name: "stage", Value: byID(numStages, count)},
		{Name: "locale", Value: byID(numLocales, count)},
	}}
}()

// MarshalJSON encodes n as {"total": …, "group_license": {group: {license: …}}, "kind": {…}, "stage": {…},
// "locale": {…}}, keyed by the enums' English ids, zeros included. An overflowed Counts is an error
// wrapping ErrInvalidCounts.
func (n Counts[N]) MarshalJSON() ([]byte, error) {
	if n.overflow {
		return nil, fmt.Errorf("%w: the counts overflowed when merged (more than %d units)", ErrInvalidCounts, math.MaxInt)
	}
	v := countsJSON[N]{Total: n.total, GroupLicense: map[string]map[string]N{}, Kind: map[string]N{},
		Stage: map[string]N{}, Locale: map[string]N{}}
	for gl, c := range n.ByGroupLicense() {
		row := v.GroupLicense[gl.Group.String()]
		if row == nil {
			row = map[string]N{}
			v.GroupLicense[gl.Group.String()] = row
		}
		row[gl.License.String()] = c
	}
	for k, c := range n.ByKind() {
		v.Kind[k.String()] = c
	}
	for s, c := range n.ByStage() {
		v.Stage[s.String()] = c
	}
	for l, c := range n.ByLocale() {
		v.Locale[l.String()] = c
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form MarshalJSON writes; missing keys count zero. Keys are matched exactly and
// may appear once: an unknown key at any level (`"unknown_kind":7`, `"Kind"`), a key given twice, a count
// that is not an integer, and null are errors. So are unknown ids, negative counts and inconsistent
// breakdowns (the group × license table, the kinds and the locales must each add up to the total; each
// group's cells must equal its kinds; each stage must equal the kinds covering it). Every error wraps
// ErrInvalidCounts, names the key or value, and leaves n unchanged.
func (n *Counts[N]) UnmarshalJSON(b []byte) error {
	var v countsJSON[N]
	if err := jsonstrict.Decode(b, countsSchema, &v); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidCounts, err)
	}
	var out Counts[N]
	check := func(what string, c N) error {
		if c < 0 {
			return fmt.Errorf("%w: negative count %d for %s", ErrInvalidCounts, c, what)
		}
		return nil
	}
	if err := check("total", v.Total); err != nil {
		return err
	}
	out.total = v.Total
	for _, gs := range slices.Sorted(maps.Keys(v.GroupLicense)) {
		row := v.GroupLicense[gs]
		g, err := ParseGroup(gs)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidCounts, err)
		}
		for _, ls := range slices.Sorted(maps.Keys(row)) {
			c := row[ls]
			l, err := ParseLicense(ls)
			if err != nil {
				return fmt.Errorf("%w: %w", ErrInvalidCounts, err)
			}
			if err := check(gs+"/"+ls, c); err != nil {
				return err
			}
			out.groupLicense[g][l] = c
		}
	}
	for _, ks := range slices.Sorted(maps.Keys(v.Kind)) {
		c := v.Kind[ks]
		k, err := ParseKind(ks)
		if err != nil || ks != k.String() {
			return fmt.Errorf("%w: unknown kind %s", ErrInvalidCounts, errbound.Quote(ks))
		}
		if err := check(ks, c); err != nil {
			return err
		}
		out.kind[k] = c
	}
	for _, ss := range slices.Sorted(maps.Keys(v.Stage)) {
		c := v.Stage[ss]
		s, err := ParseStage(ss)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidCounts, err)
		}
		if err := check(ss, c); err != nil {
			return err
		}
		out.stage[s] = c
	}
	for _, ls := range slices.Sorted(maps.Keys(v.Locale)) {
		c := v.Locale[ls]
		l, err := ParseLocale(ls)
		if err != nil || ls != l.String() {
			return fmt.Errorf("%w: unknown locale %s", ErrInvalidCounts, errbound.Quote(ls))
		}
		if err := check(ls, c); err != nil {
			return err
		}
		out.locale[localeEnum.Index(l)] = c
	}
	if err := out.consistent(); err != nil {
		return err
	}
	*n = out
	return nil
}

// consistent checks that the breakdowns of n agree with each other and with the total.
func (n Counts[N]) consistent() error {
	var cells, kinds, locales N
	// Every count is non-negative, so a sum that decreases has overflowed: such breakdowns cannot agree
	// with the total, however the wrapped sums compare.
	var over string
	within := func(what string, acc *N, c N) {
		if *acc+c < *acc && over == "" {
			over = what
		}
		*acc += c
	}
	for _, c := range n.ByGroupLicense() {
		within("group × license cells", &cells, c)
	}
	var byGroup [numGroups + 1]N
	var byStage [numStages + 1]N
	for k, c := range n.ByKind() {
		within("kinds", &kinds, c)
		byGroup[k.Group()] += c
		for s := Stage(1); int(s) <= numStages; s++ {
			if k.HasStage(s) {
				byStage[s] += c
			}
		}
	}
	for _, c := range n.ByLocale() {
		within("locales", &locales, c)
	}
	switch {
	case over != "":
		return fmt.Errorf("%w: %s overflow, total is %d", ErrInvalidCounts, over, n.total)
	case cells != n.total:
		return fmt.Errorf("%w: group × license cells add up to %d, total is %d", ErrInvalidCounts, cells, n.total)
	case kinds != n.total:
		return fmt.Errorf("%w: kinds add up to %d, total is %d", ErrInvalidCounts, kinds, n.total)
	case locales != n.total:
		return fmt.Errorf("%w: locales add up to %d, total is %d", ErrInvalidCounts, locales, n.total)
	}
	for g := Group(1); int(g) <= numGroups; g++ {
		if n.Group(g) != byGroup[g] {
			return fmt.Errorf("%w: group %s has %d in the license table but %d by kind", ErrInvalidCounts, g,
				n.Group(g), byGroup[g])
		}
	}
	for s := Stage(1); int(s) <= numStages; s++ {
		if n.stage[s] != byStage[s] {
			return fmt.Errorf("%w: stage %s has %d, its kinds %d", ErrInvalidCounts, s, n.stage[s], byStage[s])
		}
	}
	return nil
}
