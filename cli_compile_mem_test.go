package main

import (
	"runtime/debug"
	"testing"
)

// TestBoundHeap: the limit holds while the compilation runs, and the one
// before it is back after.
func TestBoundHeap(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	stop := boundHeap(compileHeap)
	if got := debug.SetMemoryLimit(-1); got != compileHeap {
		t.Errorf("while compiling the heap limit is %d, want %d", got, compileHeap)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("after compiling the heap limit is %d, want %d as before", got, before)
	}
}
