//go:build !race

package incident

// underRaceDetector reports a build with the race detector (see json_race_on_test.go).
const underRaceDetector = false
