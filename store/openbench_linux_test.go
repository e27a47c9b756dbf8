package store

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// dropCache asks the kernel to forget the cached pages of the file at
// path (posix_fadvise DONTNEED), so that the next open reads from the
// disk, as the first start of the day does.
func dropCache(b *testing.B, path string) {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	const fadvDontNeed = 4
	if _, _, e := syscall.Syscall6(syscall.SYS_FADVISE64, f.Fd(), 0, 0, fadvDontNeed, 0, 0); e != 0 {
		b.Skipf("posix_fadvise: %v", e)
	}
}

// selfPeakRSS is this process's peak resident memory in KiB (VmHWM).
func selfPeakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb
		}
	}
	return 0
}
