package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// compileHeap is the heap "baocao compile" keeps to while what it holds
// (the units' summaries, the compiled draft and its JSON) fits within it:
// the collector runs more often instead of letting the heap grow to twice
// what is held, its default. 10,000 reports hold about 110 MiB at their
// peak; 50,000 hold more, and get the default pacing back (see boundHeap).
const compileHeap = 128 << 20

// heapCheck is how often boundHeap looks at the collector.
const heapCheck = 20 * time.Millisecond

// boundHeap sets a soft limit of limit bytes on the heap until the
// returned stop is called, unless a lower one is set already. Once the
// collector has had to cap its own CPU time to keep to the limit (what the
// program holds is near or past it), the limit is lifted for good: a
// compilation that needs more memory must not spend its time collecting,
// and gets the default pacing back.
func boundHeap(limit int64) (stop func()) {
	capped := []metrics.Sample{{Name: "/gc/limiter/last-enabled:gc-cycle"}}
	metrics.Read(capped)
	since := capped[0].Value
	prev := debug.SetMemoryLimit(-1)
	if prev <= limit {
		return func() {} // a lower limit was set (GOMEMLIMIT): it stays
	}
	debug.SetMemoryLimit(limit)
	done := make(chan struct{})
	lifted := make(chan struct{})
	go func() {
		defer close(lifted)
		tick := time.NewTicker(heapCheck)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(capped)
			if now := capped[0].Value; now.Kind() == metrics.KindUint64 && since.Kind() == metrics.KindUint64 && now.Uint64() != since.Uint64() {
				debug.SetMemoryLimit(prev)
				return
			}
		}
	}()
	return func() {
		close(done)
		<-lifted
		debug.SetMemoryLimit(prev)
	}
}
