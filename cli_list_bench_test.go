package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/baocao/baocao/store"
)

// listBundle is a bundle of n drafts, each a copy of examples/state.json
// under its own uid, subject and time, for the drafts list's benchmarks.
func listBundle(tb testing.TB, n int) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("examples", "state.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var report map[string]any
	if err := json.Unmarshal(data, &report); err != nil {
		tb.Fatal(err)
	}
	doc := report["document"].(map[string]any)
	var buf bytes.Buffer
	buf.WriteString(`{"format":"baocao/bundle@2","exported":"2026-12-01T08:00:00Z","drafts":[`)
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	for i := range n {
		if i > 0 {
			buf.WriteByte(',')
		}
		doc["subject"] = fmt.Sprintf("Báo cáo tình hình thực hiện nhiệm vụ số %05d của xã Hòa Bình", n-i)
		r, err := json.Marshal(report)
		if err != nil {
			tb.Fatal(err)
		}
		at := start.Add(time.Duration(i) * time.Minute).Format(time.RFC3339)
		fmt.Fprintf(&buf, `{"uid":"%032x","id":"%d","created":%q,"modified":%q,"version":1,"report":%s}`,
			i+1, i+1, at, at, r)
	}
	buf.WriteString("]}")
	return buf.Bytes()
}

// listStore is a drafts file of n drafts made by importing listBundle.
func listStore(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(tempDir(tb), "drafts.db") // not tb.TempDir: see tempDir
	s, err := store.Open(path, store.WithBackups(0))
	if err != nil {
		tb.Fatal(err)
	}
	defer s.Close()
	if _, err := s.ImportBundle(bytes.NewReader(listBundle(tb, n))); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkList is "baocao list" of 10,000 drafts into a pipe: opening
// the store, reading the listings and printing a line each (the first
// backup taken before the timing). Profile it with -cpuprofile.
func BenchmarkList(b *testing.B) {
	env := map[string]string{"BAOCAO_DB": listStore(b, 10000)}
	m := &Main{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }}
	if err := m.Run(context.Background(), []string{"list"}); err != nil { // takes the first backup
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Run(context.Background(), []string{"list"}); err != nil {
			b.Fatal(err)
		}
	}
}
