// Package nationgen generates a synthetic country for campussec's national-scale example and benchmarks: the
// jurisdiction tree at the real national counts (31 provinces with their real codes and names, 333
// prefecture-level divisions, about 2,850 county-level divisions and 38,600 townships whose three digits follow
// the GB/T 10114 classes), schools and campuses in realistic proportions, their inspections over two years, and
// a 20-requirement standard given as data.
//
// Everything is drawn from math/rand/v2 PCG streams seeded by Config.Seed, never from global randomness: the
// same Config always gives the same Dataset. The tree, the campuses and the inspections use separate streams,
// so the tree does not change with the number of campuses.
//
// The names of places below the provinces, of schools and of teams are synthetic.
package nationgen
