//go:build !race

package finding

// underRaceDetector reports a build with the race detector (see json_race_on_test.go).
const underRaceDetector = false
