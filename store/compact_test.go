package store

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/baocao/baocao/model"
)

// TestCompact: a file that once held a large draft, deleted for good,
// shrinks when compacted; the other drafts are intact, the old file is
// kept among the backups; a store open elsewhere is refused.
func TestCompact(t *testing.T) {
	s, path := newStore(t)
	keep := mustCreate(t, s, sampleReport("A", 1), sampleSummary("giữ lại"))
	big := sampleReport("B", 1)
	big.Answers["II.text"] = model.Answer{Text: strings.Repeat("Đoạn văn rất dài được dán vào. ", 200_000)}
	m := mustCreate(t, s, big, sampleSummary("lớn"))
	if err := s.Delete(m.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Purge(m.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := Compact(path); !errors.Is(err, ErrLocked) {
		t.Fatalf("Compact while open = %v, want ErrLocked", err)
	}
	s.Close()
	res, err := Compact(path)
	if err != nil {
		t.Fatal(err)
	}
	if res.After*4 > res.Before {
		t.Fatalf("compacted %d → %d bytes, want it to shrink", res.Before, res.After)
	}
	if info, err := os.Stat(res.Replaced); err != nil || info.Size() != res.Before {
		t.Fatalf("the replaced file was not kept whole: %v", err)
	}
	s = openTest(t, path, WithVerify())
	d, err := s.Get(keep.ID)
	if err != nil || marshal(t, d.Report) != marshal(t, sampleReport("A", 1)) {
		t.Fatalf("after compaction: %v", err)
	}
}
