package store

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkSave times Save with fsync on, as autosave does it: one draft
// saved over and over with changing content. It reports the median and
// the 99th percentile of single saves.
func BenchmarkSave(b *testing.B) {
	s, _ := newStore(b, WithBackups(0))
	m := mustCreate(b, s, sampleReport("Tân Hòa", 0), sampleSummary("A"))
	reports := [2]Draft{{Meta: m, Report: sampleReport("Tân Hòa", 1)}, {Meta: m, Report: sampleReport("Tân Hòa", 2)}}
	var took []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := s.Save(reports[i%2]); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
		i++
	}
	reportPercentiles(b, took)
}

func reportPercentiles(b *testing.B, took []time.Duration) {
	slices.Sort(took)
	at := func(p float64) float64 { return float64(took[int(p*float64(len(took)-1))].Nanoseconds()) }
	b.ReportMetric(at(0.50), "p50-ns")
	b.ReportMetric(at(0.99), "p99-ns")
}

// BenchmarkOpen10k times Open of a store of 10,000 drafts: lock, meta
// check, full walk and tx.Check, and the backup when the file changed
// (only the first time here: later opens see the same transaction).
func BenchmarkOpen10k(b *testing.B) {
	path := floodStore(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkOpen10kNoBackup is BenchmarkOpen10k without backups.
func BenchmarkOpen10kNoBackup(b *testing.B) {
	path := floodStore(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open(path, WithBackups(0))
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkList10k times List of 10,000 drafts (index only).
func BenchmarkList10k(b *testing.B) {
	s := openTest(b, floodStore(b, 10000), WithBackups(0))
	b.ReportAllocs()
	for b.Loop() {
		if list, err := s.List(); err != nil || len(list) != 10000 {
			b.Fatal(len(list), err)
		}
	}
}

// BenchmarkGet times Get of one draft among 10,000.
func BenchmarkGet(b *testing.B) {
	s := openTest(b, floodStore(b, 10000), WithBackups(0))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Get("5000"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBackup10k times Backup of a store of 10,000 drafts: what the
// first Open after a change pays for its backup copy.
func BenchmarkBackup10k(b *testing.B) {
	s := openTest(b, floodStore(b, 10000), WithBackups(0))
	dst := filepath.Join(b.TempDir(), "copy.db")
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Backup(dst); err != nil {
			b.Fatal(err)
		}
	}
	if info, err := os.Stat(dst); err == nil {
		b.ReportMetric(float64(info.Size())/(1<<20), "MiB")
	}
}
