package radix

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUint64s(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 255, 256, 257, 1000, 5000} {
		for _, mask := range []uint64{0, 1, 0xff, 0x3ffffffff, 0xffff000000000000, ^uint64(0)} {
			a := make([]uint64, n)
			for i := range a {
				a[i] = rng.Uint64() & mask
			}
			want := slices.Clone(a)
			slices.Sort(want)
			got := Uint64s(a, nil)
			assert.Equal(t, want, got, "n=%d mask=%#x", n, mask)
			assert.Len(t, got, n)
		}
	}
}

func TestKeyedsStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 100, 256, 3000} {
		for _, mask := range []uint64{0, 7, 0xffff, ^uint64(0)} {
			a := make([]Keyed, n)
			for i := range a {
				a[i] = Keyed{Key: rng.Uint64() & mask, Val: uint32(i)}
			}
			want := slices.Clone(a)
			slices.SortStableFunc(want, func(x, y Keyed) int {
				switch {
				case x.Key < y.Key:
					return -1
				case x.Key > y.Key:
					return 1
				}
				return 0
			})
			got := Keyeds(a, make([]Keyed, n))
			assert.Equal(t, want, got, "n=%d mask=%#x", n, mask)
		}
	}
}
