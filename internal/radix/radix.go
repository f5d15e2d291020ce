package radix

import "slices"

const (
	digitBits = 11
	buckets   = 1 << digitBits
	passes    = (64 + digitBits - 1) / digitBits
	// small is the length under which a comparison sort is cheaper than the counting passes.
	small = 256
)

// Keyed is a key with a 32-bit value carried along, such as an index into the caller's data.
type Keyed struct {
	Key uint64
	Val uint32
}

// Uint64s sorts a in ascending order. buf is scratch space; when len(buf) < len(a) a new one is allocated.
// It returns the sorted keys, which are a or buf[:len(a)]: the other slice is left in an unspecified order.
func Uint64s(a, buf []uint64) []uint64 {
	if len(a) < small {
		slices.Sort(a)
		return a
	}
	var count [passes][buckets]uint32
	for _, v := range a {
		for d := range passes {
			count[d][(v>>(d*digitBits))&(buckets-1)]++
		}
	}
	if len(buf) < len(a) {
		buf = make([]uint64, len(a))
	}
	src, dst := a, buf[:len(a)]
	for d := range passes {
		shift := d * digitBits
		c := &count[d]
		if int(c[(src[0]>>shift)&(buckets-1)]) == len(src) {
			continue // every key has this digit
		}
		prefix(c)
		for _, v := range src {
			b := (v >> shift) & (buckets - 1)
			dst[c[b]] = v
			c[b]++
		}
		src, dst = dst, src
	}
	return src
}

// Keyeds sorts a by Key in ascending order, stably: entries with equal keys keep their order. buf is scratch
// space as for Uint64s, and the result is a or buf[:len(a)].
func Keyeds(a, buf []Keyed) []Keyed {
	if len(a) < small {
		slices.SortStableFunc(a, func(x, y Keyed) int {
			switch {
			case x.Key < y.Key:
				return -1
			case x.Key > y.Key:
				return 1
			}
			return 0
		})
		return a
	}
	var count [passes][buckets]uint32
	for _, e := range a {
		for d := range passes {
			count[d][(e.Key>>(d*digitBits))&(buckets-1)]++
		}
	}
	if len(buf) < len(a) {
		buf = make([]Keyed, len(a))
	}
	src, dst := a, buf[:len(a)]
	for d := range passes {
		shift := d * digitBits
		c := &count[d]
		if int(c[(src[0].Key>>shift)&(buckets-1)]) == len(src) {
			continue
		}
		prefix(c)
		for _, e := range src {
			b := (e.Key >> shift) & (buckets - 1)
			dst[c[b]] = e
			c[b]++
		}
		src, dst = dst, src
	}
	return src
}

// prefix turns the bucket counts into the first position of each bucket.
func prefix(c *[buckets]uint32) {
	var sum uint32
	for b, n := range c {
		c[b] = sum
		sum += n
	}
}
