package radix_test

import (
	"fmt"

	"github.com/campussec/campussec/internal/radix"
)

func ExampleUint64s() {
	keys := []uint64{320505001, 110101, 441900003, 429004, 320505}
	fmt.Println(radix.Uint64s(keys, nil))
	// Output:
	// [110101 320505 429004 320505001 441900003]
}

func ExampleKeyeds() {
	// Sort indexes by key, carrying each index along: a stable sort, so equal keys keep their order.
	a := []radix.Keyed{{Key: 30, Val: 0}, {Key: 10, Val: 1}, {Key: 30, Val: 2}, {Key: 20, Val: 3}}
	for _, k := range radix.Keyeds(a, nil) {
		fmt.Print(k.Key, ":", k.Val, " ")
	}
	fmt.Println()
	// Output:
	// 10:1 20:3 30:0 30:2
}
