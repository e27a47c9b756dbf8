package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"
)

// benchRun runs baocao in-process b.N times with output discarded.
func benchRun(b *testing.B, env map[string]string, args ...string) {
	b.Helper()
	m := &Main{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(k string) string { return env[k] }}
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Run(context.Background(), args); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck is "baocao check examples/state.json": reading, loading
// the outlines and rules, validating and printing.
func BenchmarkCheck(b *testing.B) {
	env := map[string]string{"BAOCAO_DB": filepath.Join(b.TempDir(), "drafts.db")}
	benchRun(b, env, "check", filepath.Join("examples", "state.json"))
}

// BenchmarkExportDOCX is "baocao export examples/state.json --format docx
// -o FILE --force", the whole command.
func BenchmarkExportDOCX(b *testing.B) {
	dir := b.TempDir()
	env := map[string]string{"BAOCAO_DB": filepath.Join(dir, "drafts.db")}
	benchRun(b, env, "export", filepath.Join("examples", "state.json"), "--format", "docx",
		"-o", filepath.Join(dir, "báo cáo.docx"), "--force")
}
