// Package radix sorts 64-bit keys in linear time, for the construction paths of campussec's registers and
// histories, where a comparison sort of half a million to a few million keys costs more than the rest of the
// work. It is a least-significant-digit radix sort in six passes of 11 bits; a pass whose digit is the same
// for every key is skipped, so keys that use few bits (school codes, dense indexes) take fewer passes.
//
// The package uses only the standard library and imports nothing from the module.
package radix
