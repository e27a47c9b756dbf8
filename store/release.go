package store

import (
	"sync"
	"time"
)

// releaseTick is how often releasing lets the read pages go while bbolt's
// consistency check runs: the check reads every page of the file with no
// call back between them, so only a clock can interrupt it.
const releaseTick = 10 * time.Millisecond

// releasing calls release (nil: none) every releaseTick until the
// returned stop is called, and once more then. The pages a check holds
// are then those it read in one tick, however large the file.
func releasing(release func()) (stop func()) {
	if release == nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(releaseTick)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				release()
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
		release()
	}
}
