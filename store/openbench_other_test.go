//go:build !linux

package store

import "testing"

// dropCache is a no-op where posix_fadvise is not reached: the cold case
// then measures a warm cache.
func dropCache(b *testing.B, path string) {}

// selfPeakRSS is not measured here: 0.
func selfPeakRSS() int64 { return 0 }
