package compliance

import (
	"runtime"
	"sync"
)

// minPerWorker is the fewest campuses (or inspections) one goroutine of
// Summarize or NewHistory takes: below it the work is too small to pay for a
// goroutine, so a small register runs on the calling goroutine alone.
const minPerWorker = 1 << 15

// workersFor returns how many goroutines share n items: up to GOMAXPROCS, at
// least minPerWorker items each, and at least one.
func workersFor(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/minPerWorker))
}

// split runs f(w, lo, hi) for the workers contiguous ranges [lo, hi) that cut
// [0, n) into nearly equal parts, worker w taking the w-th, each on its own
// goroutine (worker 0 on the calling one; with one worker no goroutine is
// started), and returns when every call has.
func split(n, workers int, f func(w, lo, hi int)) {
	if workers <= 1 {
		f(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Go(func() { f(w, w*n/workers, (w+1)*n/workers) })
	}
	f(0, 0, n/workers)
	wg.Wait()
}
