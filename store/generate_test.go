package store

import (
	"os"
	"strconv"
	"testing"
)

// TestGenerateStore is not a test of its own: it builds a large store for
// the start-up measurements (.ci/measure-start) when BAOCAO_GEN_STORE
// names a file that does not exist yet, with BAOCAO_GEN_DRAFTS drafts
// (10,000 by default) of about 13 KB each:
//
//	BAOCAO_GEN_STORE=/tmp/s50k/drafts.db BAOCAO_GEN_DRAFTS=50000 go test ./store -run '^TestGenerateStore$'
func TestGenerateStore(t *testing.T) {
	path := os.Getenv("BAOCAO_GEN_STORE")
	if path == "" {
		t.Skip("only run to build a store for the measurements (BAOCAO_GEN_STORE)")
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatalf("%s exists; the generator builds a new store only", path)
	}
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("BAOCAO_GEN_DRAFTS")); err == nil && v > 0 {
		n = v
	}
	buildLarge(t, path, n)
}
