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

// TestBoundHeapKeepsALowerLimit: a lower limit set by the user
// (GOMEMLIMIT) is not raised.
func TestBoundHeapKeepsALowerLimit(t *testing.T) {
	before := debug.SetMemoryLimit(compileHeap / 2)
	defer debug.SetMemoryLimit(before)
	stop := boundHeap(compileHeap)
	if got := debug.SetMemoryLimit(-1); got != compileHeap/2 {
		t.Errorf("while compiling the heap limit is %d, want the lower %d kept", got, compileHeap/2)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got != compileHeap/2 {
		t.Errorf("after compiling the heap limit is %d, want %d", got, compileHeap/2)
	}
}
