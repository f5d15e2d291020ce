package samplecity

import (
	"hash/fnv"
	"sort"
)

// hash32 is a stable hash of a string, used to vary the sample data deterministically.
func hash32(parts ...string) uint32 {
	h := fnv.New32a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum32()
}

// allocate splits total among len(weights) slots in proportion to weights by the largest-remainder method,
// ties broken by slot order, so the parts always add up to total exactly.
func allocate(total int, weights []int) []int {
	sum := 0
	for _, w := range weights {
		sum += w
	}
	out := make([]int, len(weights))
	rem := make([]int, len(weights))
	given := 0
	for i, w := range weights {
		out[i] = total * w / sum
		rem[i] = total * w % sum
		given += out[i]
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rem[order[a]] > rem[order[b]] })
	for _, i := range order[:total-given] {
		out[i]++
	}
	return out
}
