//go:build race

package incident

// underRaceDetector reports a build with the race detector, under which the large JSON corpus is skipped: it
// checks bounds, not concurrency, and runs many times slower.
const underRaceDetector = true
