package store

import (
	"sync/atomic"
	"testing"
)

// TestReleasing: releasing lets go at least once, at stop, however few
// ticks passed meanwhile (the pages the check read last are let go too);
// without a release function it does nothing.
func TestReleasing(t *testing.T) {
	tests := []struct {
		name    string
		release bool
	}{
		{"with release", true},
		{"without", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int64
			var release func()
			if tt.release {
				release = func() { calls.Add(1) }
			}
			releasing(release)()
			if n := calls.Load(); tt.release != (n > 0) {
				t.Fatalf("%d releases by stop, want some only with a release function", n)
			}
		})
	}
}
